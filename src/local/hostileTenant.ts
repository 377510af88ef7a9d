/**
 * The demo tenant plus data meant to break a client: names of 20,000 characters, names that use
 * bidirectional controls or zero-width characters to pass for another, a permission value of 20,000
 * characters, an app id that is not a GUID. The service takes names from the directory and its
 * owners, so a client must show all of it safely. `npm start -- --tenant hostile`, and the browser
 * tests through the control API (`POST /__local/settings {"tenant": "hostile"}`).
 */
import { DEMO_OWNING_APP_ID, GUEST_APP_ID, seedTenant, type TenantState } from './demoTenant';

/** A registration named with 20,000 characters and no space to wrap at. */
export const LONG_NAME_CONTAINER_TYPE_ID = 'a1b2c3d4-0006-4000-8000-000000000006';
export const LONG_REGISTRATION_NAME = 'LongName'.repeat(2_500);
/** Shows as "Test Container Type" when the right-to-left override is obeyed. */
export const SPOOFED_CONTAINER_TYPE_ID = 'a1b2c3d4-0007-4000-8000-000000000007';
export const SPOOFED_REGISTRATION_NAME = '\u202Eepyt reniatnoC tseT';
/** Holds the hostile apps. */
export const HOSTILE_APPS_CONTAINER_TYPE_ID = 'a1b2c3d4-0008-4000-8000-000000000008';
export const HOSTILE_APPS_REGISTRATION_NAME = 'Hostile Apps';

export const LONG_NAME_APP_ID = 'c1d2e3f4-0001-4000-8000-000000000001';
export const LONG_APP_NAME = 'VeryLongAppName'.repeat(1_334).slice(0, 20_000);
/** "Contoso Review Portal" (the guest app's name) with a zero-width joiner. */
export const LOOKALIKE_APP_ID = 'c1d2e3f4-0002-4000-8000-000000000002';
export const LOOKALIKE_APP_NAME = 'Contoso\u200D Review Portal';
/** Shows as "Contoso Review Portal" when the right-to-left override is obeyed. */
export const REVERSED_APP_ID = 'c1d2e3f4-0003-4000-8000-000000000003';
export const REVERSED_APP_NAME = '\u202Elatrop weiveR osotnoC';
export const LONG_VALUE_APP_ID = 'c1d2e3f4-0004-4000-8000-000000000004';
export const LONG_PERMISSION_VALUE = `futurePermission${'X'.repeat(20_000 - 16)}`;
/** Not a GUID and longer than any: the service is not this tool's to trust. */
export const LONG_APP_ID = `not-a-guid-${'0'.repeat(289)}`;

export function hostileTenant(): TenantState {
  const state = seedTenant();
  const registration = (id: string, name: string): TenantState['registrations'][number] => ({
    id,
    name,
    owningAppId: DEMO_OWNING_APP_ID,
    billingClassification: 'standard',
    billingStatus: 'valid',
    registeredDateTime: '2025-09-01T00:00:00Z',
    expirationDateTime: null,
    version: 0,
    settings: {},
    grants: [{ appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] }],
    containerCount: 0,
  });
  const hostileApps = registration(HOSTILE_APPS_CONTAINER_TYPE_ID, HOSTILE_APPS_REGISTRATION_NAME);
  hostileApps.grants.push(
    { appId: GUEST_APP_ID, delegatedPermissions: ['readContent'], applicationPermissions: ['none'] },
    { appId: LONG_NAME_APP_ID, delegatedPermissions: ['readContent'], applicationPermissions: ['none'] },
    { appId: LOOKALIKE_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    { appId: REVERSED_APP_ID, delegatedPermissions: ['none'], applicationPermissions: ['readContent'] },
    {
      appId: LONG_VALUE_APP_ID,
      delegatedPermissions: ['none'],
      applicationPermissions: ['readContent', LONG_PERMISSION_VALUE],
    },
    { appId: LONG_APP_ID, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
  );
  state.registrations.push(
    registration(LONG_NAME_CONTAINER_TYPE_ID, LONG_REGISTRATION_NAME),
    registration(SPOOFED_CONTAINER_TYPE_ID, SPOOFED_REGISTRATION_NAME),
    hostileApps,
  );
  state.servicePrincipals = {
    ...state.servicePrincipals,
    [LONG_NAME_APP_ID]: LONG_APP_NAME,
    [LOOKALIKE_APP_ID]: LOOKALIKE_APP_NAME,
    [REVERSED_APP_ID]: REVERSED_APP_NAME,
    [LONG_VALUE_APP_ID]: 'Contoso Archive Service',
  };
  return state;
}
