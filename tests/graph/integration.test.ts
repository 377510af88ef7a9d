/**
 * The Graph layer against the local stack: the real graph client, real signed tokens from the local
 * IdP, the emulator's paging, batching, faults and authorisation.
 */
import { describe, expect, it } from 'vitest';
import type { Grant, Registration } from '../../src/core/model';
import { normaliseGrant } from '../../src/core/normalise';
import { findPreset } from '../../src/core/presets';
import { rebaseAfterSave } from '../../src/core/savePlan';
import { planTenantOperation } from '../../src/core/tenantPlan';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { BACKUP_APP_READ, GUEST_APP_READ, caughtGraphError } from './grantFixtures';
import { GraphRegistrationRepository } from '../../src/graph/GraphRegistrationRepository';
import type { ProgressEvent, SaveRequest } from '../../src/graph/RegistrationRepository';
import { generatedAppId } from '../../src/local/generatedTenant';
import {
  BACKUP_APP_ID,
  DEMO_OWNING_APP_ID,
  FABRIKAM_CONTAINER_TYPE_ID,
  GUEST_APP_ID,
  TEST_CONTAINER_TYPE_ID,
  UNREGISTERED_CONTAINER_TYPE_ID,
  type ProfileName,
} from '../../src/local/demoTenant';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

/** A version 4 (random) GUID, as this tool makes each write's client-request-id. */
const RANDOM_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function repositoryFor(
  profile: ProfileName,
  scopeMode: 'selected' | 'manageAll' = 'selected',
): GraphRegistrationRepository {
  return new GraphRegistrationRepository({
    client: createGraphClient({
      authProvider: { getAccessToken: () => stack.token(profile) },
      customHosts: ['localhost'],
    }),
    graphRoot: `${stack.origin}/graph`,
    scopeMode,
  });
}

async function serviceGrants(registrationId: string): Promise<Grant[]> {
  const state = (await stack.control('state')) as {
    registrations: { id: string; grants: Grant[] }[];
  };
  return state.registrations.find((registration) => registration.id === registrationId)?.grants ?? [];
}

async function loggedRequests(): Promise<unknown[]> {
  return ((await stack.control('requests')) as { requests: unknown[] }).requests;
}

async function loadTestGrants(repository: GraphRegistrationRepository): Promise<readonly Grant[]> {
  return (await repository.getRegistrationWithGrants(TEST_CONTAINER_TYPE_ID)).value
    .applicationPermissionGrants;
}

/** What a read shows now (propagation included), as opposed to what the service holds. */
async function serviceReads(registrationId: string): Promise<readonly Grant[]> {
  return (await repositoryFor('spe-admin').listGrants(registrationId)).value;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A repository whose n-th request (1-based) first waits for `gates[n]`: to order two admins' requests. */
function gatedRepository(
  profile: ProfileName,
  gates: Record<number, () => Promise<void>>,
): GraphRegistrationRepository {
  let requests = 0;
  return new GraphRegistrationRepository({
    client: createGraphClient({
      authProvider: {
        getAccessToken: async () => {
          requests += 1;
          await gates[requests]?.();
          return stack.token(profile);
        },
      },
      customHosts: ['localhost'],
    }),
    graphRoot: `${stack.origin}/graph`,
    scopeMode: 'selected',
  });
}

const withGuest = (grants: readonly Grant[], guest: Grant): Grant[] => [
  ...grants.filter((grant) => grant.appId !== guest.appId),
  guest,
];

describe('GraphRegistrationRepository against the local stack', () => {
  it('lists every registration across pages', async () => {
    await stack.control('settings', { pageSize: 1 });
    const repository = repositoryFor('manage-all', 'manageAll');
    const registrations = await repository.listRegistrations();
    expect(registrations.length).toBeGreaterThanOrEqual(4);
    expect(registrations.map((registration) => registration.id)).toContain(FABRIKAM_CONTAINER_TYPE_ID);
    const pages = ((await loggedRequests()) as { path: string }[]).filter((request) =>
      request.path.includes('containerTypeRegistrations'),
    );
    expect(pages.length).toBe(registrations.length);
  });

  it('does not show another app’s registration with .Selected, and says why when asked for it', async () => {
    const repository = repositoryFor('spe-admin');
    const ids = (await repository.listRegistrations()).map((registration) => registration.id);
    expect(ids).toContain(TEST_CONTAINER_TYPE_ID);
    expect(ids).not.toContain(FABRIKAM_CONTAINER_TYPE_ID);
    const error = await caughtGraphError(repository.getRegistrationWithGrants(FABRIKAM_CONTAINER_TYPE_ID));
    expect(error.code).toBe('not_visible_with_selected_scope');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('explains a missing role and missing consent', async () => {
    expect((await caughtGraphError(repositoryFor('no-role').listRegistrations())).code).toBe('role_required');
    expect((await caughtGraphError(repositoryFor('no-scope').listRegistrations())).code).toBe(
      'consent_required',
    );
  });

  it('saves per-app writes and reads them back', async () => {
    const repository = repositoryFor('spe-admin');
    const { value } = await repository.getRegistrationWithGrants(TEST_CONTAINER_TYPE_ID);
    const guest = GUEST_APP_READ;
    const edited = withGuest(value.applicationPermissionGrants, guest);
    const report = await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: value.applicationPermissionGrants,
      edited,
    });
    expect(report.outcomes).toEqual([expect.objectContaining({ appId: GUEST_APP_ID, status: 'applied' })]);
    expect(report.unconfirmed).toEqual([]);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual(guest);
    const requests = (await loggedRequests()) as {
      method: string;
      path: string;
      batch?: { method: string; url: string }[];
    }[];
    const batches = requests.filter((request) => request.path === '/$batch');
    expect(batches).toHaveLength(1);
    // The write's ids in the report are the ones the service logged for it: the client-request-id it
    // carried and the request-id its own answer gave (the emulator names each sub-response).
    const [outcome] = report.outcomes;
    expect(outcome?.clientRequestId).toMatch(RANDOM_GUID);
    expect(outcome?.requestIdFrom).toBe('write');
    expect(batches[0]?.batch).toEqual([
      {
        method: 'PUT',
        url: `/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants/${GUEST_APP_ID}`,
        clientRequestId: outcome?.clientRequestId,
        requestId: outcome?.requestId,
      },
    ]);
  });

  it('detects a change made by a second admin between load and save, and writes the rest', async () => {
    const mine = repositoryFor('spe-admin');
    const theirs = repositoryFor('global-admin');
    const loaded = await loadTestGrants(mine);
    const theirGuest: Grant = {
      appId: GUEST_APP_ID,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['none'],
    };
    const theirLoad = await loadTestGrants(theirs);
    await theirs.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: theirLoad,
      edited: withGuest(theirLoad, theirGuest),
    });

    const myGuest: Grant = {
      appId: GUEST_APP_ID,
      delegatedPermissions: ['none'],
      applicationPermissions: ['full'],
    };
    const myBackup: Grant = {
      appId: BACKUP_APP_ID,
      delegatedPermissions: ['none'],
      applicationPermissions: ['readContent'],
    };
    const report = await mine.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: loaded,
      edited: withGuest(withGuest(loaded, myGuest), myBackup),
    });
    const byApp = new Map(report.outcomes.map((outcome) => [outcome.appId, outcome]));
    const conflict = byApp.get(GUEST_APP_ID);
    expect(conflict?.status).toBe('conflict');
    expect(conflict?.status === 'conflict' && conflict.conflict.theirs).toEqual(theirGuest);
    expect(byApp.get(BACKUP_APP_ID)?.status).toBe('applied');
    const service = await serviceGrants(TEST_CONTAINER_TYPE_ID);
    expect(service.find((grant) => grant.appId === GUEST_APP_ID)).toEqual(theirGuest);
    expect(service.find((grant) => grant.appId === BACKUP_APP_ID)).toEqual(myBackup);
  });

  it('a batch with a partial failure, then a retry that redoes only the failed write', async () => {
    const repository = repositoryFor('spe-admin');
    const baseline = await loadTestGrants(repository);
    const guest: Grant = {
      appId: GUEST_APP_ID,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['none'],
    };
    const backup = BACKUP_APP_READ;
    const edited = withGuest(withGuest(baseline, guest), backup);
    // The first sub-request of the batch fails with a server error; the second goes through.
    await stack.control('faults', { status: 500, count: 1, on: 'writes' });
    const first = await repository.saveGrants({ registrationId: TEST_CONTAINER_TYPE_ID, baseline, edited });
    const failed = first.outcomes
      .filter((outcome) => outcome.status === 'failed')
      .map((outcome) => outcome.appId);
    const applied = first.outcomes
      .filter((outcome) => outcome.status === 'applied')
      .map((outcome) => outcome.appId);
    expect(failed).toHaveLength(1);
    expect(applied).toHaveLength(1);

    const before = (await loggedRequests()).length;
    const now = (await repository.listGrants(TEST_CONTAINER_TYPE_ID)).value;
    const second = await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: now,
      edited,
    });
    expect(second.outcomes.map((outcome) => [outcome.appId, outcome.status])).toEqual([
      [failed[0], 'applied'],
    ]);
    const batches = ((await loggedRequests()) as { path: string; batch?: { url: string }[] }[])
      .slice(before)
      .filter((request) => request.path === '/$batch');
    expect(batches.map((request) => request.batch?.map((sub) => sub.url.split('/').pop()))).toEqual([
      [failed[0]],
    ]);
    const service = await serviceGrants(TEST_CONTAINER_TYPE_ID);
    expect(service.find((grant) => grant.appId === GUEST_APP_ID)).toEqual(guest);
    expect(service.find((grant) => grant.appId === BACKUP_APP_ID)).toEqual(backup);
  });

  it('honours Retry-After through a 429 storm and completes', async () => {
    const repository = repositoryFor('spe-admin');
    const baseline = await loadTestGrants(repository);
    const guest = GUEST_APP_READ;
    await stack.control('faults', { status: 429, count: 3, retryAfter: 1 });
    const progress: ProgressEvent[] = [];
    const report = await repository.saveGrants(
      { registrationId: TEST_CONTAINER_TYPE_ID, baseline, edited: withGuest(baseline, guest) },
      { onProgress: (event) => progress.push(event) },
    );
    expect(progress.filter((event) => event.type === 'throttled')).toHaveLength(3);
    expect(progress).toContainEqual({ type: 'throttled', waitSeconds: 1, attempt: 1, reason: 'throttled' });
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['applied']);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual(guest);
  }, 20_000);

  it('reports a dropped connection mid-save without losing or duplicating writes', async () => {
    const repository = repositoryFor('spe-admin');
    const baseline = await loadTestGrants(repository);
    const guest = GUEST_APP_READ;
    const edited = withGuest(baseline, guest);
    await stack.control('faults', { drop: 'next-write', when: 'before-apply' });
    const first = await repository.saveGrants({ registrationId: TEST_CONTAINER_TYPE_ID, baseline, edited });
    const outcome = first.outcomes[0];
    expect(outcome?.status === 'failed' && outcome.error.code).toBe('network');
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).not.toEqual(guest);

    const second = await repository.saveGrants({ registrationId: TEST_CONTAINER_TYPE_ID, baseline, edited });
    expect(second.outcomes.map((entry) => entry.status)).toEqual(['applied']);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).filter((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual([guest]);
  });

  it('finds a write that landed before the connection dropped', async () => {
    const repository = repositoryFor('spe-admin');
    const baseline = await loadTestGrants(repository);
    const guest = GUEST_APP_READ;
    await stack.control('faults', { drop: 'next-write', when: 'after-apply' });
    const report = await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline,
      edited: withGuest(baseline, guest),
    });
    expect(report.outcomes.map((entry) => entry.status)).toEqual(['applied']);
  });

  it('does not register an already registered type again, so a grant still propagating survives', async () => {
    const otherAdmin = repositoryFor('spe-admin');
    const baseline = await loadTestGrants(otherAdmin);
    await stack.control('faults', { propagationDelayMs: 60_000 });
    const backup: Grant = {
      appId: BACKUP_APP_ID,
      delegatedPermissions: ['none'],
      applicationPermissions: ['readContent'],
    };
    await otherAdmin.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline,
      edited: withGuest(baseline, backup),
    });
    // Reads do not show the new grant yet (only the browser that wrote it remembers it); a
    // registration PUT built from them would delete it.
    const appIds = async (repository: GraphRegistrationRepository): Promise<string[]> =>
      (await loadTestGrants(repository)).map((grant) => grant.appId);
    expect(await appIds(repositoryFor('spe-admin'))).not.toContain(BACKUP_APP_ID);
    expect(await appIds(otherAdmin)).toContain(BACKUP_APP_ID);

    const outcome = await repositoryFor('spe-admin').registerContainerType(
      TEST_CONTAINER_TYPE_ID,
      DEMO_OWNING_APP_ID,
    );
    expect(outcome.type).toBe('already_registered');
    expect(await serviceGrants(TEST_CONTAINER_TYPE_ID)).toContainEqual(backup);
    const puts = ((await loggedRequests()) as { method: string; path: string }[]).filter(
      (request) => request.method === 'PUT' && !request.path.includes('applicationPermissionGrants'),
    );
    expect(puts).toEqual([]);
  });

  it('registers a type that is not registered with its confirmed owner alone, and reads it back', async () => {
    const outcome = await repositoryFor('spe-admin').registerContainerType(
      UNREGISTERED_CONTAINER_TYPE_ID,
      DEMO_OWNING_APP_ID,
    );
    expect(outcome).toMatchObject({ type: 'registered', readBack: true });
    expect(outcome.type === 'registered' && outcome.registration.applicationPermissionGrants).toEqual([
      { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    ]);
    expect(await serviceGrants(UNREGISTERED_CONTAINER_TYPE_ID)).toEqual([
      { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    ]);
    // The PUT went out under an id of this tool's own, through the real client's telemetry handler.
    const [put] = ((await loggedRequests()) as { method: string; clientRequestId?: string }[]).filter(
      (request) => request.method === 'PUT',
    );
    expect(put?.clientRequestId).toMatch(RANDOM_GUID);
  });

  it('cannot see a change still propagating: a save then overwrites it without a conflict (the limit the README states)', async () => {
    const adminA = repositoryFor('spe-admin');
    const adminB = repositoryFor('spe-admin');
    const loadedByA = await loadTestGrants(adminA);
    await stack.control('faults', { propagationDelayMs: 60_000 });
    const fromB: Grant = { ...GUEST_APP_READ, delegatedPermissions: ['readContent', 'writeContent'] };
    await adminB.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: await loadTestGrants(adminB),
      edited: withGuest(await loadTestGrants(adminB), fromB),
    });
    const fromA: Grant = { ...GUEST_APP_READ, applicationPermissions: ['read'] };
    const report = await adminA.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: loadedByA,
      edited: withGuest(loadedByA, fromA),
    });
    // The freshness read still shows what A loaded, so the service's state is A's and B's is gone; A's
    // read-back shows B's value, so A is told it was changed by someone else, not plainly "saved".
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['applied']);
    expect(report.changedSince).toEqual([{ appId: GUEST_APP_ID, shown: fromB }]);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual(expect.objectContaining({ applicationPermissions: ['read'] }));
  });

  it('sends an undo inside the propagation window: remove, then add back as it was', async () => {
    const repository = repositoryFor('spe-admin');
    const loaded = await loadTestGrants(repository);
    await stack.control('faults', { propagationDelayMs: 60_000 });
    const guest = loaded.find((grant) => grant.appId === GUEST_APP_ID);
    const removal = await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: loaded,
      edited: loaded.filter((grant) => grant.appId !== GUEST_APP_ID),
    });
    expect(removal.unconfirmed).toEqual([GUEST_APP_ID]);
    const versions = rebaseAfterSave(
      { baseline: loaded, edited: loaded.filter((grant) => grant.appId !== GUEST_APP_ID) },
      {
        applied: removal.outcomes.flatMap((outcome) =>
          outcome.status === 'applied' ? [outcome.change] : [],
        ),
        after: removal.after,
        unconfirmed: removal.unconfirmed,
      },
    );
    // The service reads as before (the guest still there); the admin adds it back as it was.
    expect((await serviceReads(TEST_CONTAINER_TYPE_ID)).map((grant) => grant.appId)).toContain(GUEST_APP_ID);
    const undo = await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: versions.baseline,
      edited: loaded,
    });
    expect(undo.outcomes).toEqual([expect.objectContaining({ appId: GUEST_APP_ID, status: 'applied' })]);
    expect(undo.changedSince).toEqual([]);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual(guest);
    const writes = ((await loggedRequests()) as { batch?: { method: string }[] }[]).flatMap(
      (request) => request.batch?.map((sub) => sub.method) ?? [],
    );
    expect(writes).toEqual(['DELETE', 'PUT']);
  });

  it("reads for Verify what the service shows, not this browser's write that is not visible yet", async () => {
    const repository = repositoryFor('spe-admin');
    const loaded = await loadTestGrants(repository);
    await stack.control('faults', { propagationDelayMs: 60_000 });
    await repository.saveGrants({
      registrationId: TEST_CONTAINER_TYPE_ID,
      baseline: loaded,
      edited: loaded.filter((grant) => grant.appId !== GUEST_APP_ID),
    });
    const appIdsOf = (reads: Awaited<ReturnType<typeof repository.listGrantsOfMany>>): string[] =>
      reads.flatMap((read) => (read.type === 'read' ? read.result.value.map((grant) => grant.appId) : []));
    // The editor plans with the write; Verify sees that the service does not show it yet.
    expect(appIdsOf(await repository.listGrantsOfMany([TEST_CONTAINER_TYPE_ID]))).not.toContain(GUEST_APP_ID);
    expect(appIdsOf(await repository.readServiceGrantsOfMany([TEST_CONTAINER_TYPE_ID]))).toContain(
      GUEST_APP_ID,
    );
  });

  it('never says plainly "saved" to two admins saving the same app at the same moment', async () => {
    // A and B read, then A writes, B writes, and A's read-back comes after B's write.
    const gates = { bRead: deferred(), aWrote: deferred(), bWrote: deferred() };
    const adminA = gatedRepository('spe-admin', {
      2: () => gates.bRead.promise, // A's write waits for B's freshness read
      3: () => {
        gates.aWrote.resolve();
        return gates.bWrote.promise; // A's read-back waits for B's write
      },
    });
    const adminB = gatedRepository('spe-admin', {
      2: () => {
        gates.bRead.resolve();
        return gates.aWrote.promise; // B's write waits for A's
      },
      3: () => {
        gates.bWrote.resolve();
        return Promise.resolve();
      },
    });
    const loaded = await loadTestGrants(repositoryFor('spe-admin'));
    const fromA: Grant = { ...GUEST_APP_READ, applicationPermissions: ['readContent'] };
    const fromB: Grant = { ...GUEST_APP_READ, applicationPermissions: ['create'] };
    const [reportA, reportB] = await Promise.all([
      adminA.saveGrants({
        registrationId: TEST_CONTAINER_TYPE_ID,
        baseline: loaded,
        edited: withGuest(loaded, fromA),
      }),
      adminB.saveGrants({
        registrationId: TEST_CONTAINER_TYPE_ID,
        baseline: loaded,
        edited: withGuest(loaded, fromB),
      }),
    ]);
    expect(reportA.changedSince).toEqual([{ appId: GUEST_APP_ID, shown: fromB }]);
    expect(reportB.changedSince).toEqual([]);
    expect(
      (await serviceGrants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual(fromB);
  });

  it('shows a display name with a directory token, and sends no lookup without one', async () => {
    const withDirectory = (profile: ProfileName, available: boolean): GraphRegistrationRepository =>
      new GraphRegistrationRepository({
        client: createGraphClient({
          authProvider: { getAccessToken: () => stack.token(profile) },
          customHosts: ['localhost'],
        }),
        graphRoot: `${stack.origin}/graph`,
        scopeMode: 'selected',
        directory: {
          client: createGraphClient({
            authProvider: {
              getAccessToken: () => stack.token(profile, { scopes: ['Application.Read.All'] }),
            },
            customHosts: ['localhost'],
          }),
          available: () => available,
        },
      });
    expect(await withDirectory('global-admin', true).lookupAppDisplayName(GUEST_APP_ID)).toEqual(
      expect.any(String),
    );
    // spe-admin's tenant never consented to the directory scope: there is no directory token, so no lookup.
    await expect(stack.token('spe-admin', { scopes: ['Application.Read.All'] })).rejects.toThrow(
      /consent_required/,
    );
    const before = (await loggedRequests()).length;
    expect(await withDirectory('spe-admin', false).lookupAppDisplayName(GUEST_APP_ID)).toBeUndefined();
    const lookups = (await loggedRequests())
      .slice(before)
      .filter((entry) => JSON.stringify(entry).includes('servicePrincipals'));
    expect(lookups).toEqual([]);
  });
});

describe('across registrations against the local stack', () => {
  it('applies a preset to an app on 10 registrations in exactly 3 requests, and the owners keep full', async () => {
    await stack.control('settings', { tenant: { registrations: 10, apps: 4 } });
    const repository = repositoryFor('spe-admin');
    const registrations = await repository.listRegistrations();
    expect(registrations).toHaveLength(10);
    const reads = await repository.listGrantsOfMany(registrations.map((registration) => registration.id));
    const tenant = reads.map((read, index) => {
      if (read.type !== 'read') throw new Error(`Could not read ${read.registrationId}`);
      return { registration: registrations[index] as Registration, grants: read.result.value };
    });
    const preset = findPreset('backupRestore');
    const plan = planTenantOperation(tenant, {
      type: 'apply',
      appId: BACKUP_APP_ID,
      permissions: preset,
      registrationIds: registrations.map((registration) => registration.id),
    });
    expect(plan.registrations).toHaveLength(10);

    const before = (await loggedRequests()).length;
    const results = await repository.saveGrantsOfMany(
      plan.registrations.map((entry) => ({
        registrationId: entry.registration.id,
        baseline: entry.baseline,
        edited: entry.edited,
      })),
    );
    const requests = ((await loggedRequests()) as { path: string; batch?: { method: string }[] }[]).slice(
      before,
    );
    expect(requests.map((request) => [request.path, request.batch?.map((sub) => sub.method)])).toEqual([
      ['/$batch', Array<string>(10).fill('GET')],
      ['/$batch', Array<string>(10).fill('PUT')],
      ['/$batch', Array<string>(10).fill('GET')],
    ]);
    expect(
      results.map(
        (result) => result.type === 'saved' && result.report.outcomes.map((outcome) => outcome.status),
      ),
    ).toEqual(Array.from({ length: 10 }, () => ['applied']));

    const wanted = normaliseGrant({
      appId: BACKUP_APP_ID,
      delegatedPermissions: [...preset.delegatedPermissions],
      applicationPermissions: [...preset.applicationPermissions],
    });
    for (const registration of registrations) {
      const grants = await serviceGrants(registration.id);
      const backup = grants.find((grant) => grant.appId === BACKUP_APP_ID);
      expect(backup && normaliseGrant(backup)).toEqual(wanted);
      expect(grants.find((grant) => grant.appId === DEMO_OWNING_APP_ID)).toEqual({
        appId: DEMO_OWNING_APP_ID,
        delegatedPermissions: ['full'],
        applicationPermissions: ['full'],
      });
    }
  });

  it('removes an app from every registration; removing the owning app everywhere writes nothing', async () => {
    await stack.control('settings', { tenant: { registrations: 5, apps: 3 } });
    const repository = repositoryFor('spe-admin');
    const registrations = await repository.listRegistrations();
    const reads = await repository.listGrantsOfMany(registrations.map((registration) => registration.id));
    const tenant = reads.map((read, index) => ({
      registration: registrations[index] as Registration,
      grants: read.type === 'read' ? read.result.value : [],
    }));
    const asRequests = (plan: ReturnType<typeof planTenantOperation>): SaveRequest[] =>
      plan.registrations.map((entry) => ({
        registrationId: entry.registration.id,
        baseline: entry.baseline,
        edited: entry.edited,
      }));

    const ownerPlan = planTenantOperation(tenant, { type: 'remove', appId: DEMO_OWNING_APP_ID });
    expect(ownerPlan.registrations.map((entry) => entry.skipped)).toEqual(
      Array.from({ length: 5 }, () => [{ appId: DEMO_OWNING_APP_ID, reason: 'owner' }]),
    );
    const before = (await loggedRequests()).length;
    await repository.saveGrantsOfMany(asRequests(ownerPlan));
    expect((await loggedRequests()).length).toBe(before);

    await repository.saveGrantsOfMany(
      asRequests(planTenantOperation(tenant, { type: 'remove', appId: generatedAppId(0) })),
    );
    for (const registration of registrations) {
      expect((await serviceGrants(registration.id)).map((grant) => grant.appId)).toEqual([
        DEMO_OWNING_APP_ID,
        generatedAppId(1),
      ]);
    }
  });

  it('reads the grants of 45 registrations in 3 batched requests', async () => {
    await stack.control('settings', { tenant: { registrations: 45, apps: 3 } });
    const repository = repositoryFor('spe-admin');
    const registrations = await repository.listRegistrations();
    const before = (await loggedRequests()).length;
    const reads = await repository.listGrantsOfMany(registrations.map((registration) => registration.id));
    const requests = ((await loggedRequests()) as { path: string; batch?: unknown[] }[]).slice(before);
    expect(requests.map((request) => [request.path, request.batch?.length])).toEqual([
      ['/$batch', 20],
      ['/$batch', 20],
      ['/$batch', 5],
    ]);
    expect(reads.map((read) => read.type === 'read' && read.result.value.length)).toEqual(
      Array.from({ length: 45 }, () => 3),
    );
  });
});
