import { describe, expect, it } from 'vitest';
import { authConfigFromEnv, parseAuthConfig } from '../../src/auth/config';

const CLIENT = '71392b2f-1765-406e-86af-5907d9bdb2ab';

function problemsOf(input: unknown): Record<string, string> {
  const result = parseAuthConfig(input);
  if (result.ok) return {};
  return Object.fromEntries(result.problems.map((problem) => [problem.field, problem.message]));
}

describe('parseAuthConfig', () => {
  it('fills least-privilege defaults around a client id', () => {
    expect(parseAuthConfig({ clientId: CLIENT.toUpperCase() })).toEqual({
      ok: true,
      config: {
        clientId: CLIENT,
        tenant: 'organizations',
        cloud: 'global',
        scopeMode: 'selected',
        graphVersion: 'v1.0',
      },
    });
  });

  it('explains every wrong field precisely, all at once', () => {
    expect(
      problemsOf({
        clientId: 'abc',
        tenant: 'not a tenant',
        cloud: 'mars',
        scopeMode: 'all',
        graphVersion: 'v2',
        redirectUri: 'http://x',
      }),
    ).toEqual({
      clientId:
        'clientId must be a GUID such as 00000000-0000-0000-0000-000000000000 (the app\'s client id); got "abc".',
      tenant:
        'tenant must be "organizations", a tenant id (GUID) or a domain such as contoso.onmicrosoft.com; got "not a tenant".',
      cloud: 'cloud must be one of global, usGovL4, usGovL5, china, local; got "mars".',
      scopeMode:
        'scopeMode must be "selected" (FileStorageContainerTypeReg.Selected, least privilege) or "manageAll" (FileStorageContainerTypeReg.Manage.All); got "all".',
      graphVersion: 'graphVersion must be "v1.0" or "beta"; got "v2".',
      redirectUri:
        'redirectUri must be an absolute https URL registered as a SPA redirect URI of the app; got "http://x".',
    });
  });

  it('refuses the common and consumers tenants', () => {
    expect(problemsOf({ clientId: CLIENT, tenant: 'common' }).tenant).toMatch(/cannot be "common"/);
    expect(problemsOf({ clientId: CLIENT, tenant: 'consumers' }).tenant).toMatch(/cannot be "consumers"/);
  });

  it('accepts a tenant id and a verified domain', () => {
    expect(parseAuthConfig({ clientId: CLIENT, tenant: '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76' }).ok).toBe(
      true,
    );
    expect(parseAuthConfig({ clientId: CLIENT, tenant: 'contoso.onmicrosoft.com' }).ok).toBe(true);
  });

  it('needs an https origin for the local cloud, and none for the others (cross-field rule)', () => {
    expect(problemsOf({ clientId: CLIENT, cloud: 'local' }).localOrigin).toMatch(/https origin/);
    expect(
      problemsOf({ clientId: CLIENT, cloud: 'local', localOrigin: 'http://localhost:4443' }).localOrigin,
    ).toMatch(/https origin/);
    expect(
      problemsOf({ clientId: CLIENT, cloud: 'global', localOrigin: 'https://localhost:4443' }).localOrigin,
    ).toBe('localOrigin is only used with cloud local; remove it.');
    expect(
      parseAuthConfig({ clientId: CLIENT, cloud: 'local', localOrigin: 'https://localhost:4443/' }),
    ).toMatchObject({
      ok: true,
      config: { localOrigin: 'https://localhost:4443' },
    });
  });

  it('reads anything that is not an object as an empty configuration', () => {
    expect(Object.keys(problemsOf(null))).toEqual(['clientId']);
    expect(problemsOf(42).clientId).toMatch(/got nothing/);
  });
});

describe('authConfigFromEnv', () => {
  it('reads SPE_* variables with the same defaults and validation', () => {
    expect(
      authConfigFromEnv({
        SPE_CLIENT_ID: CLIENT,
        SPE_CLOUD: 'usGovL5',
        SPE_SCOPE_MODE: 'manageAll',
        SPE_GRAPH_VERSION: 'beta',
        SPE_TENANT: 'contoso.onmicrosoft.us',
      }),
    ).toEqual({
      ok: true,
      config: {
        clientId: CLIENT,
        tenant: 'contoso.onmicrosoft.us',
        cloud: 'usGovL5',
        scopeMode: 'manageAll',
        graphVersion: 'beta',
      },
    });
    const missing = authConfigFromEnv({});
    expect(missing.ok).toBe(false);
  });
});
