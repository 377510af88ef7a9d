// @ts-check
/**
 * The Teams host simulator: frames the tab and answers it as the Teams web client does, so the tab runs
 * "inside Teams" on the local stack and in browser tests. Plain static ES module, no build step.
 *
 * THE PROTOCOL (read from @microsoft/teams-js 2.58.0 `internal/communication`, `internal/appHelpers`,
 * `internal/nestedAppAuthUtils`, `internal/messageObjects`, and @azure/msal-browser 5.29.0 `naa/*`)
 *
 * Requests, tab → host (`window.parent.postMessage(request, parentOrigin)`; the first one with origin '*'):
 *   { id: number, uuidAsString: string, func: string, args: unknown[], timestamp: number,
 *     monotonicTimestamp: number, apiVersionTag: 'v2_app.initialize', isProxiedFromChild: false,
 *     teamsJsInstanceId: string }
 * Responses, host → tab (posted to the tab's window):
 *   { id: <request id>, uuidAsString: <request uuidAsString>, args: unknown[] }
 *   teams-js matches the response by `uuidAsString` (falling back to `id` for legacy hosts); `id` must be a
 *   number or the message is not treated as a response at all.
 * Events, host → tab: { func: 'themeChange', args: ['dark'] } (no `id`), dispatched to the handler
 *   registered by `app.registerOnThemeChangeHandler` (the tab announces it with
 *   { func: 'registerHandler', args: ['themeChange'] }, which needs no answer).
 *
 * Origins: teams-js accepts a message whose origin equals its own `location.origin` without any list, so
 *   this same-origin host needs no `validMessageOrigins`. A tab on another origin would have to call
 *   `app.initialize(['https://localhost:4443'])`. The host only answers its own frame's window.
 *
 * initialize: args [sdkVersion '2.58.0', runtimeApiVersion 4, validMessageOrigins | undefined]
 *   → args [frameContext 'content', hostClientType 'web', '2.58.0', JSON runtime config].
 *   teams-js 2.58.0 reads the runtime config from the 3rd argument when it parses as JSON, else takes the
 *   3rd as the host's SDK version and the 4th as the runtime config. But it installs
 *   `window.nestedAppAuthBridge` only when the 4th argument parses as JSON with `supports.nestedAppAuth`
 *   (`tryPolyfillWithNestedAppAuthBridge(clientSupportedSDKVersion, …)`), so the host sends the version
 *   3rd and the runtime config 4th, as Teams does. `isNAAChannelRecommended: true` makes
 *   `nestedAppAuth.isNAAChannelRecommended()` true. The bridge is installed only in a top-level tab frame
 *   (`window.parent === window.top`), which is the case here.
 * getContext: args [] → args [legacy context]; teams-js maps it to app.Context (`locale`, `theme`,
 *   `hostName`, `hostClientType`, `sessionId`, `appSessionId` → app.*, `entityId`, `frameContext` → page.*,
 *   `userObjectId`, `loginHint`, `userPrincipalName`, `userDisplayName`, `tid` → user.*).
 * appInitialization.success / registerHandler / anything else: one-way or unknown; answered with
 *   args [] so a tab awaiting an answer never hangs.
 *
 * nestedAppAuth.execute: answered by the simulator's broker (naaBroker.js, which documents that protocol).
 * The simulator's state and its query parameters: hostState.js; its controls: hostControls.js; the
 * status line and the message log: hostPage.js.
 */
import { answerNaa, describeNaaAnswer, HOST_SDK_VERSION } from './naaBroker.js';
import { loadProfiles, loadTab, selectProfileAtIdp, wireControls } from './hostControls.js';
import { brief, frame, log, report, setStatus } from './hostPage.js';
import { currentProfile, state } from './hostState.js';

const RUNTIME_API_VERSION = 4;

/**
 * @typedef {{ id: number, uuidAsString?: string, func: string, args?: unknown[], data?: unknown }} TabRequest
 * @typedef {import('./naaBroker.js').NaaRequest} NaaRequest
 */

// ---------------------------------------------------------------------------------------------------
// What the host tells the tab.

function runtimeConfig() {
  return {
    apiVersion: RUNTIME_API_VERSION,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    isNAAChannelRecommended: state.naa,
    supports: {
      appInstallDialog: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
      logs: {},
      ...(state.naa ? { nestedAppAuth: {} } : {}),
    },
  };
}

/** The context as Teams sends it (teams-js turns it into `app.Context`). */
function legacyContext() {
  const profile = currentProfile();
  return {
    locale: state.locale,
    theme: state.theme,
    hostName: 'Teams',
    hostClientType: 'web',
    sessionId: state.hostSessionId,
    appSessionId: state.sessionId,
    ringId: 'general',
    entityId: 'permission-matrix',
    frameContext: 'content',
    isFullScreen: false,
    userObjectId: profile.oid,
    loginHint: profile.upn,
    userPrincipalName: profile.upn,
    userDisplayName: profile.displayName,
    userLicenseType: 'Unknown',
    tid: profile.tenantId,
    tenantSKU: 'enterprise',
  };
}

/** @param {TabRequest} request @param {unknown[]} args @param {string} origin */
function respond(request, args, origin) {
  frame.contentWindow?.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, origin);
}

/** @param {string} func @param {unknown[]} args */
function sendEvent(func, args) {
  if (frame.contentWindow === null) return;
  frame.contentWindow.postMessage({ func, args }, location.origin);
  log('→', `${func} ${brief(args)}`);
}

/** @param {TabRequest} request @param {string} origin */
async function handleNestedAppAuth(request, origin) {
  /** @type {NaaRequest} */
  let envelope = {};
  try {
    envelope = /** @type {NaaRequest} */ (JSON.parse(String(request.data)));
  } catch {
    log('•', 'nestedAppAuth.execute with unreadable data: ignored');
  }
  const params = envelope.tokenParams;
  log(
    '←',
    `nestedAppAuth.execute ${String(envelope.method)}${params === undefined ? '' : ` clientId=${String(params.clientId)} scope="${String(params.scope)}"${params.forceRefresh === true ? ' forceRefresh' : ''}`}`,
  );
  const answer = await answerNaa(envelope);
  respond(request, [null, JSON.stringify(answer)], origin);
  log('→', `NestedAppAuthResponse ${String(envelope.method)}: ${describeNaaAnswer(answer)}`);
}

// ---------------------------------------------------------------------------------------------------
// The message pump.

/** @param {unknown} data @returns {data is TabRequest} */
function isRequest(data) {
  if (typeof data !== 'object' || data === null) return false;
  const candidate = /** @type {Record<string, unknown>} */ (data);
  return typeof candidate.id === 'number' && typeof candidate.func === 'string';
}

/** @param {MessageEvent} event */
function onMessage(event) {
  if (frame.contentWindow === null || event.source !== frame.contentWindow) return;
  if (event.origin !== location.origin) {
    log('•', `ignored a message from ${event.origin}: the tab must be on ${location.origin}`);
    return;
  }
  const request = event.data;
  if (!isRequest(request)) {
    log('←', `unrecognised message ${brief(request)}`);
    return;
  }
  switch (request.func) {
    case 'initialize': {
      state.sessionId = crypto.randomUUID();
      log('←', `initialize ${brief(request.args)}`);
      const args = ['content', 'web', HOST_SDK_VERSION, JSON.stringify(runtimeConfig())];
      respond(request, args, event.origin);
      log('→', `initialize: content, web, ${HOST_SDK_VERSION}, nestedAppAuth ${state.naa ? 'on' : 'off'}`);
      setStatus(`Tab initialized as ${state.profile} (${state.locale}, ${state.theme} theme).`);
      frame.dataset.initialized = 'true';
      return;
    }
    case 'getContext': {
      log('←', 'getContext');
      const context = legacyContext();
      respond(request, [context], event.origin);
      log('→', `getContext: ${context.userPrincipalName}, ${context.locale}, ${context.theme}`);
      return;
    }
    case 'nestedAppAuth.execute':
      void handleNestedAppAuth(request, event.origin);
      return;
    default:
      log('←', `${request.func} ${brief(request.args)}`);
      respond(request, [], event.origin);
      log('→', `${request.func}: empty response`);
  }
}

async function start() {
  window.addEventListener('message', onMessage);
  wireControls({ onThemeChange: (theme) => sendEvent('themeChange', [theme]) });
  await loadProfiles();
  await selectProfileAtIdp();
  loadTab();
}

start().catch(report);
