/**
 * No blank page, ever (issue #23): a dialog whose code does not arrive, an error thrown while rendering
 * a dialog, a screen or anything else, each ends in a message in the admin's words with Reload and an
 * error id that is also logged; the rest of the page, and every unsaved edit, stays.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppNamesAccess, EditorHost } from '../../src/editor';
import { CONTOSO_ID, TENANT_ID, cell, createHost, memoryStorage, renderApp, renderMatrix } from './testHost';

// As after a redeploy: the old build's file for the dialog is gone, so its download rejects.
vi.mock('../../src/editor/AddAppDialog/AddAppDialog', () => {
  throw new TypeError(
    'Failed to fetch dynamically imported module: https://tab.example/assets/AddAppDialog-old.js',
  );
});
// A dialog whose code arrives but throws while rendering.
vi.mock('../../src/editor/RegistrationDetails/RegistrationDetailsDialog', () => ({
  default: (): never => {
    throw new Error('Registration 7f3a… could not be shown');
  },
}));

const ENGLISH = { reload: 'Reload', errorId: 'Error id' };

/** The one failure message on screen, and the error id it shows. */
async function failureMessage(
  title: string,
  words = ENGLISH,
): Promise<{ alert: HTMLElement; errorId: string }> {
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText(title)).toBeInTheDocument();
  expect(within(alert).getByRole('button', { name: words.reload })).toBeInTheDocument();
  const idPattern = new RegExp(`^${words.errorId}: ([0-9A-F]{4}-[0-9A-F]{4})$`);
  const idText = within(alert).getByText(idPattern).textContent ?? '';
  return { alert, errorId: idPattern.exec(idText)?.[1] ?? '' };
}

function loggedFailures(host: EditorHost): Record<string, unknown>[] {
  return vi
    .mocked(host.logger.error)
    .mock.calls.filter(([message]) => message === 'A part of the editor failed')
    .map(([, details]) => ({ ...details }));
}

describe('a part that fails', () => {
  it('a dialog whose code does not arrive: the message, Reload, an error id that is logged; the matrix and the edits stay', async () => {
    const draftStorage = memoryStorage();
    const host = createHost({ draftStorage });
    const { user } = await renderMatrix(host);
    await user.click(cell('Guest', 'Application', 'writeContent'));

    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const { alert, errorId } = await failureMessage('Could not load “Add an app”');
    expect(
      within(alert).getByText(/A newer version of this tool was probably deployed while this page was open/),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/Your unsaved changes are kept in this tab/)).toBeInTheDocument();
    // The dialog would have taken focus: the message does.
    expect(within(alert).getByRole('button', { name: 'Reload' })).toHaveFocus();

    // The id on screen is the one logged with the error: names and where, never the message.
    expect(loggedFailures(host)).toEqual([
      { errorId, type: 'load', error: expect.any(String), componentStack: expect.any(String) },
    ]);
    expect(JSON.stringify(vi.mocked(host.logger.error).mock.calls)).not.toContain('tab.example');

    // The rest of the page works on, with the edit on screen and in the tab's draft.
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeInTheDocument();
    expect([...draftStorage.items.keys()]).toEqual([
      `spe-permission-matrix:draft:v1:${TENANT_ID}:${CONTOSO_ID}`,
    ]);

    // Close puts focus back where the dialog was opened from.
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add app…' })).toHaveFocus());
    await user.click(cell('Guest', 'Application', 'writeContent'));
    expect(cell('Guest', 'Application', 'writeContent')).not.toBeChecked();
  });

  it('an error thrown while rendering a dialog: the render-error message, logged without its text', async () => {
    const host = createHost();
    const { user } = await renderMatrix(host);
    await user.click(cell('Guest', 'Application', 'writeContent'));

    await user.click(screen.getByRole('button', { name: 'Details…' }));
    const { alert, errorId } = await failureMessage(
      'Something went wrong while showing “Registration details”',
    );
    expect(
      within(alert).getByText(/This is a fault in the tool, not in your permissions/),
    ).toBeInTheDocument();
    expect(within(alert).queryByText(/newer version/)).not.toBeInTheDocument();
    expect(loggedFailures(host)).toEqual([
      { errorId, type: 'render', error: 'Error', componentStack: expect.any(String) },
    ]);
    // The message quoted an id: it stays out of the log.
    expect(JSON.stringify(vi.mocked(host.logger.error).mock.calls)).not.toContain('7f3a');
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
  });

  it('an error in a screen that no nearer boundary holds reaches the last line around the app, in the admin’s language', async () => {
    // A host adapter that breaks while the overview renders (its names status throws).
    const appNames: AppNamesAccess = {
      status: () => {
        throw new Error('status broke');
      },
      subscribe: () => () => undefined,
      request: () => Promise.resolve(),
    };
    const host = createHost({ appNames, locale: 'it-IT' });
    const { user } = renderApp(host);
    const overview = await screen.findByRole('button', { name: 'Panoramica del tenant' });
    await waitFor(() => expect(overview).toBeEnabled());
    await user.click(overview);
    const { errorId } = await failureMessage(
      'Si è verificato un errore durante la visualizzazione di “Autorizzazioni delle app di SharePoint Embedded”',
      { reload: 'Ricarica', errorId: 'Id errore' },
    );
    expect(screen.getByText(/Le modifiche non salvate restano in questa scheda/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ricarica' })).toHaveFocus();
    // The last line has nothing to go back to: Reload only.
    expect(screen.queryByRole('button', { name: 'Chiudi' })).not.toBeInTheDocument();
    expect(loggedFailures(host)).toEqual([
      { errorId, type: 'render', error: 'Error', componentStack: expect.any(String) },
    ]);
  });

  // Last: the reload request lasts as long as the page (here, this file).
  it('Reload goes without the "leave page?" prompt, as the draft holds every edit and is offered back', async () => {
    const draftStorage = memoryStorage();
    const first = await renderMatrix(createHost({ draftStorage }));
    await first.user.click(cell('Guest', 'Application', 'writeContent'));
    const leave = (): boolean => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(true);

    await first.user.click(screen.getByRole('button', { name: 'Add app…' }));
    await failureMessage('Could not load “Add an app”');
    // jsdom does not navigate; it says so on the console.
    const jsdomNotice = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await first.user.click(screen.getByRole('button', { name: 'Reload' }));
    jsdomNotice.mockRestore();
    expect(leave()).toBe(false);
    first.unmount();

    // The page after the reload: the same tab's storage, the draft offered back.
    await renderMatrix(createHost({ draftStorage }));
    expect(screen.getByText('Unsaved changes restored')).toBeInTheDocument();
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
  });
});
