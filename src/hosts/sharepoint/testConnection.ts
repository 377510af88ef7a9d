/**
 * The property pane's "Test connection": reads the registrations with the running configuration and
 * says in the admin's language what happened (how many registrations it sees, or why it cannot).
 */
import { createLocalizer } from '../../editor';
import { GraphError } from '../../graph';
import type { EditorStatus } from '../shared/startEditor';

/** The web part's own strings this needs (loc/*.js); `{0}` is filled in. */
export interface TestConnectionStrings {
  readonly TestConnectionStarting: string;
  readonly TestConnectionOk: string;
  readonly TestConnectionConfig: string;
  readonly TestConnectionSignIn: string;
}

export interface ConnectionReport {
  readonly ok: boolean;
  readonly text: string;
}

export async function testConnection(
  status: EditorStatus,
  strings: TestConnectionStrings,
  locale: string,
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
  const localizer = createLocalizer(locale);
  try {
    const registrations = await status.repository.listRegistrations();
    return {
      ok: true,
      text: strings.TestConnectionOk.replace('{0}', localizer.formatNumber(registrations.length)),
    };
  } catch (error) {
    const code = error instanceof GraphError ? error.code : 'unknown';
    const explained = localizer.strings.errors[code];
    const requestId =
      error instanceof GraphError && error.requestId !== undefined
        ? ` ${localizer.format(localizer.strings.errors.requestId, { id: error.requestId })}`
        : '';
    return { ok: false, text: `${explained.title}. ${explained.body}${requestId}` };
  }
}
