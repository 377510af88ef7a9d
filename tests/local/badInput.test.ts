/**
 * The emulator answers a client's mistakes as Graph does: a Graph-shaped 4xx with the request ids,
 * never a 500, never another resource, never a crashed stack.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP_ID,
  DEMO_OWNING_APP_ID,
  GRAPH_EXPLORER_APP_ID,
  GUEST_APP_ID,
  LEGAL_CONTAINER_TYPE_ID,
  PROJECTS_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
  type WireGrant,
} from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { rawRequest } from '../support/rawRequest';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const CLIENT_REQUEST_ID = '5f0c2a8e-1b3d-4c5e-9f70-a1b2c3d4e5f6';
const json = { 'content-type': 'application/json', 'client-request-id': CLIENT_REQUEST_ID };
const REGISTRATIONS_PATH = '/storage/fileStorage/containerTypeRegistrations';
const grantsPath = `${REGISTRATIONS_PATH}/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants`;
const FOUR_MB = 4 * 1024 * 1024;

interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { 'request-id': string; 'client-request-id': string; date: string };
  };
}

/** Graph's error shape: a code, a message, and the answer's request id, the client's id and a date. */
function expectGraphError(
  body: unknown,
  requestIdHeader?: string | null,
  clientRequestId: string = CLIENT_REQUEST_ID,
): GraphErrorBody['error'] {
  const { error } = body as GraphErrorBody;
  expect(error.code).toEqual(expect.any(String));
  expect(error.message).toEqual(expect.any(String));
  expect(error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(error.innerError['client-request-id']).toBe(clientRequestId);
  expect(error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  if (requestIdHeader !== undefined) expect(requestIdHeader).toBe(error.innerError['request-id']);
  return error;
}

async function graphErrorOf(response: Response, status: number): Promise<GraphErrorBody['error']> {
  expect(response.status).toBe(status);
  return expectGraphError(await response.json(), response.headers.get('request-id'));
}

async function storedGrants(registrationId: string = TEST_CONTAINER_TYPE_ID): Promise<WireGrant[]> {
  const state = (await stack.control('state')) as { registrations: { id: string; grants: WireGrant[] }[] };
  return state.registrations.find((registration) => registration.id === registrationId)?.grants ?? [];
}

async function stillAnswers(): Promise<void> {
  expect((await stack.graph(REGISTRATIONS)).status).toBe(200);
}

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

async function batch(
  requests: unknown,
): Promise<{ status: number; body: unknown; byId: Map<string, SubResponse> }> {
  const response = await stack.graph('/v1.0/$batch', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ requests }),
  });
  const body = (await response.json()) as { responses?: SubResponse[] };
  return {
    status: response.status,
    body,
    byId: new Map((body.responses ?? []).map((item) => [item.id, item])),
  };
}

const putGrant = (id: string, appId: string, delegated: string[], application: string[]) => ({
  id,
  method: 'PUT',
  url: `${grantsPath}/${appId}`,
  headers: { 'content-type': 'application/json' },
  body: { delegatedPermissions: delegated, applicationPermissions: application },
});

describe('malformed percent-encoding in a path', () => {
  it.each([
    ['an incomplete escape in the registration id', `${REGISTRATIONS}/%E0%A4%A`],
    ['an app id of %', `${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants/%`],
    [
      'an escape that is not UTF-8',
      `${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants/%C0%AF`,
    ],
  ])('answers %s with a Graph-shaped 400, and the stack keeps answering', async (_what, path) => {
    const response = await stack.graph(path, { headers: { 'client-request-id': CLIENT_REQUEST_ID } });
    await graphErrorOf(response, 400);
    await stillAnswers();
  });
});

describe('dot segments', () => {
  it.each([
    ['encoded ..', `${grantsPath}/%2e%2e/%2e%2e`],
    ['plain ..', `${grantsPath}/../..`],
    ['encoded .', '/storage/%2E/fileStorage/containerTypeRegistrations'],
    ['plain .', '/storage/./fileStorage/containerTypeRegistrations'],
  ])('never resolve (%s) to another resource', async (_what, path) => {
    const token = await stack.token('spe-admin');
    const response = await rawRequest(stack.origin, `/graph/v1.0${path}`, {
      headers: { authorization: `Bearer ${token}`, 'client-request-id': CLIENT_REQUEST_ID },
    });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as Record<string, unknown>;
    expect(body.value).toBeUndefined();
    expectGraphError(body, response.headers['request-id'] as string);
  });
});

describe('request bodies', () => {
  it("answers a body over Graph's request size limit with 413, without resetting the connection", async () => {
    const body = JSON.stringify({
      delegatedPermissions: ['read'],
      applicationPermissions: ['none'],
      padding: 'x'.repeat(FOUR_MB + 1),
    });
    const response = await stack.graph(`/v1.0${grantsPath}/${BACKUP_APP_ID}`, {
      method: 'PUT',
      headers: json,
      body,
    });
    await graphErrorOf(response, 413);
    expect((await storedGrants()).map((grant) => grant.appId)).not.toContain(BACKUP_APP_ID);
    await stillAnswers();
  });

  it.each(['faults', 'settings', 'token', 'profile'])(
    'answers malformed JSON sent to the control API (%s) with a Graph-shaped 400',
    async (endpoint) => {
      const response = await fetch(`${stack.origin}/__local/${endpoint}`, {
        method: 'POST',
        headers: json,
        body: '{"status": 429,',
      });
      await graphErrorOf(response, 400);
      await stillAnswers();
    },
  );

  it.each([
    ['a page size of 0', { pageSize: 0 }],
    ['a Boolean written as a string', { normalise: 'yes' }],
    ['a setting that does not exist', { pagesize: 10 }],
  ])('refuses %s in the control API settings with 400, changing nothing', async (_what, input) => {
    const response = await fetch(`${stack.origin}/__local/settings`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ resetOmittedPlane: false, ...input }),
    });
    await graphErrorOf(response, 400);
    expect(await stack.control('settings')).toMatchObject({
      normalise: true,
      resetOmittedPlane: true,
      pageSize: 100,
    });
  });

  it('answers a control API body over the size limit with 413', async () => {
    const response = await fetch(`${stack.origin}/__local/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ latencyMs: 1, padding: 'x'.repeat(FOUR_MB + 1) }),
    });
    await graphErrorOf(response, 413);
    await stillAnswers();
  });
});

describe('$batch', () => {
  it('answers a malformed sub-request with 400 for it alone; the writes before and after it are applied and reported', async () => {
    const { status, byId } = await batch([
      putGrant('1', BACKUP_APP_ID, ['none'], ['read']),
      { id: '2', method: 'GET', url: `${grantsPath}/%E0%A4%A` },
      putGrant('3', GRAPH_EXPLORER_APP_ID, ['readContent'], ['none']),
    ]);
    expect(status).toBe(200);
    expect([byId.get('1')?.status, byId.get('2')?.status, byId.get('3')?.status]).toEqual([201, 400, 201]);
    expectGraphError(byId.get('2')?.body, undefined);
    const grants = await storedGrants();
    expect(grants.find((grant) => grant.appId === BACKUP_APP_ID)?.applicationPermissions).toEqual(['read']);
    expect(grants.find((grant) => grant.appId === GRAPH_EXPLORER_APP_ID)?.delegatedPermissions).toEqual([
      'readContent',
    ]);
  });

  it.each([
    ['an absolute', `https://evil.example.com/v1.0${REGISTRATIONS_PATH}`, /relative/],
    ['a protocol-relative', `//evil.example.com${REGISTRATIONS_PATH}`, /relative/],
    ['a dot-segment', `${grantsPath}/%2e%2e/%2e%2e`, /'\.\.'/],
  ])('refuses %s sub-URL with 400 for that request only', async (_what, url, message) => {
    const { status, byId } = await batch([
      { id: 'bad', method: 'GET', url },
      { id: 'good', method: 'GET', url: `${grantsPath}/${GUEST_APP_ID}` },
    ]);
    expect(status).toBe(200);
    expect(byId.get('good')?.status).toBe(200);
    const bad = byId.get('bad');
    expect(bad?.status).toBe(400);
    expect((bad?.body as Record<string, unknown>).value).toBeUndefined();
    expect(expectGraphError(bad?.body, undefined).message).toMatch(message);
  });

  it('runs a request after the one it dependsOn, whatever their order in the batch', async () => {
    const { byId } = await batch([
      { id: 'read', method: 'GET', url: `${grantsPath}/${BACKUP_APP_ID}`, dependsOn: ['write'] },
      putGrant('write', BACKUP_APP_ID, ['none'], ['readContent']),
    ]);
    expect(byId.get('write')?.status).toBe(201);
    expect(byId.get('read')).toMatchObject({
      status: 200,
      body: { applicationPermissions: ['readContent'] },
    });
  });

  it('answers 424 to every request whose dependency failed, and applies none of them', async () => {
    const { status, byId } = await batch([
      putGrant('bad', GUEST_APP_ID, ['writeContent'], ['none']),
      { ...putGrant('then', BACKUP_APP_ID, ['none'], ['read']), dependsOn: ['bad'] },
      { ...putGrant('after', GRAPH_EXPLORER_APP_ID, ['read'], ['none']), dependsOn: ['then'] },
      putGrant('free', DEMO_OWNING_APP_ID, ['full'], ['full']),
    ]);
    expect(status).toBe(200);
    expect(['bad', 'then', 'after', 'free'].map((id) => byId.get(id)?.status)).toEqual([400, 424, 424, 201]);
    expectGraphError(byId.get('then')?.body, undefined);
    const appIds = (await storedGrants()).map((grant) => grant.appId);
    expect(appIds).not.toContain(BACKUP_APP_ID);
    expect(appIds).not.toContain(GRAPH_EXPLORER_APP_ID);
  });

  it.each([
    [
      'duplicate ids (in any letter case)',
      [putGrant('a', BACKUP_APP_ID, ['none'], ['read']), { id: 'A', method: 'GET', url: grantsPath }],
    ],
    ['an empty requests list', []],
    [
      'a dependsOn that names no request',
      [{ ...putGrant('1', BACKUP_APP_ID, ['none'], ['read']), dependsOn: ['9'] }],
    ],
    [
      'a dependency cycle',
      [
        { ...putGrant('1', BACKUP_APP_ID, ['none'], ['read']), dependsOn: ['2'] },
        { id: '2', method: 'GET', url: grantsPath, dependsOn: ['1'] },
      ],
    ],
    ['a request without an id', [{ ...putGrant('x', BACKUP_APP_ID, ['none'], ['read']), id: undefined }]],
  ])('refuses %s with 400 for the whole batch, applying nothing', async (_what, requests) => {
    const response = await stack.graph('/v1.0/$batch', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ requests }),
    });
    await graphErrorOf(response, 400);
    expect((await storedGrants()).map((grant) => grant.appId)).not.toContain(BACKUP_APP_ID);
  });
});

describe('paging options', () => {
  it.each(['$top=-1', '$top=0', '$top=abc', '$top=1.5', '$skip=abc', '$skip=-1', '$skiptoken=x'])(
    'refuses %s with 400',
    async (query) => {
      const response = await stack.graph(`${REGISTRATIONS}?${query}`, {
        headers: { 'client-request-id': CLIENT_REQUEST_ID },
      });
      await graphErrorOf(response, 400);
    },
  );

  it('pages with $top and $skip to the end, each item once', async () => {
    const seen: string[] = [];
    let next: string | undefined = `${REGISTRATIONS}?$top=1&$skip=1`;
    for (let page = 0; page < 10 && next !== undefined; page += 1) {
      const body = (await (await stack.graph(next)).json()) as {
        value: { id: string }[];
        '@odata.nextLink'?: string;
      };
      seen.push(...body.value.map((registration) => registration.id));
      next = body['@odata.nextLink']?.slice(`${stack.origin}/graph`.length);
    }
    expect(next).toBeUndefined();
    expect(seen).toEqual([LEGAL_CONTAINER_TYPE_ID, PROJECTS_CONTAINER_TYPE_ID]);
  });
});

describe('registration settings', () => {
  const patch = (settings: unknown): Promise<Response> =>
    stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ etag: 'RVRhZw==', settings }),
    });

  it.each([
    ['a string for a Boolean', { isSearchEnabled: 'false' }],
    ['an object for a Boolean', { isDiscoverabilityEnabled: {} }],
    ['null for a Boolean', { isItemVersioningEnabled: null }],
    ['a negative size', { maxStoragePerContainerInBytes: -1 }],
    ['a fraction for an Int64', { itemMajorVersionLimit: 2.5 }],
    ['a number written as a string', { itemMajorVersionLimit: '50' }],
    ['an unknown sharingCapability', { sharingCapability: 'everyone' }],
    ['the unknownFutureValue sentinel', { sharingCapability: 'unknownFutureValue' }],
    ['a javascript: URL template', { urlTemplate: 'javascript:alert(document.domain)' }],
    ['an http URL template', { urlTemplate: 'http://app.contoso.com/open?item={item-id}' }],
    ['a URL template that is no URL', { urlTemplate: 'open the item' }],
  ])('refuses %s with 400 and stores nothing', async (_what, settings) => {
    const before = await (await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`)).json();
    await graphErrorOf(await patch(settings), 400);
    expect(await (await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`)).json()).toEqual(before);
  });

  it('stores every documented type', async () => {
    const settings = {
      isSearchEnabled: false,
      itemMajorVersionLimit: 0,
      maxStoragePerContainerInBytes: 5_000_000_000,
      sharingCapability: 'externalUserSharingOnly',
      urlTemplate: 'https://app.contoso.com/open?drive={drive-id}&item={item-id}',
    };
    const response = await patch(settings);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ settings });
  });
});

describe('the same app twice in one registration write', () => {
  const twice = [
    { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    { appId: GUEST_APP_ID, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
    { appId: GUEST_APP_ID.toUpperCase(), delegatedPermissions: ['none'], applicationPermissions: ['none'] },
  ];

  it.each([
    ['PUT', { applicationPermissionGrants: twice }],
    ['PATCH', { etag: 'RVRhZw==', applicationPermissionGrants: twice }],
  ])(
    'a registration %s naming one app twice (in any letter case) is 400 and keeps every grant',
    async (method, body) => {
      const before = await storedGrants();
      const response = await stack.graph(`${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}`, {
        method,
        headers: json,
        body: JSON.stringify(body),
      });
      await graphErrorOf(response, 400);
      expect(await storedGrants()).toEqual(before);
    },
  );
});
