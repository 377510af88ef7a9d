import { describe, expect, it } from 'vitest';
import {
  compareExport,
  differencesToCsv,
  EXPORT_DIFFERENCE_TYPES,
  filterDifferences,
  type ExportDifference,
} from '../../src/core/compareExport';
import { createGrantsDocument } from '../../src/core/grantsDocument';
import type { Grant, Registration } from '../../src/core/model';
import seedExamples from '../fixtures/seed-examples.json';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const BACKUP = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const VIEWER = '5b7a4e6f-0000-4000-8000-000000000001';

const files: Registration = { id: 'de988700-d700-020e-0a00-0831f3042f00', name: 'Files', owningAppId: OWNER };
const notes: Registration = { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Notes', owningAppId: OWNER };

const grant = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});

const exported = (
  entries: { registration: Registration; grants: Grant[] }[],
  tenantId: string | undefined = TENANT,
): string => JSON.stringify(createGrantsDocument(entries, '2026-11-22T10:00:00.000Z', tenantId));

const differences = (result: ReturnType<typeof compareExport>): readonly ExportDifference[] => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.comparison.differences;
};

describe('compareExport', () => {
  it('finds nothing when the service shows what the file holds, however it is spelled', () => {
    const file = exported([
      { registration: files, grants: [grant(OWNER, ['readContent', 'writeContent', 'manageContent'])] },
    ]);
    const result = compareExport(file, {
      tenantId: TENANT.toUpperCase(),
      entries: [{ registration: files, grants: [grant(OWNER.toUpperCase(), ['manageContent'])] }],
    });
    expect(differences(result)).toEqual([]);
    expect(result.ok && result.comparison).toMatchObject({
      compared: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
    });
  });

  it('says which apps and permissions were added or removed on each plane', () => {
    const file = exported([
      {
        registration: files,
        grants: [grant(OWNER, ['full'], ['full']), grant(BACKUP, ['readContent'], ['readContent'])],
      },
    ]);
    const result = compareExport(file, {
      tenantId: TENANT,
      entries: [
        {
          registration: files,
          grants: [
            grant(OWNER, ['full'], ['full']),
            grant(BACKUP, ['readContent', 'writeContent'], ['none']),
            grant(VIEWER, ['readContent']),
          ],
        },
      ],
    });
    expect(differences(result)).toEqual([
      expect.objectContaining({
        type: 'permissionsAdded',
        appId: BACKUP,
        delegated: ['writeContent'],
        application: [],
      }),
      expect.objectContaining({
        type: 'permissionsRemoved',
        appId: BACKUP,
        delegated: [],
        application: ['readContent'],
      }),
      expect.objectContaining({
        type: 'appAdded',
        appId: VIEWER,
        delegated: ['readContent'],
        application: [],
      }),
    ]);
  });

  it('does not call a permission removed when a permission granted now includes it', () => {
    const file = exported([{ registration: files, grants: [grant(BACKUP, ['readContent'])] }]);
    const result = compareExport(file, {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [grant(BACKUP, ['manageContent'])] }],
    });
    expect(differences(result)).toEqual([
      expect.objectContaining({ type: 'permissionsAdded', appId: BACKUP, delegated: ['manageContent'] }),
    ]);
  });

  it('reports registrations not in the file, gone since, and not read now, and apps removed', () => {
    const gone: Registration = {
      id: 'f0000000-0000-4000-8000-000000000003',
      name: 'Gone',
      owningAppId: OWNER,
    };
    const unread: Registration = {
      id: 'f0000000-0000-4000-8000-000000000004',
      name: 'Unread',
      owningAppId: OWNER,
    };
    const file = exported([
      { registration: files, grants: [grant(OWNER, ['full']), grant(BACKUP, ['readContent'])] },
      { registration: gone, grants: [grant(OWNER, ['full'])] },
      { registration: unread, grants: [grant(OWNER, ['full'])] },
    ]);
    const result = compareExport(file, {
      tenantId: TENANT,
      entries: [
        { registration: files, grants: [grant(OWNER, ['full'])] },
        { registration: notes, grants: [grant(OWNER, ['full'])] },
      ],
      notRead: [unread],
    });
    expect(differences(result)).toEqual([
      expect.objectContaining({
        type: 'appRemoved',
        registrationId: files.id,
        appId: BACKUP,
        delegated: ['readContent'],
      }),
      expect.objectContaining({
        type: 'registrationNotInFile',
        registrationId: notes.id,
        registrationName: 'Notes',
      }),
      expect.objectContaining({
        type: 'registrationGone',
        registrationId: gone.id,
        registrationName: 'Gone',
      }),
      expect.objectContaining({ type: 'notCompared', registrationId: unread.id, reason: 'notRead' }),
    ]);
    expect(result.ok && result.comparison.compared).toBe(1);
  });

  it('keeps and shows permission values this tool does not know', () => {
    const file = exported([{ registration: files, grants: [grant(BACKUP, ['readContent', 'futureRead'])] }]);
    const result = compareExport(file, {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [grant(BACKUP, ['readContent', 'futureWrite'])] }],
    });
    expect(differences(result)).toEqual([
      expect.objectContaining({ type: 'permissionsAdded', delegated: ['futureWrite'] }),
      expect.objectContaining({ type: 'permissionsRemoved', delegated: ['futureRead'] }),
    ]);
  });

  it('says what it cannot compare: a list the file lacks, a plane the service sent unreadably', () => {
    // The file has no application list for the app.
    const document = {
      ...createGrantsDocument([{ registration: files, grants: [] }], '2026-11-22T10:00:00.000Z', TENANT),
      registrations: [
        {
          registrationId: files.id,
          name: files.name,
          owningAppId: OWNER,
          applicationPermissionGrants: [{ appId: BACKUP, delegatedPermissions: ['readContent'] }],
        },
      ],
    };
    const unreadable: Grant = { ...grant(BACKUP, ['writeContent']), unreadablePlanes: ['delegated'] };
    const result = compareExport(document, {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [unreadable] }],
    });
    expect(differences(result)).toEqual([
      expect.objectContaining({
        type: 'notCompared',
        appId: BACKUP,
        reason: 'missingList',
        planes: ['application'],
      }),
      expect.objectContaining({
        type: 'notCompared',
        appId: BACKUP,
        reason: 'unreadable',
        planes: ['delegated'],
      }),
    ]);
  });

  it('reads grants in the legacy shape of the documented examples, ids that are not GUIDs kept', () => {
    const [, guestExample] = seedExamples.examples;
    const document = {
      format: 'spe-permission-matrix/grants',
      version: 1,
      exportedAt: '2025-08-11T00:00:00Z',
      registrations: [
        {
          registrationId: guestExample.response.body.id,
          name: guestExample.response.body.name,
          owningAppId: OWNER,
          applicationPermissionGrants: guestExample.request.body.applicationPermissionGrants,
        },
      ],
    };
    const result = compareExport(JSON.stringify(document), {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [grant(OWNER, ['full'], ['full'])] }],
    });
    expect(result.ok && result.comparison.tenantId).toBeUndefined();
    expect(result.ok && result.comparison.warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['legacy_keys', 'invalid_app_id']),
    );
    expect(differences(result)).toEqual([
      expect.objectContaining({
        type: 'appRemoved',
        appId: '89ea5c94-7736-4e25-95ad-3fa95f62b6',
        delegated: ['read', 'write'],
        application: [],
      }),
    ]);
  });

  it('refuses a file exported in another tenant', () => {
    const result = compareExport(exported([{ registration: files, grants: [] }], 'other-tenant'), {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [] }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'other_tenant', path: 'tenantId', found: 'other-tenant' }],
    });
  });

  it('refuses what is not an export of this tool, and duplicates, naming each problem', () => {
    const current = { tenantId: TENANT, entries: [{ registration: files, grants: [] }] };
    expect(compareExport('not json', current)).toMatchObject({ ok: false, problems: [{ code: 'not_json' }] });
    const [ownerOnly] = seedExamples.examples;
    expect(compareExport(ownerOnly.response.body, current)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ code: 'missing', path: 'format' })]),
    });
    const duplicate = exported([
      {
        registration: files,
        grants: [grant(BACKUP, ['readContent']), grant(BACKUP.toUpperCase(), ['none'])],
      },
    ]);
    expect(compareExport(duplicate, current)).toMatchObject({
      ok: false,
      problems: [{ code: 'duplicate_app' }],
    });
  });

  it('for one registration compares only its entry, and refuses a file without one', () => {
    const file = exported([
      { registration: files, grants: [grant(BACKUP, ['readContent'])] },
      { registration: notes, grants: [grant(VIEWER, ['readContent'])] },
    ]);
    const current = {
      tenantId: TENANT,
      entries: [{ registration: files, grants: [] }],
      registrationId: files.id,
    };
    expect(differences(compareExport(file, current))).toEqual([
      expect.objectContaining({ type: 'appRemoved', appId: BACKUP }),
    ]);
    const other = exported([{ registration: notes, grants: [] }]);
    expect(compareExport(other, current)).toEqual({
      ok: false,
      problems: [{ code: 'no_entry', path: 'registrations', found: files.id }],
    });
  });
});

describe('filterDifferences and differencesToCsv', () => {
  const ALL = new Set(EXPORT_DIFFERENCE_TYPES);
  const hostile = '=HYPERLINK("https://evil.example","x");@SUM(1)';
  const list: ExportDifference[] = [
    {
      type: 'appAdded',
      registrationId: files.id,
      registrationName: hostile,
      appId: BACKUP,
      delegated: ['readContent'],
      application: [],
    },
    {
      type: 'registrationGone',
      registrationId: notes.id,
      registrationName: 'Notes',
      delegated: [],
      application: [],
    },
  ];

  it('filters by kind and by registration or app, name or id', () => {
    expect(filterDifferences(list, { types: new Set(['registrationGone']), query: '' })).toEqual([list[1]]);
    expect(filterDifferences(list, { types: ALL, query: 'NOTES' })).toEqual([list[1]]);
    expect(filterDifferences(list, { types: ALL, query: 'backup' }, () => 'Contoso Backup')).toEqual([
      list[0],
    ]);
    expect(filterDifferences(list, { types: new Set(['appAdded']), query: 'notes' })).toEqual([]);
  });

  it('writes formula-safe cells, one row per difference', () => {
    const csv = differencesToCsv(list, {
      headers: {
        difference: 'Difference',
        registrationId: 'Registration id',
        registrationName: 'Registration',
        appId: 'App id',
        appName: 'App',
        delegated: 'Delegated',
        application: 'Application',
      },
      typeText: (difference) => difference.type,
      appName: () => '+cmd',
    });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      `"appAdded","${files.id}","'=HYPERLINK(""https://evil.example"",""x"");'@SUM(1)","${BACKUP}","'+cmd","readContent",""`,
    );
  });
});
