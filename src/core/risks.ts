/**
 * Grants the tenant overview highlights: a guest app (any app but the registration's owning app)
 * that holds more than a guest usually needs. Each rule stands on its own, so a guest with `full`
 * is reported for every rule it breaks. Apps whose id no directory lookup resolves are flagged by the
 * UI, which knows whether lookups are allowed at all (`wellKnownAppName` answers Microsoft's own).
 */
import { accessLevel, isAtLeast } from './accessLevels';
import type { Grant } from './model';
import { PLANES } from './model';
import { planeOf } from './grantList';
import { sameAppId } from './normalise';
import { effectivePermissions } from './rules';

export type GrantRisk =
  /** `full` on either plane: everything, on every container of the type. */
  | 'guest_full'
  /** `managePermissions` on either plane (directly or through `full`): it can make anyone a member. */
  | 'guest_manage_permissions'
  /** App-only write access (or more): it changes containers with no user and no user's role to limit it. */
  | 'guest_application_write';

export const GRANT_RISKS: readonly GrantRisk[] = [
  'guest_full',
  'guest_manage_permissions',
  'guest_application_write',
];

const RULES: Readonly<Record<GrantRisk, (grant: Grant) => boolean>> = {
  guest_full: (grant) => PLANES.some((plane) => accessLevel(planeOf(grant, plane)) === 'full'),
  guest_manage_permissions: (grant) =>
    PLANES.some((plane) => effectivePermissions(planeOf(grant, plane)).has('managePermissions')),
  guest_application_write: (grant) => isAtLeast(accessLevel(grant.applicationPermissions), 'write'),
};

/** The risks of one grant on a registration owned by `owningAppId`; none for the owning app itself. */
export function grantRisks(grant: Grant, owningAppId: string): GrantRisk[] {
  if (sameAppId(grant.appId, owningAppId)) return [];
  return GRANT_RISKS.filter((risk) => RULES[risk](grant));
}
