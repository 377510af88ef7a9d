/**
 * The decision step of a save, without I/O: each change is set against three versions of the app's
 * grant — what the editor loaded (baseline), what the service shows now (theirs), what this admin
 * wants (mine) — and sorted into nothing to do, a conflict to show, or a write to send.
 */
import { findGrant } from './grantList';
import type { Grant, GrantChange, GrantConflict } from './model';
import { grantsEqual } from './normalise';
import { unwritablePlanes } from './readGrants';

/** One per-app write of a save: `mine` is what the app should hold afterwards, `undefined` to remove it. */
export interface PlannedWrite {
  readonly change: GrantChange;
  readonly mine: Grant | undefined;
}

export interface SavePlan {
  /** The service already holds what this admin wants (someone made the same change): nothing to write. */
  readonly alreadyApplied: readonly GrantChange[];
  /** Changed elsewhere since the editor loaded it: shown to the admin, never overwritten silently. */
  readonly conflicts: readonly { readonly change: GrantChange; readonly conflict: GrantConflict }[];
  /**
   * Never written: a version of the app's grant holds values this tool cannot read exactly
   * (`unknownFutureValue`, not a list), so any write would replace what the service really holds.
   */
  readonly blocked: readonly GrantChange[];
  readonly writes: readonly PlannedWrite[];
}

export interface SaveVersions {
  /** The grants as the editor loaded them. */
  readonly baseline: readonly Grant[];
  /** The grants as this admin wants them. */
  readonly edited: readonly Grant[];
  /** Conflicts the admin settled by choosing a value: written even though the service changed them. */
  readonly resolved?: readonly Grant[];
  /** The grants as the service shows them now (the fail-closed freshness read). */
  readonly current: readonly Grant[];
}

export function planSave(changes: readonly GrantChange[], versions: SaveVersions): SavePlan {
  const alreadyApplied: GrantChange[] = [];
  const conflicts: { change: GrantChange; conflict: GrantConflict }[] = [];
  const blocked: GrantChange[] = [];
  const writes: PlannedWrite[] = [];
  for (const change of changes) {
    const { appId } = change;
    const resolved = findGrant(versions.resolved, appId);
    const mine = resolved ?? findGrant(versions.edited, appId);
    const theirs = findGrant(versions.current, appId);
    const baseline = findGrant(versions.baseline, appId);
    if ([baseline, theirs, mine].some((grant) => grant && unwritablePlanes(grant).length > 0)) {
      blocked.push(change);
    } else if (grantsEqual(theirs, mine)) {
      alreadyApplied.push(change);
    } else if (resolved === undefined && !grantsEqual(theirs, baseline)) {
      conflicts.push({ change, conflict: { appId, baseline, theirs, mine } });
    } else {
      writes.push({ change, mine });
    }
  }
  return { alreadyApplied, conflicts, blocked, writes };
}

/** Whether the service shows what a write asked for (read back after the save). */
export function writeLanded(write: PlannedWrite, after: readonly Grant[]): boolean {
  return grantsEqual(findGrant(after, write.change.appId), write.mine);
}
