/**
 * The tab's configuration: `SPE_*` values Vite took from config/tab/.env* or the build environment,
 * validated by the auth layer. For the local cloud an empty origin means the page's own origin, so
 * one build serves the stack on any port.
 */
import { authConfigFromEnv, type parseAuthConfig } from '../../auth';

export function readTabConfig(): ReturnType<typeof parseAuthConfig> {
  const env = import.meta.env as Readonly<Record<string, string | undefined>>;
  const pick = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  return authConfigFromEnv({
    SPE_CLIENT_ID: pick('SPE_CLIENT_ID'),
    SPE_TENANT: pick('SPE_TENANT'),
    SPE_CLOUD: pick('SPE_CLOUD'),
    SPE_LOCAL_ORIGIN:
      pick('SPE_LOCAL_ORIGIN') ?? (pick('SPE_CLOUD') === 'local' ? window.location.origin : undefined),
    SPE_SCOPE_MODE: pick('SPE_SCOPE_MODE'),
    SPE_GRAPH_VERSION: pick('SPE_GRAPH_VERSION'),
    SPE_REDIRECT_URI: pick('SPE_REDIRECT_URI'),
  });
}
