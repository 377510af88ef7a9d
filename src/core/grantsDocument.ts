/**
 * Grants as a document: a versioned JSON format to export the grants of one or many registrations
 * and import them again (as a plan to review, then apply), plus the other shapes admins bring to an
 * import (`readImportFile`). Import reports every problem, with its path.
 */
import type { FileGrant } from './importPlan';
import type { Grant, Plane, ReadWarning, ReadWarningCode, Registration } from './model';
import { appIdKey } from './normalise';
import { readGrants } from './readGrants';
import { isGuid } from './validate';

export const GRANTS_DOCUMENT_FORMAT = 'spe-permission-matrix/grants';
export const GRANTS_DOCUMENT_VERSION = 1;

export interface GrantsDocumentEntry {
  readonly registrationId: string;
  readonly name: string;
  readonly owningAppId: string;
  readonly applicationPermissionGrants: readonly FileGrant[];
}

export interface GrantsDocument {
  readonly format: typeof GRANTS_DOCUMENT_FORMAT;
  readonly version: typeof GRANTS_DOCUMENT_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  /**
   * The tenant the grants were read in (the token's `tid`), so a comparison can refuse another
   * tenant's file. Exports made before it was written carry none.
   */
  readonly tenantId?: string;
  readonly registrations: readonly GrantsDocumentEntry[];
}

/** Why a file cannot be imported; the editor words each code in the admin's language. */
export type DocumentProblemCode =
  | 'not_json'
  | 'unknown_form' // none of the forms `readImportFile` accepts
  | 'wrong_format'
  | 'unsupported_version'
  | 'missing'
  | 'not_a_guid'
  | 'not_a_list'
  | 'not_an_object'
  | 'missing_app_id'
  | 'duplicate_app' // the same app twice in one list
  | 'duplicate_registration' // the same registration twice in one document
  | 'other_registration' // the file names another registration
  | 'no_entry' // a document without an entry for this registration
  | 'other_tenant'; // the file was exported in another tenant (a comparison refuses it)

export interface DocumentProblem {
  readonly code: DocumentProblemCode;
  /** JSON path of the problem (`$` for the whole file). */
  readonly path: string;
  /** The offending value or the app id, for display (always rendered as text). */
  readonly found?: string;
  /** For a duplicate: the path of the entry that names the same app or registration first. */
  readonly firstPath?: string;
}

export type ParseGrantsDocumentResult =
  | { readonly ok: true; readonly document: GrantsDocument; readonly warnings: ReadWarning[] }
  | { readonly ok: false; readonly problems: DocumentProblem[] };

export function createGrantsDocument(
  entries: readonly { readonly registration: Registration; readonly grants: readonly Grant[] }[],
  exportedAt: string,
  tenantId?: string,
): GrantsDocument {
  return {
    format: GRANTS_DOCUMENT_FORMAT,
    version: GRANTS_DOCUMENT_VERSION,
    exportedAt,
    ...(tenantId !== undefined ? { tenantId } : {}),
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

/** Registration ids are GUIDs: compared without regard to case or surrounding spaces. */
function idKey(id: string): string {
  return id.trim().toLowerCase();
}

function sameId(a: string, b: string): boolean {
  return idKey(a) === idKey(b);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Warnings that make an imported file ambiguous or a grant unusable rather than merely repaired: they
 * become problems. A file that names an app twice is refused, never read as one of the two. An app id
 * that is not a GUID is not among them: the service sent it, an export kept it, and the import keeps
 * it out of the plan with a note (`planImport`), so every export imports back.
 */
const FATAL_WARNINGS: ReadonlySet<ReadWarningCode> = new Set<ReadWarningCode & DocumentProblemCode>([
  'not_an_object',
  'missing_app_id',
  'not_a_list',
  'duplicate_app',
]);

/**
 * Reads a list of grants from a file; repairs are warnings, anything that cannot be written is a
 * problem. A missing list is no repair: it is marked on the grant (`missingPlanes`), and the plan says
 * what each mode does with it.
 */
function readFileGrants(
  raw: unknown,
  path: string,
  problems: DocumentProblem[],
  warnings: ReadWarning[],
): FileGrant[] {
  const grants = readGrants(raw, path);
  const missing = new Map<string, Plane[]>();
  for (const warning of grants.warnings) {
    if (FATAL_WARNINGS.has(warning.code)) {
      problems.push({
        code: warning.code as DocumentProblemCode,
        path: warning.path,
        found: warning.code === 'duplicate_app' ? warning.appId : warning.found,
        ...(warning.firstPath !== undefined ? { firstPath: warning.firstPath } : {}),
      });
    } else if (warning.code === 'missing_plane' && warning.appId !== undefined && warning.plane) {
      // One grant per app: a file naming an app twice is refused above.
      const key = appIdKey(warning.appId);
      missing.set(key, [...(missing.get(key) ?? []), warning.plane]);
    } else {
      warnings.push(warning);
    }
  }
  if (missing.size === 0) return grants.value;
  return grants.value.map((grant) => {
    const missingPlanes = missing.get(appIdKey(grant.appId));
    return missingPlanes ? { ...grant, missingPlanes } : grant;
  });
}

/** A value as found, for display: strings as they are, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function parseJson(input: unknown): { readonly value: unknown } | { readonly problem: DocumentProblem } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    return { problem: { code: 'not_json', path: '$', found: (error as Error).message } };
  }
}

/** Reads a document from JSON text or a parsed value; on failure lists every problem, not just the first. */
export function parseGrantsDocument(input: unknown): ParseGrantsDocumentResult {
  const json = parseJson(input);
  if ('problem' in json) return { ok: false, problems: [json.problem] };
  const { value } = json;
  if (!isObject(value)) return { ok: false, problems: [{ code: 'unknown_form', path: '$' }] };

  const problems: DocumentProblem[] = [];
  const warnings: ReadWarning[] = [];
  if (value.format === undefined) problems.push({ code: 'missing', path: 'format' });
  else if (value.format !== GRANTS_DOCUMENT_FORMAT) {
    problems.push({ code: 'wrong_format', path: 'format', found: asText(value.format) });
  }
  if (value.version === undefined) problems.push({ code: 'missing', path: 'version' });
  else if (value.version !== GRANTS_DOCUMENT_VERSION) {
    problems.push({ code: 'unsupported_version', path: 'version', found: asText(value.version) });
  }
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : '';
  if (exportedAt === '') problems.push({ code: 'missing', path: 'exportedAt' });
  const tenantId =
    typeof value.tenantId === 'string' && value.tenantId.trim() !== '' ? value.tenantId : undefined;

  const entries: GrantsDocumentEntry[] = [];
  // Where each registration is first named: a second entry for it is refused, never merged or dropped.
  const named = new Map<string, string>();
  if (!Array.isArray(value.registrations)) {
    problems.push({ code: 'not_a_list', path: 'registrations' });
  } else {
    value.registrations.forEach((raw: unknown, index) => {
      const path = `registrations[${index}]`;
      if (!isObject(raw)) {
        problems.push({ code: 'not_an_object', path });
        return;
      }
      for (const key of ['registrationId', 'owningAppId'] as const) {
        const id = raw[key];
        if (id === undefined) problems.push({ code: 'missing', path: `${path}.${key}` });
        else if (typeof id !== 'string' || !isGuid(id))
          problems.push({ code: 'not_a_guid', path: `${path}.${key}`, found: asText(id) });
      }
      if (typeof raw.registrationId === 'string' && isGuid(raw.registrationId)) {
        const idPath = `${path}.registrationId`;
        const firstPath = named.get(idKey(raw.registrationId));
        if (firstPath === undefined) named.set(idKey(raw.registrationId), idPath);
        else {
          problems.push({
            code: 'duplicate_registration',
            path: idPath,
            found: raw.registrationId,
            firstPath,
          });
        }
      }
      if (!Array.isArray(raw.applicationPermissionGrants)) {
        problems.push({ code: 'not_a_list', path: `${path}.applicationPermissionGrants` });
        return;
      }
      const grants = readFileGrants(
        raw.applicationPermissionGrants,
        `${path}.applicationPermissionGrants`,
        problems,
        warnings,
      );
      entries.push({
        registrationId: String(raw.registrationId),
        name: typeof raw.name === 'string' ? raw.name : '',
        owningAppId: String(raw.owningAppId),
        applicationPermissionGrants: grants,
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
      ...(tenantId !== undefined ? { tenantId } : {}),
      registrations: entries,
    },
    warnings,
  };
}

/** The grants a document holds for one registration, or `undefined` when it has none for it. */
export function grantsForRegistration(
  document: GrantsDocument,
  registrationId: string,
): readonly FileGrant[] | undefined {
  return document.registrations.find((entry) => sameId(entry.registrationId, registrationId))
    ?.applicationPermissionGrants;
}

/**
 * The forms an import accepts: this tool's document, and what admins copy from elsewhere — a Graph
 * collection `{ "value": [grants] }` (e.g. a saved `GET …/applicationPermissionGrants`), a bare list of
 * grants, a registration `{ "applicationPermissionGrants": [...] }`, and the legacy SharePoint REST
 * body `{ "value": [{ "appId", "delegated", "appOnly" }] }` (graph-api.md §5.2).
 */
export type ImportForm = 'document' | 'graphCollection' | 'grantList' | 'registration' | 'legacySharePoint';

/** How many spellings the tolerant read converted, by kind (each also has its own warning). */
export interface ImportConversions {
  /** `delegated` / `appOnly` read as `delegatedPermissions` / `applicationPermissions`. */
  readonly legacyKeys: number;
  /** `ReadContent` read as `readContent`. */
  readonly pascalCase: number;
  /** `deleteOwnPermissions` read as `deleteOwnPermission`. */
  readonly pluralDeleteOwn: number;
}

export type ReadImportResult =
  | {
      readonly ok: true;
      readonly form: ImportForm;
      readonly grants: readonly FileGrant[];
      readonly warnings: readonly ReadWarning[];
      readonly conversions: ImportConversions;
    }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

const DOCUMENT_KEYS = ['format', 'version', 'exportedAt', 'registrations'];

/** `…/containerTypeRegistrations('{id}')/…` in a Graph collection's `@odata.context`. */
const CONTEXT_REGISTRATION = /containerTypeRegistrations\('([^']*)'\)/;

/** The registration a payload says it belongs to, when it says so. */
function namedRegistration(value: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof value.id === 'string' && isGuid(value.id)) return value.id;
  const context = value['@odata.context'];
  const match = typeof context === 'string' ? CONTEXT_REGISTRATION.exec(context) : null;
  return match?.[1] !== undefined ? decodeURIComponent(match[1]) : undefined;
}

function countConversions(warnings: readonly ReadWarning[]): ImportConversions {
  let legacyKeys = 0;
  let pascalCase = 0;
  let pluralDeleteOwn = 0;
  for (const warning of warnings) {
    if (warning.code === 'legacy_keys') legacyKeys += 1;
    else if (warning.code === 'pascal_case') pascalCase += 1;
    else if (warning.code === 'plural_delete_own') pluralDeleteOwn += 1;
  }
  return { legacyKeys, pascalCase, pluralDeleteOwn };
}

/**
 * Reads an import file (JSON text or a parsed value) for one registration, in any accepted form, in
 * time linear in its size. A file that names another registration is refused rather than applied here.
 */
export function readImportFile(input: unknown, registrationId: string): ReadImportResult {
  const json = parseJson(input);
  if ('problem' in json) return { ok: false, problems: [json.problem] };
  const { value } = json;
  if (isObject(value) && DOCUMENT_KEYS.some((key) => key in value)) {
    const parsed = parseGrantsDocument(value);
    if (!parsed.ok) return parsed;
    const grants = grantsForRegistration(parsed.document, registrationId);
    if (grants === undefined) {
      return { ok: false, problems: [{ code: 'no_entry', path: 'registrations', found: registrationId }] };
    }
    return {
      ok: true,
      form: 'document',
      grants,
      warnings: parsed.warnings,
      conversions: countConversions(parsed.warnings),
    };
  }

  let form: ImportForm;
  let raw: unknown;
  let path: string;
  if (Array.isArray(value)) {
    [form, raw, path] = ['grantList', value, '$'];
  } else if (isObject(value) && 'applicationPermissionGrants' in value) {
    [form, raw, path] = ['registration', value.applicationPermissionGrants, 'applicationPermissionGrants'];
  } else if (isObject(value) && 'value' in value) {
    [form, raw, path] = ['graphCollection', value.value, 'value'];
  } else {
    return { ok: false, problems: [{ code: 'unknown_form', path: '$' }] };
  }
  const problems: DocumentProblem[] = [];
  const named = isObject(value) ? namedRegistration(value) : undefined;
  if (named !== undefined && !sameId(named, registrationId)) {
    problems.push({ code: 'other_registration', path: '$', found: named });
  }
  if (!Array.isArray(raw)) {
    problems.push({ code: 'not_a_list', path });
    return { ok: false, problems };
  }
  const warnings: ReadWarning[] = [];
  const grants = readFileGrants(raw, path, problems, warnings);
  if (problems.length > 0) return { ok: false, problems };
  const conversions = countConversions(warnings);
  // The legacy SharePoint REST body is a `value` list whose grants use `delegated` / `appOnly`.
  if (form === 'graphCollection' && conversions.legacyKeys > 0) form = 'legacySharePoint';
  return { ok: true, form, grants, warnings, conversions };
}
