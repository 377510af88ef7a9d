/**
 * The canonical form of a plane and a grant, so that two sets that mean the same thing compare equal.
 * The service collapses children into parents (`readContent, writeContent, manageContent` →
 * `manageContent`), so whatever a save reads back may be spelled differently but mean the same.
 */
import { closureOf, isGrantablePermission } from './catalog';
import type { Grant } from './model';
import { rememberPerPlane } from './remember';
import { GRANTABLE_PERMISSIONS, type GrantablePermission, type Permission } from './permissions';

/**
 * Canonical plane: duplicates removed; a permission implied by another one present is dropped (`full`
 * absorbs everything); `none` only when nothing else is granted (an empty plane is `["none"]` on the
 * wire); known values in Graph's order, then values the catalog does not know, kept and sorted.
 */
export function normalisePlane(plane: readonly Permission[]): Permission[] {
  // A copy: no caller can change the remembered one.
  return canonicalPlane(plane).slice();
}

// Planes repeat (a file of 20,000 apps holds a handful of distinct ones): each is worked out once.
const canonicalPlane = rememberPerPlane(canonicalPlaneOf);

function canonicalPlaneOf(plane: readonly Permission[]): Permission[] {
  const known = new Set<GrantablePermission>();
  const unknown = new Set<string>();
  for (const value of plane) {
    if (isGrantablePermission(value)) {
      if (value !== 'none') known.add(value);
    } else {
      unknown.add(value);
    }
  }
  const implied = new Set<GrantablePermission>();
  for (const value of known) {
    for (const child of closureOf(value)) if (child !== value) implied.add(child);
  }
  const result: Permission[] = [
    ...GRANTABLE_PERMISSIONS.filter((value) => known.has(value) && !implied.has(value)),
    ...Array.from(unknown).sort(),
  ];
  return result.length > 0 ? result : ['none'];
}

/** App ids are GUIDs: compare them without regard to case or surrounding spaces. */
export function sameAppId(a: string, b: string): boolean {
  return appIdKey(a) === appIdKey(b);
}

/** The form of an app id to index by (a Map key), matching `sameAppId`. */
export function appIdKey(appId: string): string {
  return appId.trim().toLowerCase();
}

export function normaliseGrant(grant: Grant): Grant {
  return {
    appId: grant.appId,
    delegatedPermissions: normalisePlane(grant.delegatedPermissions),
    applicationPermissions: normalisePlane(grant.applicationPermissions),
  };
}

export function planesEqual(a: readonly Permission[], b: readonly Permission[]): boolean {
  if (a === b) return true;
  const left = normalisePlane(a);
  const right = normalisePlane(b);
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/** Same app and same meaning on both planes; two absent grants are equal. */
export function grantsEqual(a: Grant | undefined, b: Grant | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  // An edit replaces only the grant it changes: every untouched app shares its object with the
  // baseline, so a click on a matrix of a thousand apps normalises one grant, not a thousand.
  if (a === b) return true;
  return (
    sameAppId(a.appId, b.appId) &&
    planesEqual(a.delegatedPermissions, b.delegatedPermissions) &&
    planesEqual(a.applicationPermissions, b.applicationPermissions)
  );
}
