import type { UserRole } from '../core/deployment';
import { adminRolesOf } from '../core/myAccess';

export { GLOBAL_ADMINISTRATOR_ROLE_ID, SPE_ADMINISTRATOR_ROLE_ID } from '../core/myAccess';

/** The `wids` claim's role template ids; `undefined` when the claims have none. */
export function roleIdsFromClaims(
  claims: Readonly<Record<string, unknown>> | undefined,
): string[] | undefined {
  const wids = claims?.wids;
  return Array.isArray(wids) ? wids.filter((id): id is string => typeof id === 'string') : undefined;
}

/**
 * Reads the `wids` claim, when the token has one, as an early hint; the service stays the judge.
 * No claim (the app did not ask for directory roles) means "unknown", never "missing".
 */
export function roleFromClaims(claims: Readonly<Record<string, unknown>> | undefined): UserRole {
  const roles = adminRolesOf(roleIdsFromClaims(claims));
  if (roles === undefined) return 'unknown';
  return roles.length > 0 ? 'has_role' : 'missing_role';
}
