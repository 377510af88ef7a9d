/**
 * Generated tenants: `--tenant large` for `npm start`, `tenant` in `/__local/settings`, the
 * `tenant` stack option the benchmarks use. All three build the tenant with `generateTenant`.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, type WireGrant } from '../../src/local/demoTenant';
import {
  generatedAppId,
  generatedRegistrationId,
  generateTenant,
  LARGE_TENANT,
} from '../../src/local/generatedTenant';
import { readStartOptions } from '../../src/local/startOptions';
import { REGISTRATIONS, startTestStack } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();
const json = { 'content-type': 'application/json' };

/** Every item of a collection, following `@odata.nextLink` (bounded, so a paging bug fails, never hangs). */
async function readAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = path;
  for (let page = 0; next !== undefined; page += 1) {
    expect(page).toBeLessThan(50);
    const response = await stack.graph(next);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: T[]; '@odata.nextLink'?: string };
    items.push(...body.value);
    next = body['@odata.nextLink']?.slice(`${stack.origin}/graph`.length);
  }
  return items;
}

describe('a generated tenant', () => {
  it('is the same every time and holds every access level on each plane', () => {
    const tenant = generateTenant(LARGE_TENANT);
    expect(generateTenant(LARGE_TENANT)).toEqual(tenant);
    expect(tenant.registrations).toHaveLength(300);
    const grants = tenant.registrations.flatMap((registration) => registration.grants);
    expect(grants).toHaveLength(300 * 200);
    const planes = new Set(
      grants.map(
        (grant) => `${grant.delegatedPermissions.join('+')} / ${grant.applicationPermissions.join('+')}`,
      ),
    );
    for (const plane of [
      'readContent / none',
      'readContent+writeContent / none',
      'full / none',
      'none / readContent+read+enumeratePermissions',
      'none / manageContent+create+addPermissions',
      'readContent / managePermissions',
      'full / full',
    ]) {
      expect(planes).toContain(plane);
    }
  });

  it('is served through the control API: .Selected reaches all 300 registrations of 200 apps each', async () => {
    expect(await stack.control('settings', { tenant: 'large' })).toMatchObject({ tenant: LARGE_TENANT });
    const registrations = await readAll<{ id: string; owningAppId: string }>(REGISTRATIONS);
    expect(registrations).toHaveLength(300);
    expect(new Set(registrations.map((registration) => registration.id)).size).toBe(300);
    expect(registrations.every((registration) => registration.owningAppId === DEMO_OWNING_APP_ID)).toBe(true);
    const grants = await readAll<WireGrant>(
      `${REGISTRATIONS}/${generatedRegistrationId(299)}/applicationPermissionGrants`,
    );
    expect(grants).toHaveLength(200);
    expect(grants[0]).toMatchObject({
      appId: DEMO_OWNING_APP_ID,
      delegatedPermissions: ['full'],
      applicationPermissions: ['full'],
    });
  });

  it('names its apps for a directory reader', async () => {
    await stack.control('settings', { tenant: '2x3' });
    const response = await stack.graph(
      `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${generatedAppId(1)}'`)}`,
      { profile: 'global-admin' },
    );
    expect(await response.json()).toEqual({
      value: [{ appId: generatedAppId(1), displayName: 'Generated app 0002' }],
    });
  });

  it('takes writes and reads of several registrations in one $batch', async () => {
    await stack.control('settings', { tenant: { registrations: 4, apps: 5 } });
    const grant = (registration: number, app: number): string =>
      `/storage/fileStorage/containerTypeRegistrations/${generatedRegistrationId(registration)}/applicationPermissionGrants/${generatedAppId(app)}`;
    const response = await stack.graph('/v1.0/$batch', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        requests: [
          {
            id: 'put0',
            method: 'PUT',
            url: grant(0, 0),
            headers: json,
            body: { delegatedPermissions: ['none'], applicationPermissions: ['readContent'] },
          },
          { id: 'delete1', method: 'DELETE', url: grant(1, 1) },
          { id: 'read2', method: 'GET', url: grant(2, 2) },
          {
            id: 'read3',
            method: 'GET',
            url: `/storage/fileStorage/containerTypeRegistrations/${generatedRegistrationId(3)}`,
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as { responses: { id: string; status: number }[] };
    expect(responses.map((item) => [item.id, item.status])).toEqual([
      ['put0', 201],
      ['delete1', 204],
      ['read2', 200],
      ['read3', 200],
    ]);
    const state = (await stack.control('state')) as { registrations: { id: string; grants: WireGrant[] }[] };
    const grantsOf = (index: number): WireGrant[] =>
      state.registrations.find((registration) => registration.id === generatedRegistrationId(index))
        ?.grants ?? [];
    expect(grantsOf(0).find((stored) => stored.appId === generatedAppId(0))?.applicationPermissions).toEqual([
      'readContent',
    ]);
    expect(grantsOf(1).map((stored) => stored.appId)).not.toContain(generatedAppId(1));
    expect(grantsOf(2)).toHaveLength(5);
  });

  it('gives way to the demo tenant on reset; a stack started with a tenant resets to that one', async () => {
    await stack.control('settings', { tenant: '2x2' });
    await stack.control('reset', {});
    expect(await readAll(REGISTRATIONS)).toHaveLength(3);
    const generated = await startTestStack({ tenant: { registrations: 2, apps: 3 } });
    try {
      await generated.control('reset', {});
      const state = (await generated.control('state')) as { registrations: { id: string }[] };
      expect(state.registrations.map((registration) => registration.id)).toEqual([
        generatedRegistrationId(0),
        generatedRegistrationId(1),
      ]);
    } finally {
      await generated.close();
    }
  });

  it.each([
    ['an unknown name', 'huge'],
    ['no registrations', { registrations: 0, apps: 5 }],
    ['a fraction', { registrations: 1.5, apps: 5 }],
    ['more grants than the stack holds', '1000x1000'],
  ])('is refused for %s with a 400 that changes nothing', async (_what, tenant) => {
    const response = await fetch(`${stack.origin}/__local/settings`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ pageSize: 7, tenant }),
    });
    expect(response.status).toBe(400);
    expect(await stack.control('settings')).toMatchObject({ pageSize: 100, tenant: 'demo' });
  });
});

describe('npm start options', () => {
  it('reads --tenant, --data and --open', () => {
    expect(readStartOptions(['--open', '--tenant', 'large', '--data', 'demo.json'])).toEqual({
      open: true,
      tenant: LARGE_TENANT,
      dataFile: 'demo.json',
    });
    expect(readStartOptions(['--tenant', '30x20'])).toEqual({
      open: false,
      tenant: { registrations: 30, apps: 20 },
      dataFile: undefined,
    });
    expect(readStartOptions([])).toEqual({ open: false, tenant: 'demo', dataFile: undefined });
  });

  it.each([[['--tenant']], [['--tenant', 'everything']], [['--verbose']]])(
    'refuses %j with a problem to print',
    (args) => {
      expect(readStartOptions(args)).toEqual({ problem: expect.any(String) });
    },
  );
});
