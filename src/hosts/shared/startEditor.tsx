/**
 * Start-up shared by every host (the Teams tab, the plain page, the SharePoint web part), as explicit
 * phases: starting → (sign-in-needed →) signing-in → ready, or failed with a reason shown to the admin.
 * A host brings what differs (where the token comes from, theme, locale, hints about the user) and
 * gets back a handle to stop it; sign-in, the Graph client, the repository and the editor are built
 * here once.
 */
import { OwnWrites, ownWritesKey } from '../../core/ownWrites';
import { render, unmountComponentAtNode } from 'react-dom';
import {
  ADMIN_CONSENT_STATE,
  MsalTokenProvider,
  buildAdminConsentUrl,
  buildBackupOnboardingUrl,
  cloudEndpoints,
  createPublicClient,
  directoryScopes,
  graphScopes,
  roleFromClaims,
  tokenFactsOf,
  type AuthConfig,
  type ParseAuthConfigResult,
} from '../../auth';
import type { EditorHost, EditorLayout, EditorLogger, EditorTheme, Strings } from '../../editor';
// Modules, not the editor's index: the start-up screen ships without the editor's screens.
import { loadLocalizer } from '../../editor/strings';
import type { mountEditor as MountEditor } from '../../editor/mountEditor';
import {
  createGraphClient,
  GraphRegistrationRepository,
  type DirectoryReads,
  type RegistrationRepository,
} from '../../graph';
import { configProblemText } from './configProblemText';
import { DirectoryNames, type DirectoryTokens } from './DirectoryNames';
import { StartupView, type StartupFailure, type StartupPhase } from './StartupView';

export type SignInMethod =
  /** MSAL with the configured client id, so Graph sees the owning app as the calling app. */
  | {
      readonly kind: 'msal';
      /** The SPA redirect URI: a page that runs the MSAL redirect bridge. */
      readonly redirectUri: string;
      /** Nested app authentication first (inside Teams). */
      readonly preferNested: boolean;
      readonly loginHint?: string;
    }
  /**
   * A token the host already has a way to get (SharePoint's own token for Graph): no sign-in step,
   * and no claims to read, so the role is left to the service to enforce.
   */
  | { readonly kind: 'hostToken'; readonly getToken: () => Promise<string> };

/** A signed-in admin: a silent token source, the ID token's claims when there are any, a way to sign in again. */
interface Session {
  readonly getToken: () => Promise<string>;
  readonly claims?: Record<string, unknown>;
  readonly signIn?: () => Promise<void>;
  readonly renewToken?: () => Promise<void>;
  /** The account: its own (signed out and switched here), or the host's (Teams', SharePoint's). */
  readonly account: EditorHost['account'];
  /** Tokens with the directory scope alone, for app names (MSAL only). */
  readonly directory?: DirectoryTokens;
}

/** What the host knows about the user before any token (Teams or SharePoint context). */
export interface UserHints {
  readonly tenantId?: string;
  readonly displayName?: string;
  readonly userPrincipalName?: string;
  readonly objectId?: string;
}

export interface StartEditorOptions {
  readonly root: HTMLElement;
  readonly layout: EditorLayout;
  readonly titleShownByHost?: boolean;
  readonly locale: string;
  readonly theme: EditorTheme;
  readonly subscribeTheme: (listener: (theme: EditorTheme) => void) => () => void;
  readonly config: ParseAuthConfigResult;
  /** How to get a token for a valid configuration (the cloud decides the resource). */
  readonly signInMethod: (config: AuthConfig) => SignInMethod;
  readonly hints: UserHints;
  readonly logger: EditorLogger;
  readonly draftStorage?: EditorHost['draftStorage'];
  readonly receiptStorage?: EditorHost['receiptStorage'];
  readonly preferenceStorage?: EditorHost['preferenceStorage'];
  readonly onRetry: () => void;
}

export type EditorStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'failed'; readonly reason: StartupFailure; readonly details: readonly string[] }
  | { readonly state: 'ready'; readonly repository: RegistrationRepository };

export interface StartedEditor {
  /** Settles when the editor is mounted or start-up has failed (then the failure is on screen). */
  readonly done: Promise<EditorStatus>;
  status(): EditorStatus;
  /** Unmounts whatever is shown and stops following the theme; start-up still under way is dropped. */
  stop(): void;
}

export function startEditor(options: StartEditorOptions): StartedEditor {
  const { root, locale, logger } = options;
  // The strings download (Italian, Russian) while the sign-in client starts; nothing is shown until
  // they are here, so the first words the admin sees are in their language.
  const localizer = loadLocalizer(locale);
  // The editor's screens (the list first) download while the admin signs in.
  const editor = import('../../editor/mountEditor');
  // Settled here too, so a failed download is handled where the editor mounts, not reported unhandled.
  editor.catch(() => undefined);
  let strings: Strings['startup'] | undefined;
  let theme = options.theme;
  let phase: StartupPhase = { phase: 'starting' };
  let status: EditorStatus = { state: 'starting' };
  let stopped = false;
  let proceed: () => void = () => undefined;
  let unmountEditor: (() => void) | undefined;

  const show = (next: StartupPhase): void => {
    phase = next;
    if (stopped || strings === undefined) return;
    render(
      <StartupView
        phase={phase}
        theme={theme}
        strings={strings}
        layout={options.layout}
        onSignIn={() => proceed()}
        onRetry={options.onRetry}
      />,
      root,
    );
  };
  const stopFollowingTheme = options.subscribeTheme((next) => {
    theme = next;
    if (unmountEditor === undefined) show(phase);
  });
  const fail = (reason: StartupFailure, details: readonly string[]): EditorStatus => {
    show({ phase: 'failed', reason, details });
    status = { state: 'failed', reason, details };
    return status;
  };

  const run = async (): Promise<EditorStatus> => {
    strings = (
      await localizer.catch(() => {
        // The admin's language failed to download (offline?): English beats a blank page.
        logger.warn('The strings for the locale could not be loaded', { locale });
        return loadLocalizer('en');
      })
    ).strings.startup;
    show({ phase: 'starting' });
    if (!options.config.ok) {
      const texts = strings.configProblems;
      return fail(
        'config',
        options.config.problems.map((problem) => configProblemText(problem, texts)),
      );
    }
    const config = options.config.config;
    const method = options.signInMethod(config);
    let session: Session;
    try {
      session =
        method.kind === 'msal'
          ? await signInWithMsal(config, method, logger, show, (next) => {
              proceed = next;
            })
          : // SharePoint's own token: the account is the page's.
            { getToken: method.getToken, account: { kind: 'host' } };
      if (method.kind === 'hostToken') await session.getToken();
    } catch (error) {
      logger.warn('Signing in failed', { reason: error instanceof Error ? error.name : 'unknown' });
      return fail('sign_in', []);
    }
    if (stopped) return status;

    let mountEditor: typeof MountEditor;
    try {
      ({ mountEditor } = await editor);
    } catch {
      logger.warn('The editor could not be downloaded');
      return fail('download', []);
    }
    if (stopped) return status;

    const host = editorHost(config, method, session, options, theme);
    stopFollowingTheme();
    unmountComponentAtNode(root);
    unmountEditor = mountEditor(root, host).unmount;
    status = { state: 'ready', repository: host.repository };
    return status;
  };

  return {
    done: run(),
    status: () => status,
    stop() {
      stopped = true;
      stopFollowingTheme();
      if (unmountEditor !== undefined) unmountEditor();
      else unmountComponentAtNode(root);
    },
  };
}

/** MSAL sign-in; a standard client with no account waits for the admin's click (popups need one). */
async function signInWithMsal(
  config: AuthConfig,
  method: Extract<SignInMethod, { kind: 'msal' }>,
  logger: EditorLogger,
  show: (phase: StartupPhase) => void,
  onSignInClick: (proceed: () => void) => void,
): Promise<Session> {
  const { client, kind } = await createPublicClient({
    config,
    defaultRedirectUri: method.redirectUri,
    preferNested: method.preferNested,
    logger,
  });
  logger.info('Sign-in client ready', { kind });
  const tokens = new MsalTokenProvider({
    client,
    scopes: graphScopes(config),
    loginHint: method.loginHint,
    postLogoutRedirectUri: config.redirectUri ?? method.redirectUri,
    nested: kind === 'nested',
    logger,
  });
  // The same client and account, a request of its own: the directory scope is never added to the
  // registration scope, and a popup for it never turns into a redirect away from unsaved edits.
  const directory = new MsalTokenProvider({
    client,
    scopes: directoryScopes(config),
    loginHint: method.loginHint,
    nested: kind === 'nested',
    logger,
    redirectFallback: false,
  });
  if (kind === 'standard' && !tokens.hasAccount()) {
    await new Promise<void>((resolve) => {
      onSignInClick(() => {
        show({ phase: 'signing-in' });
        tokens.signIn().then(
          () => resolve(),
          () => show({ phase: 'sign-in-needed', failed: true }),
        );
      });
      show({ phase: 'sign-in-needed' });
    });
  } else {
    show({ phase: 'signing-in' });
    await tokens.getAccessToken();
  }
  return {
    // Graph calls never open a window on their own: an expired session surfaces as `token_expired`,
    // and the editor's "Sign in again" button (a click) renews it.
    getToken: () => tokens.getAccessTokenSilently(),
    claims: tokens.claims(),
    signIn: () => tokens.signIn().then(() => undefined),
    renewToken: () => tokens.renewToken(),
    // Inside Teams (nested app auth) the account is Teams': signing out of it is Teams' to do.
    account:
      kind === 'nested'
        ? { kind: 'host' }
        : {
            kind: 'own',
            signOut: () => tokens.signOut(),
            switchAccount: () => tokens.switchAccount().then(() => undefined),
          },
    directory,
  };
}

/**
 * SharePoint's own token cannot be asked for another scope: it either carries a directory read or not,
 * so the first refused lookup ends the lookups.
 */
function hostTokenDirectory(client: DirectoryReads['client']): DirectoryReads {
  let refused = false;
  return {
    client,
    available: () => !refused,
    onLookupFailed: () => {
      refused = true;
    },
  };
}

function editorHost(
  config: AuthConfig,
  method: SignInMethod,
  session: Session,
  options: StartEditorOptions,
  theme: EditorTheme,
): EditorHost {
  const { claims, getToken } = session;
  const endpoints = cloudEndpoints(config.cloud, config.localOrigin);
  const tenantId =
    (typeof claims?.tid === 'string' ? claims.tid : undefined) ?? options.hints.tenantId ?? config.tenant;
  const role = roleFromClaims(claims);
  // SharePoint's own token is consented in the SharePoint admin center (API access), not by this link.
  const consent =
    method.kind === 'msal'
      ? {
          adminConsentUrl: buildAdminConsentUrl({
            cloud: config.cloud,
            localOrigin: config.localOrigin,
            tenant: tenantId,
            clientId: config.clientId,
            redirectUri: config.redirectUri ?? method.redirectUri,
            state: ADMIN_CONSENT_STATE,
          }),
        }
      : undefined;
  const client = createGraphClient({
    authProvider: { getAccessToken: getToken },
    customHosts: endpoints.graphCustomHosts,
  });
  const names =
    session.directory === undefined ? undefined : new DirectoryNames(session.directory, role, options.logger);
  return {
    repository: new GraphRegistrationRepository({
      client,
      graphRoot: endpoints.graphHost,
      version: config.graphVersion,
      scopeMode: config.scopeMode,
      userRole: () => role,
      // The writes this tab made, remembered across a reload until a read shows them (per tenant).
      ownWrites: new OwnWrites({ storage: options.draftStorage, storageKey: ownWritesKey(tenantId) }),
      directory:
        names === undefined
          ? hostTokenDirectory(client)
          : {
              client: createGraphClient({
                authProvider: { getAccessToken: () => names.getToken() },
                customHosts: endpoints.graphCustomHosts,
              }),
              available: () => names.available(),
              onLookupFailed: () => names.lookupFailed(),
            },
    }),
    appNames: names,
    user: {
      tenantId,
      role,
      displayName: typeof claims?.name === 'string' ? claims.name : options.hints.displayName,
      userPrincipalName:
        typeof claims?.preferred_username === 'string'
          ? claims.preferred_username
          : options.hints.userPrincipalName,
      objectId: typeof claims?.oid === 'string' ? claims.oid : options.hints.objectId,
    },
    scopeMode: config.scopeMode,
    clientId: method.kind === 'msal' ? config.clientId : undefined,
    consent,
    // A guest (backup) app is consented to on its own link, whichever way the tool itself signs in.
    guestConsentUrl: (clientId) =>
      buildBackupOnboardingUrl({ cloud: config.cloud, localOrigin: config.localOrigin, clientId }),
    theme,
    subscribeTheme: options.subscribeTheme,
    locale: options.locale,
    layout: options.layout,
    titleShownByHost: options.titleShownByHost,
    logger: options.logger,
    draftStorage: options.draftStorage,
    receiptStorage: options.receiptStorage,
    preferenceStorage: options.preferenceStorage,
    signIn: session.signIn,
    renewToken: session.renewToken,
    account: session.account,
    tokenFacts: async () => tokenFactsOf(await getToken(), claims),
  };
}
