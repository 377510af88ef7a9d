import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readGrant,
  readGrants,
  readRegistration,
  toWireGrantBody,
  unwritablePlanes,
} from '../../src/core/readGrants';

/** The published examples, mistakes included (shared/ lies beside the repository). */
const seed = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/seed-examples.json'), 'utf8')) as {
  examples: { request: { body: unknown }; response: { body: unknown } }[];
};

/** graph-api.md §2.4: the v1.0 GET registration example. */
const documentedGet = {
  id: 'de988700-d700-020e-0a00-0831f3042f00',
  name: 'Container Type Name',
  owningAppId: '11335700-9a00-4c00-84dd-0c210f203f00',
  billingClassification: 'trial',
  billingStatus: 'valid',
  registeredDateTime: '2025-01-20T00:00:00Z',
  expirationDateTime: null,
  etag: 'RVRhZw==',
  settings: { sharingCapability: 'disabled', isSearchEnabled: true },
  applicationPermissionGrants: [
    {
      appId: '11335700-9a00-4c00-84dd-0c210f203f00',
      delegatedPermissions: ['read'],
      applicationPermissions: ['full'],
    },
    {
      appId: 'd893fd02-3578-4c7f-bd85-12fc3358af48',
      delegatedPermissions: ['none'],
      applicationPermissions: ['read'],
    },
  ],
};

describe('reading the published examples', () => {
  it('reads the canonical example without warnings', () => {
    const read = readRegistration(seed.examples[0]?.response.body);
    expect(read.value.applicationPermissionGrants).toEqual([
      {
        appId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
        delegatedPermissions: ['full'],
        applicationPermissions: ['full'],
      },
    ]);
    expect(read.value.name).toBe('Test Container Type');
    // The published dates are not ISO 8601: kept as found, flagged.
    expect(read.warnings.map((warning) => warning.code)).toEqual(['non_iso_date', 'non_iso_date']);
    expect(read.value.registeredDateTime).toBe('08/11/2025');
  });

  it('reads the legacy delegated/appOnly keys and flags them and the 34-character app id', () => {
    const read = readRegistration(seed.examples[1]?.response.body);
    const guest = read.value.applicationPermissionGrants[1];
    expect(guest).toEqual({
      appId: '89ea5c94-7736-4e25-95ad-3fa95f62b6',
      delegatedPermissions: ['read', 'write'],
      applicationPermissions: ['none'],
    });
    const codes = read.warnings.map((warning) => `${warning.code}@${warning.path}`);
    expect(codes).toContain('legacy_keys@applicationPermissionGrants[1].delegated');
    expect(codes).toContain('legacy_keys@applicationPermissionGrants[1].appOnly');
    expect(codes).toContain('invalid_app_id@applicationPermissionGrants[1].appId');
  });

  it('writes the legacy example back in the canonical Graph shape', () => {
    const read = readRegistration(seed.examples[1]?.request.body);
    const guest = read.value.applicationPermissionGrants[1];
    expect(guest && toWireGrantBody(guest)).toEqual({
      delegatedPermissions: ['read', 'write'],
      applicationPermissions: ['none'],
    });
    expect(JSON.stringify(guest && toWireGrantBody(guest))).not.toMatch(/appOnly|"delegated"|appId/);
  });

  it('reads the documented v1.0 GET example', () => {
    const read = readRegistration(documentedGet);
    expect(read.warnings).toEqual([]);
    expect(read.value).toMatchObject({
      owningAppId: '11335700-9a00-4c00-84dd-0c210f203f00',
      etag: 'RVRhZw==',
      expirationDateTime: null,
    });
    expect(read.value.applicationPermissionGrants).toHaveLength(2);
  });
});

describe('readGrant', () => {
  const appId = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';

  it.each([
    ['ReadContent', 'readContent'],
    ['FULL', 'full'],
    ['EnumeratePermissions', 'enumeratePermissions'],
    ['WriteContent', 'writeContent'],
  ])('reads PascalCase %s as %s with a warning', (found, readAs) => {
    const read = readGrant({ appId, delegatedPermissions: [found], applicationPermissions: ['none'] }, 'g');
    expect(read.value?.delegatedPermissions).toEqual([readAs]);
    expect(read.warnings).toEqual([
      { code: 'pascal_case', path: 'g.delegatedPermissions[0]', appId, found, readAs },
    ]);
  });

  it.each(['deleteOwnPermissions', 'DeleteOwnPermissions'])(
    'reads the old plural %s as deleteOwnPermission',
    (found) => {
      const read = readGrant({ appId, delegatedPermissions: ['none'], applicationPermissions: [found] }, 'g');
      expect(read.value?.applicationPermissions).toEqual(['deleteOwnPermission']);
      expect(read.warnings[0]?.code).toBe('plural_delete_own');
    },
  );

  it('keeps an unknown value verbatim and flags it', () => {
    const read = readGrant(
      { appId, delegatedPermissions: ['read', 'manageSensitivityLabels'], applicationPermissions: [] },
      'g',
    );
    expect(read.value?.delegatedPermissions).toEqual(['read', 'manageSensitivityLabels']);
    expect(read.value?.applicationPermissions).toEqual(['none']);
    expect(read.warnings).toEqual([
      {
        code: 'unknown_permission',
        path: 'g.delegatedPermissions[1]',
        appId,
        found: 'manageSensitivityLabels',
      },
    ]);
  });

  it('marks a plane holding unknownFutureValue unreadable, and refuses to write it (dropping it would revoke the real value)', () => {
    const read = readGrant(
      { appId, delegatedPermissions: ['unknownFutureValue'], applicationPermissions: ['read'] },
      'g',
    );
    expect(read.value?.delegatedPermissions).toEqual(['unknownFutureValue']);
    expect(read.value?.unreadablePlanes).toEqual(['delegated']);
    expect(read.warnings[0]?.code).toBe('unknown_future_value');
    expect(read.value && unwritablePlanes(read.value)).toEqual(['delegated']);
    expect(() => read.value && toWireGrantBody(read.value)).toThrow(/read-only/);
  });

  it('treats unknownFutureValue as unwritable even on a grant that was not read here', () => {
    const grant = { appId, delegatedPermissions: ['read'], applicationPermissions: ['unknownFutureValue'] };
    expect(unwritablePlanes(grant)).toEqual(['application']);
    expect(() => toWireGrantBody(grant)).toThrow(/read-only/);
  });

  it('reads a missing plane as none and says so', () => {
    const read = readGrant({ appId, delegatedPermissions: ['read'] }, 'g');
    expect(read.value?.applicationPermissions).toEqual(['none']);
    expect(read.warnings).toEqual([
      {
        code: 'missing_plane',
        path: 'g.applicationPermissions',
        appId,
        readAs: 'none',
        plane: 'application',
      },
    ]);
  });

  it.each(['read', 42, { a: 1 }, [1, 2]])(
    'marks a plane that is not a list of strings unreadable, never as a writable none: %j',
    (plane) => {
      const read = readGrant({ appId, delegatedPermissions: plane, applicationPermissions: ['none'] }, 'g');
      expect(read.value?.unreadablePlanes).toEqual(['delegated']);
      expect(read.warnings[0]?.code).toBe('not_a_list');
      expect(() => read.value && toWireGrantBody(read.value)).toThrow(/read-only/);
    },
  );

  it('leaves readable grants unmarked', () => {
    const read = readGrant({ appId, delegatedPermissions: ['read'], applicationPermissions: ['none'] }, 'g');
    expect(read.value).toEqual({ appId, delegatedPermissions: ['read'], applicationPermissions: ['none'] });
  });

  it.each([null, 'x', 3, []])('keeps nothing from a grant that is not an object: %j', (raw) => {
    const read = readGrant(raw, 'g');
    expect(read.value).toBeUndefined();
    expect(read.warnings[0]?.code).toBe('not_an_object');
  });

  it('keeps nothing from a grant without an appId', () => {
    expect(readGrant({ delegatedPermissions: ['read'] }, 'g').warnings[0]?.code).toBe('missing_app_id');
  });

  it('ignores @odata.type', () => {
    const read = readGrant(
      {
        '@odata.type': '#microsoft.graph.fileStorageContainerTypeAppPermissionGrant',
        appId,
        delegatedPermissions: ['full'],
        applicationPermissions: ['full'],
      },
      'g',
    );
    expect(read.value).toEqual({ appId, delegatedPermissions: ['full'], applicationPermissions: ['full'] });
    expect(read.warnings).toEqual([]);
  });
});

describe('readGrants', () => {
  const a = {
    appId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
    delegatedPermissions: ['full'],
    applicationPermissions: ['full'],
  };

  it('reads a Graph collection', () => {
    expect(readGrants({ value: [a] }).value).toEqual([a]);
  });

  it('keeps the first of two grants for the same app and flags the second', () => {
    const read = readGrants([a, { ...a, appId: a.appId.toUpperCase(), delegatedPermissions: ['read'] }]);
    expect(read.value).toEqual([a]);
    expect(read.warnings[0]).toMatchObject({
      code: 'duplicate_app',
      path: 'applicationPermissionGrants[1]',
      firstPath: 'applicationPermissionGrants[0]',
    });
  });

  it('reads nothing as no grants', () => {
    expect(readGrants(undefined)).toEqual({ value: [], warnings: [] });
  });

  it('reads 20,000 apps, keeping the first of each duplicate (a set, not a search per app)', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      appId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      delegatedPermissions: ['read'],
      applicationPermissions: ['none'],
    }));
    const read = readGrants([...many, { ...many[7], appId: many[7]?.appId.toUpperCase() }]);
    expect(read.value).toHaveLength(20_000);
    expect(read.warnings.map((warning) => warning.code)).toEqual(['duplicate_app']);
  });

  it('flags a grants value that is not a list', () => {
    expect(readGrants('oops').warnings[0]?.code).toBe('not_a_list');
  });
});

describe('toWireGrantBody', () => {
  it('always sends both planes, canonical, without the app id', () => {
    expect(
      toWireGrantBody({
        appId: 'x',
        delegatedPermissions: ['readContent', 'writeContent', 'manageContent'],
        applicationPermissions: [],
      }),
    ).toEqual({
      delegatedPermissions: ['manageContent'],
      applicationPermissions: ['none'],
    });
  });

  it('writes unknown values back unchanged', () => {
    expect(
      toWireGrantBody({
        appId: 'x',
        delegatedPermissions: ['manageSensitivityLabels'],
        applicationPermissions: ['full'],
      }),
    ).toEqual({
      delegatedPermissions: ['manageSensitivityLabels'],
      applicationPermissions: ['full'],
    });
  });
});
