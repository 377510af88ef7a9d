/**
 * "Check my access": what the signed-in admin's token says, set against what the tool needs, from
 * documented facts only (graph-api.md):
 * - delegated calls need the SharePoint Embedded Administrator or Global Administrator role (§0 item 2,
 *   §4.3, role template ids from the Entra permissions reference), which a token may list in `wids`;
 * - the tool asks for `FileStorageContainerTypeReg.Selected` (or `.Manage.All` when configured), and for
 *   `Application.Read.All` on its own, only for app names (auth/scopes);
 * - admin consent: not required for delegated `.Selected`, required for `.Manage.All` (§4.2, §8 item 14);
 *   required for delegated `Application.Read.All` (Microsoft Graph permissions reference);
 * - `.Selected` reaches only registrations of container types the calling app owns; `.Manage.All` reaches
 *   all (§0 item 1, §4.1).
 */
import type { ScopeMode } from './deployment';

/** Entra role template ids (graph-api.md §4.3) that may manage container type registrations. */
export const SPE_ADMINISTRATOR_ROLE_ID = '1a7d78b6-429f-476b-b8eb-35fb715fffd4';
export const GLOBAL_ADMINISTRATOR_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

/** The delegated Microsoft Graph permissions (short names) the tool may ask for. */
export const REGISTRATION_SCOPES: Readonly<Record<ScopeMode, string>> = {
  selected: 'FileStorageContainerTypeReg.Selected',
  manageAll: 'FileStorageContainerTypeReg.Manage.All',
};
/** Directory reads for app names, asked for on its own (incremental consent). */
export const DIRECTORY_SCOPE = 'Application.Read.All';

/** Whether an administrator must consent for the organization before a token can carry the scope. */
const ADMIN_CONSENT_REQUIRED: Readonly<Record<string, boolean>> = {
  [REGISTRATION_SCOPES.selected]: false,
  [REGISTRATION_SCOPES.manageAll]: true,
  [DIRECTORY_SCOPE]: true,
};

/**
 * What the auth layer read from the signed-in admin's token (never the token itself). `undefined`: the
 * token has no such claim, or could not be read.
 */
export interface TokenFacts {
  /** Role template ids of the `wids` claim. */
  readonly roleIds?: readonly string[];
  /** Delegated scopes of the `scp` claim, by short name. */
  readonly scopes?: readonly string[];
}

export type AdminRole = 'speAdministrator' | 'globalAdministrator';

const ADMIN_ROLE_IDS: Readonly<Record<AdminRole, string>> = {
  speAdministrator: SPE_ADMINISTRATOR_ROLE_ID,
  globalAdministrator: GLOBAL_ADMINISTRATOR_ROLE_ID,
};

/** The admin roles the token lists; `undefined` when it has no `wids` claim (it does not say). */
export function adminRolesOf(roleIds: readonly string[] | undefined): AdminRole[] | undefined {
  if (roleIds === undefined) return undefined;
  const ids = roleIds.map((id) => id.toLowerCase());
  return (Object.keys(ADMIN_ROLE_IDS) as AdminRole[]).filter((role) => ids.includes(ADMIN_ROLE_IDS[role]));
}

export interface ScopeCheck {
  /** Short name, as in the `scp` claim. */
  readonly scope: string;
  /** `required`: the tool asks for it to work; `optional`: only for app names; `not-asked`: in the token only. */
  readonly need: 'required' | 'optional' | 'not-asked';
  /** `granted`: in the token, so consented; `missing`: not consented, or not asked for yet; `unknown`: the token does not say. */
  readonly state: 'granted' | 'missing' | 'unknown';
  readonly adminConsentRequired: boolean;
}

/** Which registrations the list can show with the token's scopes. */
export type RegistrationReach =
  /** `.Manage.All`: every registration in the tenant. */
  | 'all'
  /** `.Selected`: only registrations of container types the tool's app owns. */
  | 'owned-only'
  /** Neither scope: the service refuses to list registrations. */
  | 'none';

export interface MyAccess {
  /** `undefined`: the token does not say; empty: neither admin role. */
  readonly roles: AdminRole[] | undefined;
  readonly scopes: ScopeCheck[];
  /** From the token's scopes, or from the configured scope when the token does not say. */
  readonly reach: RegistrationReach;
}

export function checkMyAccess(facts: TokenFacts, scopeMode: ScopeMode): MyAccess {
  const granted = facts.scopes;
  const has = (scope: string): boolean =>
    granted?.some((value) => value.toLowerCase() === scope.toLowerCase()) ?? false;
  const check = (scope: string, need: ScopeCheck['need']): ScopeCheck => ({
    scope,
    need,
    state: granted === undefined ? 'unknown' : has(scope) ? 'granted' : 'missing',
    adminConsentRequired: ADMIN_CONSENT_REQUIRED[scope] ?? true,
  });
  const wanted = REGISTRATION_SCOPES[scopeMode];
  // The other registration scope matters when the token carries it: it changes what the list shows.
  const other = Object.values(REGISTRATION_SCOPES).filter((scope) => scope !== wanted && has(scope));
  const reach: RegistrationReach =
    granted === undefined
      ? scopeMode === 'manageAll'
        ? 'all'
        : 'owned-only'
      : has(REGISTRATION_SCOPES.manageAll)
        ? 'all'
        : has(REGISTRATION_SCOPES.selected)
          ? 'owned-only'
          : 'none';
  return {
    roles: adminRolesOf(facts.roleIds),
    scopes: [
      check(wanted, 'required'),
      check(DIRECTORY_SCOPE, 'optional'),
      ...other.map((scope) => check(scope, 'not-asked')),
    ],
    reach,
  };
}
