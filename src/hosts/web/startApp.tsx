/**
 * Start-up of the tab, inside Teams or as a plain web page, as explicit phases:
 * starting → (sign-in-needed →) signing-in → ready, or failed with a reason shown to the admin.
 * Inside Teams: context, theme and locale from teams-js, the token through nested app auth (with the
 * fallback to the standard client). Outside: browser theme and locale, the standard client.
 */
import { app } from '@microsoft/teams-js';
import { render, unmountComponentAtNode } from 'react-dom';
import {
  MsalTokenProvider,
  buildAdminConsentUrl,
  cloudEndpoints,
  createPublicClient,
  graphScopes,
  roleFromClaims,
  type AuthConfig,
} from '../../auth';
import { mountEditor, type EditorHost, type EditorLogger, type EditorThemeName } from '../../editor';
import { createGraphClient, GraphRegistrationRepository } from '../../graph';
import { connectToTeams, type TeamsHostContext, type TeamsTheme } from '../teams/teamsContext';
import { browserLocale, subscribeBrowserTheme, themeFromBrowser } from './browserEnvironment';
import { StartupView, type StartupPhase } from './StartupView';
import { startupStringsFor } from './startupStrings';
import { readTabConfig } from './tabConfig';

const TEAMS_THEMES: Readonly<Record<TeamsTheme, EditorThemeName>> = {
  default: 'light',
  dark: 'dark',
  contrast: 'highContrast',
};

/**
 * The browser console, with only the details callers chose (codes, request ids), never a token.
 * The one place in the tab that writes to the console.
 */
/* eslint-disable no-console -- this is the tab's logger */
const logger: EditorLogger = {
  info: (message, details) => console.info(`[permission-matrix] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[permission-matrix] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[permission-matrix] ${message}`, details ?? ''),
};
/* eslint-enable no-console */

function subscribeTheme(
  teams: TeamsHostContext | undefined,
  listener: (theme: EditorThemeName) => void,
): () => void {
  if (teams === undefined) return subscribeBrowserTheme(listener);
  let active = true;
  // teams-js keeps one handler and has no way to remove it: a flag turns it off.
  app.registerOnThemeChangeHandler((theme) => {
    if (active) listener(TEAMS_THEMES[theme === 'dark' || theme === 'contrast' ? theme : 'default']);
  });
  return () => {
    active = false;
  };
}

export async function startApp(root: HTMLElement): Promise<void> {
  const teams = await connectToTeams(app);
  const locale = teams?.locale ?? browserLocale();
  const strings = startupStringsFor(locale);
  let theme: EditorThemeName = teams === undefined ? themeFromBrowser() : TEAMS_THEMES[teams.theme];
  document.documentElement.lang = locale;

  let phase: StartupPhase = { phase: 'starting' };
  let proceed: () => void = () => undefined;
  const show = (next: StartupPhase): void => {
    phase = next;
    render(
      <StartupView
        phase={phase}
        theme={theme}
        strings={strings}
        onSignIn={() => proceed()}
        onRetry={() => window.location.reload()}
      />,
      root,
    );
  };
  const stopFollowingTheme = subscribeTheme(teams, (next) => {
    theme = next;
    show(phase);
  });
  show({ phase: 'starting' });

  const parsed = readTabConfig();
  if (!parsed.ok) {
    show({ phase: 'failed', reason: 'config', details: parsed.problems.map((problem) => problem.message) });
    return;
  }
  const config: AuthConfig = parsed.config;
  const endpoints = cloudEndpoints(config.cloud, config.localOrigin);
  // The redirect bridge page ships beside index.html (see auth.html).
  const redirectUri = config.redirectUri ?? new URL('auth.html', window.location.href).toString();

  let tokens: MsalTokenProvider;
  try {
    const { client, kind } = await createPublicClient({
      config,
      defaultRedirectUri: redirectUri,
      preferNested: teams !== undefined,
      logger,
    });
    logger.info('Sign-in client ready', { kind });
    tokens = new MsalTokenProvider({
      client,
      scopes: graphScopes(config),
      loginHint: teams?.userPrincipalName,
      nested: kind === 'nested',
      logger,
    });
    // Inside Teams the broker signs in without a click; a plain page with no account needs one.
    if (kind === 'standard' && !tokens.hasAccount()) {
      await new Promise<void>((resolve) => {
        proceed = () => {
          show({ phase: 'signing-in' });
          tokens.signIn().then(
            () => resolve(),
            () => show({ phase: 'sign-in-needed', failed: true }),
          );
        };
        show({ phase: 'sign-in-needed' });
      });
    } else {
      show({ phase: 'signing-in' });
      await tokens.getAccessToken();
    }
  } catch (error) {
    logger.warn('Signing in failed', { reason: error instanceof Error ? error.name : 'unknown' });
    show({ phase: 'failed', reason: 'sign_in', details: [] });
    return;
  }

  const claims = tokens.claims();
  const tenantId =
    (typeof claims?.tid === 'string' ? claims.tid : undefined) ?? teams?.tenantId ?? config.tenant;
  const role = roleFromClaims(claims);
  const repository = new GraphRegistrationRepository({
    // Graph calls never open a window on their own: an expired session surfaces as
    // `token_expired`, and the editor's "Sign in" button (a click) renews it.
    client: createGraphClient({
      authProvider: { getAccessToken: () => tokens.getAccessTokenSilently() },
      customHosts: endpoints.graphCustomHosts,
    }),
    graphRoot: endpoints.graphHost,
    version: config.graphVersion,
    scopeMode: config.scopeMode,
    userRole: () => role,
  });
  const host: EditorHost = {
    repository,
    user: {
      tenantId,
      role,
      displayName: typeof claims?.name === 'string' ? claims.name : teams?.displayName,
      userPrincipalName:
        typeof claims?.preferred_username === 'string' ? claims.preferred_username : teams?.userPrincipalName,
    },
    scopeMode: config.scopeMode,
    consent: {
      adminConsentUrl: buildAdminConsentUrl({
        cloud: config.cloud,
        localOrigin: config.localOrigin,
        tenant: tenantId,
        clientId: config.clientId,
        redirectUri,
        state: 'admin-consent',
      }),
    },
    theme,
    subscribeTheme: (listener) => subscribeTheme(teams, listener),
    locale,
    logger,
    draftStorage: window.sessionStorage,
    signIn: async () => {
      await tokens.signIn();
    },
  };
  stopFollowingTheme();
  unmountComponentAtNode(root);
  mountEditor(root, host);
  if (teams !== undefined) void app.notifySuccess();
}
