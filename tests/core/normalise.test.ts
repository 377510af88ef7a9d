import { describe, expect, it } from 'vitest';
import {
  grantsEqual,
  normaliseGrant,
  normalisePlane,
  planesEqual,
  sameAppId,
} from '../../src/core/normalise';
import { GRANTABLE_PERMISSIONS } from '../../src/core/permissions';

describe('normalisePlane', () => {
  it.each([
    [[], ['none']],
    [['none'], ['none']],
    [['none', 'none'], ['none']],
    [['readContent', 'writeContent', 'manageContent'], ['manageContent']],
    [
      ['readContent', 'writeContent'],
      ['readContent', 'writeContent'],
    ],
    [
      ['writeContent', 'readContent'],
      ['readContent', 'writeContent'],
    ],
    [['full', 'read'], ['full']],
    [['read', 'full', 'none'], ['full']],
    [['none', 'read'], ['read']],
    [['addPermissions', 'managePermissions', 'deleteOwnPermission'], ['managePermissions']],
    [
      ['addPermissions', 'updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
      ['addPermissions', 'updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
    ],
    [
      ['enumeratePermissions', 'managePermissions'],
      ['enumeratePermissions', 'managePermissions'],
    ],
    [
      ['read', 'read', 'create'],
      ['create', 'read'],
    ],
    [
      ['manageSensitivityLabels', 'read'],
      ['read', 'manageSensitivityLabels'],
    ],
    [
      ['zeta', 'alpha', 'zeta'],
      ['alpha', 'zeta'],
    ],
    [['none', 'manageSensitivityLabels'], ['manageSensitivityLabels']],
    [
      ['full', 'manageSensitivityLabels'],
      ['full', 'manageSensitivityLabels'],
    ],
    [['unknownFutureValue'], ['unknownFutureValue']],
  ])('%j → %j', (input, expected) => {
    expect(normalisePlane(input)).toEqual(expected);
  });

  it.each(GRANTABLE_PERMISSIONS.filter((value) => value !== 'none'))('full absorbs %s', (value) => {
    expect(normalisePlane(['full', value])).toEqual(['full']);
  });

  it.each(GRANTABLE_PERMISSIONS)('a single %s is already canonical', (value) => {
    expect(normalisePlane([value])).toEqual([value]);
  });

  it('puts known values in Graph order, whatever order they came in', () => {
    expect(normalisePlane(['write', 'enumeratePermissions', 'readContent', 'create'])).toEqual([
      'readContent',
      'create',
      'write',
      'enumeratePermissions',
    ]);
  });
});

describe('comparing', () => {
  it('treats planes that mean the same as equal', () => {
    expect(planesEqual(['manageContent'], ['readContent', 'writeContent', 'manageContent'])).toBe(true);
    expect(planesEqual([], ['none'])).toBe(true);
    expect(planesEqual(['read'], ['write'])).toBe(false);
    expect(planesEqual(['read'], ['read', 'customValue'])).toBe(false);
  });

  it('compares app ids without regard to case', () => {
    expect(sameAppId('89EA5C94-7736-4E25-95AD-3FA95F62B6CD', '89ea5c94-7736-4e25-95ad-3fa95f62b6cd')).toBe(
      true,
    );
    expect(sameAppId('89ea5c94-7736-4e25-95ad-3fa95f62b6cd', '89ea5c94-7736-4e25-95ad-3fa95f62b6ce')).toBe(
      false,
    );
  });

  it('compares grants by meaning', () => {
    const a = { appId: 'A', delegatedPermissions: ['full', 'read'], applicationPermissions: [] };
    const b = { appId: 'a', delegatedPermissions: ['full'], applicationPermissions: ['none'] };
    expect(grantsEqual(a, b)).toBe(true);
    expect(grantsEqual(a, { ...b, applicationPermissions: ['read'] })).toBe(false);
    expect(grantsEqual(a, undefined)).toBe(false);
    expect(grantsEqual(undefined, undefined)).toBe(true);
    expect(normaliseGrant(a)).toEqual({
      appId: 'A',
      delegatedPermissions: ['full'],
      applicationPermissions: ['none'],
    });
  });
});
