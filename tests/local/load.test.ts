import { describe, expect, it } from 'vitest';
import { TEST_CONTAINER_TYPE_ID } from '../../src/local/demoTenant';
import { useTestStack } from '../support/useTestStack';

/**
 * Bounded load on loopback: 8 clients, 2,000 mixed reads and per-app writes on one registration.
 * No write may be lost: each either applied or answered an error, and the final state equals the last
 * acknowledged write per app. Each app has one writer (so "last acknowledged" is well defined) while
 * every client reads every app and all write to the same registration at once.
 */
const stack = useTestStack();

const CLIENTS = 8;
const OPERATIONS_PER_CLIENT = 250;
const APPS_PER_CLIENT = 2;
const appIdOf = (client: number, slot: number): string =>
  `${String(client).padStart(8, '0')}-000${slot}-4bbb-8ccc-dddddddddddd`;
const PLANES = [
  ['read'],
  ['readContent'],
  ['readContent', 'writeContent'],
  ['full'],
  ['create', 'delete'],
  ['none'],
];

describe('the emulator under concurrent load', () => {
  // 2,000 requests on a shared 2-core machine: a generous limit, so a busy machine is not a failure.
  it('loses no write', { timeout: 120_000 }, async () => {
    const token = await stack.token('spe-admin');
    const base = `${stack.origin}/graph/v1.0/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants`;
    const lastAcknowledged = new Map<string, string[]>();
    const outcomes = { applied: 0, refused: 0, reads: 0 };

    const client = async (clientIndex: number): Promise<void> => {
      for (let index = 0; index < OPERATIONS_PER_CLIENT; index += 1) {
        if (index % 3 === 0) {
          const other = appIdOf((clientIndex + index) % CLIENTS, index % APPS_PER_CLIENT);
          const response = await fetch(`${base}/${other}`, { headers: { authorization: `Bearer ${token}` } });
          expect([200, 404]).toContain(response.status);
          await response.arrayBuffer();
          outcomes.reads += 1;
          continue;
        }
        const appId = appIdOf(clientIndex, index % APPS_PER_CLIENT);
        const delegated = PLANES[(index + clientIndex) % PLANES.length] ?? ['none'];
        const response = await fetch(`${base}/${appId}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ delegatedPermissions: delegated, applicationPermissions: ['none'] }),
        });
        await response.arrayBuffer();
        if (response.status === 201) {
          outcomes.applied += 1;
          lastAcknowledged.set(appId, delegated);
        } else {
          outcomes.refused += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));

    expect(outcomes.applied + outcomes.refused + outcomes.reads).toBe(CLIENTS * OPERATIONS_PER_CLIENT);
    expect(outcomes.refused).toBe(0);
    const final = (await (await fetch(base, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      value: { appId: string; delegatedPermissions: string[] }[];
    };
    expect(lastAcknowledged.size).toBe(CLIENTS * APPS_PER_CLIENT);
    for (const [appId, delegated] of lastAcknowledged) {
      expect(final.value.find((grant) => grant.appId === appId)?.delegatedPermissions).toEqual(delegated);
    }
  });
});
