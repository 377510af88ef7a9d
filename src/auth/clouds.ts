/**
 * Where each cloud signs in and where its Graph lives (graph-api.md §6), and whether SharePoint
 * Embedded runs there at all. Tokens are not interchangeable across clouds: the app is registered, and
 * consented, in each one.
 */
export const CLOUD_NAMES = ['global', 'usGovL4', 'usGovL5', 'china', 'local'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

interface NationalCloud {
  readonly loginHost: string;
  readonly graphHost: string;
  readonly appHosts: readonly string[];
  /**
   * Whether Microsoft offers SharePoint Embedded in this cloud: the commercial cloud (GCC uses its
   * endpoints) and 21Vianet, not GCC High or DoD (sp-dev-docs `docs/embedded/overview.md`,
   * "Availability", 2026). Graph's metadata there has the registration types, but that is schema, not
   * service. The hosts stay, so a tool configured for such a cloud says so at start (parseAuthConfig)
   * instead of failing on its first call.
   */
  readonly sharePointEmbedded: boolean;
}

/*
 * appHosts: the web clients that frame the tab. Global: Microsoft's frame-ancestors table for tabs
 * ("Prerequisites", microsoftteams/platform/tabs/how-to/tab-requirements), as listed there, two of them
 * inside *.office.com. Microsoft publishes no such table for the other clouds: their Teams client is the
 * one Microsoft's sovereign-cloud page names, and their Outlook and Microsoft 365 hosts are those
 * teams-js 2.58.0 itself accepts as app hosts of that cloud (its validDomains list); teams-js lists
 * none for China, so only Teams frames the tab there.
 */
const NATIONAL_CLOUDS: Readonly<Record<Exclude<CloudName, 'local'>, NationalCloud>> = {
  global: {
    loginHost: 'https://login.microsoftonline.com',
    graphHost: 'https://graph.microsoft.com',
    appHosts: [
      'https://*.cloud.microsoft',
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook-sdf.office.com',
      'https://outlook-sdf.office365.com',
    ],
    sharePointEmbedded: true,
  },
  usGovL4: {
    loginHost: 'https://login.microsoftonline.us',
    graphHost: 'https://graph.microsoft.us',
    appHosts: [
      'https://gov.teams.microsoft.us',
      'https://outlook.office365.us',
      'https://www.office365.us',
      'https://portal.office365.us',
    ],
    sharePointEmbedded: false,
  },
  usGovL5: {
    loginHost: 'https://login.microsoftonline.us',
    graphHost: 'https://dod-graph.microsoft.us',
    appHosts: [
      'https://dod.teams.microsoft.us',
      'https://outlook-dod.office365.us',
      'https://webmail.apps.mil',
      'https://portal.apps.mil',
      'https://www.ohome.apps.mil',
    ],
    sharePointEmbedded: false,
  },
  // Entra's national-cloud page names login.partner.microsoftonline.cn; Graph's deployment page still
  // lists login.chinacloudapi.cn. Entra owns sign-in, so its host is used.
  china: {
    loginHost: 'https://login.partner.microsoftonline.cn',
    graphHost: 'https://microsoftgraph.chinacloudapi.cn',
    appHosts: ['https://teams.microsoftonline.cn'],
    sharePointEmbedded: true,
  },
};

/** Whether SharePoint Embedded runs in a cloud; the local stack stands in for one where it does. */
export function sharePointEmbeddedAvailable(cloud: CloudName): boolean {
  return cloud === 'local' || NATIONAL_CLOUDS[cloud].sharePointEmbedded;
}

/** The clouds a deployment of this tool can use, in CLOUD_NAMES order. */
export const SHAREPOINT_EMBEDDED_CLOUDS: readonly CloudName[] =
  CLOUD_NAMES.filter(sharePointEmbeddedAvailable);

export interface CloudEndpoints {
  /** Authority root: `{loginHost}/{tenant}` is the authority. */
  readonly loginHost: string;
  /** Where Graph requests go (no version), e.g. `https://graph.microsoft.com`. */
  readonly graphHost: string;
  /** The resource part of Graph scopes, e.g. `https://graph.microsoft.com/.default`. */
  readonly graphResource: string;
  /** For MSAL: authorities it may trust without Microsoft's instance discovery (the local stack). */
  readonly knownAuthorities: readonly string[];
  /** For the Graph client: hosts besides Microsoft's Graph hosts that may receive the token. */
  readonly graphCustomHosts: readonly string[];
  /** Origins (`*.` wildcards allowed) of the Teams, Outlook and Microsoft 365 clients that frame the tab. */
  readonly appHosts: readonly string[];
}

/**
 * The endpoints of a cloud. The local stack serves its IdP at `{origin}/idp` and Graph at
 * `{origin}/graph`, accepts tokens for the global Graph resource like the real service, and frames the
 * tab in its Teams host simulator on the same origin.
 */
export function cloudEndpoints(cloud: CloudName, localOrigin?: string): CloudEndpoints {
  if (cloud === 'local') {
    if (localOrigin === undefined) throw new Error('The local cloud needs the origin of the local stack.');
    const origin = new URL(localOrigin);
    return {
      loginHost: `${origin.origin}/idp`,
      graphHost: `${origin.origin}/graph`,
      graphResource: NATIONAL_CLOUDS.global.graphHost,
      knownAuthorities: [origin.host],
      // The graph client compares host names without the port.
      graphCustomHosts: [origin.hostname],
      appHosts: [origin.origin],
    };
  }
  const { loginHost, graphHost, appHosts } = NATIONAL_CLOUDS[cloud];
  return {
    loginHost,
    graphHost,
    graphResource: graphHost,
    knownAuthorities: [],
    graphCustomHosts: [],
    appHosts,
  };
}
