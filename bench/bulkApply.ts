/**
 * Bulk apply: one app gets a preset on every registration of a tenant, through the repository as the
 * tenant review saves it (`saveGrantsOfMany`: batched freshness reads, writes and confirm reads across
 * registrations), against one registration at a time (`saveGrants` per registration, as opening each
 * registration would). Both against the Graph emulator with 100 ms of latency per HTTP request, for 10
 * and 100 registrations.
 */
import type { Grant } from '../src/core/model';
import { findPreset } from '../src/core/presets';
import type { RegistrationGrants } from '../src/core/tenantOverview';
import { planTenantOperation } from '../src/core/tenantPlan';
import { createGraphClient } from '../src/graph/createGraphClient';
import { GraphRegistrationRepository } from '../src/graph/GraphRegistrationRepository';
import { generateTenant } from '../src/local/generatedTenant';
import { startTestStack, type TestStack } from '../src/local/stackClient';

export interface BulkApplyCost {
  readonly registrations: number;
  readonly requests: number;
  /** Reads and writes are each packed 20 a batch: 3 × ⌈n/20⌉. */
  readonly expectedRequests: number;
  readonly milliseconds: number;
  readonly oneAtATimeRequests: number;
  readonly oneAtATimeMilliseconds: number;
  readonly speedup: number;
}

const LATENCY_MS = 100;
const BATCH_SIZE = 20;
/** An app that holds no grant anywhere yet: a vendor being onboarded. */
const VENDOR_APP_ID = 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6';

async function requestCount(stack: TestStack): Promise<number> {
  return ((await stack.control('requests')) as { requests: unknown[] }).requests.length;
}

/** The tenant's grants as the generated tenant seeds them (what the list would have read). */
function seededTenant(registrations: number): RegistrationGrants[] {
  return generateTenant({ registrations, apps: 3 }).registrations.map(({ grants, ...registration }) => ({
    registration,
    grants: grants as Grant[],
  }));
}

export async function measureBulkApply(sizes: readonly number[] = [10, 100]): Promise<BulkApplyCost[]> {
  const results: BulkApplyCost[] = [];
  for (const size of sizes) {
    const stack = await startTestStack({ tenant: { registrations: size, apps: 3 } });
    try {
      await stack.control('settings', { pageSize: 1000 });
      await stack.control('faults', { latencyMs: LATENCY_MS });
      const token = await stack.token('spe-admin');
      const repository = new GraphRegistrationRepository({
        client: createGraphClient({
          authProvider: { getAccessToken: () => Promise.resolve(token) },
          customHosts: ['localhost'],
        }),
        graphRoot: `${stack.origin}/graph`,
        scopeMode: 'selected',
      });
      const tenant = seededTenant(size);
      const registrationIds = tenant.map((entry) => entry.registration.id);

      // Across registrations: the plan the review shows, saved in one call.
      const bulk = planTenantOperation(tenant, {
        type: 'apply',
        appId: VENDOR_APP_ID,
        permissions: findPreset('backupReader'),
        registrationIds,
      });
      let before = await requestCount(stack);
      let started = performance.now();
      const saved = await repository.saveGrantsOfMany(
        bulk.registrations.map(({ registration, baseline, edited }) => ({
          registrationId: registration.id,
          baseline,
          edited,
        })),
      );
      const milliseconds = performance.now() - started;
      const requests = (await requestCount(stack)) - before;
      if (saved.some((result) => result.type !== 'saved')) throw new Error('a registration was not saved');

      // One registration at a time: the same kind of change (the next preset) on each, one save each.
      const afterBulk = bulk.registrations.map((entry) => ({
        registration: entry.registration,
        grants: entry.edited,
      }));
      const single = planTenantOperation(afterBulk, {
        type: 'apply',
        appId: VENDOR_APP_ID,
        permissions: findPreset('backupRestore'),
        registrationIds,
      });
      before = await requestCount(stack);
      started = performance.now();
      for (const { registration, baseline, edited } of single.registrations) {
        const report = await repository.saveGrants({ registrationId: registration.id, baseline, edited });
        if (report.outcomes.some((outcome) => outcome.status !== 'applied'))
          throw new Error(`saveGrants did not apply on ${registration.id}`);
      }
      const oneAtATimeMilliseconds = performance.now() - started;
      const oneAtATimeRequests = (await requestCount(stack)) - before;
      results.push({
        registrations: size,
        requests,
        expectedRequests: 3 * Math.ceil(size / BATCH_SIZE),
        milliseconds,
        oneAtATimeRequests,
        oneAtATimeMilliseconds,
        speedup: oneAtATimeMilliseconds / milliseconds,
      });
    } finally {
      await stack.close();
    }
  }
  return results;
}
