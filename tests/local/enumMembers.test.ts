/**
 * Evolvable enums (graph-api.md §10): a permission value added after `unknownFutureValue` reads as
 * `unknownFutureValue` and is refused on writes, unless the request says
 * `Prefer: include-unknown-enum-members`. Inside `$batch` only a sub-request's own headers count.
 */
import { describe, expect, it } from 'vitest';
import {
  FUTURE_PERMISSION,
  GUEST_APP_ID,
  PROJECTS_CONTAINER_TYPE_ID,
  type WireGrant,
} from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const PREFER = { prefer: 'include-unknown-enum-members' };
const json = { 'content-type': 'application/json' };
const REGISTRATION_PATH = `/storage/fileStorage/containerTypeRegistrations/${PROJECTS_CONTAINER_TYPE_ID}`;
const GRANT_PATH = `${REGISTRATION_PATH}/applicationPermissionGrants/${GUEST_APP_ID}`;
/** The demo tenant's guest app on Contoso Project Files holds a value newer than this client. */
const STORED = ['readContent', FUTURE_PERMISSION];
const MASKED = ['readContent', 'unknownFutureValue'];
const WRITE = { delegatedPermissions: ['readContent'], applicationPermissions: ['read', FUTURE_PERMISSION] };

async function storedGrant(): Promise<WireGrant | undefined> {
  const state = (await stack.control('state')) as { registrations: { id: string; grants: WireGrant[] }[] };
  return state.registrations
    .find((registration) => registration.id === PROJECTS_CONTAINER_TYPE_ID)
    ?.grants.find((grant) => grant.appId === GUEST_APP_ID);
}

async function applicationPermissions(path: string, headers: Record<string, string> = {}): Promise<string[]> {
  const response = await stack.graph(path, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { applicationPermissions: string[] }).applicationPermissions;
}

describe('direct requests', () => {
  it('answer a newer value as unknownFutureValue without the header, to the real Graph client too', async () => {
    expect(await applicationPermissions(`/v1.0${GRANT_PATH}`)).toEqual(MASKED);
    const grant = (await stack.client('spe-admin').api(GRANT_PATH).get()) as {
      applicationPermissions: string[];
    };
    expect(grant.applicationPermissions).toEqual(MASKED);
  });

  it('answer it verbatim with the header, also among other preferences', async () => {
    expect(await applicationPermissions(`/v1.0${GRANT_PATH}`, PREFER)).toEqual(STORED);
    expect(
      await applicationPermissions(`/v1.0${GRANT_PATH}`, {
        prefer: 'odata.maxpagesize=5, Include-Unknown-Enum-Members',
      }),
    ).toEqual(STORED);
    const grant = (await stack.client('spe-admin').api(GRANT_PATH).header('Prefer', PREFER.prefer).get()) as {
      applicationPermissions: string[];
    };
    expect(grant.applicationPermissions).toEqual(STORED);
  });

  it('mask it in grant lists and expanded registrations alike', async () => {
    const list = (await (
      await stack.graph(`/v1.0${REGISTRATION_PATH}/applicationPermissionGrants`)
    ).json()) as {
      value: WireGrant[];
    };
    expect(list.value.find((grant) => grant.appId === GUEST_APP_ID)?.applicationPermissions).toEqual(MASKED);
    const expanded = (await (
      await stack.graph(`${REGISTRATIONS}/${PROJECTS_CONTAINER_TYPE_ID}?$expand=applicationPermissionGrants`)
    ).json()) as { applicationPermissionGrants: WireGrant[] };
    expect(
      expanded.applicationPermissionGrants.find((grant) => grant.appId === GUEST_APP_ID)
        ?.applicationPermissions,
    ).toEqual(MASKED);
  });

  it('refuse it on a write without the header, as an unknown enum member, and keep what is stored', async () => {
    const response = await stack.graph(`/v1.0${GRANT_PATH}`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify(WRITE),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'invalidRequest',
      message: expect.stringContaining(FUTURE_PERMISSION),
    });
    expect((await storedGrant())?.applicationPermissions).toEqual(STORED);
  });

  it('accept it on a write with the header, and answer with it', async () => {
    const response = await stack.graph(`/v1.0${GRANT_PATH}`, {
      method: 'PUT',
      headers: { ...json, ...PREFER },
      body: JSON.stringify(WRITE),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as WireGrant).applicationPermissions).toEqual([
      'read',
      FUTURE_PERMISSION,
    ]);
    expect((await storedGrant())?.applicationPermissions).toEqual(['read', FUTURE_PERMISSION]);
  });

  it('in beta, whose permission lists are String collections, answer verbatim', async () => {
    expect(await applicationPermissions(`/beta${GRANT_PATH}`)).toEqual(STORED);
  });
});

describe('$batch: only a sub-request’s own headers count', () => {
  const batch = async (
    requests: unknown[],
    outer: Record<string, string> = {},
  ): Promise<Map<string, { status: number; body: WireGrant }>> => {
    const response = await stack.graph('/v1.0/$batch', {
      method: 'POST',
      headers: { ...json, ...outer },
      body: JSON.stringify({ requests }),
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as {
      responses: { id: string; status: number; body: WireGrant }[];
    };
    return new Map(responses.map((item) => [item.id, item]));
  };

  it('reads: the batch’s header does not reach a sub-request; the sub-request’s own does', async () => {
    const answers = await batch(
      [
        { id: 'plain', method: 'GET', url: GRANT_PATH },
        { id: 'prefers', method: 'GET', url: GRANT_PATH, headers: PREFER },
      ],
      PREFER,
    );
    expect(answers.get('plain')?.body.applicationPermissions).toEqual(MASKED);
    expect(answers.get('prefers')?.body.applicationPermissions).toEqual(STORED);
  });

  it('writes: refused without the sub-request’s header even when the batch has it; applied with it', async () => {
    const refused = await batch(
      [{ id: 'w', method: 'PUT', url: GRANT_PATH, headers: json, body: WRITE }],
      PREFER,
    );
    expect(refused.get('w')?.status).toBe(400);
    expect((await storedGrant())?.applicationPermissions).toEqual(STORED);
    const applied = await batch([
      { id: 'w', method: 'PUT', url: GRANT_PATH, headers: { ...json, ...PREFER }, body: WRITE },
    ]);
    expect(applied.get('w')).toMatchObject({
      status: 201,
      body: { applicationPermissions: ['read', FUTURE_PERMISSION] },
    });
    expect((await storedGrant())?.applicationPermissions).toEqual(['read', FUTURE_PERMISSION]);
  });
});
