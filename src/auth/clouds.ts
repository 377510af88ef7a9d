/**
 * Where each cloud signs in and where its Graph lives (graph-api.md §6). Tokens are not
 * interchangeable across clouds: the app is registered, and consented, in each one.
 */
export const CLOUD_NAMES = ['global', 'usGovL4', 'usGovL5', 'china', 'local'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

interface NationalCloud {
  readonly loginHost: string;
  readonly graphHost: string;
}

const NATIONAL_CLOUDS: Readonly<Record<Exclude<CloudName, 'local'>, NationalCloud>> = {
  global: { loginHost: 'https://login.microsoftonline.com', graphHost: 'https://graph.microsoft.com' },
  usGovL4: { loginHost: 'https://login.microsoftonline.us', graphHost: 'https://graph.microsoft.us' },
  usGovL5: { loginHost: 'https://login.microsoftonline.us', graphHost: 'https://dod-graph.microsoft.us' },
  // Entra's national-cloud page names login.partner.microsoftonline.cn; Graph's deployment page still
  // lists login.chinacloudapi.cn. Entra owns sign-in, so its host is used.
  china: {
    loginHost: 'https://login.partner.microsoftonline.cn',
    graphHost: 'https://microsoftgraph.chinacloudapi.cn',
  },
};

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
}

/**
 * The endpoints of a cloud. The local stack serves its IdP at `{origin}/idp` and Graph at
 * `{origin}/graph`, and accepts tokens for the global Graph resource like the real service.
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
    };
  }
  const { loginHost, graphHost } = NATIONAL_CLOUDS[cloud];
  return { loginHost, graphHost, graphResource: graphHost, knownAuthorities: [], graphCustomHosts: [] };
}
