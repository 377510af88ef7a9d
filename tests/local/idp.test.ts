import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, DEMO_TENANT_ID } from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const redirectUri = 'https://localhost:4443/auth.html';
const scope =
  'https://graph.microsoft.com/FileStorageContainerTypeReg.Selected openid profile offline_access';

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

async function authorize(extra: Record<string, string> = {}): Promise<{ location: URL; verifier: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: DEMO_OWNING_APP_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    response_mode: 'fragment',
    scope,
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  });
  const response = await fetch(
    `${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`,
    { redirect: 'manual' },
  );
  expect(response.status).toBe(302);
  return { location: new URL(response.headers.get('location') ?? ''), verifier };
}

async function redeem(body: Record<string, string>): Promise<Response> {
  return fetch(`${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://localhost:4443' },
    body: new URLSearchParams(body).toString(),
  });
}

describe('the local identity provider', () => {
  it('publishes Entra-style discovery and keys', async () => {
    const discovery = (await (
      await fetch(`${stack.origin}/idp/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(`${stack.origin}/idp/${DEMO_TENANT_ID}/v2.0`);
    expect(discovery.token_endpoint).toBe(`${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/token`);
    const keys = (await (await fetch(discovery.jwks_uri ?? '')).json()) as {
      keys: { kty: string; d?: string }[];
    };
    expect(keys.keys[0]?.kty).toBe('RSA');
    expect(keys.keys[0]?.d).toBeUndefined();
  });

  it('shows an account picker with one button per profile', async () => {
    const params = new URLSearchParams({
      client_id: DEMO_OWNING_APP_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope,
    });
    const page = await (
      await fetch(`${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`)
    ).text();
    for (const profile of ['spe-admin', 'global-admin', 'no-role', 'no-scope', 'manage-all']) {
      expect(page).toContain(`<button type="submit" name="profile" value="${profile}">${profile}</button>`);
    }
  });

  it('signs in with auth code + PKCE and issues Graph tokens that Graph accepts', async () => {
    await stack.control('profile', { profile: 'global-admin' });
    const { location, verifier } = await authorize();
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('state')).toBe('state-1');
    const response = await redeem({
      grant_type: 'authorization_code',
      client_id: DEMO_OWNING_APP_ID,
      code: fragment.get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope,
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:4443');
    const tokens = (await response.json()) as {
      access_token: string;
      id_token: string;
      refresh_token: string;
      client_info: string;
    };
    expect(claimsOf(tokens.access_token)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      tid: DEMO_TENANT_ID,
      appid: DEMO_OWNING_APP_ID,
      upn: 'alex@contoso.onmicrosoft.com',
    });
    expect(claimsOf(tokens.id_token)).toMatchObject({ aud: DEMO_OWNING_APP_ID, nonce: 'nonce-1' });
    expect(JSON.parse(Buffer.from(tokens.client_info, 'base64url').toString('utf8'))).toMatchObject({
      utid: DEMO_TENANT_ID,
    });
    expect((await stack.graph(REGISTRATIONS, { token: tokens.access_token })).status).toBe(200);

    const refreshed = await redeem({
      grant_type: 'refresh_token',
      client_id: DEMO_OWNING_APP_ID,
      refresh_token: tokens.refresh_token,
      scope,
    });
    expect(refreshed.status).toBe(200);
  });

  it('checks consent per scope: the directory scope alone fails for a tenant that never consented to it', async () => {
    const directory = 'https://graph.microsoft.com/Application.Read.All openid profile offline_access';
    await stack.control('profile', { profile: 'spe-admin' });
    const { location, verifier } = await authorize();
    const response = await redeem({
      grant_type: 'authorization_code',
      client_id: DEMO_OWNING_APP_ID,
      code: new URLSearchParams(location.hash.slice(1)).get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope,
    });
    const { refresh_token: refreshToken } = (await response.json()) as { refresh_token: string };

    // The refresh token still serves the registration scope, and refuses the directory scope alone.
    const refused = await redeem({
      grant_type: 'refresh_token',
      client_id: DEMO_OWNING_APP_ID,
      refresh_token: refreshToken,
      scope: directory,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
    expect(
      (
        await redeem({
          grant_type: 'refresh_token',
          client_id: DEMO_OWNING_APP_ID,
          refresh_token: refreshToken,
          scope,
        })
      ).status,
    ).toBe(200);

    // Silent and interactive authorize requests for it come back with consent_required.
    const silent = await authorize({ prompt: 'none', scope: directory });
    expect(new URLSearchParams(silent.location.hash.slice(1)).get('error')).toBe('consent_required');
    const interactive = await authorize({ scope: directory });
    const answer = new URLSearchParams(interactive.location.hash.slice(1));
    expect(answer.get('error')).toBe('consent_required');
    expect(answer.get('error_description')).toMatch(/^AADSTS90094/);

    // The control API (the Teams host simulator's broker) answers the same way.
    await expect(stack.token('spe-admin', { scopes: ['Application.Read.All'] })).rejects.toThrow(
      /invalid_grant consent_required/,
    );
  });

  it('issues the directory scope to a tenant that consented to it', async () => {
    await stack.control('profile', { profile: 'global-admin' });
    const { location, verifier } = await authorize({
      scope: 'https://graph.microsoft.com/Application.Read.All openid profile offline_access',
    });
    const response = await redeem({
      grant_type: 'authorization_code',
      client_id: DEMO_OWNING_APP_ID,
      code: new URLSearchParams(location.hash.slice(1)).get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope: 'https://graph.microsoft.com/Application.Read.All openid profile offline_access',
    });
    expect(response.status).toBe(200);
    const { access_token: accessToken } = (await response.json()) as { access_token: string };
    expect(String(claimsOf(accessToken).scp).split(' ')).toContain('Application.Read.All');
    expect(claimsOf(await stack.token('global-admin', { scopes: ['Application.Read.All'] })).scp).toBe(
      'Application.Read.All',
    );
  });

  it('refuses a wrong code verifier', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    const { location } = await authorize();
    const code = new URLSearchParams(location.hash.slice(1)).get('code') ?? '';
    const response = await redeem({
      grant_type: 'authorization_code',
      client_id: DEMO_OWNING_APP_ID,
      code,
      redirect_uri: redirectUri,
      code_verifier: 'wrong',
      scope,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('fails silent sign-in on demand, as interaction required', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    await stack.control('faults', { idp: { failSilent: true } });
    const { location } = await authorize({ prompt: 'none' });
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe('interaction_required');
  });

  it('answers login_required for a silent request with nobody signed in', async () => {
    const { location } = await authorize({ prompt: 'none' });
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe('login_required');
  });

  it('never redirects a code to another machine', async () => {
    const params = new URLSearchParams({
      client_id: DEMO_OWNING_APP_ID,
      redirect_uri: 'https://evil.example/cb',
      response_type: 'code',
      profile: 'spe-admin',
    });
    const response = await fetch(
      `${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
  });

  it('issues tokens with the lifetime asked for', async () => {
    const token = await stack.token('spe-admin', { expiresInSeconds: 1 });
    const claims = claimsOf(token);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(1);
  });

  it('signs out: the session ends, and the redirect back carries the state, as Entra does', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    const params = new URLSearchParams({
      post_logout_redirect_uri: `${stack.origin}/auth.html`,
      state: 'sign-out-state',
    });
    const response = await fetch(
      `${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/logout?${params.toString()}`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(`${stack.origin}/auth.html`);
    expect(back.searchParams.get('state')).toBe('sign-out-state');
    // Nobody is signed in now: a silent request needs a sign-in.
    const { location } = await authorize({ prompt: 'none' });
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe('login_required');
  });
});
