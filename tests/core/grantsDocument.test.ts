import { describe, expect, it } from 'vitest';
import { createGrantsDocument, parseGrantsDocument } from '../../src/core/grantsDocument';

const registration = {
  id: 'de988700-d700-020e-0a00-0831f3042f00',
  name: 'Test Container Type',
  owningAppId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
};
const grants = [
  {
    appId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
    delegatedPermissions: ['full'],
    applicationPermissions: ['full'],
  },
  {
    appId: '89ea5c94-7736-4e25-95ad-3fa95f62b6cd',
    delegatedPermissions: ['read', 'manageSensitivityLabels'],
    applicationPermissions: ['none'],
  },
];

describe('grants document', () => {
  it('round-trips through JSON text, unknown values included', () => {
    const document = createGrantsDocument([{ registration, grants }], '2026-11-22T10:00:00.000Z');
    const parsed = parseGrantsDocument(JSON.stringify(document));
    expect(parsed).toEqual({
      ok: true,
      document,
      warnings: [expect.objectContaining({ code: 'unknown_permission', found: 'manageSensitivityLabels' })],
    });
  });

  it('names the registration id and the format', () => {
    const document = createGrantsDocument([{ registration, grants }], '2026-11-22T10:00:00.000Z');
    expect(document).toMatchObject({
      format: 'spe-permission-matrix/grants',
      version: 1,
      registrations: [{ registrationId: registration.id, name: registration.name }],
    });
  });

  it('reports every problem with its path, not just the first', () => {
    const result = parseGrantsDocument({
      format: 'something-else',
      version: 2,
      registrations: [
        {
          registrationId: 'nope',
          owningAppId: registration.owningAppId,
          applicationPermissionGrants: [
            { appId: 'bad', delegatedPermissions: ['read'], applicationPermissions: ['none'] },
            7,
          ],
        },
        { registrationId: registration.id, owningAppId: registration.owningAppId },
        'x',
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual([
      'format',
      'version',
      'exportedAt',
      'registrations[0].registrationId',
      'registrations[0].applicationPermissionGrants[0].appId',
      'registrations[0].applicationPermissionGrants[1]',
      'registrations[1].applicationPermissionGrants',
      'registrations[2]',
    ]);
    expect(result.problems[4]?.reason).toBe('The appId "bad" is not a GUID.');
  });

  it('says when the text is not JSON', () => {
    const result = parseGrantsDocument('{ not json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('$');
  });

  it('reads legacy keys in an imported grant with a warning', () => {
    const result = parseGrantsDocument({
      format: 'spe-permission-matrix/grants',
      version: 1,
      exportedAt: '2026-11-22T10:00:00Z',
      registrations: [
        {
          registrationId: registration.id,
          owningAppId: registration.owningAppId,
          applicationPermissionGrants: [{ appId: grants[1]?.appId, delegated: ['Read'], appOnly: ['none'] }],
        },
      ],
    });
    expect(
      result.ok && result.document.registrations[0]?.applicationPermissionGrants[0]?.delegatedPermissions,
    ).toEqual(['read']);
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual([
      'legacy_keys',
      'pascal_case',
      'legacy_keys',
    ]);
  });
});
