/**
 * Small immutable helpers over a list of grants, keyed by appId (compared as Graph does,
 * case-insensitively, through `sameAppId`).
 */
import { isGrantablePermission } from './catalog';
import type { Grant, Plane } from './model';
import { appIdKey, sameAppId } from './normalise';
import type { Permission } from './permissions';

export function planeOf(
  grant: Pick<Grant, 'delegatedPermissions' | 'applicationPermissions'>,
  plane: Plane,
): readonly Permission[] {
  return plane === 'delegated' ? grant.delegatedPermissions : grant.applicationPermissions;
}

export function withPlane(grant: Grant, plane: Plane, permissions: readonly Permission[]): Grant {
  return plane === 'delegated'
    ? { ...grant, delegatedPermissions: permissions }
    : { ...grant, applicationPermissions: permissions };
}

export function emptyGrant(appId: string): Grant {
  return { appId, delegatedPermissions: ['none'], applicationPermissions: ['none'] };
}

/** The grants by app (`appIdKey`), the first one where an app appears twice: lookups in constant time. */
export function indexGrants<T extends Grant>(grants: readonly T[]): Map<string, T> {
  const byApp = new Map<string, T>();
  for (const grant of grants) {
    const key = appIdKey(grant.appId);
    if (!byApp.has(key)) byApp.set(key, grant);
  }
  return byApp;
}

/** The same grant exactly as read: app id as spelled, every value in order, the same unreadable planes. */
function sameAsRead(a: Grant, b: Grant): boolean {
  const sameList = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined): boolean =>
    x === y || (x !== undefined && y !== undefined && x.length === y.length && x.every((v, i) => v === y[i]));
  return (
    a.appId === b.appId &&
    sameList(a.delegatedPermissions, b.delegatedPermissions) &&
    sameList(a.applicationPermissions, b.applicationPermissions) &&
    sameList(a.unreadablePlanes, b.unreadablePlanes)
  );
}

/**
 * `next`, where each grant that `previous` holds exactly as read is `previous`'s object, and `previous`
 * itself when nothing differs: a read again that brings nothing new then renders nothing again. Only
 * exact equality is shared, so the result always says what `next` says.
 */
export function reuseUnchanged(previous: readonly Grant[], next: readonly Grant[]): readonly Grant[] {
  const byApp = indexGrants(previous);
  let allReused = previous.length === next.length;
  const result = next.map((grant, index) => {
    const held = byApp.get(appIdKey(grant.appId));
    if (held === undefined || !sameAsRead(held, grant)) {
      allReused = false;
      return grant;
    }
    if (previous[index] !== held) allReused = false;
    return held;
  });
  return allReused ? previous : result;
}

export function findGrant(grants: readonly Grant[] | undefined, appId: string): Grant | undefined {
  return grants?.find((grant) => sameAppId(grant.appId, appId));
}

/** Replaces the app's grant where it stands, or appends it. */
export function upsertGrant(grants: readonly Grant[], grant: Grant): Grant[] {
  const index = grants.findIndex((candidate) => sameAppId(candidate.appId, grant.appId));
  if (index < 0) return [...grants, grant];
  const next = [...grants];
  next[index] = grant;
  return next;
}

export function removeGrant(grants: readonly Grant[], appId: string): Grant[] {
  return grants.filter((grant) => !sameAppId(grant.appId, appId));
}

/**
 * `base`, with the listed apps taken from `source` (in place, or appended in the order listed; removed
 * when `source` has none for them). Indexed, not searched per app: a save or a draft can list every
 * app of an imported file of tens of thousands.
 */
export function overlayGrants(
  base: readonly Grant[],
  source: readonly Grant[],
  appIds: readonly string[],
): Grant[] {
  const listed = new Set(appIds.map(appIdKey));
  const fromSource = new Map<string, Grant>();
  for (const grant of source) {
    const key = appIdKey(grant.appId);
    if (listed.has(key) && !fromSource.has(key)) fromSource.set(key, grant);
  }
  const result: Grant[] = [];
  const placed = new Set<string>();
  for (const grant of base) {
    const key = appIdKey(grant.appId);
    if (!listed.has(key)) {
      result.push(grant);
      continue;
    }
    const replacement = fromSource.get(key);
    if (replacement !== undefined && !placed.has(key)) result.push(replacement);
    placed.add(key);
  }
  for (const appId of appIds) {
    const key = appIdKey(appId);
    const addition = fromSource.get(key);
    if (addition !== undefined && !placed.has(key)) result.push(addition);
    placed.add(key);
  }
  return result;
}

/** Values the catalog does not know (future enum members): shown read-only and written back as they are. */
export function unknownPermissions(plane: readonly Permission[]): Permission[] {
  return plane.filter((permission) => !isGrantablePermission(permission));
}
