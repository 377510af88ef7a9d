/**
 * The hostile tenant: the demo tenant plus names and values meant to break a client, served verbatim
 * through the control API (`tenant: 'hostile'`) and `npm start -- --tenant hostile`.
 */
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_APPS_CONTAINER_TYPE_ID,
  LONG_PERMISSION_VALUE,
  LONG_REGISTRATION_NAME,
  LONG_VALUE_APP_ID,
  LOOKALIKE_APP_ID,
  LOOKALIKE_APP_NAME,
  SPOOFED_REGISTRATION_NAME,
} from '../../src/local/hostileTenant';
import { readStartOptions } from '../../src/local/startOptions';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

describe('the hostile tenant', () => {
  it('is served through the control API with its names and values exactly as stored', async () => {
    expect(await stack.control('settings', { tenant: 'hostile' })).toMatchObject({ tenant: 'hostile' });
    const list = (await (await stack.graph(REGISTRATIONS)).json()) as { value: { name: string }[] };
    const names = list.value.map((registration) => registration.name);
    expect(names).toContain(LONG_REGISTRATION_NAME);
    expect(names).toContain(SPOOFED_REGISTRATION_NAME);
    expect(LONG_REGISTRATION_NAME).toHaveLength(20_000);

    const grants = (await (
      await stack.graph(`${REGISTRATIONS}/${HOSTILE_APPS_CONTAINER_TYPE_ID}/applicationPermissionGrants`, {
        headers: { prefer: 'include-unknown-enum-members' },
      })
    ).json()) as { value: { appId: string; applicationPermissions: string[] }[] };
    expect(grants.value.find((grant) => grant.appId === LONG_VALUE_APP_ID)?.applicationPermissions).toEqual([
      'readContent',
      LONG_PERMISSION_VALUE,
    ]);

    const names2 = (await (
      await stack.graph(
        `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${LOOKALIKE_APP_ID}'`)}`,
        { profile: 'global-admin' },
      )
    ).json()) as { value: { displayName: string }[] };
    expect(names2.value[0]?.displayName).toBe(LOOKALIKE_APP_NAME);
  });

  it('is left by a reset, back to the demo tenant', async () => {
    await stack.control('settings', { tenant: 'hostile' });
    await stack.control('reset', {});
    const list = (await (await stack.graph(REGISTRATIONS)).json()) as { value: { name: string }[] };
    expect(list.value.map((registration) => registration.name)).not.toContain(SPOOFED_REGISTRATION_NAME);
  });

  it('is chosen with npm start -- --tenant hostile, as the demo tenant is with --tenant demo', () => {
    expect(readStartOptions(['--tenant', 'hostile'])).toEqual({
      open: false,
      tenant: 'hostile',
      dataFile: undefined,
    });
    expect(readStartOptions(['--tenant', 'demo'])).toEqual({
      open: false,
      tenant: 'demo',
      dataFile: undefined,
    });
  });
});
