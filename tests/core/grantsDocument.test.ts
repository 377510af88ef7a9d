import { describe, expect, it } from 'vitest';
import { createGrantsDocument, parseGrantsDocument, readImportFile } from '../../src/core/grantsDocument';
import seedExamples from '../fixtures/seed-examples.json';

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
    expect(result.problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['format', 'wrong_format'],
      ['version', 'unsupported_version'],
      ['exportedAt', 'missing'],
      ['registrations[0].registrationId', 'not_a_guid'],
      ['registrations[0].applicationPermissionGrants[1]', 'not_an_object'],
      ['registrations[1].applicationPermissionGrants', 'not_a_list'],
      ['registrations[2]', 'not_an_object'],
    ]);
  });

  it('refuses a document that names a registration twice, naming both entries (neither one is dropped)', () => {
    const document = createGrantsDocument(
      [
        { registration, grants },
        { registration: { ...registration, name: 'Again' }, grants: [grants[0]] },
      ],
      '2026-11-22T10:00:00.000Z',
    );
    const twice = {
      ...document,
      registrations: [
        document.registrations[0],
        { ...document.registrations[1], registrationId: registration.id.toUpperCase() },
      ],
    };
    const refusal = {
      ok: false,
      problems: [
        {
          code: 'duplicate_registration',
          path: 'registrations[1].registrationId',
          found: registration.id.toUpperCase(),
          firstPath: 'registrations[0].registrationId',
        },
      ],
    };
    // The tenant import and the one-registration import read the same refusal.
    expect(parseGrantsDocument(JSON.stringify(twice))).toEqual(refusal);
    expect(readImportFile(JSON.stringify(twice), registration.id)).toEqual(refusal);
  });

  it('refuses a registration’s list that names an app twice, naming both entries', () => {
    const document = createGrantsDocument(
      [{ registration, grants: [...grants, { ...grants[0], appId: grants[0].appId.toUpperCase() }] }],
      '2026-11-22T10:00:00.000Z',
    );
    expect(parseGrantsDocument(document)).toEqual({
      ok: false,
      problems: [
        {
          code: 'duplicate_app',
          path: 'registrations[0].applicationPermissionGrants[2]',
          found: grants[0].appId.toUpperCase(),
          firstPath: 'registrations[0].applicationPermissionGrants[0]',
        },
      ],
    });
  });

  it('reads back an export that holds an app id the service sent that is not a GUID', () => {
    const odd = {
      appId: 'not-a-guid-0001',
      delegatedPermissions: ['read'],
      applicationPermissions: ['none'],
    };
    const document = createGrantsDocument(
      [{ registration, grants: [grants[0], odd] }],
      '2026-11-22T10:00:00Z',
    );
    const parsed = parseGrantsDocument(JSON.stringify(document));
    expect(parsed.ok && parsed.document).toEqual(document);
    // Said, never a reason to refuse the file: the plan keeps it out (importPlan.test.ts).
    expect(parsed.ok && parsed.warnings).toEqual([
      expect.objectContaining({ code: 'invalid_app_id', found: 'not-a-guid-0001' }),
    ]);
  });

  it('says when the text is not JSON', () => {
    const result = parseGrantsDocument('{ not json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'not_json', path: '$' });
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

describe('readImportFile', () => {
  const owner = grants[0];
  const guest = grants[1];
  const backupApp = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
  const canonical = [
    { appId: owner.appId, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    { appId: guest.appId, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
  ];

  it('reads this tool’s document for the registration it is opened on', () => {
    const document = createGrantsDocument([{ registration, grants: canonical }], '2026-11-22T10:00:00.000Z');
    expect(readImportFile(JSON.stringify(document), registration.id.toUpperCase())).toEqual({
      ok: true,
      form: 'document',
      grants: canonical,
      warnings: [],
      conversions: { legacyKeys: 0, pascalCase: 0, pluralDeleteOwn: 0 },
    });
  });

  it('says when a document has nothing for this registration', () => {
    const document = createGrantsDocument([{ registration, grants: canonical }], '2026-11-22T10:00:00Z');
    const otherId = 'ffffffff-0000-4000-8000-000000000000';
    expect(readImportFile(document, otherId)).toEqual({
      ok: false,
      problems: [{ code: 'no_entry', path: 'registrations', found: otherId }],
    });
  });

  it('reads a Graph collection, as a saved GET of the grants returns it', () => {
    const result = readImportFile(
      {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#storage/fileStorage/containerTypeRegistrations('${registration.id}')/applicationPermissionGrants`,
        value: canonical.map((grant) => ({
          '@odata.type': '#microsoft.graph.fileStorageContainerTypeAppPermissionGrant',
          ...grant,
        })),
      },
      registration.id,
    );
    expect(result).toMatchObject({ ok: true, form: 'graphCollection', grants: canonical, warnings: [] });
  });

  it('refuses a Graph collection or a registration read from another registration', () => {
    const otherId = 'ffffffff-0000-4000-8000-000000000000';
    const context = `https://graph.microsoft.com/v1.0/$metadata#storage/fileStorage/containerTypeRegistrations('${otherId}')/applicationPermissionGrants`;
    for (const file of [
      { '@odata.context': context, value: canonical },
      { id: otherId, applicationPermissionGrants: canonical },
    ]) {
      expect(readImportFile(file, registration.id)).toEqual({
        ok: false,
        problems: [{ code: 'other_registration', path: '$', found: otherId }],
      });
    }
  });

  it('reads a bare list of grants', () => {
    expect(readImportFile(JSON.stringify(canonical), registration.id)).toMatchObject({
      ok: true,
      form: 'grantList',
      grants: canonical,
    });
  });

  it('reads a registration body, as in the documented PUT and its response', () => {
    const [ownerOnly] = seedExamples.examples;
    for (const body of [ownerOnly.request.body, ownerOnly.response.body]) {
      expect(readImportFile(body, registration.id)).toMatchObject({
        ok: true,
        form: 'registration',
        grants: [canonical[0]],
      });
    }
  });

  it('converts the legacy SharePoint REST body with PascalCase and plural values, and counts each conversion', () => {
    const result = readImportFile(
      {
        value: [
          { appId: owner.appId, delegated: ['Full'], appOnly: ['Full'] },
          { appId: guest.appId, delegated: ['Read', 'DeleteOwnPermissions'], appOnly: ['none'] },
        ],
      },
      registration.id,
    );
    expect(result).toMatchObject({
      ok: true,
      form: 'legacySharePoint',
      grants: [
        canonical[0],
        {
          appId: guest.appId,
          delegatedPermissions: ['read', 'deleteOwnPermission'],
          applicationPermissions: ['none'],
        },
      ],
      conversions: { legacyKeys: 4, pascalCase: 3, pluralDeleteOwn: 1 },
    });
    // Each conversion is also listed with its path.
    expect(result.ok && result.warnings.map((warning) => `${warning.code} ${warning.path}`)).toEqual([
      'legacy_keys value[0].delegated',
      'pascal_case value[0].delegated[0]',
      'legacy_keys value[0].appOnly',
      'pascal_case value[0].appOnly[0]',
      'legacy_keys value[1].delegated',
      'pascal_case value[1].delegated[0]',
      'plural_delete_own value[1].delegated[1]',
      'legacy_keys value[1].appOnly',
    ]);
  });

  it('reads the documented guest example, saying its appId is not a GUID (the plan leaves it out)', () => {
    const [, guestExample] = seedExamples.examples;
    const result = readImportFile(guestExample.request.body, registration.id);
    expect(result.ok && result.grants.map((grant) => grant.appId)).toEqual([
      owner.appId,
      '89ea5c94-7736-4e25-95ad-3fa95f62b6',
    ]);
    expect(result.ok && result.warnings.filter((warning) => warning.code === 'invalid_app_id')).toEqual([
      expect.objectContaining({
        code: 'invalid_app_id',
        path: 'applicationPermissionGrants[1].appId',
        found: '89ea5c94-7736-4e25-95ad-3fa95f62b6',
      }),
    ]);
  });

  it('marks a list the file does not have instead of reading it as none, in every form', () => {
    const file = [
      { appId: owner.appId, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
      { appId: guest.appId, delegatedPermissions: ['read'] },
      { appId: backupApp, applicationPermissions: null },
    ];
    const result = readImportFile(file, registration.id);
    expect(result).toMatchObject({
      ok: true,
      grants: [
        { appId: owner.appId },
        { appId: guest.appId, applicationPermissions: ['none'], missingPlanes: ['application'] },
        { appId: backupApp, missingPlanes: ['delegated', 'application'] },
      ],
      // Not a "correction read as none": the plan says what each mode does with it.
      warnings: [],
    });
    expect(result.ok && 'missingPlanes' in (result.grants[0] ?? {})).toBe(false);
  });

  it('lists every grant it cannot write exactly as a problem', () => {
    const result = readImportFile(
      [
        { appId: owner.appId, delegatedPermissions: 'full', applicationPermissions: ['full'] },
        { appId: guest.appId, delegatedPermissions: ['read'], applicationPermissions: ['none'] },
        {
          appId: guest.appId.toUpperCase(),
          delegatedPermissions: ['none'],
          applicationPermissions: ['none'],
        },
        { delegatedPermissions: ['read'] },
      ],
      registration.id,
    );
    expect(result.ok === false && result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['not_a_list', '$[0].delegatedPermissions'],
      ['duplicate_app', '$[2]'],
      ['missing_app_id', '$[3].appId'],
    ]);
  });

  it('says when a file is none of the forms it reads', () => {
    for (const file of ['{ not json', '42', '{ "grants": [] }', '"text"']) {
      const result = readImportFile(file, registration.id);
      expect(result.ok === false && result.problems.map((problem) => problem.code)).toEqual([
        file === '{ not json' ? 'not_json' : 'unknown_form',
      ]);
    }
  });
});
