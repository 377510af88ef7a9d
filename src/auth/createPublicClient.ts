/**
 * The MSAL client for a host: nested app authentication inside Teams (the host's broker signs in),
 * the standard client elsewhere. A nestable client whose host never answers never resolves, so it is
 * raced with a timeout and the standard client takes over.
 */
import {
  BrowserCacheLocation,
  LogLevel,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { cloudEndpoints } from './clouds';
import type { AuthConfig } from './config';
import type { AuthLogger } from './MsalTokenProvider';
import { withTimeout } from '../core/withTimeout';

export type PublicClientKind = 'nested' | 'standard';

export interface PublicClientFactories {
  readonly standard: (configuration: Configuration) => Promise<IPublicClientApplication>;
  readonly nestable: (configuration: Configuration) => Promise<IPublicClientApplication>;
}

const MSAL_FACTORIES: PublicClientFactories = {
  standard: createStandardPublicClientApplication,
  nestable: (configuration) => createNestablePublicClientApplication(configuration),
};

export const NESTED_CLIENT_TIMEOUT_MS = 4000;

export interface CreatePublicClientOptions {
  readonly config: AuthConfig;
  /** The SPA redirect URI (the host's redirect bridge page) when the config has none. */
  readonly defaultRedirectUri: string;
  readonly preferNested: boolean;
  readonly nestedTimeoutMs?: number;
  readonly logger?: AuthLogger;
  readonly factories?: PublicClientFactories;
}

export function msalConfiguration(
  config: AuthConfig,
  redirectUri: string,
  logger?: AuthLogger,
): Configuration {
  const endpoints = cloudEndpoints(config.cloud, config.localOrigin);
  return {
    auth: {
      clientId: config.clientId,
      authority: `${endpoints.loginHost}/${config.tenant}`,
      knownAuthorities: [...endpoints.knownAuthorities],
      redirectUri,
    },
    // Memory: no token at rest where other scripts on the page's origin could read it (on a SharePoint
    // page, every SPFx solution in the tenant); a reload outside Teams costs one click
    // (docs/decisions/0006-msal-tokens-in-memory.md).
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Error,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii || logger === undefined) return;
          if (level <= LogLevel.Error) logger.warn(message);
        },
      },
    },
  };
}

export async function createPublicClient(
  options: CreatePublicClientOptions,
): Promise<{ client: IPublicClientApplication; kind: PublicClientKind }> {
  const { config, logger } = options;
  const factories = options.factories ?? MSAL_FACTORIES;
  const configuration = msalConfiguration(config, config.redirectUri ?? options.defaultRedirectUri, logger);
  if (options.preferNested) {
    try {
      const nested = await withTimeout(
        factories.nestable(configuration),
        options.nestedTimeoutMs ?? NESTED_CLIENT_TIMEOUT_MS,
      );
      if (nested.type === 'settled') return { client: nested.value, kind: 'nested' };
      logger?.warn('Nested app authentication did not answer in time; using the standard client');
    } catch (error) {
      logger?.warn('Nested app authentication is not available; using the standard client', {
        name: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  const client = await factories.standard(configuration);
  // Completes a sign-in that fell back to a redirect (the bridge page returned to the app).
  const redirected = await client.handleRedirectPromise();
  if (redirected?.account) client.setActiveAccount(redirected.account);
  return { client, kind: 'standard' };
}
