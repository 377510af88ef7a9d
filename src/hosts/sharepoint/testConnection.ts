/**
 * The property pane's "Test connection": reads the registrations with the running configuration and
 * says in the admin's language what happened (how many registrations it sees, or why it cannot).
 */
import { loadLocalizer } from '../../editor';
import { GraphError } from '../../graph';
import type { EditorStatus } from '../shared/startEditor';
import { SHAREPOINT_MODE_GRANT_COMMANDS, SHAREPOINT_MODE_PERMISSION, type AuthMode } from './webPartConfig';

/** The web part's own strings this needs (loc/*.js); `{0}`, `{1}`, … are filled in. */
export interface TestConnectionStrings {
  readonly TestConnectionStarting: string;
  readonly TestConnectionOk: string;
  readonly TestConnectionConfig: string;
  readonly TestConnectionSignIn: string;
  /** `{0}` the permission, `{1}` the CLI for Microsoft 365 command, `{2}` the PowerShell one. */
  readonly TestConnectionSharePointPermission: string;
}

export interface ConnectionReport {
  readonly ok: boolean;
  readonly text: string;
}

/** Fills `{0}`, `{1}`, … in a web part string (the loc files use SPFx's positional style). */
function fill(template: string, values: readonly string[]): string {
  return values.reduce((text, value, index) => text.split(`{${index}}`).join(value), template);
}

export async function testConnection(
  status: EditorStatus,
  strings: TestConnectionStrings,
  locale: string,
  authMode: AuthMode,
): Promise<ConnectionReport> {
  switch (status.state) {
    case 'starting':
      return { ok: false, text: strings.TestConnectionStarting };
    case 'failed':
      return status.reason === 'config'
        ? { ok: false, text: `${strings.TestConnectionConfig} ${status.details.join(' ')}` }
        : { ok: false, text: strings.TestConnectionSignIn };
    case 'ready':
      break;
  }
  const localizer = await loadLocalizer(locale);
  try {
    const registrations = await status.repository.listRegistrations();
    return {
      ok: true,
      text: fill(strings.TestConnectionOk, [localizer.formatNumber(registrations.length)]),
    };
  } catch (error) {
    const code = error instanceof GraphError ? error.code : 'unknown';
    const requestId =
      error instanceof GraphError && error.requestId !== undefined
        ? ` ${localizer.format(localizer.strings.errors.requestId, { id: error.requestId })}`
        : '';
    // SharePoint mode has no consent link to offer: the package requests no permission, so the one
    // SharePoint's app lacks is granted by a command, and the admin needs its exact words.
    if (authMode === 'sharepoint' && code === 'consent_required') {
      const { cli, powerShell } = SHAREPOINT_MODE_GRANT_COMMANDS;
      return {
        ok: false,
        text: `${fill(strings.TestConnectionSharePointPermission, [SHAREPOINT_MODE_PERMISSION, cli, powerShell])}${requestId}`,
      };
    }
    const explained = localizer.strings.errors[code];
    return { ok: false, text: `${explained.title}. ${explained.body}${requestId}` };
  }
}
