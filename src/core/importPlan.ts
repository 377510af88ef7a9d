/**
 * What an import does to the matrix, decided without I/O. **Merge** (the default) sets the apps the
 * file holds and leaves every other app as it is; **Replace** also removes the apps the file leaves
 * out. Read-only apps (values this tool cannot read exactly) are never changed, in either mode.
 * Linear in the number of apps: files of tens of thousands of apps are planned at once.
 */
import { indexGrants } from './grantList';
import type { Grant } from './model';
import { appIdKey } from './normalise';
import { unwritablePlanes } from './readGrants';

export type ImportMode = 'merge' | 'replace';

/** Why an import leaves an app as it is although the file would change it. */
export type ImportSkipReason =
  /** The app is read-only in the matrix: the service sent values this tool cannot read exactly. */
  | 'readOnly'
  /** Replace would remove it, but it is read-only in the matrix: it is kept. */
  | 'readOnlyNotInFile'
  /** The file's grant holds `unknownFutureValue`, which cannot be written. */
  | 'fileUnwritable';

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
}

function isReadOnly(grant: Grant): boolean {
  return unwritablePlanes(grant).length > 0;
}

/** Applies a file's grants to what the matrix shows now (`current`, unsaved edits included). */
export function planImport(
  current: readonly Grant[],
  fileGrants: readonly Grant[],
  mode: ImportMode,
): ImportPlan {
  const fromFile = indexGrants(fileGrants);
  const skipped: ImportSkip[] = [];
  const notInFile: Grant[] = [];
  const edited: Grant[] = [];
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
    } else if (isReadOnly(grant)) {
      skipped.push({ appId: grant.appId, reason: 'readOnly' });
      edited.push(grant);
    } else if (isReadOnly(incoming)) {
      skipped.push({ appId: grant.appId, reason: 'fileUnwritable' });
      edited.push(grant);
    } else {
      // The matrix keeps its spelling of the app id, so the row stays where it is.
      edited.push({
        appId: grant.appId,
        delegatedPermissions: incoming.delegatedPermissions,
        applicationPermissions: incoming.applicationPermissions,
      });
    }
  }
  for (const incoming of fileGrants) {
    if (seen.has(appIdKey(incoming.appId))) continue;
    if (isReadOnly(incoming)) skipped.push({ appId: incoming.appId, reason: 'fileUnwritable' });
    else edited.push(incoming);
  }
  return { edited, notInFile, skipped };
}
