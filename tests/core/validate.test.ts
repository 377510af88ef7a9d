import { describe, expect, it } from 'vitest';
import {
  detectLockOutRisk,
  isGuid,
  readGuidInput,
  validateAppId,
  validateGrants,
} from '../../src/core/validate';

const owner = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const guest = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';

describe('app ids', () => {
  it.each([guest, guest.toUpperCase(), ` ${guest} `, '00000000-0000-0000-0000-000000000000'])(
    'accepts %j',
    (id) => {
      expect(isGuid(id)).toBe(true);
      expect(validateAppId(id)).toBeUndefined();
    },
  );

  it('explains why the documented 34-character example id is not a GUID', () => {
    const problem = validateAppId('89ea5c94-7736-4e25-95ad-3fa95f62b6');
    expect(problem?.code).toBe('not_guid');
    expect(problem?.message).toContain('34 characters, a GUID has 36');
    expect(problem?.message).toContain('The last group has 10 hex digits; a GUID has 12.');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not-a-guid', 'not_guid'],
    ['89ea5c9477364e2595ad3fa95f62b6cd', 'not_guid'],
    ['89ea5c94-7736-4e25-95ad-3fa95f62b6cz', 'not_guid'],
    ['{89ea5c94-7736-4e25-95ad-3fa95f62b6cd}', 'not_guid'],
  ])('rejects %j as %s', (id, code) => {
    expect(validateAppId(id)?.code).toBe(code);
  });

  it.each([
    [`{${guest}}`, guest],
    [` { ${guest.toUpperCase()} } `, guest],
    [guest.toUpperCase(), guest],
    ['{not-a-guid}', '{not-a-guid}'],
    ['{}', '{}'],
  ])('reads the typed %j as %j', (typed, read) => {
    expect(readGuidInput(typed)).toBe(read);
  });

  it('names non-hex characters', () => {
    expect(validateAppId('89ea5c94-7736-4e25-95ad-3fa95f62b6cz')?.message).toContain('0-9 and letters a-f');
  });
});

describe('validateGrants', () => {
  const ok = [
    { appId: owner, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    { appId: guest, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
  ];

  it('finds nothing wrong with a sound set', () => {
    expect(validateGrants(ok, owner)).toEqual([]);
  });

  it('reports every problem at once', () => {
    const issues = validateGrants(
      [
        { appId: guest, delegatedPermissions: ['writeContent'], applicationPermissions: ['none', 'read'] },
        { appId: guest.toUpperCase(), delegatedPermissions: ['read'], applicationPermissions: ['none'] },
        { appId: 'bad', delegatedPermissions: ['read'], applicationPermissions: ['none'] },
      ],
      owner,
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      'write_without_read',
      'none_combined',
      'duplicate_app',
      'invalid_app_id',
      'owning_app_missing',
    ]);
  });

  it('requires at least one grant', () => {
    expect(validateGrants([]).map((issue) => issue.code)).toEqual(['no_grants']);
  });

  it('accepts writeContent with readContent, and manageContent alone', () => {
    expect(
      validateGrants([
        {
          appId: guest,
          delegatedPermissions: ['readContent', 'writeContent'],
          applicationPermissions: ['manageContent'],
        },
      ]),
    ).toEqual([]);
  });
});

describe('lock-out risk', () => {
  const baseline = [{ appId: owner, delegatedPermissions: ['full'], applicationPermissions: ['full'] }];

  it('flags removing the owning app', () => {
    expect(detectLockOutRisk(baseline, [], owner)).toEqual({
      kind: 'owning_app_removed',
      planes: ['delegated', 'application'],
    });
  });

  it('flags taking full away from one plane', () => {
    expect(
      detectLockOutRisk(
        baseline,
        [{ appId: owner, delegatedPermissions: ['full'], applicationPermissions: ['read'] }],
        owner,
      ),
    ).toEqual({
      kind: 'owning_app_below_full',
      planes: ['application'],
    });
  });

  it('is quiet when the owner keeps full, whatever the spelling', () => {
    expect(
      detectLockOutRisk(
        baseline,
        [
          {
            appId: owner.toUpperCase(),
            delegatedPermissions: ['read', 'full'],
            applicationPermissions: ['full'],
          },
        ],
        owner,
      ),
    ).toBeUndefined();
  });

  it('is quiet when the owner did not have full to start with', () => {
    const partial = [{ appId: owner, delegatedPermissions: ['read'], applicationPermissions: ['full'] }];
    expect(
      detectLockOutRisk(
        partial,
        [{ appId: owner, delegatedPermissions: ['none'], applicationPermissions: ['full'] }],
        owner,
      ),
    ).toBeUndefined();
  });
});
