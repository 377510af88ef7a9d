// @ts-check
/**
 * Nested app authentication: the Teams host simulator acts as the Teams broker for MSAL's
 * `createNestablePublicClientApplication` (read from @microsoft/teams-js 2.58.0
 * `internal/nestedAppAuthUtils` and @azure/msal-browser 5.29.0 `naa/*`).
 *
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
 * with the short Graph scope names (the IdP keeps only those consented for the profile and app, so
 * `no-scope` gets a token without them and Graph answers 403, until an admin consents). A directory
 * scope the tenant never consented to (Application.Read.All for spe-admin) is refused alone,
 * `consent_required`: GetToken answers USER_INTERACTION_REQUIRED, GetTokenPopup a PERSISTENT_ERROR
 * (AADSTS90094). A silent GetToken is answered from the broker's cache while its token is fresh
 * (`brokerToken`), as Teams' broker answers a tab reopened in a running client; `forceRefresh` (after
 * an admin granted consent) always asks the IdP again.
 */
import { log, brief } from './hostPage.js';
import { currentProfile, state } from './hostState.js';

const GRAPH_RESOURCE = 'https://graph.microsoft.com/';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
export const HOST_SDK_VERSION = '2.58.0';
// Teams answers with the environment of the cloud the tab signs in to: MSAL finds its cached tokens only
// when the account's environment is an alias of its configured authority. Here that is the local IdP,
// served by this same origin (answering `login.microsoftonline.com` made every silent request miss the
// cache and cross to the host).
const NAA_ENVIRONMENT = location.host;

/**
 * @typedef {import('./hostState.js').ProfileInfo} ProfileInfo
 * @typedef {{ status: string, code: string, description: string }} BridgeError
 * @typedef {{ method?: unknown, requestId?: unknown, tokenParams?: { clientId?: unknown, scope?: unknown, forceRefresh?: unknown } }} NaaRequest
 */

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
 * @param {boolean} fromCache whether a fresh cached token may answer (a silent request without forceRefresh)
 * @returns {Promise<{ answer: { token: Record<string, unknown>, account: Record<string, unknown> }, cached: boolean }>}
 */
async function brokerToken(clientId, scope, fromCache) {
  const key = `${state.profile}\n${clientId}\n${scope}`;
  const held = brokerCache.get(key);
  if (fromCache && held !== undefined && held.expiresAt - Date.now() > BROKER_REFRESH_MARGIN_MS) {
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
  /** @param {string[] | undefined} only */
  const post = (only) =>
    fetch('/__local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        profile: profile.name,
        clientId,
        ...(only ? { scopes: only } : {}),
        idToken: true,
      }),
    });
  // The scopes asked for are checked for consent first (a refusal is Entra's AADSTS65001); the token
  // then carries every consented Graph scope in `scp`, as Entra's does whatever subset was asked for.
  const checked = scopes.allConsented ? undefined : await post(scopes.short);
  const response = checked === undefined || checked.ok ? await post(undefined) : checked;
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
export async function answerNaa(envelope) {
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
        const fromCache = envelope.method === 'GetToken' && params.forceRefresh !== true;
        const { answer, cached } = await brokerToken(clientId, scope, fromCache);
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
export function describeNaaAnswer(answer) {
  if (answer.success !== true) return `failed ${brief(answer.error)}`;
  const token = /** @type {{ scope?: string, expires_in?: number } | undefined} */ (answer.token);
  if (token !== undefined)
    return `token for ${state.profile}: scope "${token.scope ?? ''}", ${token.expires_in ?? 0}s`;
  if (answer.initContext !== undefined) return `init context for ${state.profile}`;
  return `account of ${state.profile}`;
}
