/**
 * The matrix's rules, applied the way an admin means them: checking `writeContent` also checks
 * `readContent`; unchecking `readContent` also unchecks what needs it; unchecking a child of a granted
 * parent keeps its siblings. Everything is derived from the catalog's `implies` / `requires`.
 */
import { closureOf, isGrantablePermission, PERMISSION_CATALOG } from './catalog';
import { normalisePlane } from './normalise';
import { rememberPerPlane } from './remember';
import { GRANTABLE_PERMISSIONS, type GrantablePermission, type Permission } from './permissions';

export type CellState = 'granted' | 'implied' | 'off';

export interface ToggleResult {
  /** The new plane, normalised; values the catalog does not know are kept. */
  readonly permissions: Permission[];
  /** Other permissions this toggle granted (or made explicit), for the notice the UI shows. */
  readonly alsoGranted: GrantablePermission[];
  /** Other permissions this toggle revoked. */
  readonly alsoRevoked: GrantablePermission[];
}

/** Everything a plane grants, implications included (`none` is never in it). */
export const effectivePermissions: (plane: readonly Permission[]) => ReadonlySet<GrantablePermission> =
  // Planes repeat (a file of 20,000 apps holds a handful of distinct ones): each is worked out once.
  rememberPerPlane(effectivePermissionsOf);

function effectivePermissionsOf(plane: readonly Permission[]): ReadonlySet<GrantablePermission> {
  const result = new Set<GrantablePermission>();
  for (const value of plane) {
    if (isGrantablePermission(value) && value !== 'none') {
      for (const granted of closureOf(value)) result.add(granted);
    }
  }
  return result;
}

/**
 * The granted permission in the plane that implies `permission`, the most specific one first
 * (`manageContent` before `full`), or `undefined` when nothing else implies it.
 */
export function impliedByParent(
  plane: readonly Permission[],
  permission: GrantablePermission,
): GrantablePermission | undefined {
  const parents = normalisePlane(plane)
    .filter(isGrantablePermission)
    .filter((value) => value !== permission && closureOf(value).has(permission));
  parents.sort((a, b) => closureOf(a).size - closureOf(b).size);
  return parents[0];
}

/** How one cell shows: checked by itself, checked because a parent implies it, or unchecked. */
export function cellState(plane: readonly Permission[], permission: GrantablePermission): CellState {
  if (permission === 'none') {
    return normalisePlane(plane).length === 1 && normalisePlane(plane)[0] === 'none' ? 'granted' : 'off';
  }
  if (!effectivePermissions(plane).has(permission)) return 'off';
  return impliedByParent(plane, permission) === undefined ? 'granted' : 'implied';
}

/** Permissions that cannot stay once `removed` are gone: those requiring or implying one of them. */
function withoutDependents(
  granted: ReadonlySet<GrantablePermission>,
  removed: GrantablePermission,
): Set<GrantablePermission> {
  const kept = new Set(granted);
  kept.delete(removed);
  const gone = new Set<GrantablePermission>([removed]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const value of kept) {
      const { implies, requires } = PERMISSION_CATALOG[value];
      if ([...implies, ...requires].some((needed) => gone.has(needed))) {
        kept.delete(value);
        gone.add(value);
        changed = true;
      }
    }
  }
  return kept;
}

/** What must be granted with `permission` for the plane to be accepted (`writeContent` → `readContent`). */
function withRequirements(permission: GrantablePermission): GrantablePermission[] {
  const result = new Set<GrantablePermission>();
  const pending = [permission];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const granted of closureOf(next)) {
      if (!result.has(granted)) {
        result.add(granted);
        pending.push(...PERMISSION_CATALOG[granted].requires);
      }
    }
  }
  return Array.from(result);
}

function inCatalogOrder(values: Iterable<GrantablePermission>): GrantablePermission[] {
  const set = new Set(values);
  return GRANTABLE_PERMISSIONS.filter((value) => set.has(value));
}

/** Checks or unchecks one permission in a plane and says what else that changed. */
export function togglePermission(
  plane: readonly Permission[],
  permission: GrantablePermission,
  checked: boolean,
): ToggleResult {
  const unknown = plane.filter((value) => !isGrantablePermission(value));
  const before = normalisePlane(plane);
  const effectiveBefore = effectivePermissions(before);

  if (permission === 'none') {
    if (!checked) return { permissions: before, alsoGranted: [], alsoRevoked: [] };
    // `none` is exclusive: it clears every permission this tool knows; unknown values are kept.
    return {
      permissions: normalisePlane(unknown),
      alsoGranted: [],
      alsoRevoked: inCatalogOrder(effectiveBefore),
    };
  }

  if (checked) {
    const after = normalisePlane([...before, ...withRequirements(permission)]);
    const effectiveAfter = effectivePermissions(after);
    return {
      permissions: after,
      alsoGranted: inCatalogOrder(
        [...effectiveAfter].filter((value) => value !== permission && !effectiveBefore.has(value)),
      ),
      alsoRevoked: [],
    };
  }

  const kept = withoutDependents(effectiveBefore, permission);
  const after = normalisePlane([...kept, ...unknown]);
  const explicitBefore = new Set(before);
  return {
    permissions: after,
    // Siblings that were implied by a revoked parent stay granted, now in their own right.
    alsoGranted: inCatalogOrder(
      after.filter(isGrantablePermission).filter((value) => value !== 'none' && !explicitBefore.has(value)),
    ),
    alsoRevoked: inCatalogOrder(
      [...effectiveBefore].filter((value) => value !== permission && !kept.has(value)),
    ),
  };
}
