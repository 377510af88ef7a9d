/**
 * Sign out and switch account (issue 24 §3), end to end in Chromium on the local stack: on the web page
 * the tool signed in itself, so it can switch to another account and sign out (the identity provider's
 * session ends and the next sign-in asks who); inside Teams the account is Teams', and the tool says so.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

/** Clicks a control that opens the sign-in service's popup, and returns that popup. */
async function popupOf(click: () => Promise<void>): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), click()]);
  return popup;
}

describe('the account on the web page', () => {
  it('switches to another account, then signs out; the next sign-in asks who', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    await page.goto(`${stack.origin}/`);
    await (await popupOf(() => page.getByRole('button', { name: 'Sign in' }).click())).waitForEvent('close');
    await page.getByText('Signed in as Megan Bowen').waitFor();

    // Switch account: the service asks who; the page starts again as the account chosen.
    const picker = await popupOf(() => page.getByRole('button', { name: 'Switch account' }).click());
    await picker.getByRole('heading', { name: 'Pick an account' }).waitFor();
    await picker.getByRole('button', { name: 'global-admin' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await (await popupOf(() => page.getByRole('button', { name: 'Sign in' }).click())).waitForEvent('close');
    await page.getByText('Signed in as Alex Wilber').waitFor();

    // Sign out: the service's session ends, so signing in again asks who instead of closing at once.
    const signOut = await popupOf(() => page.getByRole('button', { name: 'Sign out' }).click());
    await signOut.waitForEvent('close');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const again = await popupOf(() => page.getByRole('button', { name: 'Sign in' }).click());
    await again.getByRole('heading', { name: 'Pick an account' }).waitFor();
    await again.getByRole('button', { name: 'spe-admin' }).click();
    await page.getByText('Signed in as Megan Bowen').waitFor();
    await page.getByRole('button', { name: 'Test Container Type' }).waitFor();
  });
});

describe('the account inside Teams', () => {
  it('is Teams’: no Sign out here, and the tool says where to change it', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
    await tab
      .getByText(/^This is the account of the app this tool runs in \(Teams or SharePoint\)/)
      .waitFor();
    expect(await tab.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'Switch account' }).count()).toBe(0);
  });
});
