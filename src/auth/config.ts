/**
 * The one configuration the sign-in and Graph layers need, validated with precise messages. The
 * same rules serve a JSON file, build-time environment (the tab) and the SPFx property pane.
 */
import { isGuid } from '../core/validate';
import type { GraphVersion, ScopeMode } from '../core/deployment';
import { CLOUD_NAMES, type CloudName } from './clouds';

export interface AuthConfig {
  /** The Entra app (client) id. With `.Selected` it must be the container type's owning app. */
  readonly clientId: string;
  /** `organizations`, a tenant id, or a verified domain such as contoso.onmicrosoft.com. */
  readonly tenant: string;
  readonly cloud: CloudName;
  /** The local stack's https origin (cloud `local` only). */
  readonly localOrigin?: string;
  readonly scopeMode: ScopeMode;
  readonly graphVersion: GraphVersion;
  /** The SPA redirect URI registered for the app; hosts default to their bridge page. */
  readonly redirectUri?: string;
}

export type ConfigField = keyof AuthConfig;

export interface ConfigProblem {
  readonly field: ConfigField;
  readonly message: string;
}

export type ParseAuthConfigResult =
  | { readonly ok: true; readonly config: AuthConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

const SCOPE_MODES: readonly ScopeMode[] = ['selected', 'manageAll'];
const GRAPH_VERSIONS: readonly GraphVersion[] = ['v1.0', 'beta'];
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value);
}

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function parseAuthConfig(input: unknown): ParseAuthConfigResult {
  const source = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: ConfigProblem[] = [];

  const clientId = text(source.clientId);
  if (clientId === undefined || !isGuid(clientId)) {
    problems.push({
      field: 'clientId',
      message: `clientId must be a GUID such as 00000000-0000-0000-0000-000000000000 (the app's client id); got ${shown(source.clientId)}.`,
    });
  }

  const tenant = text(source.tenant) ?? 'organizations';
  if (tenant === 'common' || tenant === 'consumers') {
    problems.push({
      field: 'tenant',
      message: `tenant cannot be "${tenant}": container type registrations live in work tenants. Use "organizations", a tenant id or a domain such as contoso.onmicrosoft.com.`,
    });
  } else if (tenant !== 'organizations' && !isGuid(tenant) && !DOMAIN.test(tenant)) {
    problems.push({
      field: 'tenant',
      message: `tenant must be "organizations", a tenant id (GUID) or a domain such as contoso.onmicrosoft.com; got ${shown(source.tenant)}.`,
    });
  }

  const cloud = text(source.cloud) ?? 'global';
  if (!(CLOUD_NAMES as readonly string[]).includes(cloud)) {
    problems.push({
      field: 'cloud',
      message: `cloud must be one of ${CLOUD_NAMES.join(', ')}; got ${shown(source.cloud)}.`,
    });
  }

  // Named cross-field rule: the local cloud needs the stack's https origin, other clouds must not have one.
  const localOrigin = text(source.localOrigin);
  if (cloud === 'local') {
    const url = localOrigin === undefined ? undefined : httpsUrl(localOrigin);
    if (url === undefined || url.pathname !== '/' || url.search !== '') {
      problems.push({
        field: 'localOrigin',
        message: `localOrigin must be the local stack's https origin such as https://localhost:4443 when cloud is local (MSAL refuses an insecure authority); got ${shown(source.localOrigin)}.`,
      });
    }
  } else if (localOrigin !== undefined) {
    problems.push({ field: 'localOrigin', message: 'localOrigin is only used with cloud local; remove it.' });
  }

  const scopeMode = text(source.scopeMode) ?? 'selected';
  if (!(SCOPE_MODES as readonly string[]).includes(scopeMode)) {
    problems.push({
      field: 'scopeMode',
      message: `scopeMode must be "selected" (FileStorageContainerTypeReg.Selected, least privilege) or "manageAll" (FileStorageContainerTypeReg.Manage.All); got ${shown(source.scopeMode)}.`,
    });
  }

  const graphVersion = text(source.graphVersion) ?? 'v1.0';
  if (!(GRAPH_VERSIONS as readonly string[]).includes(graphVersion)) {
    problems.push({
      field: 'graphVersion',
      message: `graphVersion must be "v1.0" or "beta"; got ${shown(source.graphVersion)}.`,
    });
  }

  const redirectUri = text(source.redirectUri);
  if (redirectUri !== undefined && httpsUrl(redirectUri) === undefined) {
    problems.push({
      field: 'redirectUri',
      message: `redirectUri must be an absolute https URL registered as a SPA redirect URI of the app; got ${shown(source.redirectUri)}.`,
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      clientId: (clientId ?? '').toLowerCase(),
      tenant,
      cloud: cloud as CloudName,
      ...(cloud === 'local' && localOrigin !== undefined ? { localOrigin: new URL(localOrigin).origin } : {}),
      scopeMode: scopeMode as ScopeMode,
      graphVersion: graphVersion as GraphVersion,
      ...(redirectUri === undefined ? {} : { redirectUri }),
    },
  };
}

/** From `SPE_*` variables (the tab's build): unset values take the defaults, then the same validation. */
export function authConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ParseAuthConfigResult {
  return parseAuthConfig({
    clientId: env.SPE_CLIENT_ID,
    tenant: env.SPE_TENANT,
    cloud: env.SPE_CLOUD,
    localOrigin: env.SPE_LOCAL_ORIGIN,
    scopeMode: env.SPE_SCOPE_MODE,
    graphVersion: env.SPE_GRAPH_VERSION,
    redirectUri: env.SPE_REDIRECT_URI,
  });
}
