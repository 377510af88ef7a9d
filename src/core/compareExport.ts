/**
 * Compare with a file: an earlier export of this tool (the grants document, one registration or the
 * tenant) against the grants read from the service now. Read-only by design: the result is a list of
 * differences to show and download, never a plan; nothing here can be turned into a write.
 *
 * Each difference says it from the file's point of view: an app *added* is granted now and not in the
 * file; *removed* is in the file and has no grant now. What cannot be compared exactly is said, never
 * guessed: a registration whose grants could not be read now, a list the file does not have, a plane the
 * service sent in a form this tool cannot read. Values the catalog does not know are compared as text
 * and shown as they are.
 */
import { csvText, permissionsText } from './grantsCsv';
import { diffGrants } from './diffGrants';
import { grantsForRegistration, parseGrantsDocument, type DocumentProblem } from './grantsDocument';
import { indexGrants } from './grantList';
import type { FileGrant } from './importPlan';
import type { Grant, Plane, ReadWarning, Registration } from './model';
import { PLANES } from './model';
import { appIdKey, normalisePlane } from './normalise';
import type { Permission } from './permissions';
import type { RegistrationGrants } from './tenantOverview';

export type ExportDifferenceType =
  /** Registered now (its grants read), not in the file: registered since, or left out of the export. */
  | 'registrationNotInFile'
  /** In the file, not among the registrations read now: gone, or out of this account's reach. */
  | 'registrationGone'
  | 'appAdded'
  | 'appRemoved'
  | 'permissionsAdded'
  | 'permissionsRemoved'
  | 'notCompared';

export const EXPORT_DIFFERENCE_TYPES: readonly ExportDifferenceType[] = [
  'registrationNotInFile',
  'registrationGone',
  'appAdded',
  'appRemoved',
  'permissionsAdded',
  'permissionsRemoved',
  'notCompared',
];

/** Why something was not compared: nothing is said about it either way. */
export type NotComparedReason =
  /** The registration's grants could not be read now. */
  | 'notRead'
  /** The file has no list for a plane of the app. */
  | 'missingList'
  /** The service sent a plane this tool cannot read exactly. */
  | 'unreadable';

export interface ExportDifference {
  readonly type: ExportDifferenceType;
  readonly registrationId: string;
  /** The name the service shows now, else the file's. */
  readonly registrationName: string;
  readonly appId?: string;
  /**
   * Per plane, the permissions the difference is about: added or removed ones; for an app added, its
   * grant now; for an app removed, its grant in the file. Empty where the plane has none.
   */
  readonly delegated: readonly Permission[];
  readonly application: readonly Permission[];
  readonly reason?: NotComparedReason;
  /** For `missingList` and `unreadable`: the planes left out. */
  readonly planes?: readonly Plane[];
}

export interface ExportComparison {
  /** When the file was exported (ISO 8601, as the file says). */
  readonly exportedAt: string;
  /** The file's tenant; `undefined` for exports made before files named it. */
  readonly tenantId?: string;
  readonly differences: readonly ExportDifference[];
  /** Registrations found both in the file and now, and compared app by app. */
  readonly compared: number;
  /** What the tolerant read repaired in the file (legacy keys, spellings, ids that are not GUIDs). */
  readonly warnings: readonly ReadWarning[];
}

export type CompareExportResult =
  | { readonly ok: true; readonly comparison: ExportComparison }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

export interface CompareExportInput {
  /** The signed-in tenant: a file exported in another one is refused. */
  readonly tenantId: string;
  /** The registrations whose grants were read now, with them. */
  readonly entries: readonly RegistrationGrants[];
  /** Registrations whose grants could not be read now: not compared, never called gone. */
  readonly notRead?: readonly Registration[];
  /**
   * One registration's matrix: only its entry in the file counts (a tenant export will do), and a file
   * without one is refused. Without it, the whole tenant is compared.
   */
  readonly registrationId?: string;
}

const idKey = (id: string): string => id.trim().toLowerCase();

/** Nothing granted on a plane: no list to show. */
const shown = (permissions: readonly Permission[]): readonly Permission[] =>
  permissions.length === 1 && permissions[0] === 'none' ? [] : permissions;

function grantPlanes(grant: Grant): Pick<ExportDifference, 'delegated' | 'application'> {
  return {
    delegated: shown(normalisePlane(grant.delegatedPermissions)),
    application: shown(normalisePlane(grant.applicationPermissions)),
  };
}

/** The differences of one app in both: per plane what was added and removed, or why a plane was not compared. */
function appDifferences(
  base: Pick<ExportDifference, 'registrationId' | 'registrationName'>,
  inFile: FileGrant,
  now: Grant,
): ExportDifference[] {
  const missing = PLANES.filter((plane) => inFile.missingPlanes?.includes(plane) === true);
  const unreadable = PLANES.filter(
    (plane) =>
      !missing.includes(plane) &&
      (now.unreadablePlanes?.includes(plane) === true || inFile.unreadablePlanes?.includes(plane) === true),
  );
  const appId = now.appId;
  const result: ExportDifference[] = [];
  // The review's own diff: a value now included in a granted parent is not reported as removed.
  const [change] = diffGrants([inFile], [now]);
  if (change?.type === 'changed') {
    const compared = (plane: Plane, side: 'added' | 'removed'): readonly Permission[] =>
      missing.includes(plane) || unreadable.includes(plane)
        ? []
        : change[plane][side].filter((value) => value !== 'none');
    for (const side of ['added', 'removed'] as const) {
      const delegated = compared('delegated', side);
      const application = compared('application', side);
      if (delegated.length + application.length > 0) {
        const type = side === 'added' ? 'permissionsAdded' : 'permissionsRemoved';
        result.push({ ...base, type, appId, delegated, application });
      }
    }
  }
  for (const [reason, planes] of [
    ['missingList', missing],
    ['unreadable', unreadable],
  ] as const) {
    if (planes.length > 0)
      result.push({ ...base, type: 'notCompared', appId, delegated: [], application: [], reason, planes });
  }
  return result;
}

function registrationDifferences(
  base: Pick<ExportDifference, 'registrationId' | 'registrationName'>,
  inFile: readonly FileGrant[],
  now: readonly Grant[],
): ExportDifference[] {
  const result: ExportDifference[] = [];
  const fileByApp = indexGrants(inFile);
  const nowApps = new Set(now.map((grant) => appIdKey(grant.appId)));
  for (const grant of indexGrants(now).values()) {
    const before = fileByApp.get(appIdKey(grant.appId));
    if (before === undefined)
      result.push({ ...base, type: 'appAdded', appId: grant.appId, ...grantPlanes(grant) });
    else result.push(...appDifferences(base, before, grant));
  }
  for (const grant of fileByApp.values()) {
    if (!nowApps.has(appIdKey(grant.appId)))
      result.push({ ...base, type: 'appRemoved', appId: grant.appId, ...grantPlanes(grant) });
  }
  return result;
}

/**
 * Reads `input` (JSON text or a parsed value) as this tool's grants document and compares it with the
 * grants read now. Refuses what `parseGrantsDocument` refuses, a file of another tenant, and (for one
 * registration) a file without its entry. Linear in the number of registrations and apps.
 */
export function compareExport(input: unknown, current: CompareExportInput): CompareExportResult {
  const parsed = parseGrantsDocument(input);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  if (document.tenantId !== undefined && idKey(document.tenantId) !== idKey(current.tenantId)) {
    return { ok: false, problems: [{ code: 'other_tenant', path: 'tenantId', found: document.tenantId }] };
  }
  const base = { exportedAt: document.exportedAt, tenantId: document.tenantId, warnings: parsed.warnings };
  const scope = current.registrationId;
  if (scope !== undefined) {
    const inFile = grantsForRegistration(document, scope);
    const entry = current.entries.find((candidate) => idKey(candidate.registration.id) === idKey(scope));
    if (inFile === undefined || entry === undefined) {
      return { ok: false, problems: [{ code: 'no_entry', path: 'registrations', found: scope }] };
    }
    const names = { registrationId: entry.registration.id, registrationName: entry.registration.name };
    return {
      ok: true,
      comparison: { ...base, compared: 1, differences: registrationDifferences(names, inFile, entry.grants) },
    };
  }

  const fileEntries = new Map(document.registrations.map((entry) => [idKey(entry.registrationId), entry]));
  const notRead = new Map(
    (current.notRead ?? []).map((registration) => [idKey(registration.id), registration]),
  );
  const seen = new Set<string>();
  const differences: ExportDifference[] = [];
  let compared = 0;
  const none = { delegated: [], application: [] };
  for (const { registration, grants } of current.entries) {
    const key = idKey(registration.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const names = { registrationId: registration.id, registrationName: registration.name };
    const inFile = fileEntries.get(key);
    if (inFile === undefined) {
      differences.push({ ...names, type: 'registrationNotInFile', ...none });
      continue;
    }
    compared += 1;
    differences.push(...registrationDifferences(names, inFile.applicationPermissionGrants, grants));
  }
  for (const entry of document.registrations) {
    const key = idKey(entry.registrationId);
    if (seen.has(key)) continue;
    seen.add(key);
    const unread = notRead.get(key);
    differences.push(
      unread === undefined
        ? {
            registrationId: entry.registrationId,
            registrationName: entry.name,
            type: 'registrationGone',
            ...none,
          }
        : {
            registrationId: unread.id,
            registrationName: unread.name || entry.name,
            type: 'notCompared',
            reason: 'notRead',
            ...none,
          },
    );
  }
  return { ok: true, comparison: { ...base, compared, differences } };
}

export interface DifferenceFilter {
  /** The kinds shown. */
  readonly types: ReadonlySet<ExportDifferenceType>;
  /** Part of a registration's or app's id or name, any case. */
  readonly query: string;
}

/** The differences a filter leaves; `appName` gives an app's display name where known. */
export function filterDifferences(
  differences: readonly ExportDifference[],
  filter: DifferenceFilter,
  appName: (appId: string) => string | undefined = () => undefined,
): readonly ExportDifference[] {
  const wanted = filter.query.trim().toLowerCase();
  return differences.filter(
    (difference) =>
      filter.types.has(difference.type) &&
      (wanted === '' ||
        [
          difference.registrationId,
          difference.registrationName,
          difference.appId,
          difference.appId === undefined ? undefined : appName(difference.appId),
        ].some((text) => text?.toLowerCase().includes(wanted) === true)),
  );
}

/** The header row of the difference CSV, worded by the caller (the editor's strings). */
export interface DifferencesCsvHeaders {
  readonly difference: string;
  readonly registrationId: string;
  readonly registrationName: string;
  readonly appId: string;
  readonly appName: string;
  readonly delegated: string;
  readonly application: string;
}

/**
 * The differences as CSV, one row each, in the tenant CSV's formula-safe cells (`csvText`). The
 * difference column holds the caller's words for its type (and reason), so auditors read their language.
 */
export function differencesToCsv(
  differences: readonly ExportDifference[],
  options: {
    readonly headers: DifferencesCsvHeaders;
    readonly typeText: (difference: ExportDifference) => string;
    readonly appName?: (appId: string) => string | undefined;
  },
): string {
  const { headers, typeText, appName } = options;
  const rows: string[][] = [
    [
      headers.difference,
      headers.registrationId,
      headers.registrationName,
      headers.appId,
      headers.appName,
      headers.delegated,
      headers.application,
    ],
  ];
  for (const difference of differences) {
    rows.push([
      typeText(difference),
      difference.registrationId,
      difference.registrationName,
      difference.appId ?? '',
      difference.appId === undefined ? '' : (appName?.(difference.appId) ?? ''),
      permissionsText(difference.delegated),
      permissionsText(difference.application),
    ]);
  }
  return csvText(rows);
}
