import { describe, expect, it } from 'vitest';
import { createGrantsDocument, parseGrantsDocument } from '../../src/core/grantsDocument';
import type { Grant, Registration } from '../../src/core/model';
import { findPreset } from '../../src/core/presets';
import { planSave } from '../../src/core/savePlan';
import type { RegistrationGrants } from '../../src/core/tenantOverview';
import { planTenantOperation } from '../../src/core/tenantPlan';

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';

const g = (appId: string, delegated: string[], application: string[]): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const registration = (n: number, owningAppId = OWNER): Registration => ({
  id: `a1a1a1a1-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Type ${n}`,
  owningAppId,
});

const owner = g(OWNER, ['full'], ['full']);
const readOnlyGuest: Grant = {
  ...g(GUEST, ['readContent'], ['unknownFutureValue']),
  unreadablePlanes: ['application'],
};

/** Ten registrations owned by OWNER; the backup app already has read on the third. */
const tenant: RegistrationGrants[] = Array.from({ length: 10 }, (_, index) => ({
  registration: registration(index + 1),
  grants:
    index === 2 ? [owner, g(BACKUP, ['none'], ['read', 'readContent', 'enumeratePermissions'])] : [owner],
}));

describe('apply a preset to one app on chosen registrations', () => {
  const backupRestore = findPreset('backupRestore');

  it('gives each chosen registration a baseline/edited pair with one change for the app', () => {
    const plan = planTenantOperation(tenant, {
      type: 'apply',
      appId: BACKUP,
      permissions: backupRestore,
      registrationIds: tenant.map((entry) => entry.registration.id),
    });
    expect(plan.registrations).toHaveLength(10);
    expect(plan.unplanned).toEqual([]);
    for (const entry of plan.registrations) {
      expect(entry.changes.map((change) => [change.type, change.appId])).toEqual([
        [entry.registration.name === 'Type 3' ? 'changed' : 'added', BACKUP],
      ]);
      expect(entry.edited).toContainEqual(owner);
      expect(entry.lockOut).toBeUndefined();
    }
    // The same pair the registration's own save plans: with nothing changed elsewhere, one write each.
    const [first] = plan.registrations;
    if (first === undefined) throw new Error('no plan');
    const save = planSave(first.changes, { ...first, current: first.baseline });
    expect(save.writes.map((write) => write.mine)).toEqual([
      g(
        BACKUP,
        ['none'],
        [
          'readContent',
          'writeContent',
          'create',
          'read',
          'write',
          'enumeratePermissions',
          'addPermissions',
          'updatePermissions',
        ],
      ),
    ]);
  });

  it('plans only the registrations chosen, leaves those already set out, and reports unknown ids', () => {
    const already = planTenantOperation(tenant, {
      type: 'apply',
      appId: BACKUP,
      permissions: findPreset('backupReader'),
      registrationIds: [registration(2).id, registration(3).id.toUpperCase(), registration(99).id],
    });
    expect(already.registrations.map((entry) => entry.registration.name)).toEqual(['Type 2']);
    expect(already.unplanned).toEqual([{ registrationId: registration(99).id, reason: 'not_in_tenant' }]);
  });

  it('keeps values this tool does not know, and never changes a read-only app', () => {
    const withUnknown: RegistrationGrants[] = [
      {
        registration: registration(1),
        grants: [owner, g(GUEST, ['readContent', 'manageSensitivityLabels'], ['none'])],
      },
      { registration: registration(2), grants: [owner, readOnlyGuest] },
    ];
    const plan = planTenantOperation(withUnknown, {
      type: 'apply',
      appId: GUEST,
      permissions: { delegatedPermissions: ['full'], applicationPermissions: ['none'] },
      registrationIds: withUnknown.map((entry) => entry.registration.id),
    });
    expect(plan.registrations[0]?.edited[1]).toEqual(g(GUEST, ['full', 'manageSensitivityLabels'], ['none']));
    expect(plan.registrations[1]).toMatchObject({
      changes: [],
      skipped: [{ appId: GUEST, reason: 'readOnly' }],
      edited: [owner, readOnlyGuest],
    });
  });

  it('flags a lock-out when the app is the owning app and loses full', () => {
    const plan = planTenantOperation(tenant.slice(0, 1), {
      type: 'apply',
      appId: OWNER,
      permissions: findPreset('backupReader'),
      registrationIds: [registration(1).id],
    });
    expect(plan.registrations[0]?.lockOut).toEqual({
      kind: 'owning_app_below_full',
      planes: ['delegated', 'application'],
    });
  });
});

describe('apply an explicit set', () => {
  it('never applies a set with nothing chosen on either plane: that would take every permission away', () => {
    expect(() =>
      planTenantOperation(tenant, {
        type: 'apply',
        appId: GUEST,
        permissions: { delegatedPermissions: [], applicationPermissions: ['none'] },
        registrationIds: tenant.map((entry) => entry.registration.id),
      }),
    ).toThrow(/empty permission set/);
  });
});

describe('remove an app from all registrations but where it owns', () => {
  const mixed: RegistrationGrants[] = [
    { registration: registration(1), grants: [owner, g(GUEST, ['readContent'], ['none'])] },
    { registration: registration(2), grants: [owner] },
    // GUEST owns this one: its grant is never touched.
    { registration: registration(3, GUEST), grants: [g(GUEST, ['full'], ['full']), owner] },
    { registration: registration(4), grants: [owner, readOnlyGuest] },
    { registration: registration(5), grants: [owner, g(GUEST.toUpperCase(), ['none'], ['read'])] },
  ];

  it('deletes the grant everywhere else, and says where it was kept and why', () => {
    const plan = planTenantOperation(mixed, { type: 'remove', appId: GUEST });
    expect(
      plan.registrations.map((entry) => [
        entry.registration.name,
        entry.changes.map((change) => change.type),
        entry.skipped.map((skip) => skip.reason),
      ]),
    ).toEqual([
      ['Type 1', ['removed'], []],
      ['Type 3', [], ['owner']],
      ['Type 4', [], ['readOnly']],
      ['Type 5', ['removed'], []],
    ]);
    const ownerPlan = plan.registrations[1];
    expect(ownerPlan?.edited).toEqual(ownerPlan?.baseline);
    expect(ownerPlan?.lockOut).toBeUndefined();
  });

  it('removes only from the registrations chosen', () => {
    const plan = planTenantOperation(mixed, {
      type: 'remove',
      appId: GUEST,
      registrationIds: [registration(5).id],
    });
    expect(plan.registrations.map((entry) => entry.registration.name)).toEqual(['Type 5']);
  });
});

describe('import a tenant-wide file', () => {
  const first = tenant[0].registration;
  const third = tenant[2].registration;

  it('merges by default, replaces only the registrations chosen, and reports ids the tenant does not have', () => {
    const missing = 'ffffffff-0000-4000-8000-000000000999';
    const plan = planTenantOperation(tenant, {
      type: 'import',
      entries: [
        { registrationId: first.id, grants: [owner, g(GUEST, ['read'], ['none'])] },
        { registrationId: third.id, grants: [owner] },
        { registrationId: missing, grants: [owner] },
      ],
      replace: new Set([third.id]),
    });
    expect(plan.unplanned).toEqual([{ registrationId: missing, reason: 'not_in_tenant' }]);
    expect(
      plan.registrations.map((entry) => [
        entry.registration.id,
        entry.changes.map((change) => [change.type, change.appId]),
      ]),
    ).toEqual([
      [first.id, [['added', GUEST]]],
      // Replace removes the backup app the file leaves out; merge would have kept it.
      [third.id, [['removed', BACKUP]]],
    ]);
  });

  it('merge leaves apps the file does not name as they are', () => {
    const plan = planTenantOperation(tenant, {
      type: 'import',
      entries: [{ registrationId: third.id, grants: [owner] }],
      replace: new Set(),
    });
    expect(plan.registrations).toEqual([]);
  });

  it('refuses entries that name a registration twice rather than pick one', () => {
    expect(() =>
      planTenantOperation(tenant, {
        type: 'import',
        entries: [
          { registrationId: first.id, grants: [owner, g(GUEST, ['read'], ['none'])] },
          { registrationId: first.id.toUpperCase(), grants: [owner] },
        ],
        replace: new Set([first.id]),
      }),
    ).toThrow(/more than once/);
  });

  it('merge keeps a plane the file has no list for, and says so in the plan', () => {
    const plan = planTenantOperation(tenant, {
      type: 'import',
      entries: [
        {
          registrationId: third.id,
          grants: [owner, { ...g(BACKUP, ['read'], ['none']), missingPlanes: ['application'] }],
        },
      ],
      replace: new Set(),
    });
    expect(plan.registrations[0].edited).toEqual([
      owner,
      g(BACKUP, ['read'], ['read', 'readContent', 'enumeratePermissions']),
    ]);
    expect(plan.registrations[0].skipped).toEqual([{ appId: BACKUP, reason: 'noApplicationList' }]);
  });

  it('reads back its own export of a tenant holding an app id that is not a GUID, and leaves that app as it is', () => {
    const odd = 'not-a-guid-0001';
    const withOdd = [
      ...tenant.slice(0, 2),
      { ...tenant[2], grants: [...tenant[2].grants, g(odd, ['read'], ['none'])] },
    ];
    const exported = createGrantsDocument(withOdd, '2026-11-22T10:00:00Z');
    const parsed = parseGrantsDocument(JSON.stringify(exported));
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problems)}`);
    const plan = planTenantOperation(withOdd, {
      type: 'import',
      entries: parsed.document.registrations.map((entry) => ({
        registrationId: entry.registrationId,
        grants:
          entry.registrationId === third.id
            ? entry.applicationPermissionGrants.map((grant) => ({ ...grant, delegatedPermissions: ['full'] }))
            : entry.applicationPermissionGrants,
      })),
      replace: new Set([third.id]),
    });
    expect(plan.registrations).toHaveLength(1);
    // The file's other changes are planned; the odd app is neither written nor removed.
    expect(plan.registrations[0].changes.map((change) => change.appId)).toEqual([BACKUP]);
    expect(plan.registrations[0].skipped).toEqual([{ appId: odd, reason: 'notAGuid' }]);
    expect(plan.registrations[0].edited).toContainEqual(g(odd, ['read'], ['none']));
  });

  it('keeps read-only apps and says why', () => {
    const entry = { registration: registration(42), grants: [owner, readOnlyGuest] };
    const plan = planTenantOperation([entry], {
      type: 'import',
      entries: [{ registrationId: entry.registration.id, grants: [owner] }],
      replace: new Set([entry.registration.id]),
    });
    expect(plan.registrations[0].changes).toEqual([]);
    expect(plan.registrations[0].skipped).toEqual([{ appId: GUEST, reason: 'readOnlyNotInFile' }]);
  });
});
