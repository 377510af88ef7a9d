import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP_ID,
  GRAPH_EXPLORER_APP_ID,
  GUEST_APP_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { startStack } from '../../src/local/stack';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const json = { 'content-type': 'application/json' };
const grantPath = (appId: string): string =>
  `/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants/${appId}`;
const put = (appId: string, delegated: string[], application: string[]) => ({
  id: appId,
  method: 'PUT',
  url: grantPath(appId),
  headers: json,
  body: { delegatedPermissions: delegated, applicationPermissions: application },
});
const batch = (requests: unknown[]): Promise<Response> =>
  stack.graph('/v1.0/$batch', { method: 'POST', headers: json, body: JSON.stringify({ requests }) });

describe('$batch', () => {
  it('answers each request with its own status and body', async () => {
    const response = await batch([
      put(BACKUP_APP_ID, ['none'], ['read']),
      put(GUEST_APP_ID, ['writeContent'], ['none']),
      { id: 'read', method: 'GET', url: grantPath(BACKUP_APP_ID) },
    ]);
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as {
      responses: { id: string; status: number; body: { error?: { code: string } } }[];
    };
    expect(responses.map((item) => [item.id, item.status])).toEqual([
      [BACKUP_APP_ID, 201],
      [GUEST_APP_ID, 400],
      ['read', 200],
    ]);
    expect(responses[1]?.body.error?.code).toBe('invalidRequest');
  });

  it('refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: grantPath(GUEST_APP_ID),
    }));
    expect((await batch(requests)).status).toBe(400);
  });

  it('requires a Content-Type for a request with a body', async () => {
    const { responses } = (await (
      await batch([{ ...put(BACKUP_APP_ID, ['none'], ['read']), headers: {} }])
    ).json()) as { responses: { status: number }[] };
    expect(responses[0]?.status).toBe(400);
  });

  it('throttles the requests inside a batch one by one', async () => {
    await stack.control('faults', { status: 429, count: 1, retryAfter: 3 });
    const { responses } = (await (
      await batch([put(BACKUP_APP_ID, ['none'], ['read']), put(GRAPH_EXPLORER_APP_ID, ['full'], ['none'])])
    ).json()) as {
      responses: { status: number; headers: Record<string, string> }[];
    };
    expect(responses.map((item) => item.status)).toEqual([429, 201]);
    expect(responses[0]?.headers['retry-after']).toBe('3');
  });

  it('logs the batch and its requests for round-trip counting, with the ids of each', async () => {
    const response = await batch([
      { ...put(BACKUP_APP_ID, ['none'], ['read']), headers: { ...json, 'client-request-id': 'write-1' } },
    ]);
    const { responses } = (await response.json()) as { responses: { headers: Record<string, string> }[] };
    const { requests } = (await stack.control('requests')) as {
      requests: { path: string; batch?: unknown[] }[];
    };
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/$batch',
        requestId: response.headers.get('request-id'),
        batch: [
          {
            method: 'PUT',
            url: grantPath(BACKUP_APP_ID),
            requestId: responses[0]?.headers['request-id'],
            clientRequestId: 'write-1',
          },
        ],
      },
    ]);
  });

  it('gives each answer a request-id of its own and echoes each request’s client-request-id', async () => {
    const response = await stack.graph('/v1.0/$batch', {
      method: 'POST',
      headers: { ...json, 'client-request-id': 'the-batch' },
      body: JSON.stringify({
        requests: [
          { ...put(BACKUP_APP_ID, ['none'], ['read']), headers: { ...json, 'client-request-id': 'write-1' } },
          // A refused write: its error body names the same ids as its headers.
          {
            ...put(GUEST_APP_ID, ['writeContent'], ['none']),
            headers: { ...json, 'client-request-id': 'write-2' },
          },
          { id: 'read', method: 'GET', url: grantPath(BACKUP_APP_ID) },
        ],
      }),
    });
    expect(response.headers.get('client-request-id')).toBe('the-batch');
    const { responses } = (await response.json()) as {
      responses: {
        headers: Record<string, string>;
        body?: { error?: { innerError: Record<string, string> } };
      }[];
    };
    expect(responses.map((item) => item.headers['client-request-id'])).toEqual([
      'write-1',
      'write-2',
      // A request that names none is known by its batch's.
      'the-batch',
    ]);
    const requestIds = responses.map((item) => item.headers['request-id']);
    expect(new Set([...requestIds, response.headers.get('request-id')]).size).toBe(4);
    expect(responses[1]?.body?.error?.innerError).toMatchObject({
      'request-id': requestIds[1],
      'client-request-id': 'write-2',
    });
  });
});

describe('faults', () => {
  it('answers the next N requests with 429 and Retry-After, then recovers', async () => {
    await stack.control('faults', { status: 429, count: 2, retryAfter: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await stack.graph(REGISTRATIONS);
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('2');
    }
    expect(statuses).toEqual([429, 429, 200]);
  });

  it('answers a share of requests with 503 until cleared', async () => {
    await stack.control('faults', { status: 503, ratio: 1, retryAfter: 1 });
    expect((await stack.graph(REGISTRATIONS)).status).toBe(503);
    await stack.control('faults', { status: null });
    expect((await stack.graph(REGISTRATIONS)).status).toBe(200);
  });

  it('drops the connection of the next write before applying it', async () => {
    await stack.control('faults', { drop: 'next-write' });
    // The answer starts, then the connection is cut: reading the body fails.
    await expect(
      stack
        .graph(`/v1.0${grantPath(BACKUP_APP_ID)}`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ delegatedPermissions: ['none'], applicationPermissions: ['read'] }),
        })
        .then((response) => response.text()),
    ).rejects.toThrow();
    expect((await stack.graph(`/v1.0${grantPath(BACKUP_APP_ID)}`)).status).toBe(404);
  });

  it('can drop the connection after applying the write', async () => {
    await stack.control('faults', { drop: 'next-write', when: 'after-apply' });
    // The answer starts, then the connection is cut: reading the body fails.
    await expect(
      stack
        .graph(`/v1.0${grantPath(BACKUP_APP_ID)}`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ delegatedPermissions: ['none'], applicationPermissions: ['read'] }),
        })
        .then((response) => response.text()),
    ).rejects.toThrow();
    expect((await stack.graph(`/v1.0${grantPath(BACKUP_APP_ID)}`)).status).toBe(200);
  });

  it('keeps reads on the old grant while a change propagates', async () => {
    await stack.control('faults', { propagationDelayMs: 60_000 });
    const write = await stack.graph(`/v1.0${grantPath(GUEST_APP_ID)}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ delegatedPermissions: ['full'], applicationPermissions: ['none'] }),
    });
    expect(write.status).toBe(201);
    const read = (await (await stack.graph(`/v1.0${grantPath(GUEST_APP_ID)}`)).json()) as {
      delegatedPermissions: string[];
    };
    expect(read.delegatedPermissions).toEqual(['read', 'write']);
    const state = (await stack.control('state')) as {
      registrations: { id: string; grants: { appId: string; delegatedPermissions: string[] }[] }[];
    };
    expect(
      state.registrations
        .find((registration) => registration.id === TEST_CONTAINER_TYPE_ID)
        ?.grants.find((grant) => grant.appId === GUEST_APP_ID)?.delegatedPermissions,
    ).toEqual(['full']);
  });

  it('rejects a fault it does not understand', async () => {
    const response = await fetch(`${stack.origin}/__local/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ status: 429 }),
    });
    expect(response.status).toBe(400);
  });

  it('reset restores the seeded state and clears faults', async () => {
    await stack.graph(`/v1.0${grantPath(GUEST_APP_ID)}`, { method: 'DELETE' });
    await stack.control('faults', { status: 503, ratio: 1 });
    await stack.control('reset', {});
    expect((await stack.graph(`/v1.0${grantPath(GUEST_APP_ID)}`)).status).toBe(200);
  });
});

describe('persistence', () => {
  it('keeps state in a JSON file across restarts', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'spe-stack-')), 'state.json');
    const first = await startStack({ port: 0, dataFile });
    const token = (
      (await (
        await fetch(`${first.origin}/__local/token`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ profile: 'spe-admin' }),
        })
      ).json()) as { access_token: string }
    ).access_token;
    await fetch(`${first.origin}/graph/v1.0${grantPath(GUEST_APP_ID)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    await first.close();
    const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as {
      registrations: { id: string; grants: { appId: string }[] }[];
    };
    expect(
      saved.registrations
        .find((registration) => registration.id === TEST_CONTAINER_TYPE_ID)
        ?.grants.map((grant) => grant.appId),
    ).not.toContain(GUEST_APP_ID);
    const second = await startStack({ port: 0, dataFile });
    const state = (await (await fetch(`${second.origin}/__local/state`)).json()) as {
      registrations: { id: string; grants: unknown[] }[];
    };
    await second.close();
    expect(
      state.registrations.find((registration) => registration.id === TEST_CONTAINER_TYPE_ID)?.grants,
    ).toHaveLength(1);
  });
});
