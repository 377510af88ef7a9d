import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP_ID,
  BILLING_PENDING_CONTAINER_TYPE_ID,
  DEMO_OWNING_APP_ID,
  FABRIKAM_CONTAINER_TYPE_ID,
  GUEST_APP_ID,
  LEGAL_CONTAINER_TYPE_ID,
  PROJECTS_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
  UNREGISTERED_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const grantUrl = (registrationId: string, appId: string): string =>
  `${REGISTRATIONS}/${registrationId}/applicationPermissionGrants/${appId}`;
const json = { 'content-type': 'application/json' };
type GraphErrorBody = {
  error: { code: string; message: string; innerError: { 'request-id': string; date: string } };
};

async function errorOf(response: Response): Promise<GraphErrorBody['error']> {
  return ((await response.json()) as GraphErrorBody).error;
}

describe('reading with the real Graph client', () => {
  it('lists the registrations the demo app owns (.Selected)', async () => {
    const list = (await stack
      .client('spe-admin')
      .api('/storage/fileStorage/containerTypeRegistrations')
      .get()) as { value: { id: string; etag: string }[] };
    expect(list.value.map((registration) => registration.id)).toEqual([
      TEST_CONTAINER_TYPE_ID,
      LEGAL_CONTAINER_TYPE_ID,
      PROJECTS_CONTAINER_TYPE_ID,
    ]);
    expect(list.value[0]?.etag).toBe('RVRhZw==');
  });

  it('lists every registration with .Manage.All', async () => {
    const list = (await stack
      .client('manage-all')
      .api('/storage/fileStorage/containerTypeRegistrations')
      .get()) as { value: { id: string }[] };
    expect(list.value.map((registration) => registration.id)).toContain(FABRIKAM_CONTAINER_TYPE_ID);
  });

  it('reads the grants of the documented registration', async () => {
    const grants = (await stack
      .client('spe-admin')
      .api(
        `/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants`,
      )
      .get()) as { value: unknown[] };
    expect(grants.value).toEqual([
      expect.objectContaining({
        appId: DEMO_OWNING_APP_ID,
        delegatedPermissions: ['full'],
        applicationPermissions: ['full'],
      }),
      expect.objectContaining({
        appId: GUEST_APP_ID,
        delegatedPermissions: ['read', 'write'],
        applicationPermissions: ['none'],
      }),
    ]);
  });

  it('serves beta the same way', async () => {
    const response = await stack.graph(
      `/beta/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}`,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { name: string }).name).toBe('Test Container Type');
  });

  it('pages with $top and an absolute nextLink', async () => {
    const first = (await (await stack.graph(`${REGISTRATIONS}?$top=2`)).json()) as {
      value: unknown[];
      '@odata.nextLink': string;
    };
    expect(first.value).toHaveLength(2);
    expect(first['@odata.nextLink'].startsWith(`${stack.origin}/graph/v1.0/`)).toBe(true);
    const second = (await (
      await stack.graph(first['@odata.nextLink'].slice(`${stack.origin}/graph`.length))
    ).json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(second.value).toHaveLength(1);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('inlines grants only when expanded', async () => {
    const plain = (await (await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`)).json()) as Record<
      string,
      unknown
    >;
    expect(plain.applicationPermissionGrants).toBeUndefined();
    const expanded = (await (
      await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}?$expand=applicationPermissionGrants`)
    ).json()) as { applicationPermissionGrants: unknown[] };
    expect(expanded.applicationPermissionGrants).toHaveLength(2);
  });
});

describe('authentication and authorisation', () => {
  it('answers 401 with a Graph error body without a token', async () => {
    const response = await stack.graph(REGISTRATIONS, { token: '' });
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('request-id')).toBe(error.innerError['request-id']);
  });

  it('answers 401 for an expired token', async () => {
    const expired = await stack.token('spe-admin', { expiresInSeconds: -120 });
    const response = await stack.graph(REGISTRATIONS, { token: expired });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toMatch(/expired/);
  });

  it('answers 401 for a token signed by someone else', async () => {
    const token = await stack.token('spe-admin');
    const [header, payload] = token.split('.');
    const response = await stack.graph(REGISTRATIONS, {
      token: `${header ?? ''}.${payload ?? ''}.c2lnbmF0dXJl`,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a user without an SPE admin role', async () => {
    const response = await stack.graph(REGISTRATIONS, { profile: 'no-role' });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({
      code: 'accessDenied',
      message: expect.stringContaining('SharePoint Embedded Administrator'),
    });
  });

  it('refuses a token without the registration scope (consent missing)', async () => {
    const response = await stack.graph(REGISTRATIONS, { profile: 'no-scope' });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('Authorization_RequestDenied');
  });

  it(".Selected cannot reach another app's registration directly", async () => {
    const response = await stack.graph(
      `${REGISTRATIONS}/${FABRIKAM_CONTAINER_TYPE_ID}/applicationPermissionGrants`,
    );
    expect(response.status).toBe(403);
  });

  it('answers 404 for a registration that does not exist, and for its grants collection', async () => {
    const response = await stack.graph(`${REGISTRATIONS}/${UNREGISTERED_CONTAINER_TYPE_ID}`);
    expect(response.status).toBe(404);
    // Registering needs both to say so (design §4); graph-api.md §4.4 gives 404 for "registration not
    // found" without naming the grants collection, so the collection follows its registration.
    const grants = await stack.graph(
      `${REGISTRATIONS}/${UNREGISTERED_CONTAINER_TYPE_ID}/applicationPermissionGrants`,
    );
    expect(grants.status).toBe(404);
  });

  it('answers CORS preflights for the Graph client headers', async () => {
    const response = await fetch(`${stack.origin}/graph${REGISTRATIONS}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://localhost:4443',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,retry-attempt,client-request-id,sdkversion',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('retry-attempt');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('does not answer CORS for other origins', async () => {
    const response = await fetch(`${stack.origin}/graph${REGISTRATIONS}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('per-app grant writes', () => {
  it('creates a grant with PUT (201), normalised, and moves the etag', async () => {
    const response = await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, BACKUP_APP_ID), {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({
        delegatedPermissions: ['none'],
        applicationPermissions: ['readContent', 'writeContent', 'manageContent', 'read'],
      }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      appId: BACKUP_APP_ID,
      applicationPermissions: ['manageContent', 'read'],
    });
    const registration = (await (await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`)).json()) as {
      etag: string;
    };
    expect(registration.etag).toBe('RVRhZyArIDE=');
  });

  it('resets a plane left out of a PUT to none (reported behaviour)', async () => {
    await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ applicationPermissions: ['read'] }),
    });
    const grant = (await (await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID))).json()) as {
      delegatedPermissions: string[];
    };
    expect(grant.delegatedPermissions).toEqual(['none']);
  });

  it('keeps an omitted plane when that behaviour is switched off', async () => {
    await stack.control('settings', { resetOmittedPlane: false });
    await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ applicationPermissions: ['read'] }),
    });
    const grant = (await (await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID))).json()) as {
      delegatedPermissions: string[];
    };
    expect(grant.delegatedPermissions).toEqual(['read', 'write']);
  });

  it('stores values as sent when normalisation is switched off', async () => {
    await stack.control('settings', { normalise: false });
    const response = await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ delegatedPermissions: ['full', 'read'], applicationPermissions: ['none'] }),
    });
    expect(((await response.json()) as { delegatedPermissions: string[] }).delegatedPermissions).toEqual([
      'full',
      'read',
    ]);
  });

  it('deletes a grant (204) and then it is gone (404)', async () => {
    expect(
      (await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID))).status).toBe(404);
    expect(
      (await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it.each([
    [
      'an unknown permission value',
      { delegatedPermissions: ['readEverything'], applicationPermissions: ['none'] },
      /readEverything/,
    ],
    [
      'the unknownFutureValue sentinel',
      { delegatedPermissions: ['unknownFutureValue'], applicationPermissions: ['none'] },
      /unknownFutureValue/,
    ],
    [
      'none combined with others',
      { delegatedPermissions: ['none', 'read'], applicationPermissions: ['none'] },
      /none/,
    ],
    [
      'writeContent without readContent',
      { delegatedPermissions: ['writeContent'], applicationPermissions: ['none'] },
      /readContent/,
    ],
    [
      'the appId in the body',
      { appId: GUEST_APP_ID, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
      /appId/,
    ],
    ['the legacy keys', { delegated: ['read'], appOnly: ['none'] }, /delegated/],
    [
      'the old plural spelling',
      { delegatedPermissions: ['deleteOwnPermissions'], applicationPermissions: ['none'] },
      /deleteOwnPermissions/,
    ],
    [
      'a plane that is not a list',
      { delegatedPermissions: 'read', applicationPermissions: ['none'] },
      /array/,
    ],
  ])('rejects %s with 400 and a Graph error', async (_what, body, message) => {
    const response = await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalidRequest');
    expect(error.message).toMatch(message);
    expect(error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('rejects malformed JSON and the wrong content type', async () => {
    expect(
      (
        await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
          method: 'PUT',
          headers: json,
          body: '{"delegatedPermissions": [',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
          method: 'PUT',
          headers: { 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(400);
  });

  it('rejects a non-GUID app id in the URL, such as the documented 34-character one', async () => {
    const response = await stack.graph(
      grantUrl(TEST_CONTAINER_TYPE_ID, '89ea5c94-7736-4e25-95ad-3fa95f62b6'),
      {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ delegatedPermissions: ['read'], applicationPermissions: ['none'] }),
      },
    );
    expect(response.status).toBe(400);
  });

  it('leaves state untouched after a rejected write', async () => {
    await stack.graph(grantUrl(TEST_CONTAINER_TYPE_ID, GUEST_APP_ID), {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ delegatedPermissions: ['writeContent'], applicationPermissions: ['none'] }),
    });
    const state = (await stack.control('state')) as { registrations: { id: string; etag: string }[] };
    expect(state.registrations.find((registration) => registration.id === TEST_CONTAINER_TYPE_ID)?.etag).toBe(
      'RVRhZw==',
    );
  });
});

describe('registration writes', () => {
  const seed = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/seed-examples.json'), 'utf8')) as {
    examples: { request: { body: unknown } }[];
  };

  it('registers a container type the app owns (201) with the documented canonical body', async () => {
    const body = seed.examples[0]?.request.body;
    const response = await stack.graph(`${REGISTRATIONS}/${UNREGISTERED_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      id: UNREGISTERED_CONTAINER_TYPE_ID,
      applicationPermissionGrants: [expect.objectContaining({ appId: DEMO_OWNING_APP_ID })],
    });
  });

  it('rejects the documented legacy body (delegated/appOnly, 34-character id) with 400', async () => {
    const response = await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(seed.examples[1]?.request.body),
    });
    expect(response.status).toBe(400);
    const state = (await stack.control('state')) as { registrations: { id: string; grants: unknown[] }[] };
    expect(
      state.registrations.find((registration) => registration.id === TEST_CONTAINER_TYPE_ID)?.grants,
    ).toHaveLength(2);
  });

  it('replaces every grant with a registration PUT (the documented hazard)', async () => {
    await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(seed.examples[0]?.request.body),
    });
    const grants = (await (
      await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants`)
    ).json()) as { value: unknown[] };
    expect(grants.value).toHaveLength(1);
  });

  it('refuses registration by an app that does not own the container type', async () => {
    const response = await stack.graph(`${REGISTRATIONS}/${UNREGISTERED_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ applicationPermissionGrants: [] }),
      profile: 'manage-all',
    });
    expect(response.status).toBe(403);
  });

  it('answers 405 for a standard container type without billing, as documented', async () => {
    const response = await stack.graph(`${REGISTRATIONS}/${BILLING_PENDING_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ applicationPermissionGrants: [] }),
    });
    expect(response.status).toBe(405);
  });

  it('needs the etag to PATCH (400), refuses a stale one (412), accepts the current one', async () => {
    const patch = (body: unknown): Promise<Response> =>
      stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify(body),
      });
    expect((await patch({ settings: { isSearchEnabled: false } })).status).toBe(400);
    const stale = await patch({ etag: 'c3RhbGU=', settings: { isSearchEnabled: false } });
    expect(stale.status).toBe(412);
    // Graph's generic code for an etag mismatch (graph-api.md §1.4).
    expect((await errorOf(stale)).code).toBe('resourceModified');
    const ok = await patch({ etag: 'RVRhZw==', settings: { isSearchEnabled: false } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ etag: 'RVRhZyArIDE=', settings: { isSearchEnabled: false } });
    expect((await patch({ etag: 'RVRhZw==', settings: { isSearchEnabled: true } })).status).toBe(412);
  });

  it('refuses a setting a consuming tenant cannot override', async () => {
    const response = await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ etag: 'RVRhZw==', settings: { isSharingRestricted: true } }),
    });
    expect(response.status).toBe(400);
  });

  describe('settings the owning type lets this tenant override', () => {
    const patch = (registrationId: string, settings: unknown, etag = 'RVRhZw=='): Promise<Response> =>
      stack.graph(`${REGISTRATIONS}/${registrationId}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify({ etag, settings }),
      });
    const storedSettings = async (registrationId: string): Promise<Record<string, unknown>> => {
      const state = (await stack.control('state')) as {
        registrations: { id: string; etag: string; settings: Record<string, unknown> }[];
      };
      const found = state.registrations.find((registration) => registration.id === registrationId);
      return { ...found?.settings, etag: found?.etag };
    };

    it('refuses one its owner keeps (400), changing nothing, and takes one it allows', async () => {
      const before = await storedSettings(LEGAL_CONTAINER_TYPE_ID);
      const refused = await patch(LEGAL_CONTAINER_TYPE_ID, {
        isSearchEnabled: false,
        isItemVersioningEnabled: false,
      });
      expect(refused.status).toBe(400);
      expect((await errorOf(refused)).message).toContain('isSearchEnabled');
      expect(await storedSettings(LEGAL_CONTAINER_TYPE_ID)).toEqual(before);
      expect((await patch(LEGAL_CONTAINER_TYPE_ID, { isItemVersioningEnabled: false })).status).toBe(200);
      expect(await storedSettings(LEGAL_CONTAINER_TYPE_ID)).toMatchObject({
        isItemVersioningEnabled: false,
        isSearchEnabled: true,
        etag: 'RVRhZyArIDE=',
      });
    });

    it('always takes sharingCapability, even where the owner lets nothing else change', async () => {
      const asAdminTool = (settings: unknown): Promise<Response> =>
        stack.graph(`${REGISTRATIONS}/${FABRIKAM_CONTAINER_TYPE_ID}`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ etag: 'RVRhZw==', settings }),
          profile: 'manage-all',
        });
      expect((await asAdminTool({ isSearchEnabled: true })).status).toBe(400);
      expect((await asAdminTool({ sharingCapability: 'disabled' })).status).toBe(200);
    });

    it('takes agent hosts within the owner’s list only', async () => {
      expect(
        (
          await patch(PROJECTS_CONTAINER_TYPE_ID, {
            agent: { chatEmbedAllowedHosts: ['https://fabrikam.com'] },
          })
        ).status,
      ).toBe(400);
      const ok = await patch(PROJECTS_CONTAINER_TYPE_ID, {
        agent: { chatEmbedAllowedHosts: ['https://teams.contoso.com'] },
      });
      expect(ok.status).toBe(200);
      expect(await storedSettings(PROJECTS_CONTAINER_TYPE_ID)).toMatchObject({
        agent: { chatEmbedAllowedHosts: ['https://teams.contoso.com'] },
      });
    });
  });

  it('refuses to delete a registration that has containers (409) and deletes one without', async () => {
    expect(
      (await stack.graph(`${REGISTRATIONS}/${LEGAL_CONTAINER_TYPE_ID}`, { method: 'DELETE' })).status,
    ).toBe(409);
    expect(
      (await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });
});

describe('service principals', () => {
  it('gives display names to a token that may read the directory', async () => {
    const response = await stack.graph(
      `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${BACKUP_APP_ID}'`)}&$select=displayName,appId`,
      { profile: 'global-admin' },
    );
    expect(await response.json()).toEqual({
      value: [{ appId: BACKUP_APP_ID, displayName: 'Fabrikam Backup' }],
    });
  });

  it('refuses a .Selected-only token', async () => {
    const response = await stack.graph(
      `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${BACKUP_APP_ID}'`)}`,
    );
    expect(response.status).toBe(403);
  });
});
