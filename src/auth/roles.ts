import type { UserRole } from '../core/deployment';

/** Entra role template ids (graph-api.md §4.3) that may manage container type registrations. */
export const SPE_ADMINISTRATOR_ROLE_ID = '1a7d78b6-429f-476b-b8eb-35fb715fffd4';
export const GLOBAL_ADMINISTRATOR_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

/**
 * Reads the `wids` claim, when the token has one, as an early hint; the service stays the judge.
 * No claim (the app did not ask for directory roles) means "unknown", never "missing".
 */
export function roleFromClaims(claims: Readonly<Record<string, unknown>> | undefined): UserRole {
  const wids = claims?.wids;
  if (!Array.isArray(wids)) return 'unknown';
  const ids = wids.filter((id): id is string => typeof id === 'string').map((id) => id.toLowerCase());
  return ids.includes(SPE_ADMINISTRATOR_ROLE_ID) || ids.includes(GLOBAL_ADMINISTRATOR_ROLE_ID)
    ? 'has_role'
    : 'missing_role';
}
