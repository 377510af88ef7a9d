/**
 * Grants as a document: a versioned JSON format to export the grants of one or many registrations
 * and import them again (as a plan to review, then apply). Import reports every problem, with its path.
 */
import type { Grant, ReadWarning, Registration } from './model';
import { readGrants } from './readGrants';
import { isGuid } from './validate';

export const GRANTS_DOCUMENT_FORMAT = 'spe-permission-matrix/grants';
export const GRANTS_DOCUMENT_VERSION = 1;

export interface GrantsDocumentEntry {
  readonly registrationId: string;
  readonly name: string;
  readonly owningAppId: string;
  readonly applicationPermissionGrants: readonly Grant[];
}

export interface GrantsDocument {
  readonly format: typeof GRANTS_DOCUMENT_FORMAT;
  readonly version: typeof GRANTS_DOCUMENT_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly registrations: readonly GrantsDocumentEntry[];
}

export interface DocumentProblem {
  readonly path: string;
  readonly reason: string;
}

export type ParseGrantsDocumentResult =
  | { readonly ok: true; readonly document: GrantsDocument; readonly warnings: ReadWarning[] }
  | { readonly ok: false; readonly problems: DocumentProblem[] };

export function createGrantsDocument(
  entries: readonly { readonly registration: Registration; readonly grants: readonly Grant[] }[],
  exportedAt: string,
): GrantsDocument {
  return {
    format: GRANTS_DOCUMENT_FORMAT,
    version: GRANTS_DOCUMENT_VERSION,
    exportedAt,
    registrations: entries.map(({ registration, grants }) => ({
      registrationId: registration.id,
      name: registration.name,
      owningAppId: registration.owningAppId,
      applicationPermissionGrants: grants.map((grant) => ({
        appId: grant.appId,
        delegatedPermissions: [...grant.delegatedPermissions],
        applicationPermissions: [...grant.applicationPermissions],
      })),
    })),
  };
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Warnings that make an imported grant unusable rather than merely repaired. */
const FATAL_WARNINGS = new Set([
  'not_an_object',
  'missing_app_id',
  'invalid_app_id',
  'not_a_list',
  'duplicate_app',
]);

/** Reads a document from JSON text or a parsed value; on failure lists every problem, not just the first. */
export function parseGrantsDocument(input: unknown): ParseGrantsDocumentResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      return { ok: false, problems: [{ path: '$', reason: `Not valid JSON: ${(error as Error).message}` }] };
    }
  }
  if (!isObject(value)) return { ok: false, problems: [{ path: '$', reason: 'Expected a JSON object.' }] };

  const problems: DocumentProblem[] = [];
  const warnings: ReadWarning[] = [];
  if (value.format !== GRANTS_DOCUMENT_FORMAT) {
    problems.push({ path: 'format', reason: `Expected "${GRANTS_DOCUMENT_FORMAT}".` });
  }
  if (value.version !== GRANTS_DOCUMENT_VERSION) {
    problems.push({
      path: 'version',
      reason: `Unsupported version; this tool reads version ${GRANTS_DOCUMENT_VERSION}.`,
    });
  }
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : '';
  if (exportedAt === '') problems.push({ path: 'exportedAt', reason: 'Missing the export date.' });

  const entries: GrantsDocumentEntry[] = [];
  if (!Array.isArray(value.registrations)) {
    problems.push({ path: 'registrations', reason: 'Expected a list of registrations.' });
  } else {
    value.registrations.forEach((raw: unknown, index) => {
      const path = `registrations[${index}]`;
      if (!isObject(raw)) {
        problems.push({ path, reason: 'Expected an object.' });
        return;
      }
      for (const key of ['registrationId', 'owningAppId'] as const) {
        const id = raw[key];
        if (typeof id !== 'string' || !isGuid(id))
          problems.push({ path: `${path}.${key}`, reason: 'Expected a GUID.' });
      }
      if (!Array.isArray(raw.applicationPermissionGrants)) {
        problems.push({ path: `${path}.applicationPermissionGrants`, reason: 'Expected a list of grants.' });
        return;
      }
      const grants = readGrants(raw.applicationPermissionGrants, `${path}.applicationPermissionGrants`);
      for (const warning of grants.warnings) {
        if (FATAL_WARNINGS.has(warning.code)) {
          problems.push({ path: warning.path, reason: describeFatal(warning) });
        } else {
          warnings.push(warning);
        }
      }
      entries.push({
        registrationId: String(raw.registrationId),
        name: typeof raw.name === 'string' ? raw.name : '',
        owningAppId: String(raw.owningAppId),
        applicationPermissionGrants: grants.value,
      });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    document: {
      format: GRANTS_DOCUMENT_FORMAT,
      version: GRANTS_DOCUMENT_VERSION,
      exportedAt,
      registrations: entries,
    },
    warnings,
  };
}

function describeFatal(warning: ReadWarning): string {
  switch (warning.code) {
    case 'not_an_object':
      return 'Expected a grant object.';
    case 'missing_app_id':
      return 'The grant has no appId.';
    case 'invalid_app_id':
      return `The appId "${warning.found ?? ''}" is not a GUID.`;
    case 'duplicate_app':
      return `The app ${warning.appId ?? ''} appears more than once.`;
    default:
      return 'Expected a list of permission names.';
  }
}
