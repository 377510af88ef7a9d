/**
 * Registration settings in the tab (issue 26 §3), against the local stack: the details show the settings
 * in words; a setting the owner lets this tenant override is changed through a review (and the service
 * holds it, with a new etag); one the owner keeps is refused with its message, and the edit stays.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEGAL_CONTAINER_TYPE_ID } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

async function axe(label: string, exclude: readonly string[] = []): Promise<void> {
  // Tabster's focus sentinels are aria-hidden on purpose and hand focus on at once (see tab.test.ts).
  let builder = new AxeBuilder({ page })
    .include('#tab-frame')
    .exclude(['#tab-frame', '[data-tabster-dummy]']);
  for (const selector of exclude) builder = builder.exclude(['#tab-frame', selector]);
  const results = await builder.analyze();
  expect(results.violations.map((violation) => `${label}: ${violation.id}`)).toEqual([]);
}

async function storedLegal(): Promise<{ etag: string; settings: Record<string, unknown> }> {
  const state = (await stack.control('state')) as {
    registrations: { id: string; etag: string; settings: Record<string, unknown> }[];
  };
  const legal = state.registrations.find((registration) => registration.id === LEGAL_CONTAINER_TYPE_ID);
  if (legal === undefined) throw new Error('The demo tenant has no legal registration.');
  return legal;
}

async function reviewAndSave(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: /^Review 1 change/ }).click();
  await tab.getByRole('dialog', { name: 'Review setting changes' }).waitFor();
  await tab.getByRole('button', { name: 'Save settings' }).click();
}

describe('registration settings', () => {
  it('changes a setting the owner allows, and refuses one it keeps with its message, keeping the edit', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Contoso Legal Matters' }).click();
    await tab.getByRole('grid').waitFor();
    await tab.getByRole('button', { name: 'Details…' }).click();
    const details = tab.getByRole('dialog', { name: 'Registration details' });
    await details.getByRole('rowheader', { name: 'Only owners and managers can share' }).waitFor();
    await axe('details');
    const before = await storedLegal();

    // Allowed by the owner: the versions kept per file.
    await details.getByRole('button', { name: 'Change settings…' }).click();
    const edit = tab.getByRole('dialog', { name: 'Change settings' });
    await edit.getByRole('textbox', { name: 'Major versions kept per file' }).fill('100');
    await reviewAndSave(tab);
    await details.getByText(/^Settings saved\./).waitFor();
    const saved = await storedLegal();
    expect(saved.settings).toMatchObject({ itemMajorVersionLimit: 100, isSearchEnabled: true });
    expect(saved.etag).not.toBe(before.etag);

    // Kept by the owner: search. The service refuses it; nothing changes, the edit stays.
    await details.getByRole('button', { name: 'Change settings…' }).click();
    await edit.getByRole('switch', { name: 'Search' }).click();
    await reviewAndSave(tab);
    await edit.getByText(/The container type’s owner does not let this tenant change Search\./).waitFor();
    expect(await edit.getByRole('switch', { name: 'Search' }).isChecked()).toBe(false);
    expect(await storedLegal()).toEqual(saved);
    await axe('refused');

    await edit.getByRole('button', { name: 'Cancel' }).click();
    await details.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'detached' });
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Details…');
  });

  it('answers "which registrations allow sharing with anyone?" in the overview, with the settings as rows', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    const overview = tab.getByRole('button', { name: 'Tenant overview' });
    await tab.waitForFunction(() =>
      Array.from(document.querySelectorAll('button')).some(
        (button) => button.textContent === 'Tenant overview' && !button.disabled,
      ),
    );
    await overview.click();
    const grid = tab.getByRole('grid', { name: 'Apps by registration' });
    await grid.waitFor();
    await tab
      .getByRole('combobox', { name: 'Registrations whose settings' })
      .selectOption({ label: 'Allow sharing with anyone' });
    await tab.getByRole('button', { name: 'Show settings' }).click();
    await tab.getByRole('menuitemcheckbox', { name: 'Sharing' }).click();
    await page.keyboard.press('Escape');
    await grid.getByRole('rowheader', { name: 'Sharing' }).waitFor();
    const columns = await grid.getByRole('columnheader').allTextContents();
    expect(columns.slice(1)).toEqual(['Contoso Project Files']);
    expect(
      await grid.getByRole('gridcell', { name: 'Anyone, with links that need no sign-in' }).count(),
    ).toBe(1);
    // The app rows' cell buttons are named in full words while they show "D: full" (axe's
    // label-content-name-mismatch, older than the settings rows): checked here are the toolbar and the
    // settings rows.
    await axe('overview settings', ['[data-app-row]']);
  });
});
