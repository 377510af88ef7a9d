/**
 * An Entra-like OpenID Connect provider for the demo tenant, under `/idp/<tenant>/…`. Keys, JWKS and
 * signing come from `oauth2-mock-server`'s issuer; the Entra-shaped endpoints (authorize with an account
 * picker, token with PKCE and refresh tokens, failable silent sign-in) are ours.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OAuth2Issuer } from 'oauth2-mock-server';
import { DEMO_TENANT_ID, isProfileName, PROFILES, type Profile, type ProfileName } from './demoTenant';
import type { FaultSettings } from './faults';
import {
  allowedOrigin,
  corsHeaders,
  htmlEscape,
  readBody,
  send,
  sendJson,
  withFrameAncestorsSelf,
} from './http';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
const GRAPH_SCOPE_PREFIX = `${GRAPH_AUDIENCE}/`;
const CODE_LIFETIME_MS = 5 * 60 * 1000;

/**
 * Scopes that need the tenant's admin consent and that the IdP checks one by one, as Entra ID does:
 * asked for without consent they fail (`consent_required`), alone, while the other scopes of the
 * profile keep working. Other scopes keep the older reading (a token without them, and Graph's 403),
 * which the `no-scope` profile and the admin-consent flow rely on.
 */
export const CONSENT_CHECKED_SCOPES: readonly string[] = ['Application.Read.All', 'Directory.Read.All'];

/** The Entra-style failure for a scope the tenant never consented to (AADSTS65001). */
export interface ConsentFailure {
  readonly error: 'invalid_grant';
  readonly suberror: 'consent_required';
  readonly error_description: string;
}

interface PendingCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly nonce?: string;
  readonly codeChallenge?: string;
  readonly profile: ProfileName;
  readonly expiresAt: number;
}

interface RefreshGrant {
  readonly clientId: string;
  readonly profile: ProfileName;
  readonly scope: string;
}

export interface TokenOptions {
  readonly clientId?: string;
  readonly expiresInSeconds?: number;
  /** Short Graph scope names to put in `scp`; limited to those the profile has consented. */
  readonly scopes?: readonly string[];
}

export class LocalIdentityProvider {
  public readonly tenantId = DEMO_TENANT_ID;
  private readonly issuer = new OAuth2Issuer();
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  /** Who signs in next without a click (set by `/__local/profile` or the last sign-in). */
  private signedIn: ProfileName | undefined;

  public constructor(private readonly faults: FaultSettings) {}

  public async start(origin: string): Promise<void> {
    this.issuer.url = this.issuerUrl(origin);
    if (this.issuer.keys.get() === undefined) await this.issuer.keys.generate('RS256');
  }

  public issuerUrl(origin: string): string {
    return `${origin}/idp/${this.tenantId}/v2.0`;
  }

  public jwks(): { keys: unknown[] } {
    return { keys: this.issuer.keys.toJSON() };
  }

  public selectProfile(profile: ProfileName | undefined): void {
    this.signedIn = profile;
  }

  public reset(): void {
    this.signedIn = undefined;
    this.codes.clear();
    this.refreshTokens.clear();
  }

  /**
   * The failure Entra answers when `scopes` (short Graph names) hold one that needs consent the
   * profile's tenant never gave; `undefined` when every such scope was consented.
   */
  public consentFailure(profileName: ProfileName, scopes: readonly string[]): ConsentFailure | undefined {
    const profile = PROFILES[profileName];
    const missing = scopes.find(
      (scope) => CONSENT_CHECKED_SCOPES.includes(scope) && !profile.scopes.includes(scope),
    );
    if (missing === undefined) return undefined;
    return {
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_description: `AADSTS65001: The user or administrator has not consented to use the application with the scope ${missing}. Send an interactive authorization request for this user and resource.`,
    };
  }

  /** An access token for Graph, as Entra would issue it for this profile and calling app. */
  public async accessToken(profileName: ProfileName, options: TokenOptions = {}): Promise<string> {
    const profile = PROFILES[profileName];
    const scopes =
      options.scopes === undefined
        ? profile.scopes
        : options.scopes.filter((scope) => profile.scopes.includes(scope));
    const clientId = options.clientId ?? profile.appId;
    return this.issuer.buildToken({
      expiresIn: options.expiresInSeconds ?? this.faults.idp.accessTokenLifetimeSeconds,
      scopesOrTransform: (_header, payload) => {
        Object.assign(payload, {
          aud: GRAPH_AUDIENCE,
          tid: this.tenantId,
          oid: profile.oid,
          sub: profile.oid,
          upn: profile.upn,
          name: profile.displayName,
          scp: scopes.join(' '),
          wids: [...profile.wids],
          appid: clientId,
          azp: clientId,
          ver: '2.0',
        });
      },
    });
  }

  /** An ID token for `clientId` (also minted by the control API for the Teams host simulator's broker). */
  public async idToken(profile: Profile, clientId: string, nonce: string | undefined): Promise<string> {
    return this.issuer.buildToken({
      expiresIn: 3600,
      scopesOrTransform: (_header, payload) => {
        Object.assign(payload, {
          aud: clientId,
          tid: this.tenantId,
          oid: profile.oid,
          sub: profile.oid,
          preferred_username: profile.upn,
          name: profile.displayName,
          // Entra adds directory role ids when the app asks for them (groupMembershipClaims / optional
          // claims); the tool reads them only as an early hint about the admin role.
          wids: [...profile.wids],
          ...(nonce === undefined ? {} : { nonce }),
          ver: '2.0',
        });
      },
    });
  }

  /** Handles `/idp/<tenant>/…`; returns false when the path is not the IdP's. */
  public async handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    origin: string,
  ): Promise<boolean> {
    const prefix = `/idp/${this.tenantId}`;
    // Entra also answers for `organizations`; MSAL configured with it lands here too.
    const path = url.pathname.replace(/^\/idp\/(organizations|common)(?=\/)/, prefix);
    if (!path.startsWith(`${prefix}/`)) return false;
    const rest = path.slice(prefix.length);
    if (request.method === 'OPTIONS') {
      send(response, { status: 204, headers: corsHeaders(request) });
      return true;
    }
    switch (rest) {
      case '/v2.0/.well-known/openid-configuration':
        sendJson(response, 200, this.discovery(origin), corsHeaders(request));
        return true;
      case '/discovery/v2.0/keys':
        sendJson(response, 200, this.jwks(), corsHeaders(request));
        return true;
      case '/oauth2/v2.0/authorize':
        this.authorize(response, url);
        return true;
      case '/oauth2/v2.0/token':
        await this.token(request, response);
        return true;
      case '/oauth2/v2.0/logout': {
        this.signedIn = undefined;
        const target = url.searchParams.get('post_logout_redirect_uri');
        send(
          response,
          target !== null && this.isLocalUri(target)
            ? { status: 302, headers: { location: target } }
            : {
                status: 200,
                headers: withFrameAncestorsSelf({ 'content-type': 'text/html' }),
                body: '<p>Signed out.</p>',
              },
        );
        return true;
      }
      case '/v2.0/adminconsent':
        this.adminConsent(response, url);
        return true;
      default:
        return false;
    }
  }

  private discovery(origin: string): Record<string, unknown> {
    const base = `${origin}/idp/${this.tenantId}`;
    return {
      issuer: this.issuerUrl(origin),
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'code id_token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      tenant_region_scope: 'NA',
      cloud_instance_name: 'localhost',
    };
  }

  /** Only this machine's pages may receive codes: no open redirect. */
  private isLocalUri(uri: string): boolean {
    return allowedOrigin(uri.replace(/^(https?:\/\/[^/]+).*$/, '$1')) !== undefined;
  }

  private authorize(response: ServerResponse, url: URL): void {
    const params = url.searchParams;
    const redirectUri = params.get('redirect_uri') ?? '';
    const clientId = params.get('client_id') ?? '';
    if (!this.isLocalUri(redirectUri) || clientId === '') {
      send(response, {
        status: 400,
        headers: withFrameAncestorsSelf({ 'content-type': 'text/html' }),
        body: '<p>AADSTS50011: the redirect URI is not registered for this app.</p>',
      });
      return;
    }
    const responseMode = params.get('response_mode') ?? 'query';
    const state = params.get('state') ?? undefined;
    const redirect = (values: Record<string, string>): void =>
      this.redirectTo(response, redirectUri, responseMode, {
        ...values,
        ...(state === undefined ? {} : { state }),
      });
    const prompt = params.get('prompt');
    const chosen = params.get('profile');

    if (prompt === 'none') {
      if (this.faults.idp.failSilent || this.signedIn === undefined) {
        redirect({
          error: this.signedIn === undefined ? 'login_required' : 'interaction_required',
          error_description:
            'AADSTS50058: A silent sign-in request was sent but no user is signed in, or the user must interact.',
        });
        return;
      }
    }
    let profile: ProfileName | undefined = isProfileName(chosen) ? chosen : undefined;
    if (profile === undefined && prompt !== 'select_account' && prompt !== 'login') profile = this.signedIn;
    if (profile === undefined) {
      send(response, {
        status: 200,
        headers: withFrameAncestorsSelf({
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        }),
        body: accountPicker(url),
      });
      return;
    }
    const codeChallenge = params.get('code_challenge') ?? undefined;
    if (codeChallenge !== undefined && (params.get('code_challenge_method') ?? 'plain') !== 'S256') {
      redirect({
        error: 'invalid_request',
        error_description: 'AADSTS501491: only S256 code challenges are supported.',
      });
      return;
    }
    const consent = this.consentFailure(profile, shortGraphScopes(params.get('scope') ?? ''));
    if (consent !== undefined) {
      // Silent (prompt=none): Entra's `consent_required`. Interactive: the tenant's policy lets no one
      // consent here (an admin grants it in the Entra admin center), so Entra's AADSTS90094 comes back.
      redirect(
        prompt === 'none'
          ? { error: 'consent_required', error_description: consent.error_description }
          : {
              error: 'consent_required',
              error_description:
                'AADSTS90094: An administrator must grant this app the permission it asks for (the local demo tenant has not consented to it).',
            },
      );
      return;
    }
    this.signedIn = profile;
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId,
      redirectUri,
      scope: params.get('scope') ?? 'openid',
      nonce: params.get('nonce') ?? undefined,
      codeChallenge,
      profile,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    redirect({ code, client_info: this.clientInfo(PROFILES[profile]) });
  }

  private redirectTo(
    response: ServerResponse,
    redirectUri: string,
    mode: string,
    values: Record<string, string>,
  ): void {
    const encoded = new URLSearchParams(values).toString();
    if (mode === 'form_post') {
      const inputs = Object.entries(values)
        .map(
          ([name, value]) => `<input type="hidden" name="${htmlEscape(name)}" value="${htmlEscape(value)}">`,
        )
        .join('');
      send(response, {
        status: 200,
        headers: withFrameAncestorsSelf({ 'content-type': 'text/html; charset=utf-8' }),
        body: `<!doctype html><form method="post" action="${htmlEscape(redirectUri)}">${inputs}</form><script>document.forms[0].submit()</script>`,
      });
      return;
    }
    const separator = mode === 'fragment' ? '#' : redirectUri.includes('?') ? '&' : '?';
    send(response, {
      status: 302,
      headers: { location: `${redirectUri}${separator}${encoded}`, 'cache-control': 'no-store' },
    });
  }

  private clientInfo(profile: Profile): string {
    return Buffer.from(JSON.stringify({ uid: profile.oid, utid: this.tenantId })).toString('base64url');
  }

  private async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const cors = corsHeaders(request);
    const fail = (error: string, description: string, extra: Record<string, string> = {}): void => {
      sendJson(
        response,
        400,
        {
          error,
          ...extra,
          error_description: description,
          error_codes: [70000],
          timestamp: new Date().toISOString(),
          trace_id: randomUUID(),
          correlation_id: randomUUID(),
        },
        cors,
      );
    };
    if (request.method !== 'POST') {
      fail('invalid_request', 'AADSTS900561: The endpoint only accepts POST requests.');
      return;
    }
    const body = await readBody(request);
    if ('tooLarge' in body) {
      fail('invalid_request', 'AADSTS90014: The request body is too large.');
      return;
    }
    const form = new URLSearchParams(body.text);
    const grantType = form.get('grant_type');
    const clientId = form.get('client_id') ?? '';
    let profileName: ProfileName;
    let scope: string;
    let nonce: string | undefined;
    if (grantType === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (code === undefined || code.expiresAt < Date.now()) {
        fail('invalid_grant', 'AADSTS70008: The provided authorization code is expired or was already used.');
        return;
      }
      if (code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri')) {
        fail('invalid_grant', 'AADSTS50148: The code was issued to another client or redirect URI.');
        return;
      }
      if (code.codeChallenge !== undefined) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge) {
          fail('invalid_grant', 'AADSTS501481: The code verifier does not match the code challenge.');
          return;
        }
      }
      profileName = code.profile;
      scope = form.get('scope') ?? code.scope;
      nonce = code.nonce;
    } else if (grantType === 'refresh_token') {
      const grant = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (grant === undefined || grant.clientId !== clientId || this.faults.idp.failSilent) {
        fail(
          'invalid_grant',
          'AADSTS700082: The refresh token has expired or cannot be used; the user must sign in again.',
        );
        return;
      }
      profileName = grant.profile;
      scope = form.get('scope') ?? grant.scope;
    } else {
      fail('unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
      return;
    }
    const consent = this.consentFailure(profileName, shortGraphScopes(scope));
    if (consent !== undefined) {
      fail(consent.error, consent.error_description, { suberror: consent.suberror });
      return;
    }
    const profile = PROFILES[profileName];
    const refreshToken = randomBytes(32).toString('base64url');
    this.refreshTokens.set(refreshToken, { clientId, profile: profileName, scope });
    // Entra puts every consented Graph scope in `scp`, whatever subset was asked for.
    const graphScopes = scope.split(' ').filter((value) => value.startsWith(GRAPH_SCOPE_PREFIX));
    const lifetime = this.faults.idp.accessTokenLifetimeSeconds;
    sendJson(
      response,
      200,
      {
        token_type: 'Bearer',
        scope: [...graphScopes, 'openid', 'profile', 'offline_access'].join(' '),
        expires_in: lifetime,
        ext_expires_in: lifetime,
        access_token: await this.accessToken(profileName, { clientId, expiresInSeconds: lifetime }),
        refresh_token: refreshToken,
        id_token: await this.idToken(profile, clientId, nonce),
        client_info: this.clientInfo(profile),
      },
      cors,
    );
  }

  /** The admin-consent page: a button that "grants" and redirects back as Entra does. */
  private adminConsent(response: ServerResponse, url: URL): void {
    const redirectUri = url.searchParams.get('redirect_uri');
    const state = url.searchParams.get('state') ?? '';
    const clientId = url.searchParams.get('client_id') ?? '';
    const back =
      redirectUri !== null && this.isLocalUri(redirectUri)
        ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${new URLSearchParams({ admin_consent: 'True', tenant: this.tenantId, scope: url.searchParams.get('scope') ?? '', state }).toString()}`
        : undefined;
    send(response, {
      status: 200,
      headers: withFrameAncestorsSelf({ 'content-type': 'text/html; charset=utf-8' }),
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Permissions requested</title></head><body><main><h1>Permissions requested</h1><p>The app <code>${htmlEscape(clientId)}</code> asks for <code>${htmlEscape(url.searchParams.get('scope') ?? '')}</code> in tenant ${htmlEscape(this.tenantId)} (local demo).</p>${back === undefined ? '<p>No registered redirect URI was given.</p>' : `<p><a href="${htmlEscape(back)}">Accept</a></p>`}</main></body></html>`,
    });
  }
}

/** The Graph scopes of a scope parameter, by short name (`https://graph.microsoft.com/X` → `X`). */
function shortGraphScopes(scope: string): string[] {
  return scope
    .split(' ')
    .filter((value) => value.startsWith(GRAPH_SCOPE_PREFIX))
    .map((value) => value.slice(GRAPH_SCOPE_PREFIX.length));
}

function accountPicker(url: URL): string {
  // The original request travels along as hidden fields; each profile is one submit button.
  const hidden = Array.from(url.searchParams)
    .filter(([name]) => name !== 'profile' && name !== 'prompt')
    .map(([name, value]) => `<input type="hidden" name="${htmlEscape(name)}" value="${htmlEscape(value)}">`)
    .join('');
  const buttons = (Object.keys(PROFILES) as ProfileName[])
    .map(
      (name) =>
        `<li><button type="submit" name="profile" value="${htmlEscape(name)}">${htmlEscape(name)}</button> <span>${htmlEscape(PROFILES[name].displayName)}</span></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pick an account</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto}ul{list-style:none;padding:0}button{padding:.5rem 1rem;margin:.25rem 0;min-width:9rem}</style></head><body><main><h1>Pick an account</h1><p>Local demo tenant: no password, choose who signs in.</p><form method="get" action="${htmlEscape(url.pathname)}">${hidden}<ul>${buttons}</ul></form></main></body></html>`;
}
