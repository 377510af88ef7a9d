/**
 * `POST …/oauth2/v2.0/token`: redeems an authorization code (with PKCE) or a refresh token for Graph
 * tokens, refusing per scope what the tenant never consented to, as Entra ID does.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROFILES, type Profile, type ProfileName } from '../demoTenant';
import { corsHeaders, readBody, sendJson } from '../http';
import { clientInfo, type IdpContext } from './context';
import { GRAPH_SCOPE_PREFIX, shortGraphScopes } from './graphScopes';

/** What the token endpoint signs with (the identity provider's issuer). */
export interface TokenMinter {
  accessToken(
    profile: ProfileName,
    options: { readonly clientId: string; readonly expiresInSeconds: number },
  ): Promise<string>;
  idToken(profile: Profile, clientId: string, nonce: string | undefined): Promise<string>;
}

export async function token(
  idp: IdpContext,
  minter: TokenMinter,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
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
  const { sessions } = idp;
  let profileName: ProfileName;
  let scope: string;
  let nonce: string | undefined;
  if (grantType === 'authorization_code') {
    const code = sessions.redeemCode(form.get('code') ?? '');
    if (code === undefined) {
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
    const grant = sessions.refreshGrant(form.get('refresh_token') ?? '');
    if (grant === undefined || grant.clientId !== clientId || idp.faults.idp.failSilent) {
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
  const consent = idp.consents.consentFailure(profileName, clientId, shortGraphScopes(scope));
  if (consent !== undefined) {
    fail(consent.error, consent.error_description, { suberror: consent.suberror });
    return;
  }
  const profile = PROFILES[profileName];
  const refreshToken = sessions.issueRefreshToken({ clientId, profile: profileName, scope });
  // Entra puts every consented Graph scope in `scp`, whatever subset was asked for.
  const graphScopes = scope.split(' ').filter((value) => value.startsWith(GRAPH_SCOPE_PREFIX));
  const lifetime = idp.faults.idp.accessTokenLifetimeSeconds;
  sendJson(
    response,
    200,
    {
      token_type: 'Bearer',
      scope: [...graphScopes, 'openid', 'profile', 'offline_access'].join(' '),
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: await minter.accessToken(profileName, { clientId, expiresInSeconds: lifetime }),
      refresh_token: refreshToken,
      id_token: await minter.idToken(profile, clientId, nonce),
      client_info: clientInfo(profile, idp.tenantId),
    },
    cors,
  );
}
