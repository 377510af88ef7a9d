/**
 * An Entra-like OpenID Connect provider for the demo tenant, under `/idp/<tenant>/…`. Keys, JWKS and
 * signing come from `oauth2-mock-server`'s issuer; the Entra-shaped endpoints are ours: authorize
 * (authorizeEndpoint.ts), token (tokenEndpoint.ts), admin consent (consentFlow.ts), discovery, keys
 * and sign-out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OAuth2Issuer } from 'oauth2-mock-server';
import { DEMO_DOMAIN, DEMO_TENANT_ID, PROFILES, type Profile, type ProfileName } from '../demoTenant';
import type { FaultSettings } from '../faults';
import { corsHeaders, send, sendJson, withFrameAncestorsSelf } from '../http';
import { authorize } from './authorizeEndpoint';
import { adminConsent, consentDecision } from './consentFlow';
import type { IdpContext } from './context';
import { GRAPH_AUDIENCE } from './graphScopes';
import { isLocalUri } from './redirect';
import { SignInSessions } from './SignInSessions';
import { TenantConsents, type ConsentFailure } from './TenantConsents';
import { token, type TokenMinter } from './tokenEndpoint';

export interface TokenOptions {
  readonly clientId?: string;
  readonly expiresInSeconds?: number;
  /** Short Graph scope names to put in `scp`; limited to those consented for the profile and app. */
  readonly scopes?: readonly string[];
}

export class LocalIdentityProvider implements IdpContext, TokenMinter {
  public readonly tenantId = DEMO_TENANT_ID;
  public readonly tenantName = DEMO_DOMAIN;
  public readonly sessions = new SignInSessions();
  public readonly consents = new TenantConsents();
  public base = '';
  private readonly issuer = new OAuth2Issuer();

  public constructor(public readonly faults: FaultSettings) {}

  public async start(origin: string): Promise<void> {
    this.base = `${origin}/idp/${this.tenantId}`;
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
    this.sessions.signedIn = profile;
  }

  /** Nobody signed in, no code or refresh token valid, no consent given beyond the seeded profiles'. */
  public reset(): void {
    this.sessions.reset();
    this.consents.reset();
  }

  /**
   * The failure Entra answers when `scopes` (short Graph names) hold one that needs consent the
   * tenant never gave for this profile and app; `undefined` when every such scope was consented.
   */
  public consentFailure(
    profileName: ProfileName,
    scopes: readonly string[],
    clientId: string = PROFILES[profileName].appId,
  ): ConsentFailure | undefined {
    return this.consents.consentFailure(profileName, clientId, scopes);
  }

  /** An access token for Graph, as Entra would issue it for this profile and calling app. */
  public async accessToken(profileName: ProfileName, options: TokenOptions = {}): Promise<string> {
    const profile = PROFILES[profileName];
    const clientId = options.clientId ?? profile.appId;
    const consented = this.consents.scopesFor(profileName, clientId);
    const scopes =
      options.scopes === undefined ? consented : options.scopes.filter((scope) => consented.includes(scope));
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
        authorize(this, response, url, origin);
        return true;
      case '/oauth2/v2.0/token':
        await token(this, this, request, response);
        return true;
      case '/oauth2/v2.0/logout':
        this.logout(response, url);
        return true;
      case '/v2.0/adminconsent':
        adminConsent(this, response, url, origin);
        return true;
      case '/consent':
        if (request.method !== 'POST') return false;
        await consentDecision(this, request, response, origin);
        return true;
      default:
        return false;
    }
  }

  private logout(response: ServerResponse, url: URL): void {
    this.sessions.signedIn = undefined;
    const target = url.searchParams.get('post_logout_redirect_uri');
    const state = url.searchParams.get('state');
    // As Entra does, `state` comes back with the redirect: MSAL's redirect bridge needs it to tell the
    // page that sign-out finished (and close its popup).
    const back = (uri: string): string => {
      if (state === null) return uri;
      const withState = new URL(uri);
      withState.searchParams.set('state', state);
      return withState.toString();
    };
    send(
      response,
      target !== null && isLocalUri(target)
        ? { status: 302, headers: { location: back(target) } }
        : {
            status: 200,
            headers: withFrameAncestorsSelf({ 'content-type': 'text/html' }),
            body: '<p>Signed out.</p>',
          },
    );
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
}
