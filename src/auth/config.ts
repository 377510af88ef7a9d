/**
 * The one configuration the sign-in and Graph layers need, validated into precise problems (a code per
 * field and rule; each host words them in the admin's language). The same rules serve a JSON file,
 * build-time environment (the tab) and the SPFx property pane.
 */
import { isGuid } from '../core/validate';
import type { GraphVersion, ScopeMode } from '../core/deployment';
import {
  CLOUD_NAMES,
  SHAREPOINT_EMBEDDED_CLOUDS,
  sharePointEmbeddedAvailable,
  type CloudName,
} from './clouds';

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

/**
 * What is wrong, as a code: each host renders it from its own resource strings (the editor's for the
 * tab and the web part's page, the web part's `loc/` for its property pane), so no English is built here.
 */
export const CONFIG_PROBLEM_CODES = [
  'client_id_not_guid',
  'tenant_personal',
  'tenant_invalid',
  'cloud_unknown',
  /** A known cloud where SharePoint Embedded does not run (GCC High, DoD): said at start, before any call. */
  'cloud_unavailable',
  'local_origin_required',
  'local_origin_unused',
  'scope_mode_unknown',
  'graph_version_unknown',
  'redirect_uri_invalid',
  /** The web part's rule: SharePoint's own token with `.Selected` reaches no registration. */
  'scope_mode_host_token',
] as const;
export type ConfigProblemCode = (typeof CONFIG_PROBLEM_CODES)[number];

export interface ConfigProblem {
  readonly field: ConfigField;
  readonly code: ConfigProblemCode;
  /** The value that was given, as text; absent when nothing was given or it does not matter. */
  readonly received?: string;
  /** Other values the message names (`clouds`, `permission`, `command`). */
  readonly params?: Readonly<Record<string, string>>;
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

function shown(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function isCloudName(value: string): value is CloudName {
  return (CLOUD_NAMES as readonly string[]).includes(value);
}

export function parseAuthConfig(input: unknown): ParseAuthConfigResult {
  const source = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: ConfigProblem[] = [];

  const clientId = text(source.clientId);
  if (clientId === undefined || !isGuid(clientId)) {
    problems.push({ field: 'clientId', code: 'client_id_not_guid', received: shown(source.clientId) });
  }

  const tenant = text(source.tenant) ?? 'organizations';
  if (tenant === 'common' || tenant === 'consumers') {
    problems.push({ field: 'tenant', code: 'tenant_personal', received: tenant });
  } else if (tenant !== 'organizations' && !isGuid(tenant) && !DOMAIN.test(tenant)) {
    problems.push({ field: 'tenant', code: 'tenant_invalid', received: shown(source.tenant) });
  }

  const cloud = text(source.cloud) ?? 'global';
  if (!isCloudName(cloud)) {
    problems.push({
      field: 'cloud',
      code: 'cloud_unknown',
      received: shown(source.cloud),
      params: { clouds: CLOUD_NAMES.join(', ') },
    });
  } else if (!sharePointEmbeddedAvailable(cloud)) {
    problems.push({
      field: 'cloud',
      code: 'cloud_unavailable',
      received: cloud,
      params: { clouds: SHAREPOINT_EMBEDDED_CLOUDS.join(', ') },
    });
  }

  // Named cross-field rule: the local cloud needs the stack's https origin, other clouds must not have one.
  const localOrigin = text(source.localOrigin);
  if (cloud === 'local') {
    const url = localOrigin === undefined ? undefined : httpsUrl(localOrigin);
    if (url === undefined || url.pathname !== '/' || url.search !== '') {
      problems.push({
        field: 'localOrigin',
        code: 'local_origin_required',
        received: shown(source.localOrigin),
      });
    }
  } else if (localOrigin !== undefined) {
    problems.push({ field: 'localOrigin', code: 'local_origin_unused', received: localOrigin });
  }

  const scopeMode = text(source.scopeMode) ?? 'selected';
  if (!(SCOPE_MODES as readonly string[]).includes(scopeMode)) {
    problems.push({ field: 'scopeMode', code: 'scope_mode_unknown', received: shown(source.scopeMode) });
  }

  const graphVersion = text(source.graphVersion) ?? 'v1.0';
  if (!(GRAPH_VERSIONS as readonly string[]).includes(graphVersion)) {
    problems.push({
      field: 'graphVersion',
      code: 'graph_version_unknown',
      received: shown(source.graphVersion),
    });
  }

  const redirectUri = text(source.redirectUri);
  if (redirectUri !== undefined && httpsUrl(redirectUri) === undefined) {
    problems.push({
      field: 'redirectUri',
      code: 'redirect_uri_invalid',
      received: shown(source.redirectUri),
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
