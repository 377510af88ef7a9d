/**
 * One local stack per test file: started before the first test, reset to the seeded tenant (faults,
 * settings and the request log cleared) before each test, closed after the last. Call it once, at the
 * top of a test file; the handle it returns reaches the stack of the running file.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { StackOptions } from '../../src/local/stack';
import { startTestStack, type TestStack } from '../../src/local/stackClient';

export function useTestStack(options: StackOptions = {}): TestStack {
  let started: TestStack | undefined;
  const current = (): TestStack => {
    if (started === undefined) throw new Error('The test stack is used before it started (beforeAll).');
    return started;
  };
  beforeAll(async () => {
    started = await startTestStack(options);
  });
  beforeEach(async () => {
    await current().control('reset', {});
  });
  afterAll(async () => {
    await started?.close();
    started = undefined;
  });
  return {
    get origin() {
      return current().origin;
    },
    get port() {
      return current().port;
    },
    get tenantId() {
      return current().tenantId;
    },
    get certificatePath() {
      return current().certificatePath;
    },
    close: () => current().close(),
    token: (profile, extra) => current().token(profile, extra),
    graph: (path, init) => current().graph(path, init),
    client: (profile) => current().client(profile),
    control: (path, body) => current().control(path, body),
  };
}
