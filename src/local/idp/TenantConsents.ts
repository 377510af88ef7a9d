/**
 * Admin consent in the demo tenant: which apps an administrator consented to, for which Microsoft Graph
 * permissions. Consent is tenant-wide, as Entra's admin consent is: every user's next token for that app
 * carries the consented scopes, besides the ones the profile was seeded with.
 */
import type { AppRegistration } from '../appRegistrations';
import { PROFILES, type ProfileName } from '../demoTenant';
import { GRAPH_DEFAULT_SCOPE, GRAPH_SCOPE_PREFIX, OIDC_SCOPES } from './graphScopes';

/**
 * Scopes that need the tenant's admin consent and that the IdP checks one by one, as Entra ID does:
 * asked for without consent they fail (`consent_required`), alone, while the other scopes of the
 * profile keep working. Other scopes keep the older reading (a token without them, and Graph's 403),
 * which the `no-scope` profile and the admin-consent flow rely on.
 */
export const CONSENT_CHECKED_SCOPES: readonly string[] = ['Application.Read.All', 'Directory.Read.All'];

/** The Entra-style failure for a scope the tenant never consented to (AADSTS65001). */
export interface ConsentFailure {
  readonly error: 'invalid_grant';
  readonly suberror: 'consent_required';
  readonly error_description: string;
}

/** Microsoft Graph permissions, by short name, per kind. */
export interface GraphPermissions {
  readonly delegatedScopes: readonly string[];
  readonly appRoles: readonly string[];
}

export interface ConsentGrant extends GraphPermissions {
  readonly clientId: string;
  readonly displayName: string;
  /** Who accepted: a profile's UPN, or `control API`. */
  readonly grantedBy: string;
  readonly grantedDateTime: string;
}

/**
 * The permissions a consent request's `scope` asks of `app`: `/.default` means every one its
 * registration lists; sign-in scopes (`openid`…) ask for none. A problem text for anything else.
 */
export function requestedPermissions(
  app: AppRegistration,
  scope: string,
): GraphPermissions | { readonly problem: string } {
  const delegated = new Set<string>();
  const roles = new Set<string>();
  for (const value of scope.split(' ').filter((part) => part !== '')) {
    if (OIDC_SCOPES.includes(value)) continue;
    if (value === GRAPH_DEFAULT_SCOPE) {
      app.delegatedScopes.forEach((name) => delegated.add(name));
      app.appRoles.forEach((name) => roles.add(name));
    } else if (
      value.startsWith(GRAPH_SCOPE_PREFIX) &&
      !value.slice(GRAPH_SCOPE_PREFIX.length).includes('/')
    ) {
      delegated.add(value.slice(GRAPH_SCOPE_PREFIX.length));
    } else {
      return {
        problem: `AADSTS650053: The scope "${value}" is not a Microsoft Graph permission. The local demo tenant knows Microsoft Graph (${GRAPH_SCOPE_PREFIX}…) only.`,
      };
    }
  }
  if (delegated.size === 0 && roles.size === 0) {
    return {
      problem: `AADSTS900144: The request asks for no permission: "scope" must name Microsoft Graph permissions or ${GRAPH_DEFAULT_SCOPE}.`,
    };
  }
  return { delegatedScopes: [...delegated], appRoles: [...roles] };
}

export class TenantConsents {
  private readonly grants = new Map<string, ConsentGrant>();

  /** Records consent to `permissions` for `app` (added to what it had). */
  public grant(app: AppRegistration, permissions: GraphPermissions, grantedBy: string): ConsentGrant {
    const before = this.grants.get(app.appId.toLowerCase());
    const merge = (had: readonly string[] | undefined, added: readonly string[]): string[] => [
      ...new Set([...(had ?? []), ...added]),
    ];
    const grant: ConsentGrant = {
      clientId: app.appId,
      displayName: app.displayName,
      delegatedScopes: merge(before?.delegatedScopes, permissions.delegatedScopes),
      appRoles: merge(before?.appRoles, permissions.appRoles),
      grantedBy,
      grantedDateTime: new Date().toISOString(),
    };
    this.grants.set(app.appId.toLowerCase(), grant);
    return grant;
  }

  /** Forgets the consent of one app, or of every app; returns the client ids forgotten. */
  public reset(clientId?: string): string[] {
    const forgotten = [...this.grants.values()]
      .filter((grant) => clientId === undefined || grant.clientId.toLowerCase() === clientId.toLowerCase())
      .map((grant) => grant.clientId);
    for (const id of forgotten) this.grants.delete(id.toLowerCase());
    return forgotten;
  }

  public list(): ConsentGrant[] {
    return [...this.grants.values()];
  }

  public grantOf(clientId: string): ConsentGrant | undefined {
    return this.grants.get(clientId.toLowerCase());
  }

  /** Whether every permission of `permissions` is consented for `app`. */
  public covers(app: AppRegistration, permissions: GraphPermissions): boolean {
    const grant = this.grantOf(app.appId);
    return (
      grant !== undefined &&
      permissions.delegatedScopes.every((scope) => grant.delegatedScopes.includes(scope)) &&
      permissions.appRoles.every((role) => grant.appRoles.includes(role))
    );
  }

  /** The delegated scopes a token of `profileName` for `clientId` carries: seeded, then consented. */
  public scopesFor(profileName: ProfileName, clientId: string): string[] {
    return [
      ...new Set([...PROFILES[profileName].scopes, ...(this.grantOf(clientId)?.delegatedScopes ?? [])]),
    ];
  }

  /**
   * The failure Entra answers when `scopes` (short Graph names) hold one that needs consent the tenant
   * never gave for this profile and app; `undefined` when every such scope was consented.
   */
  public consentFailure(
    profileName: ProfileName,
    clientId: string,
    scopes: readonly string[],
  ): ConsentFailure | undefined {
    const consented = this.scopesFor(profileName, clientId);
    const missing = scopes.find(
      (scope) => CONSENT_CHECKED_SCOPES.includes(scope) && !consented.includes(scope),
    );
    if (missing === undefined) return undefined;
    return {
      error: 'invalid_grant',
      suberror: 'consent_required',
      error_description: `AADSTS65001: The user or administrator has not consented to use the application with the scope ${missing}. Send an interactive authorization request for this user and resource.`,
    };
  }
}
