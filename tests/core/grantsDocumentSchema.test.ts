/**
 * The committed JSON Schema of the grants document (docs/schemas) agrees with what the export writes
 * and what the import reads, for one registration and for a whole tenant.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrantsDocument, parseGrantsDocument } from '../../src/core/grantsDocument';
import type { Grant, Registration } from '../../src/core/model';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/schemas/grants-document.v1.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const g = (appId: string, delegated: string[], application: string[]): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const registration = (n: number): Registration => ({
  id: `a1a1a1a1-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Type ${n}`,
  owningAppId: OWNER,
});

/** A tenant of 30 registrations, with a value this tool does not know and one it cannot write. */
const tenant = Array.from({ length: 30 }, (_, index) => ({
  registration: registration(index + 1),
  grants: [
    g(OWNER, ['full'], ['full']),
    g(GUEST, ['readContent', 'manageSensitivityLabels'], index === 3 ? ['unknownFutureValue'] : ['none']),
  ],
}));
const exported = createGrantsDocument(tenant, '2026-11-22T10:00:00.000Z');

describe('the grants document schema', () => {
  it('accepts a tenant-wide export, which the import reads back unchanged', () => {
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseGrantsDocument(JSON.stringify(exported));
    // Every value comes back; the one holding unknownFutureValue is marked read-only on that plane.
    expect(parsed.ok && parsed.document).toMatchObject(exported);
    expect(
      parsed.ok && parsed.document.registrations[3]?.applicationPermissionGrants[1]?.unreadablePlanes,
    ).toEqual(['application']);
  });

  it('accepts an app id the service sent that is not a GUID: the export keeps it, an import leaves it as it is', () => {
    const odd = {
      ...exported,
      registrations: [
        { ...exported.registrations[0], applicationPermissionGrants: [g('backup', ['read'], ['none'])] },
      ],
    };
    expect(validate(odd), JSON.stringify(validate.errors)).toBe(true);
    expect(parseGrantsDocument(JSON.stringify(odd)).ok).toBe(true);
  });

  it('accepts an export naming its tenant, which reads back with it', () => {
    const named = createGrantsDocument(
      tenant,
      '2026-11-22T10:00:00Z',
      '72f988bf-86f1-41af-91ab-2d7cd011db47',
    );
    expect(validate(named), JSON.stringify(validate.errors)).toBe(true);
    expect(parseGrantsDocument(JSON.stringify(named))).toMatchObject({
      ok: true,
      document: { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    });
  });

  it('accepts a one-registration export', () => {
    expect(validate(createGrantsDocument(tenant.slice(0, 1), '2026-11-22T10:00:00Z'))).toBe(true);
  });

  it.each([
    ['another format', { ...exported, format: 'something/else' }],
    ['a later version', { ...exported, version: 2 }],
    ['no registrations', { ...exported, registrations: undefined }],
    ['a date that is not one', { ...exported, exportedAt: 'yesterday' }],
    [
      'a registration id that is not a GUID',
      { ...exported, registrations: [{ ...exported.registrations[0], registrationId: 'legal' }] },
    ],
    [
      'a grant without a plane',
      {
        ...exported,
        registrations: [
          {
            ...exported.registrations[0],
            applicationPermissionGrants: [{ appId: GUEST, delegatedPermissions: ['read'] }],
          },
        ],
      },
    ],
  ])('rejects %s', (_what, document) => {
    expect(validate(JSON.parse(JSON.stringify(document)) as unknown)).toBe(false);
  });

  it('rejects, like the import, what the import refuses', () => {
    const wrong = {
      ...exported,
      version: 2,
      registrations: [{ ...exported.registrations[0], owningAppId: 'x' }],
    };
    expect(validate(wrong)).toBe(false);
    expect(parseGrantsDocument(wrong).ok).toBe(false);
  });
});
