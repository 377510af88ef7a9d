import { describe, expect, it } from 'vitest';
import {
  accessLevel,
  compareAccessLevels,
  grantAccess,
  isAtLeast,
  levelGroup,
  meetsLevel,
} from '../../src/core/accessLevels';
import { closureOf, PERMISSION_CATALOG, permissionsInGroup } from '../../src/core/catalog';
import type { Grant } from '../../src/core/model';
import { ACCESS_LEVELS, GRANTABLE_PERMISSIONS } from '../../src/core/permissions';

const grant = (delegated: string[], application: string[]): Grant => ({
  appId: '89ea5c94-7736-4e25-95ad-3fa95f62b6cd',
  delegatedPermissions: delegated,
  applicationPermissions: application,
});

describe('the catalog states each permission’s level, consistently with its implications', () => {
  it('calls manage exactly the permissions that imply others of their own group', () => {
    const manage = GRANTABLE_PERMISSIONS.filter((value) => PERMISSION_CATALOG[value].access === 'manage');
    const parents = GRANTABLE_PERMISSIONS.filter(
      (value) =>
        PERMISSION_CATALOG[value].group !== 'special' &&
        PERMISSION_CATALOG[value].implies.some(
          (child) => PERMISSION_CATALOG[child].group === PERMISSION_CATALOG[value].group,
        ),
    );
    expect(manage).toEqual(parents);
    expect(manage).toEqual(['manageContent', 'managePermissions']);
  });

  it('gives full everything and none nothing', () => {
    expect(PERMISSION_CATALOG.full.access).toBe('full');
    expect(closureOf('full').size).toBe(GRANTABLE_PERMISSIONS.length - 1);
    expect(PERMISSION_CATALOG.none.access).toBe('none');
  });

  it('never lets a permission imply or require a stronger one of its group', () => {
    for (const value of GRANTABLE_PERMISSIONS) {
      const { access, group, implies, requires } = PERMISSION_CATALOG[value];
      for (const other of [...implies, ...requires]) {
        if (PERMISSION_CATALOG[other].group !== group) continue;
        expect(compareAccessLevels(PERMISSION_CATALOG[other].access, access)).toBeLessThanOrEqual(0);
      }
    }
  });

  it.each([
    ['content', ['read', 'write', 'manage']],
    ['containers', ['write', 'write', 'read', 'write']],
    ['membership', ['read', 'write', 'write', 'write', 'write', 'manage']],
  ] as const)('levels the %s group', (group, levels) => {
    expect(permissionsInGroup(group).map((value) => PERMISSION_CATALOG[value].access)).toEqual(levels);
  });
});

describe('accessLevel', () => {
  it.each([
    [['none'], 'none'],
    [[], 'none'],
    [['read'], 'read'],
    [['enumeratePermissions', 'readContent'], 'read'],
    [['readContent', 'writeContent'], 'write'],
    [['create'], 'write'],
    [['deleteOwnPermission'], 'write'],
    [['manageContent'], 'manage'],
    [['read', 'managePermissions'], 'manage'],
    [['full'], 'full'],
    [['readContent', 'full'], 'full'],
    [['manageSensitivityLabels'], 'none'],
    [['unknownFutureValue', 'readContent'], 'read'],
  ])('%j is %s', (plane, level) => {
    expect(accessLevel(plane)).toBe(level);
  });

  it('narrows to a group: write content is writeContent in the effective set', () => {
    expect(accessLevel(['writeContent', 'readContent'], 'content')).toBe('write');
    expect(accessLevel(['manageContent'], 'content')).toBe('manage');
    // manageContent implies writeContent: it writes content, so it is in "who can write content?".
    expect(isAtLeast(accessLevel(['manageContent'], 'content'), 'write')).toBe(true);
    expect(accessLevel(['create', 'write', 'readContent'], 'content')).toBe('read');
    expect(accessLevel(['managePermissions'], 'content')).toBe('none');
    expect(accessLevel(['full'], 'membership')).toBe('full');
  });

  it('orders the levels weakest first', () => {
    expect(ACCESS_LEVELS).toEqual(['none', 'read', 'write', 'manage', 'full']);
    expect(isAtLeast('manage', 'write')).toBe(true);
    expect(isAtLeast('read', 'write')).toBe(false);
    expect(isAtLeast('none', 'none')).toBe(true);
  });

  it.each([
    [['read', 'write'], 'containers'],
    [['readContent', 'writeContent'], 'content'],
    // The strongest level decides; at a tie, the catalog's group order.
    [['readContent', 'create'], 'containers'],
    [['read', 'readContent', 'enumeratePermissions'], 'content'],
    [['enumeratePermissions'], 'membership'],
    [['managePermissions', 'writeContent'], 'membership'],
    [['none'], undefined],
    [['full'], undefined],
  ])('says what the level of %j is about: %s', (plane, group) => {
    expect(levelGroup(plane)).toBe(group);
  });

  it('gives one level per plane', () => {
    expect(grantAccess(grant(['readContent'], ['full']))).toEqual({ delegated: 'read', application: 'full' });
  });
});

describe('meetsLevel: the overview’s questions', () => {
  const writer = grant(['readContent', 'writeContent'], ['none']);
  const appOnlyReader = grant(['none'], ['read', 'readContent']);
  const owner = grant(['full'], ['full']);
  const metadataWriter = grant(['none'], ['write', 'create']);

  it('"who can write content?" finds content writers on either plane, not metadata writers', () => {
    const question = { atLeast: 'write', group: 'content' } as const;
    expect([writer, appOnlyReader, owner, metadataWriter].map((g) => meetsLevel(g, question))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('"who has full?" finds only full', () => {
    expect([writer, appOnlyReader, owner].map((g) => meetsLevel(g, { atLeast: 'full' }))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('asks one plane when told', () => {
    expect(meetsLevel(writer, { atLeast: 'write', plane: 'application' })).toBe(false);
    expect(meetsLevel(metadataWriter, { atLeast: 'write', plane: 'application' })).toBe(true);
  });
});
