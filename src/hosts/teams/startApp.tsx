/**
 * Start-up of the tab, inside Teams or as a plain web page. Inside Teams: context, theme and locale
 * from teams-js, the token through nested app authentication (with the fallback to the standard
 * client). Outside: browser theme and locale, the standard client. The phases themselves are shared
 * with the web part (../shared/startEditor).
 */
import type { EditorTheme, EditorThemeName } from '../../editor';
import { consoleLogger } from '../shared/consoleLogger';
import { startEditor } from '../shared/startEditor';
import { connectToTeams, isInFrame, type TeamsApp, type TeamsTheme } from './teamsContext';
import { browserLocale, subscribeBrowserTheme, themeFromBrowser } from './browserEnvironment';
import { readTabConfig } from './tabConfig';

const TEAMS_THEMES: Readonly<Record<TeamsTheme, EditorThemeName>> = {
  default: 'light',
  dark: 'dark',
  contrast: 'highContrast',
};

function subscribeTheme(teamsApp: TeamsApp | undefined, listener: (theme: EditorTheme) => void): () => void {
  if (teamsApp === undefined) return subscribeBrowserTheme(listener);
  let active = true;
  // teams-js keeps one handler and has no way to remove it: a flag turns it off.
  teamsApp.registerOnThemeChangeHandler((theme) => {
    if (active) listener(TEAMS_THEMES[theme === 'dark' || theme === 'contrast' ? theme : 'default']);
  });
  return () => {
    active = false;
  };
}

export async function startApp(root: HTMLElement): Promise<void> {
  // teams-js downloads only in a frame: a top-level page is never inside Teams. If it cannot be
  // downloaded the tab runs as a plain page, as in a frame that is not Teams.
  const framedApp = isInFrame()
    ? await import('./teamsApp').then(
        (teamsJs) => teamsJs.app,
        () => undefined,
      )
    : undefined;
  const teams = framedApp === undefined ? undefined : await connectToTeams(framedApp);
  const teamsApp = teams === undefined ? undefined : framedApp;
  const locale = teams?.locale ?? browserLocale();
  document.documentElement.lang = locale;
  const started = startEditor({
    root,
    layout: 'page',
    // Teams shows the app's name above a tab; a plain web page has only the editor's title.
    titleShownByHost: teams !== undefined,
    locale,
    theme: teams === undefined ? themeFromBrowser() : TEAMS_THEMES[teams.theme],
    subscribeTheme: (listener) => subscribeTheme(teamsApp, listener),
    config: readTabConfig(),
    signInMethod: () => ({
      kind: 'msal',
      // The redirect bridge page ships beside index.html (see auth.html).
      redirectUri: new URL('auth.html', window.location.href).toString(),
      preferNested: teams !== undefined,
      loginHint: teams?.userPrincipalName,
    }),
    hints: {
      tenantId: teams?.tenantId,
      displayName: teams?.displayName,
      userPrincipalName: teams?.userPrincipalName,
      objectId: teams?.userObjectId,
    },
    logger: consoleLogger,
    draftStorage: window.sessionStorage,
    receiptStorage: window.localStorage,
    preferenceStorage: window.localStorage,
    onRetry: () => window.location.reload(),
  });
  const status = await started.done;
  if (teamsApp !== undefined && status.state === 'ready') void teamsApp.notifySuccess();
}
