import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, DEMO_TENANT_ID, PROFILES } from '../../src/local/demoTenant';
import { useTestStack } from '../support/useTestStack';

const hostDir = resolve(__dirname, '../../src/local/teamsHost');

const stack = useTestStack({ staticMounts: [{ path: '/host', dir: hostDir }] });

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

async function mint(body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${stack.origin}/__local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('the Teams host simulator at /host', () => {
  it.each(['/host', '/host/', '/host/index.html'])('serves the page at %s as HTML', async (path) => {
    const response = await fetch(`${stack.origin}${path}?theme=dark&profile=global-admin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    // Absolute paths: `/host` (no slash) must not resolve the script against `/`.
    expect(html).toContain('<script type="module" src="/host/host.js"></script>');
    expect(html).toContain('href="/host/host.css"');
    for (const id of ['theme', 'profile', 'locale', 'naa', 'naa-fail', 'tab-frame', 'log'])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<label for="naa">Nested app authentication supported</label>');
  });

  it('serves the script as a JavaScript module and the style sheet as CSS', async () => {
    const script = await fetch(`${stack.origin}/host/host.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const source = await script.text();
    expect(source).toContain("case 'nestedAppAuth.execute':");
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    const css = await fetch(`${stack.origin}/host/host.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves nothing outside its folder', async () => {
    const response = await fetch(`${stack.origin}/host/..%2Fstack.ts`);
    expect(response.status).toBe(404);
  });
});

describe('the control API for the simulator', () => {
  it('lists the profiles without tokens or scopes', async () => {
    const response = await fetch(`${stack.origin}/__local/profiles`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { tenantId: string; profiles: Record<string, unknown>[] };
    expect(body.tenantId).toBe(DEMO_TENANT_ID);
    expect(body.profiles.map((profile) => profile.name)).toEqual(Object.keys(PROFILES));
    for (const profile of body.profiles) {
      expect(Object.keys(profile).sort()).toEqual(['displayName', 'name', 'oid', 'tenantId', 'upn']);
      const known = PROFILES[profile.name as keyof typeof PROFILES];
      expect(profile).toEqual({
        name: known.name,
        displayName: known.displayName,
        upn: known.upn,
        oid: known.oid,
        tenantId: DEMO_TENANT_ID,
      });
    }
  });

  it('mints an ID token for the asking client with idToken: true', async () => {
    const clientId = 'aaaaaaaa-1111-4222-8333-bbbbbbbbbbbb';
    const body = await mint({
      profile: 'global-admin',
      clientId,
      scopes: ['FileStorageContainerTypeReg.Selected'],
      idToken: true,
      nonce: 'n-1',
    });
    const idClaims = claimsOf(String(body.id_token));
    expect(idClaims).toMatchObject({
      aud: clientId,
      tid: DEMO_TENANT_ID,
      oid: PROFILES['global-admin'].oid,
      preferred_username: PROFILES['global-admin'].upn,
      nonce: 'n-1',
    });
    const accessClaims = claimsOf(String(body.access_token));
    expect(accessClaims).toMatchObject({ azp: clientId, scp: 'FileStorageContainerTypeReg.Selected' });
  });

  it('mints no ID token unless asked, and defaults its audience to the profile app', async () => {
    expect(await mint({ profile: 'spe-admin' })).not.toHaveProperty('id_token');
    const body = await mint({ profile: 'spe-admin', idToken: true });
    expect(claimsOf(String(body.id_token)).aud).toBe(DEMO_OWNING_APP_ID);
  });

  it('keeps scopes the profile has not consented out of the token (no-scope)', async () => {
    const body = await mint({
      profile: 'no-scope',
      clientId: DEMO_OWNING_APP_ID,
      scopes: ['FileStorageContainerTypeReg.Selected'],
      idToken: true,
    });
    expect(claimsOf(String(body.access_token)).scp).toBe('');
  });
});
