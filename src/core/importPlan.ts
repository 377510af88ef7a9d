/**
 * What an import does to the matrix, decided without I/O. **Merge** (the default) sets the apps the
 * file holds and leaves every other app as it is; a list the file does not have keeps what the matrix
 * holds for that plane. **Replace** also removes the apps the file leaves out and sets a missing list
 * to `none`; both are counted before it is chosen. Read-only apps (values this tool cannot read
 * exactly) and app ids that are not GUIDs are never changed, in either mode.
 * Linear in the number of apps: files of tens of thousands of apps are planned at once.
 */
import { indexGrants, planeOf } from './grantList';
import type { Grant, Plane } from './model';
import { appIdKey, planesEqual } from './normalise';
import { rememberPerPair } from './remember';
import { unwritablePlanes } from './readGrants';
import { isGuid } from './validate';

export type ImportMode = 'merge' | 'replace';

/** Why an import leaves an app as it is although the file would change it. */
export type ImportSkipReason =
  /** The app is read-only in the matrix: the service sent values this tool cannot read exactly. */
  | 'readOnly'
  /** Replace would remove it, but it is read-only in the matrix: it is kept. */
  | 'readOnlyNotInFile'
  /** The file's grant holds `unknownFutureValue`, which cannot be written. */
  | 'fileUnwritable'
  /** The app id is not a GUID (the service sent it, an export kept it): this tool never writes it. */
  | 'notAGuid'
  /** Merge keeps the app's delegated permissions: the file has no list for them. */
  | 'noDelegatedList'
  /** Merge keeps the app's application permissions: the file has no list for them. */
  | 'noApplicationList';

/**
 * A grant as an import file holds it. A list the file does not have is read as `none` and named in
 * `missingPlanes`, so that a merge keeps what the matrix holds for it instead of revoking it.
 */
export interface FileGrant extends Grant {
  readonly missingPlanes?: readonly Plane[];
}

/** A list the file does not have, for an app whose plane holds permissions in the matrix. */
export interface MissingList {
  readonly appId: string;
  readonly plane: Plane;
}

export interface ImportSkip {
  readonly appId: string;
  readonly reason: ImportSkipReason;
}

export interface ImportPlan {
  /** The grants the matrix shows after the import; the review compares them with the baseline. */
  readonly edited: readonly Grant[];
  /** The apps Replace removes (in the matrix, not in the file, not read-only), whichever mode is chosen. */
  readonly notInFile: readonly Grant[];
  /** The apps the import leaves as they are, each with the reason, in the chosen mode. */
  readonly skipped: readonly ImportSkip[];
  /** The lists Replace sets to `none` (Merge keeps them, each a skip), whichever mode is chosen. */
  readonly missingLists: readonly MissingList[];
}

function isReadOnly(grant: Grant): boolean {
  return unwritablePlanes(grant).length > 0;
}

const KEPT: Readonly<Record<Plane, ImportSkipReason>> = {
  delegated: 'noDelegatedList',
  application: 'noApplicationList',
};

/** The grant as the matrix takes it: the file's values without the import's own marks. */
function asGrant(grant: FileGrant): Grant {
  return {
    appId: grant.appId,
    delegatedPermissions: grant.delegatedPermissions,
    applicationPermissions: grant.applicationPermissions,
  };
}

/** Applies a file's grants to what the matrix shows now (`current`, unsaved edits included). */
export function planImport(
  current: readonly Grant[],
  fileGrants: readonly FileGrant[],
  mode: ImportMode,
): ImportPlan {
  const fromFile = indexGrants(fileGrants);
  const skipped: ImportSkip[] = [];
  const notInFile: Grant[] = [];
  const edited: Grant[] = [];
  const missingLists: MissingList[] = [];
  const seen = new Set<string>();
  for (const grant of current) {
    const key = appIdKey(grant.appId);
    seen.add(key);
    const incoming = fromFile.get(key);
    if (incoming === undefined) {
      if (isReadOnly(grant)) {
        if (mode === 'replace') skipped.push({ appId: grant.appId, reason: 'readOnlyNotInFile' });
      } else {
        notInFile.push(grant);
        if (mode === 'replace') continue;
      }
      edited.push(grant);
    } else if (!isGuid(incoming.appId)) {
      skipped.push({ appId: grant.appId, reason: 'notAGuid' });
      edited.push(grant);
    } else if (isReadOnly(grant)) {
      skipped.push({ appId: grant.appId, reason: 'readOnly' });
      edited.push(grant);
    } else if (isReadOnly(incoming)) {
      skipped.push({ appId: grant.appId, reason: 'fileUnwritable' });
      edited.push(grant);
    } else {
      const missing = incoming.missingPlanes ?? [];
      for (const plane of missing) {
        if (planesEqual(planeOf(grant, plane), ['none'])) continue;
        missingLists.push({ appId: grant.appId, plane });
        if (mode === 'merge') skipped.push({ appId: grant.appId, reason: KEPT[plane] });
      }
      // Never revoke what the file does not mention: only Replace clears a list the file lacks.
      const wanted = (plane: Plane): Grant =>
        mode === 'merge' && missing.includes(plane) ? grant : incoming;
      // The matrix keeps its spelling of the app id, so the row stays where it is.
      edited.push({
        appId: grant.appId,
        delegatedPermissions: planeOf(wanted('delegated'), 'delegated'),
        applicationPermissions: planeOf(wanted('application'), 'application'),
      });
    }
  }
  for (const incoming of fileGrants) {
    if (seen.has(appIdKey(incoming.appId))) continue;
    if (!isGuid(incoming.appId)) skipped.push({ appId: incoming.appId, reason: 'notAGuid' });
    else if (isReadOnly(incoming)) skipped.push({ appId: incoming.appId, reason: 'fileUnwritable' });
    else edited.push(asGrant(incoming));
  }
  return { edited, notInFile, skipped, missingLists };
}

const plans: Readonly<
  Record<ImportMode, (current: readonly Grant[], fileGrants: readonly FileGrant[]) => ImportPlan>
> = {
  merge: rememberPerPair((current: readonly Grant[], fileGrants: readonly FileGrant[]) =>
    planImport(current, fileGrants, 'merge'),
  ),
  replace: rememberPerPair((current: readonly Grant[], fileGrants: readonly FileGrant[]) =>
    planImport(current, fileGrants, 'replace'),
  ),
};

/**
 * `planImport`, once per matrix, file and mode: the import dialog shows the plan and the session then
 * applies it; with tens of thousands of apps planning twice was a visible pause. Its `edited` being the
 * same list, the review's diff is the dialog's too (core `diffGrantsOnce`).
 */
export function planImportOnce(
  current: readonly Grant[],
  fileGrants: readonly FileGrant[],
  mode: ImportMode,
): ImportPlan {
  return plans[mode](current, fileGrants);
}
