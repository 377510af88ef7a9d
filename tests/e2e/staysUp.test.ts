/**
 * No blank page, ever (issue #23), in the built tab inside the Teams host simulator: a redeploy that
 * removed the old build's files while the tab was open, and an error thrown while a dialog renders. Each
 * ends in a message with Reload and an error id (logged with the error); the matrix and the unsaved edit
 * stay, and Reload offers the edit back.
 */
import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Frame, Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { GUEST_APP_ID, TEST_CONTAINER_TYPE_ID } from '../../src/local/demoTenant';
import { openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

/** Every script of the build: hashed files under assets/. */
const BUILD_SCRIPTS = '**/assets/*.js';

async function openTestRegistration(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).click();
  await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
}

function cell(tab: Frame, app: string, plane: 'Delegated' | 'Application', permission: string) {
  return tab.getByRole('checkbox', { name: `${app} ${plane} ${permission}`, exact: true });
}

/** Grants the guest app Application readContent, unsaved. */
async function editGuest(tab: Frame): Promise<void> {
  const readContent = cell(tab, GUEST_APP_ID, 'Application', 'readContent');
  expect(await readContent.isChecked()).toBe(false);
  await readContent.click();
  await readContent.locator('xpath=ancestor::tr').getByText('Unsaved').waitFor();
}

/** What the hosts' logger (the console) wrote about failed parts, with its details. */
function failuresLogged(): Promise<Record<string, unknown>>[] {
  const logged: Promise<Record<string, unknown>>[] = [];
  harness.context.on('console', (message: ConsoleMessage) => {
    if (message.text().startsWith('[permission-matrix] A part of the editor failed')) {
      logged.push(message.args()[1].jsonValue() as Promise<Record<string, unknown>>);
    }
  });
  return logged;
}

/** The error id a failure message shows. */
async function errorIdIn(message: ReturnType<Frame['getByRole']>): Promise<string> {
  const text = await message.getByText(/^Error id: /).textContent();
  const id = /^Error id: ([0-9A-F]{4}-[0-9A-F]{4})$/.exec(text ?? '')?.[1];
  if (id === undefined) throw new Error(`No error id in "${text}".`);
  return id;
}

describe('a redeploy while the tab is open', () => {
  it('"Add app…" shows what could not load, with Reload and an error id; Reload offers the edit back', async () => {
    const logged = failuresLogged();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
    });
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    await editGuest(tab);

    // The new build is deployed and the old one's files are gone: every script not loaded yet is a 404.
    const removed = (route: Route): Promise<void> =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    await harness.context.route(BUILD_SCRIPTS, removed);
    await tab.getByRole('button', { name: 'Add app…' }).click();

    const message = tab.getByRole('alert').filter({ hasText: 'Could not load “Add an app”' });
    await message.waitFor();
    await message.getByText(/A newer version of this tool was probably deployed/).waitFor();
    await message.getByText(/Your unsaved changes are kept in this tab/).waitFor();
    const reload = message.getByRole('button', { name: 'Reload' });
    expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
    const errorId = await errorIdIn(message);
    await screenshot(page, 'part-failed');
    // Not a blank page: the matrix and the edit are still on screen.
    expect(await cell(tab, GUEST_APP_ID, 'Application', 'readContent').isChecked()).toBe(true);
    await tab.getByRole('button', { name: 'Review changes (1 app)' }).waitFor();
    // The logger got the same id, with names only.
    expect(await Promise.all(logged)).toEqual([
      { errorId, type: 'load', error: 'TypeError', componentStack: expect.any(String) },
    ]);

    // The admin reloads once the host serves the files again (here: the routes are removed).
    await harness.context.unroute(BUILD_SCRIPTS, removed);
    await reload.click();
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await openTestRegistration(tab);
    await tab.getByText('Unsaved changes restored').waitFor();
    expect(await cell(tab, GUEST_APP_ID, 'Application', 'readContent').isChecked()).toBe(true);
    // Reload went without the browser's "leave page?" prompt: the draft held the edit.
    expect(dialogs).toEqual([]);
    // Nothing was saved on the way.
    expect(
      (await stack.grants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID),
    ).toEqual({
      appId: GUEST_APP_ID,
      delegatedPermissions: ['read', 'write'],
      applicationPermissions: ['none'],
    });
  });
});

describe('an error thrown while rendering', () => {
  it('shows the render-error message in place of the dialog, in high contrast, and the page goes on', async () => {
    const logged = failuresLogged();
    const tab = await openInTeams(page, stack, { profile: 'spe-admin', theme: 'contrast' });
    await openTestRegistration(tab);
    await editGuest(tab);

    // The details dialog's code arrives, and its component throws when it renders.
    await harness.context.route('**/assets/RegistrationDetailsDialog-*.js', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: "export default function RegistrationDetailsDialog() { throw new Error('forced render error'); }",
      }),
    );
    const details = tab.getByRole('button', { name: 'Details…' });
    await details.click();
    const message = tab
      .getByRole('alert')
      .filter({ hasText: 'Something went wrong while showing “Registration details”' });
    await message.waitFor();
    await message.getByText(/This is a fault in the tool/).waitFor();
    const errorId = await errorIdIn(message);
    expect(await Promise.all(logged)).toEqual([
      { errorId, type: 'render', error: 'Error', componentStack: expect.any(String) },
    ]);

    // Readable and operable in Teams' high-contrast theme.
    const results = await new AxeBuilder({ page })
      .include('#tab-frame')
      .exclude(['#tab-frame', '[data-tabster-dummy]'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
    await screenshot(page, 'part-failed-contrast');

    // Close: the message goes, focus is back on "Details…", and the matrix still edits.
    await message.getByRole('button', { name: 'Close' }).press('Enter');
    await message.waitFor({ state: 'detached' });
    expect(await details.evaluate((button) => button === document.activeElement)).toBe(true);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    expect(await cell(tab, GUEST_APP_ID, 'Application', 'readContent').isChecked()).toBe(false);
  }, 120_000);
});
