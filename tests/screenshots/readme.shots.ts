/**
 * `npm run screenshots`: the README's pictures, taken from the built tab and web part on the local
 * stack. The tab is shot alone (its frame, not the host simulator's message panel) at a Teams tab's
 * width, once every animation on it has finished; the web part on the SharePoint page stand-in. Light
 * and dark. Not part of `npm test`: it writes docs/screenshots/, which is committed.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { beforeEach, it } from 'vitest';
import type { GrantsDocument } from '../../src/core/grantsDocument';
import { GUEST_APP_ID, SHAREPOINT_CLIENT_APP_ID } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from '../e2e/harness';

const OUT = resolve(__dirname, '../../docs/screenshots');
/** The guest app's name in the demo tenant's directory. */
const GUEST_NAME = 'Contoso Review Portal';
/** A 1366 px wide window leaves the tab frame about 920 px, as Teams leaves its tabs. */
const WINDOW = { width: 1366, height: 860 };

const harness = useBrowserHarness('tab', 'webPart');
const { stack } = harness;
let page: Page;
beforeEach(async () => {
  page = harness.page;
  await page.setViewportSize(WINDOW);
  mkdirSync(OUT, { recursive: true });
});

/** Waits until fonts are loaded and every animation and transition in the document has finished. */
async function settled(where: Frame | Page): Promise<void> {
  await where.evaluate(async () => {
    await document.fonts.ready;
    for (let round = 0; round < 20; round++) {
      const running = document.getAnimations().filter((animation) => animation.playState === 'running');
      if (running.length === 0) break;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function shootTab(tab: Frame, name: string): Promise<void> {
  await settled(tab);
  await page.locator('#tab-frame').screenshot({ path: resolve(OUT, `${name}.png`) });
}

async function shoot(region: Locator, name: string): Promise<void> {
  await settled(page);
  await region.screenshot({ path: resolve(OUT, `${name}.png`) });
}

async function openTestRegistration(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).click();
  await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
}

it('the tab in Teams, light: list, matrix, review, conflict', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'global-admin' });
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
  await shootTab(tab, 'list');
  await openTestRegistration(tab);
  // An admin with directory consent sees the apps' names (asked for silently after sign-in).
  await tab.getByRole('checkbox', { name: `${GUEST_NAME} Delegated readContent`, exact: true }).click();
  await shootTab(tab, 'matrix');
  await tab.getByRole('button', { name: /^Review changes/ }).click();
  await tab.getByRole('dialog', { name: 'Review changes' }).waitFor();
  await shootTab(tab, 'review');
  // Another admin saves a different change to the same app first: this save meets a conflict.
  const otherPage = await (await harness.newContext()).newPage();
  const other = await openInTeams(otherPage, stack, { theme: 'default', profile: 'global-admin' });
  await openTestRegistration(other);
  await other.getByRole('checkbox', { name: `${GUEST_NAME} Application create`, exact: true }).click();
  await other.getByRole('button', { name: /^Review changes/ }).click();
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await other.getByText('Save results').waitFor();
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await tab.getByRole('button', { name: 'Resolve conflicts…' }).click();
  await tab.getByRole('dialog', { name: 'Resolve conflicts' }).waitFor();
  await shootTab(tab, 'conflict');
});

it('the tab in Teams: the tenant overview, and one app on every registration', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'global-admin' });
  await tab.getByRole('button', { name: 'Tenant overview' }).click();
  const grid = tab.getByRole('grid', { name: 'Apps by registration' });
  await grid.waitFor();
  await grid.getByRole('rowheader').filter({ hasText: GUEST_APP_ID }).getByRole('button').click();
  await tab.getByRole('grid', { name: /on each registration$/ }).waitFor();
  await shootTab(tab, 'app-view');
  await tab.getByRole('button', { name: 'Apply to registrations…' }).click();
  await tab.getByRole('dialog').waitFor();
  await shootTab(tab, 'apply');
  await tab.getByRole('button', { name: 'Cancel' }).click();
  await tab.getByRole('button', { name: /Tenant overview/ }).click();
  await tab.getByRole('combobox', { name: 'Access' }).selectOption({ label: 'Who has full?' });
  await shootTab(tab, 'overview');
});

it('the tab in Teams: Check access for the guest app', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'global-admin' });
  await openTestRegistration(tab);
  await tab.getByRole('button', { name: `Actions for ${GUEST_NAME}` }).click();
  await tab.getByRole('menuitem', { name: 'Check access' }).click();
  const dialog = tab.getByRole('dialog', { name: `Access of ${GUEST_NAME} to Test Container Type` });
  await dialog.getByText(/^It has a service principal in this tenant/).waitFor();
  await shootTab(tab, 'check-access');
});

it('the tab in Teams: Compare with a file, an earlier export without the guest app', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'global-admin' });
  await tab.getByRole('button', { name: 'Tenant overview' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tab.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const path = await download.path();
  if (path === null) throw new Error('The export has no file.');
  const exported = JSON.parse(await readFile(path, 'utf8')) as GrantsDocument;
  const earlier: GrantsDocument = {
    ...exported,
    registrations: exported.registrations.map((entry) => ({
      ...entry,
      applicationPermissionGrants: entry.applicationPermissionGrants.filter(
        (grant) => grant.appId !== GUEST_APP_ID,
      ),
    })),
  };
  await tab.getByRole('button', { name: 'Compare with a file…' }).click();
  await tab.getByLabel('Earlier export to compare with (JSON)').setInputFiles({
    name: 'grants-earlier.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(earlier)),
  });
  const dialog = tab.getByRole('dialog', { name: 'Compare with a file' });
  await dialog.getByText(`${GUEST_NAME} on Test Container Type: granted now, not in the file.`).waitFor();
  await shootTab(tab, 'compare');
});

it('the tab in Teams: a registration’s settings', async () => {
  const tab = await openInTeams(page, stack, { profile: 'global-admin' });
  await tab.getByRole('button', { name: 'Contoso Legal Matters' }).click();
  await tab.getByRole('grid').waitFor();
  await tab.getByRole('button', { name: 'Details…' }).click();
  const dialog = tab.getByRole('dialog', { name: 'Registration details' });
  await dialog.getByRole('rowheader', { name: 'Sharing' }).waitFor();
  await shootTab(tab, 'settings');
});

it('the tab in Teams: a save’s receipt under Changes…, verified', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'global-admin' });
  await openTestRegistration(tab);
  await tab.getByRole('checkbox', { name: `${GUEST_NAME} Delegated readContent`, exact: true }).click();
  await tab.getByRole('button', { name: /^Review changes/ }).click();
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await tab.getByRole('button', { name: 'Download receipt (JSON)' }).waitFor();
  await tab.getByRole('button', { name: 'Close' }).click();
  await tab.getByRole('button', { name: '← All registrations' }).click();
  await tab.getByRole('button', { name: 'Changes…' }).click();
  const changes = tab.getByRole('dialog', { name: 'Changes saved from this browser' });
  await changes
    .getByRole('button', { name: /^Verify the receipt of / })
    .first()
    .click();
  await changes
    .getByText(/: (confirmed|not visible yet)/)
    .first()
    .waitFor();
  await shootTab(tab, 'changes');
});

it('the tab in Teams: Check my access', async () => {
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'spe-admin' });
  await tab.getByRole('button', { name: 'Check my access' }).click();
  const dialog = tab.getByRole('dialog', { name: 'Your access' });
  await dialog
    .getByRole('region', { name: 'Microsoft Graph permissions (scopes)' })
    .getByRole('listitem')
    .first()
    .waitFor();
  await shootTab(tab, 'my-access');
});

it('the tab in Teams at 1366 × 768: the first screen of a registration in a 1,250 × 620 tab', async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const tab = await openInTeams(page, stack, { theme: 'default', profile: 'spe-admin' });
  await page.locator('.host-log').evaluate((log) => {
    (log as HTMLElement).style.display = 'none';
  });
  await page.locator('#tab-frame').evaluate((frame) => {
    frame.style.cssText = 'width:1250px;height:620px;min-height:0;flex:none';
  });
  await tab.waitForFunction(() => window.innerWidth === 1250 && window.innerHeight === 620);
  await openTestRegistration(tab);
  await shootTab(tab, 'first-screen');
});

it('the tab in Teams, dark: matrix', async () => {
  const tab = await openInTeams(page, stack, { theme: 'dark', profile: 'global-admin' });
  await openTestRegistration(tab);
  await shootTab(tab, 'dark');
});

it('the web part on a SharePoint page, light and dark', async () => {
  for (const [name, theme] of [
    [
      'web-part',
      {
        isInverted: false,
        palette: { themePrimary: '#0078d4' },
        semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
      },
    ],
    [
      'web-part-dark',
      {
        isInverted: true,
        palette: { themePrimary: '#8764b8' },
        semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' },
      },
    ],
  ] as const) {
    await page.goto(`${stack.origin}/spfx/`);
    await page.evaluate(
      (input) =>
        (window as unknown as { spfxHost: { mount(o: unknown): Promise<void> } }).spfxHost.mount(input),
      {
        properties: {
          authMode: 'sharepoint',
          cloud: 'local',
          localOrigin: stack.origin,
          scopeMode: 'manageAll',
        },
        locale: 'en-US',
        theme,
        tenantId: stack.tenantId,
        user: {
          displayName: 'Megan Bowen',
          loginName: 'megan@contoso.example',
          email: 'megan@contoso.example',
        },
        sharePointProfile: 'manage-all',
        sharePointAppId: SHAREPOINT_CLIENT_APP_ID,
      },
    );
    await page.getByRole('button', { name: 'Test Container Type' }).click();
    await page.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
    await shoot(page.locator('body'), name);
  }
});
