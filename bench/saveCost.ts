/**
 * Figure 5: what a save costs. The product's own save (GraphRegistrationRepository.saveGrants) against
 * the naive plan (one PUT per app, one after another), both against the Graph emulator with 100 ms of
 * latency per request, for 1, 20 and 100 changed apps.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grant } from '../src/core/model';
import { createGraphClient } from '../src/graph/createGraphClient';
import { GraphRegistrationRepository } from '../src/graph/GraphRegistrationRepository';
import { startTestStack } from '../tests/local/stackClient';
import { benchRegistrationId, benchTenant, writeBenchTenant } from './tenantFixture';

export interface SaveCost {
  readonly changedApps: number;
  readonly requests: number;
  readonly expectedRequests: number;
  readonly milliseconds: number;
  readonly naiveRequests: number;
  readonly naiveMilliseconds: number;
  readonly speedup: number;
}

const LATENCY_MS = 100;
const REGISTRATIONS = '/v1.0/storage/fileStorage/containerTypeRegistrations';

export async function measureSaveCost(sizes: readonly number[] = [1, 20, 100]): Promise<SaveCost[]> {
  const apps = Math.max(...sizes) + 1;
  const dataFile = join(mkdtempSync(join(tmpdir(), 'spe-bench-')), 'tenant.json');
  const results: SaveCost[] = [];
  for (const changed of sizes) {
    // A fresh tenant per size: every measurement starts from the same grants.
    writeBenchTenant(dataFile, 1, apps);
    const stack = await startTestStack({ dataFile });
    try {
      const registrationId = benchRegistrationId(0);
      const baseline = benchTenant(1, apps).registrations[0]?.grants as Grant[];
      const edited = baseline.map((grant, index) =>
        index >= 1 && index <= changed ? { ...grant, applicationPermissions: ['readContent'] } : grant,
      );
      await stack.control('faults', { latencyMs: LATENCY_MS });
      const repository = new GraphRegistrationRepository({
        client: createGraphClient({
          authProvider: { getAccessToken: () => stack.token('spe-admin') },
          customHosts: ['localhost'],
        }),
        graphRoot: `${stack.origin}/graph`,
        scopeMode: 'selected',
      });
      const before = await requestCount(stack);
      const started = performance.now();
      const report = await repository.saveGrants({ registrationId, baseline, edited });
      const milliseconds = performance.now() - started;
      const requests = (await requestCount(stack)) - before;
      const applied = report.outcomes.filter((outcome) => outcome.status === 'applied').length;
      if (applied !== changed) throw new Error(`saveGrants applied ${applied} of ${changed} apps`);

      // The naive plan: the same writes undone and redone one PUT at a time.
      const naiveBefore = await requestCount(stack);
      const naiveStarted = performance.now();
      const token = await stack.token('spe-admin');
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
      }
      const naiveMilliseconds = performance.now() - naiveStarted;
      const naiveRequests = (await requestCount(stack)) - naiveBefore;
      results.push({
        changedApps: changed,
        requests,
        expectedRequests: 1 + Math.ceil(changed / 20) + 1,
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

async function requestCount(stack: { control(path: string): Promise<unknown> }): Promise<number> {
  return ((await stack.control('requests')) as { requests: unknown[] }).requests.length;
}
