/**
 * Check access in the tab (issue 24 §1), against the local stack: the guest app's grant as the service
 * shows it, in plain words; without the directory permission the tool says it cannot tell whether the app
 * has a service principal here; and the likely meanings of a 403.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { GUEST_APP_ID } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

describe('check access', () => {
  it('says what the guest app may do on the registration, and what a 403 most likely means', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Test Container Type' }).click();
    await tab.getByRole('grid').waitFor();
    await tab.getByRole('button', { name: new RegExp(`^Actions for .*${GUEST_APP_ID}`) }).click();
    await tab.getByRole('menuitem', { name: 'Check access' }).click();
    const dialog = tab.getByRole('dialog', { name: /^Access of .+ to Test Container Type$/ });
    await dialog.getByText(/^Delegated: /).waitFor();
    expect(
      await dialog.getByText('This is a guest app: not the owning app of the container type.').count(),
    ).toBe(1);
    await dialog.getByText(/^Whether it has a service principal in this tenant cannot be told/).waitFor();
    await dialog
      .getByRole('region', { name: 'If the app gets 403 (access denied)' })
      .getByText(/FileStorageContainer\.Selected/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('with the directory scope, says that the app has a service principal in this tenant', async () => {
    // global-admin's tenant consented to Application.Read.All: the tool reads the directory.
    const tab = await openInTeams(page, stack, { profile: 'global-admin' });
    await tab.getByRole('button', { name: 'Test Container Type' }).click();
    await tab.getByRole('grid').waitFor();
    await tab.getByRole('button', { name: /^Actions for Contoso Review Portal/ }).click();
    await tab.getByRole('menuitem', { name: 'Check access' }).click();
    const dialog = tab.getByRole('dialog', {
      name: 'Access of Contoso Review Portal to Test Container Type',
    });
    await dialog.getByText(/^It has a service principal in this tenant/).waitFor();
    expect(await dialog.getByText(/cannot be told/).count()).toBe(0);
  });
});
