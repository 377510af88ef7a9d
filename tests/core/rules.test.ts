import { describe, expect, it } from 'vitest';
import { closureOf } from '../../src/core/catalog';
import { GRANTABLE_PERMISSIONS, type GrantablePermission } from '../../src/core/permissions';
import { cellState, effectivePermissions, impliedByParent, togglePermission } from '../../src/core/rules';

const ALL_BUT_NONE = GRANTABLE_PERMISSIONS.filter((value) => value !== 'none');

describe('togglePermission: checking', () => {
  it('checking writeContent also grants readContent and says so', () => {
    expect(togglePermission(['none'], 'writeContent', true)).toEqual({
      permissions: ['readContent', 'writeContent'],
      alsoGranted: ['readContent'],
      alsoRevoked: [],
    });
  });

  it('checking manageContent makes read and write implied by it', () => {
    const result = togglePermission(['readContent'], 'manageContent', true);
    expect(result.permissions).toEqual(['manageContent']);
    expect(result.alsoGranted).toEqual(['writeContent']);
  });

  it('checking full collapses the plane to full', () => {
    const result = togglePermission(['read', 'create'], 'full', true);
    expect(result.permissions).toEqual(['full']);
    expect(result.alsoGranted).toContain('managePermissions');
    expect(result.alsoGranted).not.toContain('read');
  });

  it('checking none clears the plane and lists what it revoked', () => {
    expect(togglePermission(['readContent', 'writeContent', 'create'], 'none', true)).toEqual({
      permissions: ['none'],
      alsoGranted: [],
      alsoRevoked: ['readContent', 'writeContent', 'create'],
    });
  });

  it('checking none keeps values this tool does not know', () => {
    expect(togglePermission(['read', 'manageSensitivityLabels'], 'none', true).permissions).toEqual([
      'manageSensitivityLabels',
    ]);
  });

  it.each(ALL_BUT_NONE)('checking %s removes none and grants it', (value) => {
    const result = togglePermission(['none'], value, true);
    expect(result.permissions).not.toContain('none');
    expect(effectivePermissions(result.permissions).has(value)).toBe(true);
    expect(result.alsoRevoked).toEqual([]);
  });

  it.each(ALL_BUT_NONE)('checking %s in the application plane keeps an unknown value', (value) => {
    expect(togglePermission(['manageSensitivityLabels'], value, true).permissions).toContain(
      'manageSensitivityLabels',
    );
  });

  it.each(ALL_BUT_NONE)('checking %s reports exactly the newly effective others', (value) => {
    const result = togglePermission(['none'], value, true);
    const expected = [...effectivePermissions(result.permissions)].filter((other) => other !== value);
    expect([...result.alsoGranted].sort()).toEqual(expected.sort());
  });
});

describe('togglePermission: unchecking', () => {
  it('unchecking readContent also revokes what needs it', () => {
    expect(togglePermission(['readContent', 'writeContent', 'read'], 'readContent', false)).toEqual({
      permissions: ['read'],
      alsoGranted: [],
      alsoRevoked: ['writeContent'],
    });
  });

  it('unchecking readContent under manageContent revokes the whole content family', () => {
    const result = togglePermission(['manageContent', 'create'], 'readContent', false);
    expect(result.permissions).toEqual(['create']);
    expect(result.alsoRevoked).toEqual(['writeContent', 'manageContent']);
  });

  it('unchecking writeContent keeps readContent', () => {
    expect(togglePermission(['readContent', 'writeContent'], 'writeContent', false).permissions).toEqual([
      'readContent',
    ]);
  });

  it('unchecking a child of managePermissions removes the parent and keeps the siblings', () => {
    expect(togglePermission(['managePermissions'], 'addPermissions', false)).toEqual({
      permissions: ['updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
      alsoGranted: ['updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
      alsoRevoked: ['managePermissions'],
    });
  });

  it('unchecking read while full is granted keeps everything else', () => {
    const result = togglePermission(['full'], 'read', false);
    expect(effectivePermissions(result.permissions)).toEqual(
      new Set(ALL_BUT_NONE.filter((value) => value !== 'read' && value !== 'full')),
    );
    expect(result.alsoRevoked).toEqual(['full']);
    expect(result.permissions).toEqual([
      'manageContent',
      'create',
      'delete',
      'write',
      'enumeratePermissions',
      'managePermissions',
    ]);
  });

  it('unchecking readContent while full is granted also drops what needs it', () => {
    const result = togglePermission(['full'], 'readContent', false);
    const effective = effectivePermissions(result.permissions);
    expect(effective.has('writeContent')).toBe(false);
    expect(effective.has('manageContent')).toBe(false);
    expect(effective.has('create')).toBe(true);
    expect(result.alsoRevoked).toEqual(['writeContent', 'manageContent', 'full']);
  });

  it('unchecking the last permission leaves none', () => {
    expect(togglePermission(['read'], 'read', false).permissions).toEqual(['none']);
  });

  it('unchecking none changes nothing', () => {
    expect(togglePermission(['none'], 'none', false).permissions).toEqual(['none']);
  });

  it.each(ALL_BUT_NONE)('unchecking %s from full leaves it and its dependents off', (value) => {
    const result = togglePermission(['full'], value, false);
    const effective = effectivePermissions(result.permissions);
    expect(effective.has(value)).toBe(false);
    expect(effective.has('full')).toBe(false);
    expect(result.permissions).not.toContain('none');
  });

  it.each(ALL_BUT_NONE)('unchecking %s keeps an unknown value', (value) => {
    expect(togglePermission(['full', 'customValue'], value, false).permissions).toContain('customValue');
  });
});

describe('cell states', () => {
  it.each(ALL_BUT_NONE.filter((value) => value !== 'full'))('%s is implied by full', (value) => {
    expect(cellState(['full'], value)).toBe('implied');
    expect(impliedByParent(['full'], value)).toBe('full');
  });

  it('names the most specific parent', () => {
    expect(impliedByParent(['manageContent', 'create'], 'writeContent')).toBe('manageContent');
    expect(impliedByParent(['manageContent', 'full'], 'writeContent')).toBe('full');
    expect(impliedByParent(['managePermissions'], 'deleteOwnPermission')).toBe('managePermissions');
    expect(impliedByParent(['readContent'], 'readContent')).toBeUndefined();
  });

  it.each<[readonly string[], GrantablePermission, string]>([
    [['readContent'], 'readContent', 'granted'],
    [['readContent'], 'writeContent', 'off'],
    [['none'], 'none', 'granted'],
    [[], 'none', 'granted'],
    [['read'], 'none', 'off'],
    [['full'], 'full', 'granted'],
    [['full'], 'none', 'off'],
    [['managePermissions'], 'enumeratePermissions', 'off'],
  ])('%j shows %s as %s', (plane, permission, state) => {
    expect(cellState(plane, permission)).toBe(state);
  });

  it('never includes none in the effective permissions', () => {
    expect(effectivePermissions(['none']).size).toBe(0);
    expect(effectivePermissions(['full']).has('none')).toBe(false);
    expect(effectivePermissions(['full']).size).toBe(closureOf('full').size);
  });
});
