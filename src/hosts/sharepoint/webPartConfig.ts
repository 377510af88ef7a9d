/**
 * The web part's properties, what they mean, and how they become the shared start-up options. Kept
 * free of SPFx imports so the mapping is unit-tested with a stand-in context.
 */
import {
  cloudEndpoints,
  parseAuthConfig,
  type AuthConfig,
  type ConfigField,
  type ConfigProblem,
  type ParseAuthConfigResult,
} from '../../auth';
import { configProblemText, type ConfigProblemTexts } from '../shared/configProblemText';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { SignInMethod, UserHints } from '../shared/startEditor';

/**
 * `msal`: the admin signs in with MSAL to the configured app (the owning app for `.Selected`), so Graph
 * sees that app as the caller. `sharepoint`: SharePoint's own token for Graph (the "SharePoint Online
 * Client Extensibility" app, the one behind `MSGraphClientV3`), with `.Manage.All` granted to it
 * (SHAREPOINT_MODE_GRANT_COMMANDS): no app registration, but that permission then serves every web part
 * in the tenant.
 */
export const AUTH_MODES = ['msal', 'sharepoint'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/**
 * The Graph permission SharePoint mode needs, granted to SharePoint's own app. The package never asks
 * for it (config/package-solution.json has no `webApiPermissionRequests`): one approval would serve it
 * to every script on every SharePoint page, while the default MSAL mode needs no approval at all.
 */
export const SHAREPOINT_MODE_PERMISSION = 'FileStorageContainerTypeReg.Manage.All';

/** CLI for Microsoft 365 arguments that grant it (a Global Administrator runs them; sharepoint/deploy.mjs too). */
export const SHAREPOINT_MODE_GRANT_ARGS: readonly string[] = [
  'spo',
  'serviceprincipal',
  'grant',
  'add',
  '--resource',
  'Microsoft Graph',
  '--scope',
  SHAREPOINT_MODE_PERMISSION,
];

/** The grant as an admin types it: CLI for Microsoft 365, and the SharePoint Online PowerShell equivalent. */
export const SHAREPOINT_MODE_GRANT_COMMANDS = {
  cli: `m365 ${SHAREPOINT_MODE_GRANT_ARGS.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}`,
  powerShell: `Approve-SPOTenantServicePrincipalPermissionGrant -Resource "Microsoft Graph" -Scope ${SHAREPOINT_MODE_PERMISSION}`,
} as const;

export interface PermissionMatrixWebPartProps {
  authMode?: AuthMode;
  clientId?: string;
  tenant?: string;
  cloud?: string;
  localOrigin?: string;
  scopeMode?: string;
  graphVersion?: string;
  redirectUri?: string;
}

export type WebPartField = ConfigField | 'authMode';

/** The slice of the SPFx context the web part reads; the class fills it from `this.context`. */
export interface SharePointContextSlice {
  /** The page the web part is on, without query or hash: the default redirect URI. */
  readonly pageUrl: string;
  readonly tenantId?: string;
  readonly user: {
    readonly displayName?: string;
    readonly loginName?: string;
    readonly email?: string;
    /** `pageContext.aadInfo.userId`: the object id. */
    readonly objectId?: string;
  };
  /** `pageContext.cultureInfo.currentUICultureName`, e.g. `it-IT`. */
  readonly locale: string;
  /** SharePoint's token for a resource (`aadTokenProviderFactory`). */
  readonly getSharePointToken: (resource: string) => Promise<string>;
}

// SharePoint mode never sends a client id of ours (SharePoint's app gets the token); the nil GUID
// stands in so the shared parser can check every other field.
const UNUSED_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

export function authModeOf(properties: PermissionMatrixWebPartProps): AuthMode {
  return properties.authMode === 'sharepoint' ? 'sharepoint' : 'msal';
}

export function webPartConfig(properties: PermissionMatrixWebPartProps): ParseAuthConfigResult {
  const sharePointMode = authModeOf(properties) === 'sharepoint';
  const parsed = parseAuthConfig({
    ...properties,
    clientId: sharePointMode ? UNUSED_CLIENT_ID : properties.clientId,
  });
  // SharePoint's app is never a container type's owning app, so `.Selected` would show nothing.
  if (sharePointMode && (properties.scopeMode ?? 'selected') === 'selected') {
    const problem: ConfigProblem = {
      field: 'scopeMode',
      code: 'scope_mode_host_token',
      params: { permission: SHAREPOINT_MODE_PERMISSION, command: SHAREPOINT_MODE_GRANT_COMMANDS.cli },
    };
    return { ok: false, problems: [...(parsed.ok ? [] : parsed.problems), problem] };
  }
  return parsed;
}

/**
 * The property pane's message for one field given the values being edited ('' when it is fine), in
 * the words of the web part's `loc/` strings.
 */
export function fieldProblem(
  properties: PermissionMatrixWebPartProps,
  field: WebPartField,
  texts: ConfigProblemTexts,
): string {
  const parsed = webPartConfig(properties);
  if (parsed.ok) return '';
  return problemMessages(
    parsed.problems.filter((problem) => problem.field === field),
    texts,
  ).join(' ');
}

/** Problems in the words of `texts` (the deploy script prints the web part's English ones). */
export function problemMessages(problems: readonly ConfigProblem[], texts: ConfigProblemTexts): string[] {
  return problems.map((problem) => configProblemText(problem, texts));
}

export function signInMethodFor(
  properties: PermissionMatrixWebPartProps,
  context: SharePointContextSlice,
  config: AuthConfig,
): SignInMethod {
  if (authModeOf(properties) === 'sharepoint') {
    const { graphResource } = cloudEndpoints(config.cloud, config.localOrigin);
    return { kind: 'hostToken', getToken: () => context.getSharePointToken(graphResource) };
  }
  return {
    kind: 'msal',
    // The page itself is the redirect URI: the web part hands a sign-in answer to MSAL on load.
    redirectUri: context.pageUrl,
    preferNested: false,
    // SharePoint already knows who is signed in: MSAL can then sign in silently.
    loginHint: context.user.email ?? context.user.loginName,
  };
}

/** The slice, read from the real SPFx context (the class's `this.context`). */
export function sharePointContextSlice(context: WebPartContext, location: Location): SharePointContextSlice {
  const { pageContext } = context;
  return {
    pageUrl: `${location.origin}${location.pathname}`,
    tenantId: pageContext.aadInfo?.tenantId?.toString(),
    user: {
      displayName: pageContext.user.displayName,
      loginName: pageContext.user.loginName,
      email: pageContext.user.email,
      objectId: pageContext.aadInfo?.userId?.toString(),
    },
    locale: pageContext.cultureInfo.currentUICultureName,
    getSharePointToken: async (resource) =>
      (await context.aadTokenProviderFactory.getTokenProvider()).getToken(resource),
  };
}

export function userHints(context: SharePointContextSlice): UserHints {
  return {
    tenantId: context.tenantId,
    displayName: context.user.displayName,
    userPrincipalName: context.user.loginName ?? context.user.email,
    objectId: context.user.objectId,
  };
}

/**
 * Whether this page load is the end of a sign-in: MSAL's answer (`state` with `code` or `error`) in
 * the hash or query. Such a load only hands the answer over; it never starts the editor.
 */
export function isSignInAnswer(location: Pick<Location, 'hash' | 'search'>): boolean {
  return [location.hash.replace(/^#/, ''), location.search.replace(/^\?/, '')].some((part) => {
    const params = new URLSearchParams(part);
    return params.has('state') && (params.has('code') || params.has('error'));
  });
}
