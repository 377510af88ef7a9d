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
 * Nested app authentication (MSAL `createNestablePublicClientApplication`):
 *   MSAL's BridgeProxy calls `window.nestedAppAuthBridge.postMessage(JSON.stringify(envelope))` with
 *     { messageType: 'NestedAppAuthRequest', method: 'GetInitContext' | 'GetToken' | 'GetTokenPopup',
 *       requestId, sendTime, clientLibrary, clientLibraryVersion,
 *       tokenParams?: { clientId, scope: 'https://graph.microsoft.com/X openid profile', correlationId,
 *                       authority?, claims?, platformBrokerId?, forceRefresh?, … } }
 *   teams-js forwards it to the top window as
 *     { id, uuidAsString, func: 'nestedAppAuth.execute', args: [], data: '<that JSON string>', … }
 *   and the host answers { id, uuidAsString, args: [null, '<JSON NestedAppAuthResponse>'] }; teams-js
 *   reads only args[1] and hands the string to MSAL, which matches it by `requestId`:
 *     { messageType: 'NestedAppAuthResponse', requestId, success: true,
 *       initContext?: { sdkName, sdkVersion, capabilities: { queryAccount }, accountContext:
 *                       { homeAccountId: '<oid>.<tid>', environment, tenantId } },
 *       token?: { access_token, expires_in, id_token, scope, token_type: 'Bearer', properties: null },
 *       account?: { homeAccountId, localAccountId, environment, tenantId, username, name, loginHint,
 *                   idTokenClaims } }
 *     or { messageType: 'NestedAppAuthResponse', requestId, success: false,
 *          error: { status: 'USER_INTERACTION_REQUIRED' | 'PERSISTENT_ERROR' | …, code, description } }
 *   MSAL needs `token.id_token` and `token.access_token` and `account.environment`; it turns
 *   USER_INTERACTION_REQUIRED into an InteractionRequiredAuthError. MSAL 5.29 never sends
 *   GetActiveAccount; it is answered anyway (with the account) for other clients.
 *
 * Tokens come from the stack's control API: POST /__local/token { profile, clientId, scopes, idToken: true }
 * with the short Graph scope names (the IdP keeps only those the profile consented, so `no-scope` gets a
 * token without them and Graph answers 403). A directory scope the profile's tenant never consented to
 * (Application.Read.All for spe-admin) is refused alone, `consent_required`: GetToken answers
 * USER_INTERACTION_REQUIRED, GetTokenPopup a PERSISTENT_ERROR (AADSTS90094). Profiles come from
 * GET /__local/profiles. A silent GetToken is answered from the broker's cache while its token is fresh
 * (`brokerToken`), as Teams' broker answers a tab reopened in a running client.
 *
 * Query parameters: theme=default|dark|contrast, profile=<name>, locale=en-US|it-IT|ru-RU, naa=0|1,
 * naaFail=0|1 (silent token requests fail with USER_INTERACTION_REQUIRED), tab=<same-origin path, default />.
 */

const GRAPH_RESOURCE = 'https://graph.microsoft.com/';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const HOST_SDK_VERSION = '2.58.0';
const RUNTIME_API_VERSION = 4;
// Teams answers with the environment of the cloud the tab signs in to: MSAL finds its cached tokens only
// when the account's environment is an alias of its configured authority. Here that is the local IdP,
// served by this same origin (answering `login.microsoftonline.com` made every silent request miss the
// cache and cross to the host).
const NAA_ENVIRONMENT = location.host;
const THEMES = ['default', 'dark', 'contrast'];
const LOCALES = ['en-US', 'it-IT', 'ru-RU'];
const PROFILE_NAMES = ['spe-admin', 'global-admin', 'no-role', 'no-scope', 'manage-all'];
const MAX_LOG_ENTRIES = 500;

/**
 * @typedef {{ name: string, displayName: string, upn: string, oid: string, tenantId: string }} ProfileInfo
 * @typedef {{ id: number, uuidAsString?: string, func: string, args?: unknown[], data?: unknown }} TabRequest
 * @typedef {{ status: string, code: string, description: string }} BridgeError
 * @typedef {{ method?: unknown, requestId?: unknown, tokenParams?: { clientId?: unknown, scope?: unknown } }} NaaRequest
 */

/** @param {string} id @returns {HTMLElement} */
function element(id) {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The simulator page lacks #${id}.`);
  return found;
}

const frame = /** @type {HTMLIFrameElement} */ (element('tab-frame'));
const themeSelect = /** @type {HTMLSelectElement} */ (element('theme'));
const profileSelect = /** @type {HTMLSelectElement} */ (element('profile'));
const localeSelect = /** @type {HTMLSelectElement} */ (element('locale'));
const naaCheckbox = /** @type {HTMLInputElement} */ (element('naa'));
const naaFailCheckbox = /** @type {HTMLInputElement} */ (element('naa-fail'));
const reloadButton = /** @type {HTMLButtonElement} */ (element('reload'));
const clearLogButton = /** @type {HTMLButtonElement} */ (element('clear-log'));
const logList = element('log');
const statusLine = element('status');

const query = new URLSearchParams(location.search);

/** @param {string | null} value @param {string[]} allowed @param {string} fallback */
function oneOf(value, allowed, fallback) {
  return value !== null && allowed.includes(value) ? value : fallback;
}

/** @param {string | null} value @param {boolean} fallback */
function flag(value, fallback) {
  if (value === null) return fallback;
  return value === '1' || value === 'true' || value === 'on';
}

/** The tab's address: a path on this origin only (no open framing of other sites). */
function tabPath() {
  const asked = query.get('tab');
  return asked !== null && asked.startsWith('/') && !asked.startsWith('//') ? asked : '/';
}

const state = {
  theme: oneOf(query.get('theme'), THEMES, 'default'),
  profile: oneOf(query.get('profile'), PROFILE_NAMES, 'spe-admin'),
  locale: oneOf(query.get('locale'), LOCALES, 'en-US'),
  naa: flag(query.get('naa'), true),
  naaFail: flag(query.get('naaFail'), false),
  tab: tabPath(),
  /** Teams' session of this tab instance: new on every frame load. */
  sessionId: '',
  /** The host's own session (the Teams client). */
  hostSessionId: crypto.randomUUID(),
  /** @type {Map<string, ProfileInfo>} */
  profiles: new Map(),
};

// ---------------------------------------------------------------------------------------------------
// The log: text only, never markup built from message data.

/** @param {'→' | '←' | '•'} direction @param {string} text */
function log(direction, text) {
  const item = document.createElement('li');
  const time = new Date().toISOString().slice(11, 23);
  item.textContent = `${time} ${direction} ${text}`;
  logList.append(item);
  while (logList.childElementCount > MAX_LOG_ENTRIES) logList.firstElementChild?.remove();
  item.scrollIntoView({ block: 'nearest' });
}

/** A short, token-free rendering of message arguments. @param {unknown} value */
function brief(value) {
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** @param {string} text */
function setStatus(text) {
  statusLine.textContent = text;
}

// ---------------------------------------------------------------------------------------------------
// What the host tells the tab.

function currentProfile() {
  const profile = state.profiles.get(state.profile);
  if (profile === undefined) throw new Error(`Profile ${state.profile} is unknown to the stack.`);
  return profile;
}

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

// ---------------------------------------------------------------------------------------------------
// Nested app authentication: the host acts as the Teams broker.

/** @param {string} token */
function claimsOf(token) {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return /** @type {Record<string, unknown>} */ (JSON.parse(new TextDecoder().decode(bytes)));
}

/**
 * Splits a requested scope string into what the IdP understands.
 * @param {string} scope
 */
function parseScopes(scope) {
  const requested = scope.split(' ').filter((value) => value !== '');
  /** @type {string[]} */
  const short = [];
  let allConsented = false;
  for (const value of requested) {
    if (OIDC_SCOPES.has(value)) continue;
    const name = value.startsWith(GRAPH_RESOURCE) ? value.slice(GRAPH_RESOURCE.length) : value;
    if (name === '.default') allConsented = true;
    else if (!name.includes('/')) short.push(name);
    else log('•', `scope ${value} is not for Microsoft Graph: the local IdP cannot grant it`);
  }
  return { requested, short, allConsented };
}

function accountFor(
  /** @type {ProfileInfo} */ profile,
  /** @type {Record<string, unknown> | undefined} */ idTokenClaims,
) {
  return {
    homeAccountId: `${profile.oid}.${profile.tenantId}`,
    localAccountId: profile.oid,
    environment: NAA_ENVIRONMENT,
    tenantId: profile.tenantId,
    username: profile.upn,
    name: profile.displayName,
    loginHint: profile.upn,
    ...(idTokenClaims === undefined ? {} : { idTokenClaims }),
  };
}

/**
 * The broker's token cache, as Teams keeps one: a silent GetToken for a scope the host already holds a
 * token for is answered from it while the token has more than five minutes left (MSAL's own refresh
 * margin), without a round trip to the IdP. It lives as long as this page, the running Teams client;
 * a reloaded tab finds it, a reloaded host starts empty. Keyed by profile, app and scope, in memory only.
 * @type {Map<string, { answer: { token: Record<string, unknown>, account: Record<string, unknown> }, expiresAt: number }>}
 */
const brokerCache = new Map();
const BROKER_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * @param {string} clientId
 * @param {string} scope
 * @param {boolean} silent
 * @returns {Promise<{ answer: { token: Record<string, unknown>, account: Record<string, unknown> }, cached: boolean }>}
 */
async function brokerToken(clientId, scope, silent) {
  const key = `${state.profile}\n${clientId}\n${scope}`;
  const held = brokerCache.get(key);
  if (silent && held !== undefined && held.expiresAt - Date.now() > BROKER_REFRESH_MARGIN_MS) {
    const lifetime = Math.floor((held.expiresAt - Date.now()) / 1000);
    return {
      answer: { ...held.answer, token: { ...held.answer.token, expires_in: lifetime } },
      cached: true,
    };
  }
  const answer = await mintToken(clientId, scope);
  brokerCache.set(key, { answer, expiresAt: Date.now() + Number(answer.token.expires_in ?? 0) * 1000 });
  return { answer, cached: false };
}

/** The IdP refused a scope the profile's tenant never consented to (Entra's AADSTS65001). */
class ConsentRequired extends Error {}

/**
 * @param {string} clientId
 * @param {string} scope
 * @returns {Promise<{ token: Record<string, unknown>, account: Record<string, unknown> }>}
 */
async function mintToken(clientId, scope) {
  const profile = currentProfile();
  const scopes = parseScopes(scope);
  const response = await fetch('/__local/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      profile: profile.name,
      clientId,
      ...(scopes.allConsented ? {} : { scopes: scopes.short }),
      idToken: true,
    }),
  });
  if (!response.ok) {
    const refusal = /** @type {{ suberror?: unknown, error_description?: unknown }} */ (
      await response.json().catch(() => ({}))
    );
    if (refusal.suberror === 'consent_required') {
      throw new ConsentRequired(String(refusal.error_description ?? 'AADSTS65001'));
    }
    throw new Error(`The local IdP answered ${response.status}.`);
  }
  const minted = /** @type {{ access_token: string, expires_in: number, id_token: string }} */ (
    await response.json()
  );
  const granted = String(claimsOf(minted.access_token).scp ?? '')
    .split(' ')
    .filter((value) => value !== '');
  // Echo the granted scopes in the form they were asked for, so MSAL's cache finds them next time.
  const grantedScope = scopes.allConsented
    ? [
        ...granted.map((name) => `${GRAPH_RESOURCE}${name}`),
        ...scopes.requested.filter((s) => OIDC_SCOPES.has(s)),
      ]
    : scopes.requested.filter((value) => {
        if (OIDC_SCOPES.has(value)) return true;
        const name = value.startsWith(GRAPH_RESOURCE) ? value.slice(GRAPH_RESOURCE.length) : value;
        return granted.includes(name);
      });
  return {
    token: {
      access_token: minted.access_token,
      expires_in: minted.expires_in,
      id_token: minted.id_token,
      scope: grantedScope.join(' '),
      token_type: 'Bearer',
      properties: null,
    },
    account: accountFor(profile, claimsOf(minted.id_token)),
  };
}

/**
 * Answers one NestedAppAuthRequest envelope.
 * @param {NaaRequest} envelope
 * @returns {Promise<Record<string, unknown>>}
 */
async function answerNaa(envelope) {
  const base = { messageType: 'NestedAppAuthResponse', requestId: envelope.requestId };
  /** @param {BridgeError} error */
  const failure = (error) => ({ ...base, success: false, error });
  if (!state.naa) {
    return failure({
      status: 'NESTED_APP_AUTH_UNAVAILABLE',
      code: 'naa_unsupported',
      description: 'Nested app authentication is turned off in the Teams host simulator.',
    });
  }
  const profile = currentProfile();
  switch (envelope.method) {
    case 'GetInitContext':
      return {
        ...base,
        success: true,
        initContext: {
          sdkName: 'Teams host simulator',
          sdkVersion: HOST_SDK_VERSION,
          capabilities: { queryAccount: false },
          accountContext: {
            homeAccountId: `${profile.oid}.${profile.tenantId}`,
            environment: NAA_ENVIRONMENT,
            tenantId: profile.tenantId,
          },
        },
      };
    case 'GetActiveAccount':
      return { ...base, success: true, account: accountFor(profile, undefined) };
    case 'GetToken':
    case 'GetTokenPopup': {
      const params = envelope.tokenParams ?? {};
      const clientId = typeof params.clientId === 'string' ? params.clientId : '';
      const scope = typeof params.scope === 'string' ? params.scope : '';
      if (envelope.method === 'GetToken' && state.naaFail) {
        return failure({
          status: 'USER_INTERACTION_REQUIRED',
          code: 'interaction_required',
          description:
            'AADSTS65001: The user must interact to grant the app access (simulated by the Teams host simulator).',
        });
      }
      if (clientId === '') {
        return failure({ status: 'PERSISTENT_ERROR', code: 'invalid_request', description: 'No clientId.' });
      }
      try {
        const { answer, cached } = await brokerToken(clientId, scope, envelope.method === 'GetToken');
        if (cached) log('•', `token for scope "${scope}" from the broker's cache`);
        return { ...base, success: true, ...answer };
      } catch (error) {
        // Per-scope consent, as Teams' broker relays Entra: silently, the request needs interaction;
        // in the broker's window, the tenant's policy lets no one consent there (AADSTS90094).
        if (error instanceof ConsentRequired) {
          return envelope.method === 'GetToken'
            ? failure({
                status: 'USER_INTERACTION_REQUIRED',
                code: 'consent_required',
                description: error.message,
              })
            : failure({
                status: 'PERSISTENT_ERROR',
                code: 'consent_required',
                description:
                  'AADSTS90094: An administrator must grant this app the permission it asks for (the local demo tenant has not consented to it).',
              });
        }
        return failure({
          status: 'PERSISTENT_ERROR',
          code: 'local_idp_failed',
          description: error instanceof Error ? error.message : String(error),
        });
      }
    }
    default:
      return failure({
        status: 'PERSISTENT_ERROR',
        code: 'unsupported_method',
        description: `The Teams host simulator does not know the method ${String(envelope.method)}.`,
      });
  }
}

/** What the log shows of a NAA answer: never a token. @param {Record<string, unknown>} answer */
function describeNaaAnswer(answer) {
  if (answer.success !== true) return `failed ${brief(answer.error)}`;
  const token = /** @type {{ scope?: string, expires_in?: number } | undefined} */ (answer.token);
  if (token !== undefined)
    return `token for ${state.profile}: scope "${token.scope ?? ''}", ${token.expires_in ?? 0}s`;
  if (answer.initContext !== undefined) return `init context for ${state.profile}`;
  return `account of ${state.profile}`;
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
    `nestedAppAuth.execute ${String(envelope.method)}${params === undefined ? '' : ` clientId=${String(params.clientId)} scope="${String(params.scope)}"`}`,
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

// ---------------------------------------------------------------------------------------------------
// Controls.

function syncAddress() {
  const params = new URLSearchParams({
    theme: state.theme,
    profile: state.profile,
    locale: state.locale,
    naa: state.naa ? '1' : '0',
    naaFail: state.naaFail ? '1' : '0',
  });
  if (state.tab !== '/') params.set('tab', state.tab);
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}

function applyHostTheme() {
  document.documentElement.dataset.theme = state.theme;
}

function loadTab() {
  delete frame.dataset.initialized;
  setStatus(`Loading the tab as ${state.profile}…`);
  log('•', `loading ${state.tab} as ${state.profile} (${state.locale}, ${state.theme})`);
  frame.src = state.tab;
}

/** Makes the IdP sign the selected profile in, for any redirect-based fallback of the tab. */
async function selectProfileAtIdp() {
  const response = await fetch('/__local/profile', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ profile: state.profile }),
  });
  if (!response.ok) throw new Error(`POST /__local/profile answered ${response.status}.`);
}

async function loadProfiles() {
  const response = await fetch('/__local/profiles');
  if (!response.ok) throw new Error(`GET /__local/profiles answered ${response.status}.`);
  const body = /** @type {{ profiles: ProfileInfo[] }} */ (await response.json());
  for (const profile of body.profiles) state.profiles.set(profile.name, profile);
  for (const option of Array.from(profileSelect.options)) {
    const profile = state.profiles.get(option.value);
    if (profile !== undefined) option.textContent = `${profile.name}: ${profile.displayName}`;
  }
}

/** @param {unknown} error */
function report(error) {
  const text = error instanceof Error ? error.message : String(error);
  setStatus(`The simulator failed: ${text}`);
  log('•', `error: ${text}`);
}

function wireControls() {
  themeSelect.value = state.theme;
  profileSelect.value = state.profile;
  localeSelect.value = state.locale;
  naaCheckbox.checked = state.naa;
  naaFailCheckbox.checked = state.naaFail;

  themeSelect.addEventListener('change', () => {
    state.theme = oneOf(themeSelect.value, THEMES, 'default');
    applyHostTheme();
    syncAddress();
    sendEvent('themeChange', [state.theme]);
  });
  profileSelect.addEventListener('change', () => {
    state.profile = oneOf(profileSelect.value, PROFILE_NAMES, 'spe-admin');
    syncAddress();
    selectProfileAtIdp().then(loadTab, report);
  });
  localeSelect.addEventListener('change', () => {
    state.locale = oneOf(localeSelect.value, LOCALES, 'en-US');
    syncAddress();
    loadTab();
  });
  naaCheckbox.addEventListener('change', () => {
    state.naa = naaCheckbox.checked;
    syncAddress();
    loadTab();
  });
  naaFailCheckbox.addEventListener('change', () => {
    state.naaFail = naaFailCheckbox.checked;
    syncAddress();
    log('•', `silent token requests will ${state.naaFail ? 'fail (interaction required)' : 'succeed'}`);
  });
  reloadButton.addEventListener('click', loadTab);
  clearLogButton.addEventListener('click', () => logList.replaceChildren());
}

async function start() {
  window.addEventListener('message', onMessage);
  wireControls();
  applyHostTheme();
  syncAddress();
  await loadProfiles();
  await selectProfileAtIdp();
  loadTab();
}

start().catch(report);
