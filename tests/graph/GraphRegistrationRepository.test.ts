import { describe, expect, it } from 'vitest';
import type { Grant } from '../../src/core/model';
import { caughtGraphError } from './grantFixtures';
import { GraphRegistrationRepository } from '../../src/graph/GraphRegistrationRepository';
import type { ScopeMode, UserRole } from '../../src/core/deployment';
import type {
  ProgressEvent,
  RegistrationSaveResult,
  SaveRequest,
} from '../../src/graph/RegistrationRepository';
import { normaliseGrant } from '../../src/core/normalise';
import { findPreset } from '../../src/core/presets';
import { applyResolutions, rebaseAfterSave } from '../../src/core/savePlan';
import { planTenantOperation } from '../../src/core/tenantPlan';
import {
  clientFor,
  graphErrorBody,
  ScriptedGraph,
  TEST_TOKEN,
  type RecordedRequest,
  type Reply,
} from './scriptedGraph';

const ROOT = 'https://graph.microsoft.com';
const REGISTRATIONS = `${ROOT}/v1.0/storage/fileStorage/containerTypeRegistrations`;
const REG = 'de988700-d700-020e-0a00-0831f3042f00';
const GRANTS = `${REGISTRATIONS}/${REG}/applicationPermissionGrants`;
const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';

const owner: Grant = { appId: OWNER, delegatedPermissions: ['full'], applicationPermissions: ['full'] };
const guestNone: Grant = { appId: GUEST, delegatedPermissions: ['none'], applicationPermissions: ['none'] };
const guestRead: Grant = {
  appId: GUEST,
  delegatedPermissions: ['none'],
  applicationPermissions: ['readContent'],
};
const backup: Grant = {
  appId: BACKUP,
  delegatedPermissions: ['readContent'],
  applicationPermissions: ['none'],
};

function setup(
  options: {
    scopeMode?: ScopeMode;
    userRole?: UserRole;
    maxAttempts?: number;
    maxTotalWaitSeconds?: number;
    maxPages?: number;
  } = {},
): {
  graph: ScriptedGraph;
  repository: GraphRegistrationRepository;
  waits: number[];
} {
  const graph = new ScriptedGraph();
  const waits: number[] = [];
  let clientRequestIds = 0;
  const repository = new GraphRegistrationRepository({
    client: clientFor(graph),
    graphRoot: ROOT,
    scopeMode: options.scopeMode ?? 'selected',
    userRole: () => options.userRole ?? 'unknown',
    retryPolicy: {
      maxAttempts: options.maxAttempts ?? 5,
      maxTotalWaitSeconds: options.maxTotalWaitSeconds ?? 120,
    },
    wait: (seconds) => {
      waits.push(seconds);
      return Promise.resolve();
    },
    now: () => new Date('2026-11-22T10:00:00Z'),
    maxPages: options.maxPages,
    newClientRequestId: () => `client-request-${(clientRequestIds += 1)}`,
  });
  return { graph, repository, waits };
}

const batch = (request: RecordedRequest): boolean =>
  request.method === 'POST' && request.url === `${ROOT}/v1.0/$batch`;

function grantsPage(grants: readonly Grant[]): { status: number; body: unknown } {
  return { status: 200, body: { value: grants } };
}

/** A batch that answers each sub-request with the status the function picks (default 201/204). */
function batchReply(
  request: RecordedRequest,
  statusOf: (sub: { id: string; method: string; url: string }) => {
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
  } = (sub) => ({ status: sub.method === 'DELETE' ? 204 : 201 }),
): { status: number; body: unknown } {
  const requests = (request.body as { requests: { id: string; method: string; url: string }[] }).requests;
  return { status: 200, body: { responses: requests.map((sub) => ({ id: sub.id, ...statusOf(sub) })) } };
}

describe('reading', () => {
  it('lists registrations across every page, following @odata.nextLink verbatim', async () => {
    const { graph, repository } = setup();
    const next = `${REGISTRATIONS}?$top=1&$skiptoken=1`;
    graph.on((request) =>
      request.url === REGISTRATIONS
        ? {
            status: 200,
            body: {
              value: [{ id: REG, name: 'Test Container Type', owningAppId: OWNER }],
              '@odata.nextLink': next,
            },
          }
        : undefined,
    );
    graph.on((request) =>
      request.url === next
        ? { status: 200, body: { value: [{ id: 'b', name: 'Legal', owningAppId: OWNER }] } }
        : undefined,
    );
    const registrations = await repository.listRegistrations();
    expect(registrations.map((registration) => registration.name)).toEqual(['Test Container Type', 'Legal']);
    expect(graph.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${REGISTRATIONS}`,
      `GET ${next}`,
    ]);
    expect(graph.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('refuses to follow a next link to another host (the token would go there)', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.url === REGISTRATIONS
        ? { status: 200, body: { value: [], '@odata.nextLink': 'https://evil.example/steal' } }
        : undefined,
    );
    const error = await caughtGraphError(repository.listRegistrations());
    expect(error.code).toBe('unknown');
    expect(graph.requests).toHaveLength(1);
  });

  it('stops following next links at the page cap and says so, instead of returning part of the list', async () => {
    const { graph, repository } = setup({ maxPages: 3 });
    // A service that always has one more page (a loop, as a page of `$top=-1` once was).
    graph.on((request) =>
      request.url.startsWith(REGISTRATIONS)
        ? {
            status: 200,
            headers: { 'request-id': `req-${graph.requests.length}` },
            body: {
              value: [{ id: REG, name: 'Test Container Type', owningAppId: OWNER }],
              '@odata.nextLink': `${REGISTRATIONS}?$skiptoken=${graph.requests.length}`,
            },
          }
        : undefined,
    );
    const error = await caughtGraphError(repository.listRegistrations());
    expect(error.code).toBe('too_many_pages');
    expect(error.requestId).toBe('req-3');
    expect(graph.requests).toHaveLength(3);
  });

  it('reads a collection of exactly as many pages as the cap', async () => {
    const { graph, repository } = setup({ maxPages: 3 });
    graph.on((request) =>
      request.url.startsWith(GRANTS)
        ? {
            status: 200,
            body: {
              value: [{ ...owner, appId: `${OWNER.slice(0, -1)}${graph.requests.length}` }],
              ...(graph.requests.length < 3
                ? { '@odata.nextLink': `${GRANTS}?$skiptoken=${graph.requests.length}` }
                : {}),
            },
          }
        : undefined,
    );
    const grants = await repository.listGrants(REG);
    expect(grants.value).toHaveLength(3);
    expect(graph.requests).toHaveLength(3);
  });

  it('reads a registration and its grants in parallel and reports what a tolerant read repaired', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.url === `${REGISTRATIONS}/${REG}`
        ? {
            status: 200,
            body: { id: REG, name: 'Test Container Type', owningAppId: OWNER, etag: 'RVRhZw==' },
          }
        : undefined,
    );
    graph.on((request) =>
      request.url === GRANTS
        ? {
            status: 200,
            body: {
              value: [
                { appId: OWNER, delegated: ['full'], appOnly: ['full'] },
                {
                  appId: GUEST,
                  delegatedPermissions: ['ReadContent', 'manageSensitivityLabels'],
                  applicationPermissions: ['none'],
                },
              ],
            },
          }
        : undefined,
    );
    const { value, warnings } = await repository.getRegistrationWithGrants(REG);
    expect(value.etag).toBe('RVRhZw==');
    expect(value.applicationPermissionGrants).toEqual([
      owner,
      {
        appId: GUEST,
        delegatedPermissions: ['readContent', 'manageSensitivityLabels'],
        applicationPermissions: ['none'],
      },
    ]);
    expect(warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['legacy_keys', 'pascal_case', 'unknown_permission']),
    );
  });

  it('encodes every user-supplied URL segment', async () => {
    const { graph, repository } = setup();
    await caughtGraphError(repository.listGrants('../../me/drive?x=1'));
    expect(graph.requests[0]?.url).toBe(
      `${REGISTRATIONS}/..%2F..%2Fme%2Fdrive%3Fx%3D1/applicationPermissionGrants`,
    );
  });

  it('uses beta when configured', async () => {
    const graph = new ScriptedGraph();
    const repository = new GraphRegistrationRepository({
      client: clientFor(graph),
      graphRoot: `${ROOT}/`,
      version: 'beta',
      scopeMode: 'selected',
    });
    graph.on(() => ({ status: 200, body: { value: [] } }));
    await repository.listRegistrations();
    expect(graph.requests[0]?.url).toBe(`${ROOT}/beta/storage/fileStorage/containerTypeRegistrations`);
  });
});

describe('saving', () => {
  it('checks, writes the diff in one batch (both planes, DELETE for removals) and confirms', async () => {
    const { graph, repository } = setup();
    const progress: ProgressEvent[] = [];
    let current: Grant[] = [owner, guestNone, backup];
    graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
    graph.on((request) => {
      if (!batch(request)) return undefined;
      current = [owner, guestRead];
      return batchReply(request);
    });
    const report = await repository.saveGrants(
      { registrationId: REG, baseline: [owner, guestNone, backup], edited: [owner, guestRead] },
      { onProgress: (event) => progress.push(event) },
    );
    expect(graph.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${GRANTS}`,
      `POST ${ROOT}/v1.0/$batch`,
      `GET ${GRANTS}`,
    ]);
    expect(graph.requests[1]?.body).toEqual({
      requests: [
        {
          id: '1',
          method: 'PUT',
          url: `/storage/fileStorage/containerTypeRegistrations/${REG}/applicationPermissionGrants/${GUEST}`,
          headers: {
            Prefer: 'include-unknown-enum-members',
            'client-request-id': 'client-request-1',
            'Content-Type': 'application/json',
          },
          body: { delegatedPermissions: ['none'], applicationPermissions: ['readContent'] },
        },
        {
          id: '2',
          method: 'DELETE',
          url: `/storage/fileStorage/containerTypeRegistrations/${REG}/applicationPermissionGrants/${BACKUP}`,
          headers: { Prefer: 'include-unknown-enum-members', 'client-request-id': 'client-request-2' },
        },
      ],
    });
    // Future permission values come verbatim only to a client that asks (graph-api.md §10).
    expect(graph.requests.map((request) => request.headers.prefer)).toEqual([
      'include-unknown-enum-members',
      'include-unknown-enum-members',
      'include-unknown-enum-members',
    ]);
    expect(report.outcomes.map((outcome) => [outcome.appId, outcome.status])).toEqual([
      [GUEST, 'applied'],
      [BACKUP, 'applied'],
    ]);
    expect(report.after).toEqual([owner, guestRead]);
    expect(report.unconfirmed).toEqual([]);
    expect(report.savedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(progress).toEqual([
      { type: 'reading', what: 'baseline-check' },
      { type: 'writing', done: 2, total: 2 },
      { type: 'reading', what: 'confirm' },
    ]);
  });

  it('sends nothing when nothing changed', async () => {
    const { graph, repository } = setup();
    const report = await repository.saveGrants({ registrationId: REG, baseline: [owner], edited: [owner] });
    expect(report.outcomes).toEqual([]);
    expect(graph.requests).toEqual([]);
  });

  it('turns apps changed elsewhere into conflicts with theirs / mine / baseline, and writes the others', async () => {
    const { graph, repository } = setup();
    const theirs: Grant = {
      appId: BACKUP,
      delegatedPermissions: ['readContent', 'writeContent'],
      applicationPermissions: ['none'],
    };
    const mine: Grant = {
      appId: BACKUP,
      delegatedPermissions: ['none'],
      applicationPermissions: ['readContent'],
    };
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone, theirs]) : undefined));
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone, backup],
      edited: [owner, guestRead, mine],
    });
    const body = graph.requests[1]?.body as { requests: { url: string }[] };
    expect(body.requests.map((sub) => sub.url.split('/').pop())).toEqual([GUEST]);
    expect(report.outcomes).toEqual([
      expect.objectContaining({ appId: GUEST, status: 'applied' }),
      expect.objectContaining({
        appId: BACKUP,
        status: 'conflict',
        conflict: { appId: BACKUP, baseline: backup, theirs, mine },
      }),
    ]);
  });

  it('writes a conflict the admin resolved, and counts a change someone else already made as applied', async () => {
    const { graph, repository } = setup();
    const theirs: Grant = { appId: BACKUP, delegatedPermissions: ['full'], applicationPermissions: ['none'] };
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestRead, theirs]) : undefined));
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    const resolvedBackup: Grant = {
      appId: BACKUP,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['readContent'],
    };
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone, backup],
      edited: [owner, guestRead, resolvedBackup],
      resolved: [resolvedBackup],
    });
    const body = graph.requests[1]?.body as { requests: { url: string; body: unknown }[] };
    expect(body.requests).toHaveLength(1);
    expect(body.requests[0]?.url.endsWith(BACKUP)).toBe(true);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied']);
  });

  it('splits more than 20 writes into batches of at most 20', async () => {
    const { graph, repository } = setup();
    const apps = Array.from({ length: 45 }, (_, index) => ({
      appId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['none'],
    }));
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner]) : undefined));
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner],
      edited: [owner, ...apps],
    });
    const sizes = graph.requests
      .filter(batch)
      .map((request) => (request.body as { requests: unknown[] }).requests.length);
    expect(sizes).toEqual([20, 20, 5]);
    expect(report.outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
  });

  it('reports a partial failure per app, and a retry redoes only the failed write', async () => {
    const { graph, repository } = setup();
    let current: Grant[] = [owner, guestNone];
    graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
    graph.once((request) =>
      batch(request)
        ? batchReply(request, (sub) =>
            sub.url.endsWith(GUEST)
              ? { status: 400, body: graphErrorBody('invalidRequest', "Invalid permission 'x'.", 'sub-req') }
              : { status: 201 },
          )
        : undefined,
    );
    const edited = [owner, guestRead, backup];
    const first = await repository.saveGrants({ registrationId: REG, baseline: [owner, guestNone], edited });
    expect(first.outcomes.map((outcome) => [outcome.appId, outcome.status])).toEqual([
      [GUEST, 'failed'],
      [BACKUP, 'applied'],
    ]);
    const failed = first.outcomes[0];
    expect(failed?.status === 'failed' && failed.error.code).toBe('invalid_request');
    expect(failed?.status === 'failed' && failed.error.serviceMessage).toBe("Invalid permission 'x'.");
    expect(failed?.status === 'failed' && failed.error.requestId).toBe('sub-req');

    current = [owner, guestNone, backup];
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    graph.requests.length = 0;
    await repository.saveGrants({ registrationId: REG, baseline: [owner, guestNone, backup], edited });
    const body = graph.requests.find(batch)?.body as { requests: { url: string }[] };
    expect(body.requests.map((sub) => sub.url.split('/').pop())).toEqual([GUEST]);
  });

  it('waits the Retry-After of throttled sub-requests and sends only those again', async () => {
    const { graph, repository, waits } = setup();
    const progress: ProgressEvent[] = [];
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    graph.once((request) =>
      batch(request)
        ? batchReply(request, (sub) =>
            sub.url.endsWith(GUEST) ? { status: 429, headers: { 'Retry-After': '12' } } : { status: 201 },
          )
        : undefined,
    );
    const report = await repository.saveGrants(
      { registrationId: REG, baseline: [owner, guestNone], edited: [owner, guestRead, backup] },
      { onProgress: (event) => progress.push(event) },
    );
    expect(waits).toEqual([12]);
    expect(progress).toContainEqual({ type: 'throttled', waitSeconds: 12, attempt: 1, reason: 'throttled' });
    const batches = graph.requests
      .filter(batch)
      .map((request) => (request.body as { requests: { url: string }[] }).requests);
    expect(batches.map((requests) => requests.map((sub) => sub.url.split('/').pop()))).toEqual([
      [GUEST, BACKUP],
      [GUEST],
    ]);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied']);
  });

  it('gives up on a throttled write after the allowed attempts and says so', async () => {
    const { graph, repository, waits } = setup({ maxAttempts: 3 });
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    graph.on((request) =>
      batch(request)
        ? batchReply(request, () => ({ status: 503, headers: { 'Retry-After': '2' } }))
        : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    expect(waits).toEqual([2, 2]);
    const outcome = report.outcomes[0];
    // A 503 is the service being busy or unavailable, not "slow down": it has its own wording.
    expect(outcome?.status === 'failed' && outcome.error.code).toBe('unavailable');
  });

  it('stops at a dropped connection: unsent writes stay pending, writes that landed are found by the confirm read', async () => {
    const { graph, repository } = setup();
    const apps = Array.from({ length: 25 }, (_, index) => ({
      appId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['none'],
    }));
    let current: Grant[] = [owner];
    graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
    graph.once((request) => {
      if (!batch(request)) return undefined;
      current = [owner, ...apps.slice(0, 20)]; // applied, then the connection dropped
      return 'network-error';
    });
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner],
      edited: [owner, ...apps],
    });
    expect(graph.requests.filter(batch)).toHaveLength(1);
    expect(report.outcomes.slice(0, 20).every((outcome) => outcome.status === 'applied')).toBe(true);
    const rest = report.outcomes.slice(20);
    expect(rest).toHaveLength(5);
    expect(rest.every((outcome) => outcome.status === 'failed' && outcome.error.code === 'network')).toBe(
      true,
    );
  });

  it.each([
    ['a server error for the whole batch', { status: 500, body: graphErrorBody('generalException', 'boom') }],
    ['a 502 from a gateway', { status: 502, body: 'Bad Gateway' }],
  ] as const)(
    'settles writes whose outcome is unknown after %s with a confirm read: saved or not saved, per app',
    async (_name, reply) => {
      const { graph, repository } = setup();
      let current: Grant[] = [owner, guestNone];
      graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
      graph.once((request) => {
        if (!batch(request)) return undefined;
        current = [owner, guestRead]; // the guest's write landed, the backup's did not
        return reply;
      });
      const report = await repository.saveGrants({
        registrationId: REG,
        baseline: [owner, guestNone],
        edited: [owner, guestRead, backup],
      });
      expect(report.outcomes.map((outcome) => [outcome.appId, outcome.status])).toEqual([
        [GUEST, 'applied'],
        [BACKUP, 'failed'],
      ]);
      expect(graph.requests.filter(batch)).toHaveLength(1);
    },
  );

  it('counts a write batch that never answers as a time-out, and settles it with the confirm read', async () => {
    const graph = new ScriptedGraph();
    const repository = new GraphRegistrationRepository({
      client: clientFor(graph),
      graphRoot: ROOT,
      scopeMode: 'selected',
      requestTimeoutMs: 50,
    });
    let current: Grant[] = [owner, guestNone];
    graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
    graph.once((request) => {
      if (!batch(request)) return undefined;
      current = [owner, guestRead]; // applied, but the answer never comes
      return 'hang';
    });
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['applied']);
    expect(report.after).toEqual([owner, guestRead]);
  });

  it('says "outcome unknown" when neither the batch nor the confirm read got an answer', async () => {
    const { graph, repository } = setup();
    let reads = 0;
    graph.on((request) => {
      if (request.url !== GRANTS) return undefined;
      reads += 1;
      return reads === 1 ? grantsPage([owner, guestNone]) : 'network-error';
    });
    graph.on((request) => (batch(request) ? 'network-error' : undefined));
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['unknown']);
    expect(report.after).toBeUndefined();
  });

  it('a batch the service refused outright (4xx) was not applied: nothing to settle', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    graph.on((request) =>
      batch(request)
        ? { status: 400, body: graphErrorBody('BadRequest', 'Invalid batch payload') }
        : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    const [outcome] = report.outcomes;
    expect(outcome?.status === 'failed' && outcome.error.code).toBe('invalid_request');
  });

  it('cancelling while throttled sub-requests wait sends them no more, and still confirms what was sent', async () => {
    const graph = new ScriptedGraph();
    const controller = new AbortController();
    const repository = new GraphRegistrationRepository({
      client: clientFor(graph),
      graphRoot: ROOT,
      scopeMode: 'selected',
    });
    let current: Grant[] = [owner, guestNone];
    graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
    graph.on((request) => {
      if (!batch(request)) return undefined;
      current = [owner, guestNone, backup];
      return batchReply(request, (sub) =>
        sub.url.endsWith(GUEST) ? { status: 429, headers: { 'Retry-After': '15' } } : { status: 201 },
      );
    });
    const report = await repository.saveGrants(
      { registrationId: REG, baseline: [owner, guestNone], edited: [owner, guestRead, backup] },
      {
        signal: controller.signal,
        onProgress: (event) => event.type === 'throttled' && controller.abort(),
      },
    );
    expect(report.outcomes.map((outcome) => [outcome.appId, outcome.status])).toEqual([
      [GUEST, 'failed'],
      [BACKUP, 'applied'],
    ]);
    const [guest] = report.outcomes;
    expect(guest?.status === 'failed' && guest.error.code).toBe('cancelled');
    expect(graph.requests.filter(batch)).toHaveLength(1);
    expect(report.after).toEqual([owner, guestNone, backup]);
  });

  it('words a 503 wait as "busy or unavailable", not as "slow down"', async () => {
    const { graph, repository } = setup();
    const progress: ProgressEvent[] = [];
    graph.on(() => ({ status: 200, body: { value: [] } }));
    graph.once(() => ({ status: 503, headers: { 'Retry-After': '3' }, body: graphErrorBody('x', 'busy') }));
    await repository.listGrants(REG, { onProgress: (event) => progress.push(event) });
    expect(progress).toEqual([{ type: 'throttled', waitSeconds: 3, attempt: 1, reason: 'unavailable' }]);
  });

  it('writes nothing when the check read fails (fail closed)', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.url === GRANTS ? { status: 500, body: graphErrorBody('generalException', 'boom') } : undefined,
    );
    const error = await caughtGraphError(
      repository.saveGrants({
        registrationId: REG,
        baseline: [owner, guestNone],
        edited: [owner, guestRead],
      }),
    );
    expect(error.code).toBe('unknown');
    expect(graph.requests.filter(batch)).toHaveLength(0);
  });

  it('lists as unconfirmed an accepted write the read-back does not show yet', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    graph.on((request) => (batch(request) ? batchReply(request) : undefined));
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    expect(report.outcomes[0]?.status).toBe('applied');
    expect(report.unconfirmed).toEqual([GUEST]);
  });

  it('can be cancelled while waiting for Retry-After', async () => {
    const graph = new ScriptedGraph();
    const controller = new AbortController();
    const repository = new GraphRegistrationRepository({
      client: clientFor(graph),
      graphRoot: ROOT,
      scopeMode: 'selected',
    });
    graph.on((request) =>
      request.url === GRANTS
        ? {
            status: 429,
            headers: { 'Retry-After': '30' },
            body: graphErrorBody('TooManyRequests', 'slow down'),
          }
        : undefined,
    );
    const pending = caughtGraphError(
      repository.saveGrants(
        { registrationId: REG, baseline: [owner, guestNone], edited: [owner, guestRead] },
        {
          onProgress: (event) => event.type === 'throttled' && controller.abort(),
          signal: controller.signal,
        },
      ),
    );
    expect((await pending).code).toBe('cancelled');
    expect(graph.requests).toHaveLength(1);
  });
});

describe('registering a container type', () => {
  const registration = { id: REG, name: 'Test', owningAppId: OWNER, etag: 'RVRhZw==' };
  const notFound = { status: 404, body: graphErrorBody('itemNotFound', 'not found') };

  it('opens a registered type instead of PUTting it again: a registration PUT replaces every grant', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.url === `${REGISTRATIONS}/${REG}` && request.method === 'GET'
        ? { status: 200, body: registration }
        : undefined,
    );
    const outcome = await repository.registerContainerType(REG, OWNER);
    expect(outcome).toEqual({
      type: 'already_registered',
      registration: expect.objectContaining({ id: REG, name: 'Test' }),
    });
    expect(graph.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('PUTs the owner alone only after the registration and its grants both answer 404, then reads back', async () => {
    const { graph, repository } = setup();
    let registered = false;
    graph.on((request) =>
      request.url === `${REGISTRATIONS}/${REG}` && request.method === 'GET'
        ? registered
          ? { status: 200, body: registration }
          : notFound
        : undefined,
    );
    graph.on((request) => {
      if (request.method !== 'PUT') return undefined;
      registered = true;
      return { status: 201, body: { ...registration, ...(request.body as object) } };
    });
    graph.on((request) =>
      request.url === GRANTS ? (registered ? grantsPage([owner, guestRead]) : notFound) : undefined,
    );
    const outcome = await repository.registerContainerType(REG, OWNER);
    const sent = graph.requests.map((request) => `${request.method} ${request.url}`);
    // The two reads that decide go out together, so their order is not fixed.
    expect(new Set(sent.slice(0, 2))).toEqual(new Set([`GET ${REGISTRATIONS}/${REG}`, `GET ${GRANTS}`]));
    expect(sent.slice(2)).toEqual([
      `PUT ${REGISTRATIONS}/${REG}`,
      `GET ${REGISTRATIONS}/${REG}`,
      `GET ${GRANTS}`,
    ]);
    expect(graph.requests[2]?.body).toEqual({
      applicationPermissionGrants: [
        { appId: OWNER, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
      ],
    });
    // What the service holds, read back (here another admin's grant already shows too).
    expect(outcome).toMatchObject({ type: 'registered', readBack: true });
    expect(outcome.type === 'registered' && outcome.registration.applicationPermissionGrants).toEqual([
      owner,
      guestRead,
    ]);
  });

  it.each([
    [
      '403',
      { status: 403, body: graphErrorBody('accessDenied', 'Caller does not have required permissions') },
    ],
    [
      '429 after the retries',
      { status: 429, headers: { 'Retry-After': '1' }, body: graphErrorBody('TooManyRequests', 'x') },
    ],
    ['500', { status: 500, body: graphErrorBody('generalException', 'boom') }],
    ['503', { status: 503, body: graphErrorBody('serviceNotAvailable', 'busy') }],
  ] as const)('writes nothing when the registration read answers %s (fail closed)', async (_name, reply) => {
    const { graph, repository } = setup({ maxAttempts: 2 });
    graph.on(() => reply);
    await caughtGraphError(repository.registerContainerType(REG, OWNER));
    expect(graph.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('writes nothing when the registration read gets no answer', async () => {
    const { graph, repository } = setup();
    graph.on(() => 'network-error');
    expect((await caughtGraphError(repository.registerContainerType(REG, OWNER))).code).toBe('network');
    expect(graph.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('a 404 on the grants alone is not "not registered"', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? notFound : undefined));
    graph.on((request) =>
      request.url === `${REGISTRATIONS}/${REG}` && request.method === 'GET'
        ? { status: 200, body: registration }
        : undefined,
    );
    expect((await repository.registerContainerType(REG, OWNER)).type).toBe('already_registered');
    expect(graph.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  // Issue 22, item 3: one 404 is not "not registered" (a lagging replica, a stray fault), and the PUT
  // that follows would replace every grant of the registration that does exist.
  it.each([
    ['its grants are read (200)', grantsPage([owner, guestRead])],
    ['its grants read fails (500)', { status: 500, body: graphErrorBody('generalException', 'boom') }],
    ['its grants read is refused (403)', { status: 403, body: graphErrorBody('accessDenied', 'x') }],
  ] as const)(
    'writes nothing when the registration answers 404 but %s: fails closed, saying why',
    async (_name, grantsReply) => {
      const { graph, repository } = setup({ maxAttempts: 1 });
      graph.on((request) => (request.url === `${REGISTRATIONS}/${REG}` ? notFound : undefined));
      graph.on((request) =>
        request.url === GRANTS ? { ...grantsReply, headers: { 'request-id': 'req-grants' } } : undefined,
      );
      const error = await caughtGraphError(repository.registerContainerType(REG, OWNER));
      expect(error.code).toBe('registration_uncertain');
      expect(error.requestId).toBe(grantsReply.status === 200 ? 'req-grants' : 'req-1');
      expect(graph.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    },
  );

  it('writes nothing when the grants answer 404 but the registration read fails', async () => {
    const { graph, repository } = setup({ maxAttempts: 1 });
    graph.on((request) =>
      request.url === `${REGISTRATIONS}/${REG}`
        ? { status: 503, body: graphErrorBody('serviceNotAvailable', 'busy') }
        : undefined,
    );
    graph.on((request) => (request.url === GRANTS ? notFound : undefined));
    expect((await caughtGraphError(repository.registerContainerType(REG, OWNER))).code).toBe(
      'registration_uncertain',
    );
    expect(graph.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('says when no container type has the id, rather than "not registered"', async () => {
    const { graph, repository } = setup();
    graph.on(() => notFound);
    expect((await caughtGraphError(repository.registerContainerType(REG, OWNER))).code).toBe(
      'container_type_not_found',
    );
  });

  it('shows what the PUT answered, and says so, when the read-back fails', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.method === 'GET' ? notFound : undefined));
    graph.on((request) =>
      request.method === 'PUT'
        ? { status: 201, body: { ...registration, ...(request.body as object) } }
        : undefined,
    );
    const outcome = await repository.registerContainerType(REG, OWNER);
    expect(outcome).toMatchObject({ type: 'registered', readBack: false });
    expect(outcome.type === 'registered' && outcome.registration.applicationPermissionGrants).toEqual([
      owner,
    ]);
  });

  it('rejects ids that are not GUIDs before any request', async () => {
    const { graph, repository } = setup();
    const error = await caughtGraphError(repository.registerContainerType('not-a-guid', OWNER));
    expect(error.code).toBe('invalid_request');
    expect(graph.requests).toHaveLength(0);
  });
});

describe('settings', () => {
  it('PATCHes settings with the etag in the body', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.method === 'PATCH' ? { status: 200, body: { id: REG, etag: 'RVRhZyArIDE=' } } : undefined,
    );
    const updated = await repository.updateSettings(REG, 'RVRhZw==', { isSearchEnabled: false });
    expect(graph.requests[0]).toMatchObject({
      method: 'PATCH',
      url: `${REGISTRATIONS}/${REG}`,
      body: { etag: 'RVRhZw==', settings: { isSearchEnabled: false } },
    });
    expect(updated.etag).toBe('RVRhZyArIDE=');
  });

  it('sends only the settings and the etag, never grants, and answers the registration without them', async () => {
    const { graph, repository } = setup();
    graph.on((request) =>
      request.method === 'PATCH'
        ? {
            status: 200,
            body: {
              id: REG,
              etag: 'RVRhZyArIDE=',
              settings: { sharingCapability: 'disabled' },
              applicationPermissionGrants: [
                { appId: OWNER, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
              ],
            },
          }
        : undefined,
    );
    const updated = await repository.updateSettings(REG, 'RVRhZw==', { sharingCapability: 'disabled' });
    expect(graph.requests).toHaveLength(1);
    expect(Object.keys(graph.requests[0]?.body as object).sort()).toEqual(['etag', 'settings']);
    expect(updated).not.toHaveProperty('applicationPermissionGrants');
    expect(updated.settings).toEqual({ sharingCapability: 'disabled' });
  });
});

describe('display names', () => {
  /**
   * A repository whose directory reads go to their own scripted Graph, open while `available` says so;
   * like the host's access, a failed lookup closes it.
   */
  function setupDirectory(options: { available?: boolean; closeOnFailure?: boolean } = {}): {
    graph: ScriptedGraph;
    main: ScriptedGraph;
    repository: GraphRegistrationRepository;
    failures: () => number;
    open: (value: boolean) => void;
  } {
    const graph = new ScriptedGraph();
    const main = new ScriptedGraph();
    let available = options.available ?? true;
    let failures = 0;
    const repository = new GraphRegistrationRepository({
      client: clientFor(main),
      graphRoot: ROOT,
      scopeMode: 'selected',
      directory: {
        client: clientFor(graph),
        available: () => available,
        onLookupFailed: () => {
          failures += 1;
          if (options.closeOnFailure ?? true) available = false;
        },
      },
    });
    return { graph, main, repository, failures: () => failures, open: (value) => (available = value) };
  }

  it('looks an app up by appId with the directory token and caches the answer', async () => {
    const { graph, main, repository } = setupDirectory();
    graph.on(() => ({ status: 200, body: { value: [{ appId: GUEST, displayName: 'Contoso Backup' }] } }));
    expect(repository.knownAppDisplayName(GUEST)).toBeUndefined();
    expect(await repository.lookupAppDisplayName(GUEST)).toBe('Contoso Backup');
    expect(await repository.lookupAppDisplayName(GUEST.toUpperCase())).toBe('Contoso Backup');
    expect(repository.knownAppDisplayName(GUEST.toUpperCase())).toBe('Contoso Backup');
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]?.url).toBe(
      `${ROOT}/v1.0/servicePrincipals?$filter=appId%20eq%20'${GUEST}'&$select=appId,displayName`,
    );
    expect(main.requests).toHaveLength(0);
  });

  it('sends no lookup at all without a directory token, and looks up once one is at hand', async () => {
    const { graph, main, repository, open } = setupDirectory({ available: false });
    graph.on(() => ({ status: 200, body: { value: [{ appId: GUEST, displayName: 'Contoso Backup' }] } }));
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(await repository.lookupAppDisplayName(BACKUP)).toBeUndefined();
    expect(graph.requests).toHaveLength(0);
    expect(main.requests).toHaveLength(0);
    open(true);
    expect(await repository.lookupAppDisplayName(GUEST)).toBe('Contoso Backup');
    expect(graph.requests).toHaveLength(1);
  });

  it('sends no lookup when the host has no directory access at all', async () => {
    const { graph, repository } = setup();
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(graph.requests).toHaveLength(0);
  });

  it('asks again after a dropped connection, not after an answer without a name', async () => {
    const { graph, repository } = setupDirectory({ closeOnFailure: false });
    graph.on(() => ({ status: 200, body: { value: [] } }));
    graph.once(() => 'network-error');
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(graph.requests).toHaveLength(2);
  });

  it('names Microsoft’s well-known apps without a request, even without directory access', async () => {
    const { graph, repository } = setupDirectory({ available: false });
    expect(repository.knownAppDisplayName('DE8BC8B5-D9F9-48B1-A8AD-B748DA725064')).toBe('Graph Explorer');
    expect(await repository.lookupAppDisplayName('880da380-985e-4198-81b9-e05b1cc53158')).toBe(
      'Microsoft Foundry',
    );
    expect(graph.requests).toHaveLength(0);
  });

  it('reports a refused lookup, and then sends no more', async () => {
    const { graph, repository, failures } = setupDirectory();
    graph.on(() => ({
      status: 403,
      body: graphErrorBody('Authorization_RequestDenied', 'Insufficient privileges'),
    }));
    expect(await repository.lookupAppDisplayName(GUEST)).toBeUndefined();
    expect(await repository.lookupAppDisplayName(BACKUP)).toBeUndefined();
    expect(graph.requests).toHaveLength(1);
    expect(failures()).toBe(1);
  });
});

describe('error mapping (graph-api.md §4.4)', () => {
  const cases: {
    name: string;
    status: number;
    code?: string;
    call: 'list' | 'get' | 'write-batch' | 'patch';
    scopeMode?: ScopeMode;
    userRole?: UserRole;
    expected: string;
  }[] = [
    {
      name: 'no or invalid token',
      status: 401,
      code: 'InvalidAuthenticationToken',
      call: 'list',
      expected: 'token_expired',
    },
    {
      name: 'missing consent',
      status: 403,
      code: 'Authorization_RequestDenied',
      call: 'list',
      expected: 'consent_required',
    },
    {
      name: 'missing role on the list',
      status: 403,
      code: 'accessDenied',
      call: 'list',
      expected: 'role_required',
    },
    {
      name: 'missing role known from wids',
      status: 403,
      code: 'accessDenied',
      call: 'get',
      userRole: 'missing_role',
      expected: 'role_required',
    },
    {
      name: 'another app’s registration with .Selected',
      status: 403,
      code: 'accessDenied',
      call: 'get',
      expected: 'not_visible_with_selected_scope',
    },
    {
      name: 'writing another app’s registration with .Selected',
      status: 403,
      code: 'accessDenied',
      call: 'patch',
      expected: 'not_owning_app',
    },
    {
      name: 'access denied with .Manage.All',
      status: 403,
      code: 'accessDenied',
      call: 'get',
      scopeMode: 'manageAll',
      expected: 'role_required',
    },
    { name: 'not registered', status: 404, code: 'itemNotFound', call: 'get', expected: 'not_registered' },
    { name: 'bad request', status: 400, code: 'invalidRequest', call: 'get', expected: 'invalid_request' },
    // The settings PATCH's documented 400: a setting the owning type does not let this tenant override.
    {
      name: 'setting not overridable',
      status: 400,
      code: 'invalidRequest',
      call: 'patch',
      expected: 'setting_not_overridable',
    },
    {
      name: 'settings refused',
      status: 403,
      code: 'accessDenied',
      call: 'patch',
      expected: 'not_owning_app',
    },
    {
      name: 'billing not set up',
      status: 405,
      code: 'methodNotAllowed',
      call: 'get',
      expected: 'invalid_request',
    },
    { name: 'conflict', status: 409, code: 'conflict', call: 'patch', expected: 'conflict' },
    { name: 'stale etag', status: 412, code: 'resourceModified', call: 'patch', expected: 'conflict' },
    {
      name: 'throttled beyond the retries',
      status: 429,
      code: 'TooManyRequests',
      call: 'list',
      expected: 'throttled',
    },
    {
      name: 'service unavailable beyond the retries',
      status: 503,
      code: 'serviceNotAvailable',
      call: 'list',
      expected: 'unavailable',
    },
    { name: 'server error', status: 500, code: 'generalException', call: 'list', expected: 'unknown' },
  ];

  for (const testCase of cases) {
    it(`${testCase.status} ${testCase.name} → ${testCase.expected}, with request-id and date`, async () => {
      const { graph, repository } = setup({
        scopeMode: testCase.scopeMode,
        userRole: testCase.userRole,
        maxAttempts: 1,
      });
      graph.on(() => ({
        status: testCase.status,
        headers: { 'Retry-After': '1' },
        body: graphErrorBody(testCase.code ?? 'x', 'The service said so.', 'req-42'),
      }));
      const run =
        testCase.call === 'list'
          ? repository.listRegistrations()
          : testCase.call === 'get'
            ? repository.getRegistrationWithGrants(REG)
            : repository.updateSettings(REG, 'RVRhZw==', {});
      const error = await caughtGraphError(run);
      expect(error.code).toBe(testCase.expected);
      expect(error.status).toBe(testCase.status);
      expect(error.requestId).toBe('req-42');
      expect(error.date).toBe('2026-11-22T10:00:00');
      expect(error.serviceMessage).toBe('The service said so.');
      expect(error.message).not.toContain(TEST_TOKEN);
    });
  }

  it('a request that gets no answer is a network error; a token that cannot be had is token_expired', async () => {
    const { graph, repository } = setup();
    graph.on(() => 'network-error');
    expect((await caughtGraphError(repository.listRegistrations())).code).toBe('network');

    const failing = new GraphRegistrationRepository({
      client: (await import('@microsoft/microsoft-graph-client')).Client.initWithMiddleware({
        middleware: [
          new (await import('@microsoft/microsoft-graph-client')).AuthenticationHandler({
            getAccessToken: () => {
              const error = new Error(`interaction required for ${TEST_TOKEN}`);
              error.name = 'TokenUnavailableError';
              return Promise.reject(error);
            },
          }),
          new ScriptedGraph(),
        ],
      }),
      graphRoot: ROOT,
      scopeMode: 'selected',
    });
    const error = await caughtGraphError(failing.listRegistrations());
    expect(error.code).toBe('token_expired');
    expect(error.message).not.toContain(TEST_TOKEN);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const { graph, repository, waits } = setup();
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    graph.on(() => ({ status: 200, body: { value: [] } }));
    graph.once(() => ({
      status: 429,
      headers: { 'Retry-After': inTenSeconds },
      body: graphErrorBody('TooManyRequests', 'x'),
    }));
    await repository.listRegistrations();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(9);
    expect(waits[0]).toBeLessThanOrEqual(11);
  });
});

/** The registration ids of a test tenant, as GUIDs. */
const regId = (n: number): string => `a1a1a1a1-0000-4000-8000-${String(n).padStart(12, '0')}`;
const grantsUrlOf = (registrationId: string): string =>
  `/storage/fileStorage/containerTypeRegistrations/${registrationId}/applicationPermissionGrants`;

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly body?: { delegatedPermissions: string[]; applicationPermissions: string[] };
}

const subRequestsOf = (request: RecordedRequest): SubRequest[] =>
  (request.body as { requests: SubRequest[] }).requests;

/**
 * A service holding many registrations' grants that answers `$batch` sub-requests against them
 * (GET of a registration's grants, PUT and DELETE of one app's grant). `answer` may answer a
 * sub-request differently (return undefined to let the tenant answer).
 */
function serveTenant(
  graph: ScriptedGraph,
  tenant: Map<string, Grant[]>,
  answer: (
    sub: SubRequest,
  ) => { status: number; headers?: Record<string, string>; body?: unknown } | undefined = () => undefined,
): void {
  const serve = (sub: SubRequest): { status: number; headers?: Record<string, string>; body?: unknown } => {
    const special = answer(sub);
    if (special !== undefined) return special;
    const match = /containerTypeRegistrations\/([^/]+)\/applicationPermissionGrants(?:\/([^/?]+))?/.exec(
      sub.url,
    );
    const grants = match?.[1] === undefined ? undefined : tenant.get(match[1]);
    if (match === null || grants === undefined)
      return { status: 404, body: graphErrorBody('itemNotFound', 'no') };
    const appId = match[2];
    if (sub.method === 'GET') return { status: 200, body: { value: grants } };
    const others = grants.filter((grant) => grant.appId !== appId);
    if (sub.method === 'DELETE') {
      tenant.set(match[1] ?? '', others);
      return { status: 204 };
    }
    tenant.set(match[1] ?? '', [
      ...others,
      { appId: appId ?? '', ...(sub.body ?? { delegatedPermissions: [], applicationPermissions: [] }) },
    ]);
    return { status: 201 };
  };
  graph.on((request) =>
    batch(request) ? batchReply(request, (sub) => serve(sub as SubRequest)) : undefined,
  );
  // One registration is read with a plain GET.
  graph.on((request) => {
    if (request.method !== 'GET' || batch(request)) return undefined;
    const reply = serve({ id: '0', method: 'GET', url: request.url });
    return reply;
  });
}

describe('reading the grants of many registrations', () => {
  const tenantOf = (count: number): Map<string, Grant[]> =>
    new Map(Array.from({ length: count }, (_, index) => [regId(index + 1), [owner, { ...backup }]]));

  it('reads 10 registrations in one $batch request and 300 in 15, each answer to its own registration', async () => {
    for (const [count, requests] of [
      [10, 1],
      [300, 15],
    ] as const) {
      const { graph, repository } = setup();
      const tenant = tenantOf(count);
      tenant.set(regId(2), [owner]);
      serveTenant(graph, tenant);
      const heard: string[] = [];
      const reads = await repository.listGrantsOfMany([...tenant.keys()], {
        onRead: (read) => heard.push(read.registrationId),
      });
      expect(graph.requests).toHaveLength(requests);
      expect(graph.requests.every(batch)).toBe(true);
      expect(graph.requests.map((request) => subRequestsOf(request).length)).toEqual(
        Array.from({ length: requests }, (_, index) => Math.min(20, count - index * 20)),
      );
      expect(reads.map((read) => read.registrationId)).toEqual([...tenant.keys()]);
      expect(reads[1]).toEqual({
        type: 'read',
        registrationId: regId(2),
        result: { value: [owner], warnings: [] },
      });
      expect(reads.map((read) => (read.type === 'read' ? read.result.value.length : 0))).toEqual(
        [...tenant.values()].map((grants) => grants.length),
      );
      expect([...heard].sort()).toEqual([...tenant.keys()].sort());
    }
  });

  it('reads one registration with a plain request', async () => {
    const { graph, repository } = setup();
    serveTenant(graph, tenantOf(1));
    const [read] = await repository.listGrantsOfMany([regId(1)]);
    expect(graph.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${ROOT}/v1.0${grantsUrlOf(regId(1))}`,
    ]);
    expect(read?.type === 'read' && read.result.value).toEqual([owner, backup]);
  });

  it('a registration whose read fails fails alone; the others are read', async () => {
    const { graph, repository } = setup();
    serveTenant(graph, tenantOf(3), (sub) =>
      sub.url.includes(regId(2)) ? { status: 403, body: graphErrorBody('accessDenied', 'no') } : undefined,
    );
    const reads = await repository.listGrantsOfMany([regId(1), regId(2), regId(3)]);
    expect(reads.map((read) => read.type)).toEqual(['read', 'failed', 'read']);
    // As a single read would say it: with .Selected, a 403 means this registration is not visible.
    expect(reads[1]?.type === 'failed' && reads[1].error.code).toBe('not_visible_with_selected_scope');
    expect(graph.requests).toHaveLength(1);
  });

  it('waits the Retry-After of a throttled read and asks again for that registration only', async () => {
    const { graph, repository, waits } = setup();
    let throttled = false;
    serveTenant(graph, tenantOf(3), (sub) => {
      if (throttled || !sub.url.includes(regId(3))) return undefined;
      throttled = true;
      return { status: 429, headers: { 'Retry-After': '9' } };
    });
    const reads = await repository.listGrantsOfMany([regId(1), regId(2), regId(3)]);
    expect(waits).toEqual([9]);
    expect(graph.requests.map((request) => subRequestsOf(request).map((sub) => sub.url))).toEqual([
      [grantsUrlOf(regId(1)), grantsUrlOf(regId(2)), grantsUrlOf(regId(3))],
      [grantsUrlOf(regId(3))],
    ]);
    expect(reads.map((read) => read.type)).toEqual(['read', 'read', 'read']);
  });

  it('follows a sub-response’s @odata.nextLink in a batch of next pages, and never to another host', async () => {
    const { graph, repository } = setup();
    const nextPage = `${grantsUrlOf(regId(1))}?$skiptoken=2`;
    serveTenant(graph, tenantOf(3), (sub) => {
      if (sub.url === grantsUrlOf(regId(1))) {
        return { status: 200, body: { value: [owner], '@odata.nextLink': `${ROOT}/v1.0${nextPage}` } };
      }
      if (sub.url === nextPage) return { status: 200, body: { value: [guestRead] } };
      if (sub.url === grantsUrlOf(regId(2))) {
        return { status: 200, body: { value: [owner], '@odata.nextLink': 'https://evil.example/steal' } };
      }
      return undefined;
    });
    const reads = await repository.listGrantsOfMany([regId(1), regId(2), regId(3)]);
    expect(graph.requests.map((request) => subRequestsOf(request).map((sub) => sub.url))).toEqual([
      [grantsUrlOf(regId(1)), grantsUrlOf(regId(2)), grantsUrlOf(regId(3))],
      [nextPage],
    ]);
    expect(reads.map((read) => read.type)).toEqual(['read', 'failed', 'read']);
    expect(reads[0]?.type === 'read' && reads[0].result.value).toEqual([owner, guestRead]);
  });

  it('fails a registration whose pages never end at the page cap, and reads the others', async () => {
    const { graph, repository } = setup({ maxPages: 3 });
    let page = 0;
    serveTenant(graph, tenantOf(2), (sub) => {
      if (!sub.url.startsWith(grantsUrlOf(regId(1)))) return undefined;
      page += 1;
      const next = `${grantsUrlOf(regId(1))}?$skiptoken=${page}`;
      return { status: 200, body: { value: [owner], '@odata.nextLink': `${ROOT}/v1.0${next}` } };
    });
    const reads = await repository.listGrantsOfMany([regId(1), regId(2)]);
    expect(graph.requests).toHaveLength(3);
    expect(reads.map((read) => read.type)).toEqual(['failed', 'read']);
    expect(reads[0]?.type === 'failed' && reads[0].error.code).toBe('too_many_pages');
  });
});

describe('saving across registrations', () => {
  /** `count` registrations owned by OWNER, holding the owner and a guest; the backup app is new. */
  const tenantOf = (count: number): Map<string, Grant[]> =>
    new Map(Array.from({ length: count }, (_, index) => [regId(index + 1), [owner, guestNone]]));

  /** The save requests of giving the backup app the backup-and-restore preset everywhere. */
  const applyBackupPreset = (tenant: Map<string, Grant[]>): SaveRequest[] =>
    planTenantOperation(
      [...tenant].map(([id, grants]) => ({
        registration: { id, name: id, owningAppId: OWNER },
        grants: [...grants],
      })),
      {
        type: 'apply',
        appId: BACKUP,
        permissions: findPreset('backupRestore'),
        registrationIds: [...tenant.keys()],
      },
    ).registrations.map((plan) => ({
      registrationId: plan.registration.id,
      baseline: plan.baseline,
      edited: plan.edited,
    }));

  const statuses = (results: readonly RegistrationSaveResult[]): [string, string[]][] =>
    results.map((result) =>
      result.type === 'saved'
        ? [result.report.registrationId, result.report.outcomes.map((outcome) => outcome.status)]
        : [result.registrationId, [result.error.code]],
    );

  const methodsOf = (request: RecordedRequest): string[] => subRequestsOf(request).map((sub) => sub.method);

  it('applies a preset on 10 registrations in 3 requests: freshness reads, writes, confirm reads', async () => {
    const { graph, repository } = setup();
    const tenant = tenantOf(10);
    serveTenant(graph, tenant);
    const progress: ProgressEvent[] = [];
    const results = await repository.saveGrantsOfMany(applyBackupPreset(tenant), {
      onProgress: (event) => progress.push(event),
    });
    expect(graph.requests).toHaveLength(3);
    expect(graph.requests.map(methodsOf)).toEqual([
      Array<string>(10).fill('GET'),
      Array<string>(10).fill('PUT'),
      Array<string>(10).fill('GET'),
    ]);
    expect(
      new Set(subRequestsOf(graph.requests[1] as RecordedRequest).map((sub) => sub.url.split('/')[4])).size,
    ).toBe(10);
    expect(statuses(results)).toEqual([...tenant.keys()].map((id) => [id, ['applied']]));
    const preset = findPreset('backupRestore');
    for (const [id, grants] of tenant) {
      expect(grants.find((grant) => grant.appId === BACKUP)).toEqual(
        normaliseGrant({
          appId: BACKUP,
          delegatedPermissions: [...preset.delegatedPermissions],
          applicationPermissions: [...preset.applicationPermissions],
        }),
      );
      const result = results.find((each) => each.type === 'saved' && each.report.registrationId === id);
      expect(result?.type === 'saved' && result.report.after).toEqual(grants);
      expect(result?.type === 'saved' && result.report.unconfirmed).toEqual([]);
    }
    expect(progress).toEqual([
      { type: 'reading', what: 'baseline-check' },
      { type: 'writing', done: 10, total: 10 },
      { type: 'reading', what: 'confirm' },
    ]);
  });

  it('packs 25 registrations into batches of at most 20 for each step', async () => {
    const { graph, repository } = setup();
    const tenant = tenantOf(25);
    serveTenant(graph, tenant);
    const results = await repository.saveGrantsOfMany(applyBackupPreset(tenant));
    expect(graph.requests.map((request) => subRequestsOf(request).length)).toEqual([20, 5, 20, 5, 20, 5]);
    expect(results.every((result) => result.type === 'saved')).toBe(true);
  });

  it('writes nothing to a registration whose freshness read fails, and saves the others', async () => {
    const { graph, repository } = setup();
    const tenant = tenantOf(3);
    serveTenant(graph, tenant, (sub) =>
      sub.method === 'GET' && sub.url.includes(regId(2))
        ? { status: 500, body: graphErrorBody('generalException', 'boom') }
        : undefined,
    );
    const results = await repository.saveGrantsOfMany(applyBackupPreset(tenant));
    expect(statuses(results)).toEqual([
      [regId(1), ['applied']],
      [regId(2), ['unknown']],
      [regId(3), ['applied']],
    ]);
    expect(
      subRequestsOf(graph.requests[1] as RecordedRequest).some((sub) => sub.url.includes(regId(2))),
    ).toBe(false);
    expect(tenant.get(regId(2))).toEqual([owner, guestNone]);
  });

  it('shows a conflict on its own registration, writes the others, and after resolving sends only that one', async () => {
    const { graph, repository } = setup();
    const tenant = tenantOf(3);
    serveTenant(graph, tenant);
    const requests = applyBackupPreset(tenant);
    // Someone else gave the backup app read access on the second registration meanwhile.
    const theirs: Grant = { appId: BACKUP, delegatedPermissions: ['none'], applicationPermissions: ['read'] };
    tenant.set(regId(2), [owner, guestNone, theirs]);
    const results = await repository.saveGrantsOfMany(requests);
    expect(statuses(results)).toEqual([
      [regId(1), ['applied']],
      [regId(2), ['conflict']],
      [regId(3), ['applied']],
    ]);
    const second = results[1];
    const outcome = second?.type === 'saved' ? second.report.outcomes[0] : undefined;
    expect(outcome?.status === 'conflict' && outcome.conflict.theirs).toEqual(theirs);
    expect(tenant.get(regId(2))).toEqual([owner, guestNone, theirs]);

    // The admin keeps their own value; each registration rebases on its own report.
    const mine = requests[1]?.edited.find((grant) => grant.appId === BACKUP);
    const next = requests.flatMap((request, index) => {
      const result = results[index];
      if (result?.type !== 'saved') return [];
      const report = result.report;
      let versions = rebaseAfterSave(request, {
        applied: report.outcomes.flatMap((each) => (each.status === 'applied' ? [each.change] : [])),
        after: report.after,
        unconfirmed: report.unconfirmed,
      });
      versions = applyResolutions(
        versions.baseline,
        versions.edited,
        [{ appId: BACKUP, theirs, chosen: mine }].filter(() =>
          report.outcomes.some((each) => each.status === 'conflict'),
        ),
      );
      return [{ registrationId: request.registrationId, ...versions }];
    });
    graph.requests.length = 0;
    const retried = await repository.saveGrantsOfMany(next);
    // One registration: its reads are plain requests, its write goes through $batch.
    expect(
      graph.requests.map((request) =>
        batch(request)
          ? subRequestsOf(request).map((sub) => `${sub.method} ${sub.url.split('/')[4]}`)
          : [`${request.method} ${request.url.split('/')[7]}`],
      ),
    ).toEqual([[`GET ${regId(2)}`], [`PUT ${regId(2)}`], [`GET ${regId(2)}`]]);
    expect(statuses(retried)).toEqual([
      [regId(1), []],
      [regId(2), ['applied']],
      [regId(3), []],
    ]);
    expect(tenant.get(regId(2))?.find((grant) => grant.appId === BACKUP)).toEqual(mine);
  });

  it('reports a failed write per registration and app, and honours Retry-After per sub-request', async () => {
    const { graph, repository, waits } = setup();
    const tenant = tenantOf(3);
    let throttled = false;
    serveTenant(graph, tenant, (sub) => {
      if (sub.method === 'PUT' && sub.url.includes(regId(1))) {
        return { status: 403, body: graphErrorBody('accessDenied', 'no') };
      }
      if (sub.method === 'PUT' && sub.url.includes(regId(3)) && !throttled) {
        throttled = true;
        return { status: 429, headers: { 'Retry-After': '6' } };
      }
      return undefined;
    });
    const results = await repository.saveGrantsOfMany(applyBackupPreset(tenant));
    expect(waits).toEqual([6]);
    expect(graph.requests.map(methodsOf)).toEqual([
      ['GET', 'GET', 'GET'],
      ['PUT', 'PUT', 'PUT'],
      ['PUT'],
      ['GET', 'GET', 'GET'],
    ]);
    expect(statuses(results)).toEqual([
      [regId(1), ['failed']],
      [regId(2), ['applied']],
      [regId(3), ['applied']],
    ]);
    expect(tenant.get(regId(1))).toEqual([owner, guestNone]);
  });

  it('settles writes of unknown outcome with the confirm read, per registration', async () => {
    const { graph, repository } = setup();
    const tenant = tenantOf(2);
    serveTenant(graph, tenant);
    const requests = applyBackupPreset(tenant);
    graph.once((request) => {
      if (!batch(request) || !methodsOf(request).includes('PUT')) return undefined;
      // The first registration's write landed, then the connection dropped.
      tenant.set(regId(1), [owner, guestNone, requests[0]?.edited[2] as Grant]);
      return 'network-error';
    });
    const results = await repository.saveGrantsOfMany(requests);
    expect(statuses(results)).toEqual([
      [regId(1), ['applied']],
      [regId(2), ['failed']],
    ]);
    expect(graph.requests).toHaveLength(3);
  });

  it('refuses two requests for one registration (which one would the admin have meant?)', async () => {
    const { graph, repository } = setup();
    const request = { registrationId: REG, baseline: [owner], edited: [owner, guestRead] };
    await expect(
      repository.saveGrantsOfMany([request, { ...request, registrationId: REG.toUpperCase() }]),
    ).rejects.toThrow();
    expect(graph.requests).toEqual([]);
  });
});

describe('the ids of each write, for the save’s receipt', () => {
  /** The batch answer, the `$batch` request itself named `batch-1` by the service. */
  const namedBatch = (reply: { status: number; body: unknown }): Reply => ({
    ...reply,
    headers: { 'request-id': 'batch-1' },
  });
  const subHeaders = (request: RecordedRequest): Record<string, string>[] =>
    (request.body as { requests: { headers: Record<string, string> }[] }).requests.map((sub) => sub.headers);

  it('sends each write its own client-request-id and reports it with the write’s request-id, or else the batch’s', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone, backup]) : undefined));
    graph.on((request) =>
      batch(request)
        ? namedBatch(
            batchReply(request, (sub) =>
              // Graph's batching docs show sub-responses without a request-id: the DELETE has none.
              sub.method === 'PUT' ? { status: 201, headers: { 'Request-Id': 'put-1' } } : { status: 204 },
            ),
          )
        : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone, backup],
      edited: [owner, guestRead],
    });
    expect(
      subHeaders(graph.requests[1] as RecordedRequest).map((headers) => headers['client-request-id']),
    ).toEqual(['client-request-1', 'client-request-2']);
    expect(report.outcomes).toEqual([
      expect.objectContaining({
        appId: GUEST,
        status: 'applied',
        clientRequestId: 'client-request-1',
        requestId: 'put-1',
        requestIdFrom: 'write',
      }),
      expect.objectContaining({
        appId: BACKUP,
        status: 'applied',
        clientRequestId: 'client-request-2',
        requestId: 'batch-1',
        requestIdFrom: 'batch',
      }),
    ]);
    // Reads are not writes: they get no id of ours (the client's telemetry handler names them).
    expect(graph.requests[0]?.headers['client-request-id']).toBeUndefined();
  });

  it('sends a throttled write again under the same client-request-id, and reports the last answer’s request-id', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    // Later rules come first: the first batch is throttled, the next one answered.
    graph.on((request) =>
      batch(request)
        ? batchReply(request, () => ({ status: 201, headers: { 'request-id': 'put-2' } }))
        : undefined,
    );
    graph.once((request) =>
      batch(request)
        ? batchReply(request, () => ({
            status: 429,
            headers: { 'Retry-After': '1', 'request-id': 'throttled' },
          }))
        : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    const sent = graph.requests.filter(batch).map((request) => subHeaders(request)[0]?.['client-request-id']);
    expect(sent).toEqual(['client-request-1', 'client-request-1']);
    expect(report.outcomes[0]).toMatchObject({
      status: 'applied',
      clientRequestId: 'client-request-1',
      requestId: 'put-2',
    });
  });

  it('reports a refused write with the request-id of its error body when its headers name none', async () => {
    const { graph, repository } = setup();
    graph.on((request) => (request.url === GRANTS ? grantsPage([owner, guestNone]) : undefined));
    graph.on((request) =>
      batch(request)
        ? namedBatch(
            batchReply(request, () => ({
              status: 400,
              body: graphErrorBody('invalidRequest', 'Invalid permission', 'refused-1'),
            })),
          )
        : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [owner, guestNone],
      edited: [owner, guestRead],
    });
    expect(report.outcomes[0]).toMatchObject({
      status: 'failed',
      clientRequestId: 'client-request-1',
      requestId: 'refused-1',
      requestIdFrom: 'write',
    });
  });

  it('keeps the ids of a write whose answer never came, through the confirm read that settles it', async () => {
    for (const landed of [false, true]) {
      const { graph, repository } = setup();
      let current: Grant[] = [owner, guestNone];
      graph.on((request) => (request.url === GRANTS ? grantsPage(current) : undefined));
      graph.on((request) => {
        if (!batch(request)) return undefined;
        if (landed) current = [owner, guestRead];
        // A server error for the whole batch: its sub-requests may or may not have been applied.
        return { status: 500, body: graphErrorBody('generalException', 'boom', 'batch-500') };
      });
      const report = await repository.saveGrants({
        registrationId: REG,
        baseline: [owner, guestNone],
        edited: [owner, guestRead],
      });
      expect(report.outcomes[0]).toMatchObject({
        status: landed ? 'applied' : 'failed',
        clientRequestId: 'client-request-1',
        requestId: 'batch-500',
        requestIdFrom: 'batch',
      });
    }
  });

  it('gives no ids to an outcome that sent nothing: already applied, a conflict, or read-only', async () => {
    const { graph, repository } = setup();
    const theirs = { ...backup, delegatedPermissions: ['full'] };
    const odd: Grant = {
      appId: OWNER,
      delegatedPermissions: ['full'],
      applicationPermissions: ['unknownFutureValue'],
    };
    graph.on((request) =>
      request.url === GRANTS ? { status: 200, body: { value: [odd, guestRead, theirs] } } : undefined,
    );
    const report = await repository.saveGrants({
      registrationId: REG,
      baseline: [odd, guestNone, backup],
      edited: [
        { ...odd, delegatedPermissions: ['readContent'] },
        guestRead,
        { ...backup, applicationPermissions: ['full'] },
      ],
    });
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['blocked', 'applied', 'conflict']);
    for (const outcome of report.outcomes) {
      expect(outcome).not.toHaveProperty('clientRequestId');
      expect(outcome).not.toHaveProperty('requestId');
    }
    expect(graph.requests.filter(batch)).toHaveLength(0);
  });

  it('sends the registration PUT and the settings PATCH with a client-request-id of their own', async () => {
    const { graph, repository } = setup();
    let registered = false;
    graph.on((request) =>
      request.method === 'GET'
        ? registered
          ? request.url === GRANTS
            ? grantsPage([owner])
            : { status: 200, body: { id: REG, name: 'Test', owningAppId: OWNER } }
          : { status: 404, body: graphErrorBody('itemNotFound', 'not found') }
        : undefined,
    );
    graph.on((request) => {
      if (request.method === 'PUT') registered = true;
      return request.method === 'PUT' || request.method === 'PATCH'
        ? { status: 200, body: { id: REG, name: 'Test', owningAppId: OWNER } }
        : undefined;
    });
    await repository.registerContainerType(REG, OWNER);
    await repository.updateSettings(REG, 'RVRhZw==', { isSearchEnabled: false });
    const writes = graph.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.headers['client-request-id']])).toEqual([
      ['PUT', 'client-request-1'],
      ['PATCH', 'client-request-2'],
    ]);
  });
});
