/**
 * Small immutable helpers over a list of grants, keyed by appId (compared as Graph does,
 * case-insensitively, through `sameAppId`).
 */
import { isGrantablePermission } from './catalog';
import type { Grant, Plane } from './model';
import { sameAppId } from './normalise';
import type { Permission } from './permissions';

export function planeOf(grant: Grant, plane: Plane): readonly Permission[] {
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

/** `base`, with the listed apps taken from `source` (removed when `source` has none for them). */
export function overlayGrants(
  base: readonly Grant[],
  source: readonly Grant[],
  appIds: readonly string[],
): Grant[] {
  let result = [...base];
  for (const appId of appIds) {
    const fromSource = findGrant(source, appId);
    result = fromSource ? upsertGrant(result, fromSource) : removeGrant(result, appId);
  }
  return result;
}

/** Values the catalog does not know (future enum members): shown read-only and written back as they are. */
export function unknownPermissions(plane: readonly Permission[]): Permission[] {
  return plane.filter((permission) => !isGrantablePermission(permission));
}
