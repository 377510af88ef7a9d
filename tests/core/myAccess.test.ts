import { describe, expect, it } from 'vitest';
import {
  GLOBAL_ADMINISTRATOR_ROLE_ID,
  SPE_ADMINISTRATOR_ROLE_ID,
  adminRolesOf,
  checkMyAccess,
} from '../../src/core/myAccess';

const SELECTED = 'FileStorageContainerTypeReg.Selected';
const MANAGE_ALL = 'FileStorageContainerTypeReg.Manage.All';
const DIRECTORY = 'Application.Read.All';
const SHAREPOINT_ADMIN_ROLE_ID = 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c';

describe('the admin roles in the token', () => {
  it('names SharePoint Embedded Administrator and Global Administrator, whatever the case of the ids', () => {
    expect(adminRolesOf([SPE_ADMINISTRATOR_ROLE_ID.toUpperCase(), GLOBAL_ADMINISTRATOR_ROLE_ID])).toEqual([
      'speAdministrator',
      'globalAdministrator',
    ]);
  });

  it('finds none of them among other roles (SharePoint Administrator does not administer SPE)', () => {
    expect(adminRolesOf([SHAREPOINT_ADMIN_ROLE_ID])).toEqual([]);
    expect(adminRolesOf([])).toEqual([]);
  });

  it('says the token does not say when it has no wids claim', () => {
    expect(adminRolesOf(undefined)).toBeUndefined();
  });
});

describe('the scopes the tool asks for against the token', () => {
  it('with .Selected granted: required scope consented, directory scope missing, only owned registrations', () => {
    expect(checkMyAccess({ scopes: [SELECTED] }, 'selected')).toEqual({
      roles: undefined,
      scopes: [
        { scope: SELECTED, need: 'required', state: 'granted', adminConsentRequired: false },
        { scope: DIRECTORY, need: 'optional', state: 'missing', adminConsentRequired: true },
      ],
      reach: 'owned-only',
    });
  });

  it('with no scope at all: both missing, and the service shows no registration', () => {
    const access = checkMyAccess({ scopes: [], roleIds: [SPE_ADMINISTRATOR_ROLE_ID] }, 'selected');
    expect(access.scopes.map((scope) => [scope.scope, scope.state])).toEqual([
      [SELECTED, 'missing'],
      [DIRECTORY, 'missing'],
    ]);
    expect(access.roles).toEqual(['speAdministrator']);
    expect(access.reach).toBe('none');
  });

  it('configured for .Manage.All: that scope is the required one, and it needs admin consent', () => {
    const access = checkMyAccess({ scopes: [MANAGE_ALL, DIRECTORY] }, 'manageAll');
    expect(access.scopes).toEqual([
      { scope: MANAGE_ALL, need: 'required', state: 'granted', adminConsentRequired: true },
      { scope: DIRECTORY, need: 'optional', state: 'granted', adminConsentRequired: true },
    ]);
    expect(access.reach).toBe('all');
  });

  it('lists .Manage.All found in a .Selected tool’s token as not asked for; the list then shows all', () => {
    const access = checkMyAccess({ scopes: [MANAGE_ALL, DIRECTORY] }, 'selected');
    expect(access.scopes.map((scope) => [scope.scope, scope.need, scope.state])).toEqual([
      [SELECTED, 'required', 'missing'],
      [DIRECTORY, 'optional', 'granted'],
      [MANAGE_ALL, 'not-asked', 'granted'],
    ]);
    expect(access.reach).toBe('all');
  });

  it('when the token does not say: every scope unknown, the reach from the configured scope', () => {
    const selected = checkMyAccess({}, 'selected');
    expect(selected.scopes.map((scope) => scope.state)).toEqual(['unknown', 'unknown']);
    expect(selected.reach).toBe('owned-only');
    expect(checkMyAccess({}, 'manageAll').reach).toBe('all');
  });
});
