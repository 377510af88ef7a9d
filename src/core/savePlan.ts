/**
 * The decision steps of a save, without I/O: each change is set against three versions of the app's
 * grant — what the editor loaded (baseline), what the service shows now (theirs), what this admin
 * wants (mine) — and sorted into nothing to do, a conflict to show, or a write to send (`planSave`).
 * After the save, what the service confirmed becomes the new baseline (`rebaseAfterSave`), and a
 * settled conflict becomes a write of exactly the choice (`applyResolutions`). One registration or
 * many: each registration goes through the same steps.
 */
import { applyChanges, diffGrants } from './diffGrants';
import { findGrant, overlayGrants } from './grantList';
import type { Grant, GrantChange, GrantConflict } from './model';
import { grantsEqual, sameAppId } from './normalise';
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

/** What a save did, as far as the next baseline is concerned. */
export interface SavedChanges {
  /** The changes the service applied (or already held). */
  readonly applied: readonly GrantChange[];
  /** The grants read back after writing; `undefined` when that read failed. */
  readonly after?: readonly Grant[];
  /** Applied apps the read-back does not show yet (propagation). */
  readonly unconfirmed: readonly string[];
}

export interface GrantVersions {
  readonly baseline: readonly Grant[];
  readonly edited: readonly Grant[];
}

/**
 * The versions after a save: applied apps take the service's value, the rest keep the admin's edits
 * and their old baseline, so saving again sends only what did not land and still checks it.
 */
export function rebaseAfterSave(versions: GrantVersions, saved: SavedChanges): GrantVersions {
  const appliedIds = saved.applied.map((change) => change.appId);
  const isApplied = (appId: string): boolean => appliedIds.some((id) => sameAppId(id, appId));
  const notApplied = diffGrants(versions.baseline, versions.edited)
    .map((change) => change.appId)
    .filter((appId) => !isApplied(appId));
  const intended = applyChanges(versions.baseline, saved.applied);
  // The read-back is the freshest picture; apps it does not confirm yet keep the value just written
  // (propagation), and apps not applied keep their old baseline so a later save still checks them.
  let baseline: readonly Grant[] = saved.after ?? intended;
  baseline = overlayGrants(
    baseline,
    intended,
    saved.after
      ? appliedIds.filter((appId) => saved.unconfirmed.some((id) => sameAppId(id, appId)))
      : appliedIds,
  );
  baseline = overlayGrants(baseline, versions.baseline, notApplied);
  return { baseline, edited: overlayGrants(baseline, versions.edited, notApplied) };
}

/** A conflict the admin settled: `theirs` becomes the baseline, `chosen` the wanted value. */
export interface ConflictResolution {
  readonly appId: string;
  readonly theirs: Grant | undefined;
  readonly chosen: Grant | undefined;
}

/**
 * Settles conflicts: the service's current value (`theirs`) becomes the app's baseline, the chosen
 * value its edit. A later save then writes exactly the choice, checked against what the admin saw.
 */
export function applyResolutions(
  baseline: readonly Grant[],
  edited: readonly Grant[],
  resolutions: readonly ConflictResolution[],
): GrantVersions {
  for (const resolution of resolutions) {
    baseline = overlayGrants(baseline, resolution.theirs ? [resolution.theirs] : [], [resolution.appId]);
    edited = overlayGrants(edited, resolution.chosen ? [resolution.chosen] : [], [resolution.appId]);
  }
  return { baseline, edited };
}
