/**
 * What `npm run provision` wants the tab's Entra app to be, and what differs from what the tenant
 * has. Pure decisions: the command (provision.ts) reads the tenant, asks these what to change, and
 * changes only that, so a second run changes nothing and a failed run is finished by the next.
 */
import type { CloudName } from '../auth/clouds';
import { directoryScopes, graphScopes } from '../auth/scopes';
import type { ScopeMode } from '../core/deployment';

/** Microsoft Graph's application (client) id, the same in every cloud. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/**
 * Delegated scopes that need an administrator's consent (graph-api.md §4.2): `.Selected` does not,
 * `.Manage.All` does, and so does the directory scope for app names.
 */
export const ADMIN_CONSENT_SCOPES: readonly string[] = [
  'FileStorageContainerTypeReg.Manage.All',
  'Application.Read.All',
];

/** The scopes this tool may ask for; one the app holds beyond those wanted is named, never removed. */
const TOOL_SCOPES: readonly string[] = [
  'FileStorageContainerTypeReg.Selected',
  'FileStorageContainerTypeReg.Manage.All',
  'Application.Read.All',
];

export interface AppSettings {
  /** Where the tab is served: an https URL (checked by parseTabUrl). */
  readonly tabUrl: URL;
  readonly clientName: string;
  readonly scopeMode: ScopeMode;
  /** Also the directory scope, for app names. */
  readonly names: boolean;
  readonly cloud: Exclude<CloudName, 'local'>;
}

export interface WantedApp {
  readonly displayName: string;
  /**
   * Single-page application redirect URIs: MSAL's redirect bridge beside the tab (the tab uses
   * `<tab>/auth.html`, src/hosts/teams/startApp.tsx) and the Teams broker's for nested app
   * authentication (`brk-multihub://<tab host>`).
   */
  readonly redirectUris: readonly string[];
  /** The Teams manifest's `webApplicationInfo.resource` for this app: `api://<tab host>/<client id>`. */
  readonly identifierUri: (appId: string) => string;
  /** Delegated Graph scopes, fully qualified (`https://graph.microsoft.com/X`) as `m365` takes them. */
  readonly delegatedScopes: readonly string[];
}

export function wantedApp(settings: AppSettings): WantedApp {
  const { tabUrl } = settings;
  const config = { cloud: settings.cloud, scopeMode: settings.scopeMode };
  return {
    displayName: settings.clientName,
    redirectUris: [new URL('auth.html', tabUrl).href, `brk-multihub://${tabUrl.host}`],
    identifierUri: (appId) => `api://${tabUrl.host}/${appId}`,
    delegatedScopes: [...graphScopes(config), ...(settings.names ? directoryScopes(config) : [])],
  };
}

/** The permission's name in a fully-qualified scope: `https://graph.microsoft.com/X` → `X`. */
export function scopeName(scope: string): string {
  return scope.slice(scope.lastIndexOf('/') + 1);
}

/** An app registration as `m365 entra app list --properties id,appId,displayName,identifierUris,spa` shows it. */
export interface AppRegistration {
  /** The object id. */
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly identifierUris?: readonly string[];
  readonly spa?: { readonly redirectUris?: readonly string[] };
}

export type AppLookup =
  | { readonly type: 'none' }
  | { readonly type: 'one'; readonly app: AppRegistration }
  | { readonly type: 'many'; readonly appIds: readonly string[] };

/**
 * The app named `displayName` (Entra compares display names without regard to case). Two apps of the
 * same name are ambiguous: provisioning fails closed rather than change the wrong one.
 */
export function findApp(apps: readonly AppRegistration[], displayName: string): AppLookup {
  const wanted = displayName.trim().toLowerCase();
  const found = apps.filter((app) => app.displayName.trim().toLowerCase() === wanted);
  if (found.length === 0) return { type: 'none' };
  const [first] = found;
  if (found.length === 1 && first !== undefined) return { type: 'one', app: first };
  return { type: 'many', appIds: found.map((app) => app.appId) };
}

/** Redirect URIs the app lacks; `m365 entra app set --redirectUris` adds them beside the others. */
export function redirectUrisToAdd(wanted: WantedApp, app: AppRegistration): string[] {
  const existing = new Set(app.spa?.redirectUris ?? []);
  return wanted.redirectUris.filter((uri) => !existing.has(uri));
}

/**
 * The Application ID URIs to set, or `undefined` when the app has ours. `m365 entra app set --uris`
 * replaces the list, so the others the app has are kept in it.
 */
export function identifierUrisAfter(wanted: WantedApp, app: AppRegistration): string[] | undefined {
  const existing = app.identifierUris ?? [];
  const ours = wanted.identifierUri(app.appId);
  return existing.includes(ours) ? undefined : [...existing, ours];
}

/** A permission as `m365 entra app permission list` shows it. */
export interface AppPermission {
  readonly resourceId: string;
  readonly permission: string;
  readonly type: string;
}

function grantedGraphScopes(permissions: readonly AppPermission[]): Set<string> {
  return new Set(
    permissions
      .filter((entry) => entry.resourceId === MICROSOFT_GRAPH_APP_ID && entry.type === 'Delegated')
      .map((entry) => entry.permission.toLowerCase()),
  );
}

/** The wanted delegated scopes (fully qualified) the app does not list yet. */
export function scopesToAdd(wanted: WantedApp, permissions: readonly AppPermission[]): string[] {
  const granted = grantedGraphScopes(permissions);
  return wanted.delegatedScopes.filter((scope) => !granted.has(scopeName(scope).toLowerCase()));
}

/**
 * Scopes of this tool the app lists but this run does not want (e.g. `.Manage.All` after switching to
 * `selected`). They are named for the admin and never removed: something else may rely on them.
 */
export function scopesBeyondWanted(wanted: WantedApp, permissions: readonly AppPermission[]): string[] {
  const wantedNames = new Set(wanted.delegatedScopes.map((scope) => scopeName(scope).toLowerCase()));
  const granted = grantedGraphScopes(permissions);
  return TOOL_SCOPES.filter(
    (name) => granted.has(name.toLowerCase()) && !wantedNames.has(name.toLowerCase()),
  );
}

/** A delegated permission grant as `m365 entra oauth2grant list` shows it. */
export interface PermissionGrant {
  readonly id: string;
  readonly consentType: string;
  readonly resourceId: string;
  readonly scope: string;
}

export type GrantChange =
  | { readonly type: 'none' }
  | { readonly type: 'add'; readonly scope: string }
  | { readonly type: 'extend'; readonly grantId: string; readonly scope: string };

/**
 * What tenant-wide consent needs: nothing, a new grant to Microsoft Graph, or the existing grant with
 * the missing scopes added (a second grant for the same app and resource is refused, so it is
 * extended, keeping every scope it has).
 */
export function grantChange(
  grants: readonly PermissionGrant[],
  graphServicePrincipalId: string,
  wanted: WantedApp,
): GrantChange {
  const names = wanted.delegatedScopes.map(scopeName);
  const grant = grants.find(
    (candidate) =>
      candidate.consentType === 'AllPrincipals' && candidate.resourceId === graphServicePrincipalId,
  );
  if (grant === undefined) return { type: 'add', scope: names.join(' ') };
  const existing = grant.scope.split(' ').filter((scope) => scope !== '');
  const present = new Set(existing.map((scope) => scope.toLowerCase()));
  const missing = names.filter((name) => !present.has(name.toLowerCase()));
  if (missing.length === 0) return { type: 'none' };
  return { type: 'extend', grantId: grant.id, scope: [...existing, ...missing].join(' ') };
}

/** The wanted scopes that need an administrator's consent. */
export function scopesNeedingAdminConsent(wanted: WantedApp): string[] {
  return wanted.delegatedScopes.map(scopeName).filter((name) => ADMIN_CONSENT_SCOPES.includes(name));
}
