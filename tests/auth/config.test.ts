import { describe, expect, it } from 'vitest';
import { authConfigFromEnv, parseAuthConfig } from '../../src/auth/config';

const CLIENT = '71392b2f-1765-406e-86af-5907d9bdb2ab';

/** Each field's problem as `code` or `code: received` (the wording belongs to the hosts' strings). */
function problemsOf(input: unknown): Record<string, string> {
  const result = parseAuthConfig(input);
  if (result.ok) return {};
  return Object.fromEntries(
    result.problems.map((problem) => [
      problem.field,
      problem.received === undefined ? problem.code : `${problem.code}: ${problem.received}`,
    ]),
  );
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
      clientId: 'client_id_not_guid: abc',
      tenant: 'tenant_invalid: not a tenant',
      cloud: 'cloud_unknown: mars',
      scopeMode: 'scope_mode_unknown: all',
      graphVersion: 'graph_version_unknown: v2',
      redirectUri: 'redirect_uri_invalid: http://x',
    });
  });

  it('refuses the common and consumers tenants', () => {
    expect(problemsOf({ clientId: CLIENT, tenant: 'common' }).tenant).toBe('tenant_personal: common');
    expect(problemsOf({ clientId: CLIENT, tenant: 'consumers' }).tenant).toBe('tenant_personal: consumers');
  });

  it('accepts a tenant id and a verified domain', () => {
    expect(parseAuthConfig({ clientId: CLIENT, tenant: '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76' }).ok).toBe(
      true,
    );
    expect(parseAuthConfig({ clientId: CLIENT, tenant: 'contoso.onmicrosoft.com' }).ok).toBe(true);
  });

  it('needs an https origin for the local cloud, and none for the others (cross-field rule)', () => {
    expect(problemsOf({ clientId: CLIENT, cloud: 'local' }).localOrigin).toBe('local_origin_required');
    expect(
      problemsOf({ clientId: CLIENT, cloud: 'local', localOrigin: 'http://localhost:4443' }).localOrigin,
    ).toBe('local_origin_required: http://localhost:4443');
    expect(
      problemsOf({ clientId: CLIENT, cloud: 'global', localOrigin: 'https://localhost:4443' }).localOrigin,
    ).toBe('local_origin_unused: https://localhost:4443');
    expect(
      parseAuthConfig({ clientId: CLIENT, cloud: 'local', localOrigin: 'https://localhost:4443/' }),
    ).toMatchObject({
      ok: true,
      config: { localOrigin: 'https://localhost:4443' },
    });
  });

  it('says at start that SharePoint Embedded is not in GCC High or DoD, before any sign-in or call', () => {
    for (const cloud of ['usGovL4', 'usGovL5']) {
      expect(parseAuthConfig({ clientId: CLIENT, cloud })).toEqual({
        ok: false,
        problems: [
          {
            field: 'cloud',
            code: 'cloud_unavailable',
            received: cloud,
            params: { clouds: 'global, china, local' },
          },
        ],
      });
    }
    // The tab reads its cloud from SPE_CLOUD: the same rule.
    expect(problemsOf({ clientId: CLIENT, cloud: 'usGovL4' }).cloud).toBe('cloud_unavailable: usGovL4');
    expect(authConfigFromEnv({ SPE_CLIENT_ID: CLIENT, SPE_CLOUD: 'usGovL5' }).ok).toBe(false);
    for (const cloud of ['global', 'china'])
      expect(parseAuthConfig({ clientId: CLIENT, cloud }).ok).toBe(true);
  });

  it('reads anything that is not an object as an empty configuration', () => {
    expect(Object.keys(problemsOf(null))).toEqual(['clientId']);
    expect(problemsOf(42).clientId).toBe('client_id_not_guid');
  });
});

describe('authConfigFromEnv', () => {
  it('reads SPE_* variables with the same defaults and validation', () => {
    expect(
      authConfigFromEnv({
        SPE_CLIENT_ID: CLIENT,
        SPE_CLOUD: 'china',
        SPE_SCOPE_MODE: 'manageAll',
        SPE_GRAPH_VERSION: 'beta',
        SPE_TENANT: 'contoso.partner.onmschina.cn',
      }),
    ).toEqual({
      ok: true,
      config: {
        clientId: CLIENT,
        tenant: 'contoso.partner.onmschina.cn',
        cloud: 'china',
        scopeMode: 'manageAll',
        graphVersion: 'beta',
      },
    });
    const missing = authConfigFromEnv({});
    expect(missing.ok).toBe(false);
  });
});
