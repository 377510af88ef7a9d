import type { FileStorageContainerTypeAppPermission } from '@microsoft/microsoft-graph-types-beta';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  closureOf,
  isGrantablePermission,
  PERMISSION_CATALOG,
  PERMISSION_GROUP_ORDER,
  permissionsInGroup,
} from '../../src/core/catalog';
import { GRANTABLE_PERMISSIONS, WIRE_PERMISSION_VALUES } from '../../src/core/permissions';

/** Microsoft's generated enum (only the beta types carry it so far), read from the installed package so a new Graph value fails this test. */
function generatedEnum(): string[] {
  const source = readFileSync(
    resolve(__dirname, '../../node_modules/@microsoft/microsoft-graph-types-beta/microsoft-graph.d.ts'),
    'utf8',
  );
  const match = /export type FileStorageContainerTypeAppPermission =([^;]+);/.exec(source);
  if (match?.[1] === undefined) throw new Error('enum not found in microsoft-graph.d.ts');
  return Array.from(match[1].matchAll(/"([^"]+)"/g), (value) => value[1] ?? '');
}

describe('permission catalog', () => {
  it("equals Microsoft's generated enum, values and order", () => {
    expect([...WIRE_PERMISSION_VALUES]).toEqual(generatedEnum());
  });

  it("has the same type as Microsoft's generated enum", () => {
    expectTypeOf<
      (typeof WIRE_PERMISSION_VALUES)[number]
    >().toEqualTypeOf<FileStorageContainerTypeAppPermission>();
  });

  it('spells deleteOwnPermission in the singular, as on the wire', () => {
    expect(GRANTABLE_PERMISSIONS).toContain('deleteOwnPermission');
    expect(GRANTABLE_PERMISSIONS).not.toContain('deleteOwnPermissions');
  });

  it.each(GRANTABLE_PERMISSIONS)('describes %s and files it in a group', (value) => {
    const info = PERMISSION_CATALOG[value];
    expect(info.value).toBe(value);
    expect(PERMISSION_GROUP_ORDER).toContain(info.group);
    expect(info.description.length).toBeGreaterThan(10);
    expect(isGrantablePermission(value)).toBe(true);
  });

  it.each([
    ['content', ['readContent', 'writeContent', 'manageContent']],
    ['containers', ['create', 'delete', 'read', 'write']],
    [
      'membership',
      [
        'enumeratePermissions',
        'addPermissions',
        'updatePermissions',
        'deletePermissions',
        'deleteOwnPermission',
        'managePermissions',
      ],
    ],
    ['special', ['none', 'full']],
  ] as const)('groups %s permissions', (group, values) => {
    expect(permissionsInGroup(group)).toEqual(values);
  });

  it.each(['unknownFutureValue', 'ReadContent', 'deleteOwnPermissions', '', 'manageSensitivityLabels'])(
    'does not treat %j as a grantable permission',
    (value) => {
      expect(isGrantablePermission(value)).toBe(false);
    },
  );

  it.each([
    ['full', GRANTABLE_PERMISSIONS.filter((value) => value !== 'none')],
    ['manageContent', ['readContent', 'writeContent', 'manageContent']],
    [
      'managePermissions',
      [
        'addPermissions',
        'updatePermissions',
        'deletePermissions',
        'deleteOwnPermission',
        'managePermissions',
      ],
    ],
    ['writeContent', ['writeContent']],
    ['enumeratePermissions', ['enumeratePermissions']],
  ] as const)('%s includes exactly %j', (value, included) => {
    expect([...closureOf(value)].sort()).toEqual([...included].sort());
  });

  it('states that writeContent requires readContent', () => {
    expect(PERMISSION_CATALOG.writeContent.requires).toEqual(['readContent']);
  });

  it('does not let managePermissions imply enumeratePermissions', () => {
    expect(closureOf('managePermissions').has('enumeratePermissions')).toBe(false);
  });
});
