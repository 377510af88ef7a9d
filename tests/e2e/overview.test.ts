/**
 * The tenant overview in the Teams tab, end to end in Chromium: from the list, filtered, a cell opens
 * its registration on the app and Back comes back to it; the exports hold what the service holds; and
 * at 40 registrations × 200 apps the keyboard reaches the far corner of the windowed grid.
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrantsDocument } from '../../src/core/grantsDocument';
import type { WireGrant } from '../../src/local/demoTenant';
import {
  DEMO_OWNING_APP_ID,
  GRAPH_EXPLORER_APP_ID,
  LEGAL_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { generatedAppId, generatedAppName, generatedRegistrationName } from '../../src/local/generatedTenant';
import { openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

interface StateRegistration {
  readonly id: string;
  readonly name: string;
  readonly owningAppId: string;
  readonly grants: WireGrant[];
}

async function stateRegistrations(): Promise<StateRegistration[]> {
  return ((await stack.control('state')) as { registrations: StateRegistration[] }).registrations;
}

/** Opens the overview from the list once every registration's app count is in. */
async function openOverview(tab: Frame, firstRegistration = 'Test Container Type'): Promise<void> {
  await tab.getByRole('button', { name: firstRegistration }).waitFor();
  await tab.getByText('Counting…').first().waitFor({ state: 'detached', timeout: 120_000 });
  await tab.getByRole('button', { name: 'Tenant overview' }).click();
  await tab.getByRole('grid', { name: 'Apps by registration' }).waitFor();
}

async function download(tab: Frame, button: string): Promise<string> {
  const started = page.waitForEvent('download');
  await tab.getByRole('button', { name: button }).click();
  const file = await started;
  const path = await file.path();
  if (path === null) throw new Error(`The ${button} download has no file.`);
  return readFile(path, 'utf8');
}

describe('the tenant overview', () => {
  it('filters "who has full?", opens a cell on its app, and Back returns to that app', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openOverview(tab);
    await tab.getByRole('combobox', { name: 'Access' }).selectOption({ label: 'Who has full?' });
    const grid = tab.getByRole('grid', { name: 'Apps by registration' });
    // Graph Explorer is a guest with full on Legal: a risk, said in words on its row.
    const explorer = grid.getByRole('button', { name: /^Graph Explorer, de8bc8b5-.*, Risk/ });
    await explorer.waitFor();
    await screenshot(page, 'overview');
    const cell = grid.getByRole('button', {
      name: /^Graph Explorer on Contoso Legal Matters: Delegated full \(full\);.*Risk: a guest app with full/,
    });
    await cell.focus();
    await tab.getByRole('tooltip').getByText('Delegated full (full)').waitFor();
    await cell.click();

    await tab.getByRole('grid', { name: /Permissions of the apps on Contoso Legal Matters/ }).waitFor();
    const rowMenu = tab.getByRole('button', { name: 'Actions for Graph Explorer' });
    await expect.poll(() => rowMenu.evaluate((element) => element === document.activeElement)).toBe(true);
    await tab.getByRole('button', { name: '← Tenant overview' }).click();
    await grid.waitFor();
    const header = grid.getByRole('button', { name: /^Graph Explorer, / });
    await expect.poll(() => header.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      (await stack.grants(LEGAL_CONTAINER_TYPE_ID)).some((grant) => grant.appId === GRAPH_EXPLORER_APP_ID),
    ).toBe(true);
  });

  it('exports every registration as JSON and as CSV, as the service holds them', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openOverview(tab);
    // FileStorageContainerTypeReg.Selected: the registrations of the tool's own (owning) app.
    const registrations = (await stateRegistrations()).filter(
      (registration) => registration.owningAppId === DEMO_OWNING_APP_ID,
    );

    const json = JSON.parse(await download(tab, 'Export JSON')) as GrantsDocument;
    await tab.getByText(/^The grants were downloaded as grants-tenant-\d{4}-\d{2}-\d{2}\.json/).waitFor();
    // Every registration the list holds.
    expect(json.registrations.map((entry) => entry.registrationId).sort()).toEqual(
      registrations.map((registration) => registration.id).sort(),
    );
    for (const entry of json.registrations) {
      const held = registrations.find((registration) => registration.id === entry.registrationId);
      expect(entry.name).toBe(held?.name);
      expect(entry.applicationPermissionGrants).toEqual(held?.grants);
    }

    const csv = (await download(tab, 'Export CSV for auditors')).replace(/^\uFEFF/, '');
    const [headers, ...rows] = csv.trimEnd().split('\r\n');
    // Every field is quoted (a spreadsheet splitting on `;` keeps names whole); the demo's names hold no
    // quote, so the fields are what lies between `","`.
    const fields = (row: string): string[] => row.slice(1, -1).split('","');
    expect(fields(headers ?? '')).toEqual([
      'Registration id',
      'Registration name',
      'App id',
      'App name',
      'Plane',
      'Permissions',
    ]);
    const expected = json.registrations.flatMap((entry) => {
      const held = registrations.find((registration) => registration.id === entry.registrationId);
      return (held?.grants ?? []).flatMap((grant) => [
        [entry.registrationId, grant.appId, 'delegated', grant.delegatedPermissions.join(' ')],
        [entry.registrationId, grant.appId, 'application', grant.applicationPermissions.join(' ')],
      ]);
    });
    // Registration name and app name aside, each row is a plane of a held grant.
    expect(
      rows.map((row) => {
        const [registrationId, , appId, , plane, permissions] = fields(row);
        return [registrationId, appId, plane, permissions];
      }),
    ).toEqual(expected);
    expect(rows.some((row) => row.includes('","Graph Explorer","delegated","full"'))).toBe(true);
  });

  // 40 registrations, not 300: the registration list, the only way in, does not yet render 300 rows
  // in a usable time. 40 × 200 is windowed on both axes in the overview and in the matrix all the same.
  it('at 40 registrations × 200 apps, reaches the far corner by keyboard and opens it on its app', async () => {
    await stack.control('settings', { tenant: { registrations: 40, apps: 200 } });
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openOverview(tab, generatedRegistrationName(0));
    const grid = tab.getByRole('grid', { name: 'Apps by registration' });
    expect(await grid.getAttribute('aria-rowcount')).toBe('201');
    expect(await grid.getAttribute('aria-colcount')).toBe('41');
    // Windowed: far fewer cells on the page than the 8 000 of the grid.
    expect(await grid.locator('td[data-overview-cell]').count()).toBeLessThan(2000);

    await grid.locator('[data-nav-row="1"][data-nav-col="1"]').focus();
    await page.keyboard.press('Control+End');
    // Named where the token may read the directory; this admin's may not, so the id stands for it.
    const lastApp = `(?:${generatedAppName(198)}|${generatedAppId(198)})`;
    const lastRegistration = generatedRegistrationName(39);
    const corner = grid.getByRole('button', { name: new RegExp(`^${lastApp} on ${lastRegistration}: `) });
    await expect.poll(() => corner.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await corner.evaluate((element) => element.closest('td')?.getAttribute('aria-colindex'))).toBe(
      '41',
    );
    await page.keyboard.press('Enter');

    // The matrix of that registration windows its 200 rows too, and still focuses the app's row.
    await tab
      .getByRole('grid', { name: new RegExp(`Permissions of the apps on ${lastRegistration}`) })
      .waitFor();
    const rowMenu = tab.getByRole('button', { name: new RegExp(`^Actions for ${lastApp}$`) });
    await expect.poll(() => rowMenu.evaluate((element) => element === document.activeElement)).toBe(true);
    await tab.getByRole('button', { name: '← Tenant overview' }).click();
    const header = grid.getByRole('button', { name: new RegExp(`^${lastApp}, `) });
    await expect.poll(() => header.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
