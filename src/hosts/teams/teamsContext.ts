/**
 * Talking to the Teams client: is the tab inside Teams, who is signed in, which locale and theme.
 * teams-js is used for real; only the slice used here is depended on, so tests can pass a fake.
 */
import type { app } from '@microsoft/teams-js';
import { withTimeout } from '../../core/withTimeout';

/** The theme names Teams sends (`app.Context.app.theme` and theme change events). */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHostContext {
  readonly tenantId?: string;
  readonly userObjectId?: string;
  readonly userPrincipalName?: string;
  readonly displayName?: string;
  readonly locale: string;
  readonly theme: TeamsTheme;
  /** The Microsoft 365 host running the tab (Teams, Outlook, Office). */
  readonly hostName: string;
}

export type TeamsApp = Pick<
  typeof app,
  'initialize' | 'getContext' | 'registerOnThemeChangeHandler' | 'notifySuccess'
>;

/** How long to wait for a parent frame that may not be a Teams host at all. */
export const TEAMS_INITIALIZE_TIMEOUT_MS = 4000;

/** Reads Teams' theme name, treating anything unknown as the default (light) theme. */
export function toTeamsTheme(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/**
 * Connects to the Teams client when the page runs inside one; resolves `undefined` otherwise.
 * `app.initialize()` rejects at once in a top-level window and waits forever in a frame whose parent
 * never answers, so it is raced with a timeout.
 */
export async function connectToTeams(
  teamsApp: TeamsApp,
  inFrame: boolean = isInFrame(),
  timeoutMs: number = TEAMS_INITIALIZE_TIMEOUT_MS,
): Promise<TeamsHostContext | undefined> {
  if (!inFrame) return undefined;
  try {
    const initialized = await withTimeout(teamsApp.initialize(), timeoutMs);
    if (initialized.type === 'timeout') return undefined;
    const context = await teamsApp.getContext();
    return {
      tenantId: context.user?.tenant?.id,
      userObjectId: context.user?.id,
      userPrincipalName: context.user?.userPrincipalName,
      displayName: context.user?.displayName,
      locale: context.app.locale,
      theme: toTeamsTheme(context.app.theme),
      hostName: String(context.app.host.name),
    };
  } catch {
    // Not a Teams host (for example "No Parent window found"): run as a plain web page.
    return undefined;
  }
}

export function isInFrame(): boolean {
  try {
    return window.parent !== window;
  } catch {
    // A cross-origin parent makes the comparison throw: we are framed.
    return true;
  }
}
