/**
 * The SharePoint page stand-in as `npm start` / `npm run stack` serve it (issue 24 §4): the stack's own
 * start script (src/local/main.ts, run as those scripts run it after building the tab) prints its
 * address with the other URLs, and the page shows the web part in a light and a dark section with the
 * property pane values of that stack. The browser tests' harness serves the same files (sharePointPage.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, DEMO_TENANT_ID } from '../../src/local/demoTenant';
import { useBrowserHarness } from './harness';

const harness = useBrowserHarness('webPart');
const root = resolve(__dirname, '../..');

let started: ChildProcessWithoutNullStreams | undefined;
let output = '';
let origin = '';

beforeAll(async () => {
  // PORT=0: a free port, so the stack never collides with one already running on 4443.
  started = spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/local/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
  });
  const child = started;
  origin = await new Promise<string>((resolveOrigin, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /On a SharePoint page: +(https:\/\/localhost:\d+)\/spfx\//.exec(output);
      if (match?.[1] !== undefined && output.includes('Stop with Ctrl+C.')) resolveOrigin(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The stack stopped (${String(code)}):\n${output}`)));
  });
});

afterAll(async () => {
  const child = started;
  if (child === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  await exited;
});

it('prints the stand-in’s address with the other URLs, and serves the web part in a light and a dark section', async () => {
  for (const line of [
    `Inside Teams (host simulator): ${origin}/host`,
    `As a web page:                 ${origin}/`,
    `On a SharePoint page:          ${origin}/spfx/`,
  ]) {
    expect(output).toContain(line);
  }
  expect(output).not.toContain('The web part is not built yet');

  const { page } = harness;
  await page.goto(`${origin}/spfx/`);
  const light = page.locator('section[data-variant="light"]');
  const dark = page.locator('section[data-variant="dark"]');
  // Dark: SharePoint's own Graph token, granted .Manage.All: the list without signing in.
  await dark.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  await dark.getByRole('button', { name: 'Fabrikam Archive' }).waitFor();
  // Light: MSAL with the tool's own app, as the tab is configured: it waits for the admin's click.
  await light.getByRole('button', { name: 'Sign in' }).waitFor();

  const background = (section: string): Promise<string> =>
    page.evaluate(
      (id) =>
        getComputedStyle(document.querySelector(`#${id} .fui-FluentProvider`) as Element).backgroundColor,
      section,
    );
  expect(await background('web-part')).toBe('rgb(255, 255, 255)');
  expect(await background('web-part-dark')).toBe('rgb(32, 31, 30)');

  // The property pane values come from this stack's configuration, shown beside each web part.
  const pane = async (section: string): Promise<Record<string, string>> => {
    const list = page.locator(`dl[data-for="${section}"]`);
    const terms = await list.locator('dt').allTextContents();
    const values = await list.locator('dd').allTextContents();
    return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
  };
  expect(await pane('web-part')).toEqual({
    authMode: 'msal',
    clientId: DEMO_OWNING_APP_ID,
    tenant: DEMO_TENANT_ID,
    scopeMode: 'selected',
    cloud: 'local',
    localOrigin: origin,
    graphVersion: 'v1.0',
  });
  expect(await pane('web-part-dark')).toMatchObject({
    authMode: 'sharepoint',
    scopeMode: 'manageAll',
    localOrigin: origin,
  });

  // The light section's web part signs in with a popup that comes back to the stand-in page.
  const popup = page.waitForEvent('popup');
  await light.getByRole('button', { name: 'Sign in' }).click();
  const signIn = await popup;
  await signIn.getByRole('button', { name: 'spe-admin' }).click();
  await signIn.waitForEvent('close');
  await light.getByRole('button', { name: 'Test Container Type' }).waitFor();
});
