/**
 * Figure 5: what a save costs. The product's own save (GraphRegistrationRepository.saveGrants) against
 * the naive plan (one PUT per app, one after another), both against the Graph emulator with 100 ms of
 * latency per HTTP request, for 1, 20 and 100 changed apps.
 */
import type { Grant } from '../src/core/model';
import { createGraphClient } from '../src/graph/createGraphClient';
import { GraphRegistrationRepository } from '../src/graph/GraphRegistrationRepository';
import { REGISTRATIONS, startTestStack, type TestStack } from '../src/local/stackClient';
import { generatedRegistrationId, generateTenant } from '../src/local/generatedTenant';

export interface SaveCost {
  readonly changedApps: number;
  readonly requests: number;
  readonly expectedRequests: number;
  /** The emulator's log of the save: `GET …/grants`, `POST /$batch (20)`, … */
  readonly log: readonly string[];
  readonly milliseconds: number;
  readonly naiveRequests: number;
  readonly naiveMilliseconds: number;
  readonly speedup: number;
}

const LATENCY_MS = 100;
const BATCH_SIZE = 20;

async function emulatorLog(stack: TestStack): Promise<{ method: string; path: string; batch?: unknown[] }[]> {
  return ((await stack.control('requests')) as { requests: { method: string; path: string; batch?: [] }[] })
    .requests;
}

export async function measureSaveCost(sizes: readonly number[] = [1, 20, 100]): Promise<SaveCost[]> {
  const apps = Math.max(...sizes) + 1; // the owning app keeps its grant; the others change
  const results: SaveCost[] = [];
  for (const changed of sizes) {
    // A fresh tenant per size: every measurement starts from the same grants.
    const stack = await startTestStack({ tenant: { registrations: 1, apps } });
    try {
      // One page holds every grant, so a read is one request whatever the tenant's size: paging
      // depends on the tenant, not on the save, and this figure is about the save.
      await stack.control('settings', { pageSize: 1000 });
      await stack.control('faults', { latencyMs: LATENCY_MS });
      const registrationId = generatedRegistrationId(0);
      const baseline = generateTenant({ registrations: 1, apps }).registrations[0]?.grants as Grant[];
      const edited = baseline.map((grant, index) =>
        index >= 1 && index <= changed ? { ...grant, applicationPermissions: ['readContent'] } : grant,
      );
      // A token from a cache, as MSAL gives the tab: the IdP is not part of a save's cost.
      const token = await stack.token('spe-admin');
      const repository = new GraphRegistrationRepository({
        client: createGraphClient({
          authProvider: { getAccessToken: () => Promise.resolve(token) },
          customHosts: ['localhost'],
        }),
        graphRoot: `${stack.origin}/graph`,
        scopeMode: 'selected',
      });
      const before = (await emulatorLog(stack)).length;
      const started = performance.now();
      const report = await repository.saveGrants({ registrationId, baseline, edited });
      const milliseconds = performance.now() - started;
      const log = (await emulatorLog(stack)).slice(before);
      const applied = report.outcomes.filter((outcome) => outcome.status === 'applied').length;
      if (applied !== changed) throw new Error(`saveGrants applied ${applied} of ${changed} apps`);

      // The naive plan: the same number of writes (undoing the save) one PUT at a time.
      const naiveBefore = (await emulatorLog(stack)).length;
      const naiveStarted = performance.now();
      for (const grant of baseline.slice(1, changed + 1)) {
        const response = await stack.graph(
          `${REGISTRATIONS}/${registrationId}/applicationPermissionGrants/${grant.appId}`,
          {
            method: 'PUT',
            token,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              delegatedPermissions: grant.delegatedPermissions,
              applicationPermissions: grant.applicationPermissions,
            }),
          },
        );
        if (!response.ok) throw new Error(`naive PUT answered ${response.status}`);
        await response.arrayBuffer();
      }
      const naiveMilliseconds = performance.now() - naiveStarted;
      const naiveRequests = (await emulatorLog(stack)).length - naiveBefore;
      results.push({
        changedApps: changed,
        requests: log.length,
        // 1 read-back check + ⌈writes/20⌉ batches + 1 confirm read.
        expectedRequests: 1 + Math.ceil(changed / BATCH_SIZE) + 1,
        log: log.map((request) =>
          request.batch === undefined
            ? `${request.method} ${request.path.replace('/storage/fileStorage/containerTypeRegistrations', '/registrations').replace(/b3c4d5e6-[0-9a-f-]+/, '{id}')}`
            : `${request.method} ${request.path} (${request.batch.length} writes)`,
        ),
        milliseconds,
        naiveRequests,
        naiveMilliseconds,
        speedup: naiveMilliseconds / milliseconds,
      });
    } finally {
      await stack.close();
    }
  }
  return results;
}
