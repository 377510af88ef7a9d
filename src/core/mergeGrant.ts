/**
 * "Merge" for a conflict: the other admin's current value with this admin's own cell changes
 * (granted / revoked relative to the loaded baseline) replayed on top, through the same
 * `togglePermission` rules as the matrix. So both sides' changes survive; where both touched the same
 * cell, this admin's change wins because it is the newer intent. Removing the app wins over edits.
 */
import type { Grant, GrantConflict, Plane } from './model';
import { PLANES } from './model';
import { normalisePlane } from './normalise';
import { GRANTABLE_PERMISSIONS } from './permissions';
import type { GrantablePermission, Permission } from './permissions';
import { effectivePermissions, togglePermission } from './rules';
import { emptyGrant, planeOf, unknownPermissions, withPlane } from './grantList';

// `none` is the empty plane, not a cell to replay.
const CELLS: readonly GrantablePermission[] = GRANTABLE_PERMISSIONS.filter(
  (permission) => permission !== 'none',
);

function replayPlane(
  baseline: readonly Permission[],
  mine: readonly Permission[],
  theirs: readonly Permission[],
): Permission[] {
  const before = effectivePermissions(baseline);
  const after = effectivePermissions(mine);
  let plane: Permission[] = [...theirs];
  for (const permission of CELLS) {
    if (before.has(permission) && !after.has(permission) && effectivePermissions(plane).has(permission)) {
      plane = togglePermission(plane, permission, false).permissions;
    }
  }
  for (const permission of CELLS) {
    if (!before.has(permission) && after.has(permission) && !effectivePermissions(plane).has(permission)) {
      plane = togglePermission(plane, permission, true).permissions;
    }
  }
  const unknownBefore = unknownPermissions(baseline);
  const unknownMine = unknownPermissions(mine);
  const removedUnknown = unknownBefore.filter((value) => !unknownMine.includes(value));
  const addedUnknown = unknownMine.filter(
    (value) => !unknownBefore.includes(value) && !plane.includes(value),
  );
  plane = [...plane.filter((value) => !removedUnknown.includes(value)), ...addedUnknown];
  return normalisePlane(plane);
}

export function mergeGrant(conflict: GrantConflict): Grant | undefined {
  const { appId, baseline, theirs, mine } = conflict;
  if (!mine) return undefined;
  const base = baseline ?? emptyGrant(appId);
  return PLANES.reduce<Grant>(
    (grant, plane: Plane) =>
      withPlane(grant, plane, replayPlane(planeOf(base, plane), planeOf(mine, plane), planeOf(grant, plane))),
    { ...(theirs ?? emptyGrant(appId)), appId: mine.appId },
  );
}
