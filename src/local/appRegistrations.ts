/**
 * The app registrations the demo directory knows, as far as consent needs them: the Microsoft Graph
 * permissions each app's registration lists (what `/.default` asks for) and its redirect URIs (where
 * the sign-in service sends an admin back when a link names no `redirect_uri`: graph-api.md §10).
 */
import {
  ADMIN_TOOL_APP_ID,
  BACKUP_APP_ID,
  DEMO_OWNING_APP_ID,
  FABRIKAM_APP_ID,
  GRAPH_EXPLORER_APP_ID,
  GUEST_APP_ID,
  POWER_PLATFORM_APP_ID,
  SCOPE_MANAGE_ALL,
  SCOPE_SELECTED,
  SERVICE_PRINCIPALS,
} from './demoTenant';

/** Where a guest app's vendor page lives on the stack (the redirect URI registered for that app). */
export const VENDOR_PAGE_PREFIX = '/vendor/';

export interface AppRegistration {
  readonly appId: string;
  readonly displayName: string;
  /**
   * Redirect URIs as paths on the stack's origin: Entra keeps absolute URIs, but the stack's port
   * changes from run to run (tests pick a free one).
   */
  readonly redirectPaths: readonly string[];
  /** Microsoft Graph delegated permissions (scopes) the registration lists, by short name. */
  readonly delegatedScopes: readonly string[];
  /** Microsoft Graph application permissions (app roles) the registration lists. */
  readonly appRoles: readonly string[];
  /** Whether the stack serves this app's vendor page (its registered redirect URI). */
  readonly vendorPage: boolean;
}

/** A guest app of the demo tenant: its vendor's page is its only redirect URI. */
function guestApp(
  appId: string,
  permissions: Pick<AppRegistration, 'delegatedScopes' | 'appRoles'>,
): AppRegistration {
  return {
    appId,
    displayName: SERVICE_PRINCIPALS[appId] ?? appId,
    redirectPaths: [`${VENDOR_PAGE_PREFIX}${appId}/`],
    vendorPage: true,
    ...permissions,
  };
}

const CONTAINERS = 'FileStorageContainer.Selected';

export const APP_REGISTRATIONS: readonly AppRegistration[] = [
  {
    // The tool itself, as config/tab/.env configures it: the tab's and the web part's pages.
    appId: DEMO_OWNING_APP_ID,
    displayName: SERVICE_PRINCIPALS[DEMO_OWNING_APP_ID] ?? DEMO_OWNING_APP_ID,
    redirectPaths: ['/auth.html', '/spfx/'],
    delegatedScopes: [SCOPE_SELECTED, 'Application.Read.All'],
    appRoles: [],
    vendorPage: false,
  },
  {
    appId: ADMIN_TOOL_APP_ID,
    displayName: SERVICE_PRINCIPALS[ADMIN_TOOL_APP_ID] ?? ADMIN_TOOL_APP_ID,
    redirectPaths: ['/auth.html'],
    delegatedScopes: [SCOPE_MANAGE_ALL, 'Application.Read.All'],
    appRoles: [],
    vendorPage: false,
  },
  // A backup app reads containers app-only (graph-api.md §7): the application permission.
  guestApp(BACKUP_APP_ID, { delegatedScopes: [], appRoles: [CONTAINERS] }),
  guestApp(FABRIKAM_APP_ID, { delegatedScopes: [CONTAINERS], appRoles: [CONTAINERS] }),
  guestApp(GUEST_APP_ID, { delegatedScopes: [CONTAINERS], appRoles: [] }),
  guestApp(GRAPH_EXPLORER_APP_ID, { delegatedScopes: [CONTAINERS], appRoles: [] }),
  guestApp(POWER_PLATFORM_APP_ID, { delegatedScopes: [CONTAINERS], appRoles: [] }),
];

export function appRegistration(appId: string): AppRegistration | undefined {
  return APP_REGISTRATIONS.find((app) => app.appId.toLowerCase() === appId.trim().toLowerCase());
}
