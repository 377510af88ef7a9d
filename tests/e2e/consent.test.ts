/**
 * Consent flows that finish, end to end in Chromium on the local stack (issue 24 §2): the admin-consent
 * page records consent, the redirect back says so, and “I’ve granted consent, try again” gets a token
 * with the scope and shows the list, on the web page and inside Teams; a vendor's consent link without
 * `redirect_uri` ends on the vendor's page; an unknown app, a declined consent, a tenant that refuses
 * consent and a token still without the scope after “try again” each get a clear message.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_APP_ID, DEMO_OWNING_APP_ID } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const NOT_ALLOWED = 'This tool’s app is not allowed to do this yet';
const TRY_AGAIN = 'I’ve granted consent, try again';

/** The page a click opens in a new window (a link with `target="_blank"`, from the page or a frame). */
async function opens(context: BrowserContext, click: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page'), click()]);
  await opened.waitForLoadState();
  return opened;
}

/** The web page, signed in with a popup as `no-scope`: the tool's app has no consent yet. */
async function webPageWithoutConsent(): Promise<Page> {
  await stack.control('profile', { profile: 'no-scope' });
  await page.goto(`${stack.origin}/`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await (await popup).waitForEvent('close');
  await page.getByText(NOT_ALLOWED).waitFor();
  return page;
}

/** The admin-consent page the explanation links to, opened as the admin would. */
async function openConsentPage(tab: Page | Frame): Promise<Page> {
  return opens(harness.context, () => tab.getByRole('link', { name: 'Open the admin consent page' }).click());
}

/** On a consent page signed in as someone who may not grant it: another account, the Global Administrator. */
async function grantAsGlobalAdmin(consent: Page): Promise<void> {
  await consent.getByText('cannot grant consent for the organization').waitFor();
  expect(await consent.getByRole('button', { name: 'Accept' }).count()).toBe(0);
  await consent.getByRole('link', { name: 'Use another account' }).click();
  await consent.getByRole('button', { name: 'global-admin' }).click();
  await consent.getByText('Signed in as Alex Wilber (Global Administrator)').waitFor();
  await consent.getByRole('button', { name: 'Accept' }).click();
}

async function consentedApps(): Promise<string[]> {
  const { grants } = (await stack.control('consent')) as { grants: { clientId: string }[] };
  return grants.map((grant) => grant.clientId);
}

describe('consent → try again → list', () => {
  it('on the web page: the consent page records consent, the redirect says so, and try again shows the list', async () => {
    const tab = await webPageWithoutConsent();
    const consent = await openConsentPage(tab);
    await consent.getByRole('heading', { name: 'Permissions requested' }).waitFor();
    expect(await consent.getByRole('main').textContent()).toContain('FileStorageContainerTypeReg.Selected');
    await grantAsGlobalAdmin(consent);
    await consent.getByRole('heading', { name: 'Admin consent granted' }).waitFor();
    expect(await consentedApps()).toEqual([DEMO_OWNING_APP_ID]);

    await tab.getByRole('button', { name: TRY_AGAIN }).click();
    await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
    expect(await tab.getByText(NOT_ALLOWED).count()).toBe(0);
  });

  it('inside Teams: the broker asks the IdP again for “try again”, and the list shows', async () => {
    const tab = await openInTeams(page, stack, { profile: 'no-scope' });
    await tab.getByText(NOT_ALLOWED).waitFor();
    const consent = await openConsentPage(tab);
    await grantAsGlobalAdmin(consent);
    await consent.getByRole('heading', { name: 'Admin consent granted' }).waitFor();

    await tab.getByRole('button', { name: TRY_AGAIN }).click();
    await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
    // The broker's cached token (without the scope) did not answer: MSAL forced a refresh.
    const log = await page.getByRole('log', { name: 'Messages' }).locator('li').allTextContents();
    expect(log.some((line) => line.includes('GetToken') && line.includes('forceRefresh'))).toBe(true);
  });
});

describe('consent that does not happen says why', () => {
  it('a declined consent: the redirect says so, and try again says the token still lacks the permission', async () => {
    const tab = await webPageWithoutConsent();
    const consent = await openConsentPage(tab);
    await consent.getByRole('link', { name: 'Use another account' }).click();
    await consent.getByRole('button', { name: 'global-admin' }).click();
    await consent.getByRole('button', { name: 'Cancel' }).click();
    await consent.getByRole('heading', { name: 'Admin consent was not granted' }).waitFor();
    expect(await consent.getByRole('main').textContent()).toContain('declined consent');

    await tab.getByRole('button', { name: TRY_AGAIN }).click();
    await tab
      .getByText(/Microsoft Graph still refuses the tool’s token after “I’ve granted consent, try again”/)
      .waitFor();
    expect(await tab.getByText(NOT_ALLOWED).count()).toBe(1);
    expect(await consentedApps()).toEqual([]);
  });

  it('a tenant that refuses consent: the page says so, and the redirect tells the tool', async () => {
    await stack.control('faults', { idp: { refuseConsent: true } });
    const tab = await webPageWithoutConsent();
    const consent = await openConsentPage(tab);
    await consent.getByRole('link', { name: 'Use another account' }).click();
    await consent.getByRole('button', { name: 'global-admin' }).click();
    await consent.getByText('This tenant refuses consent to Contoso Docs').waitFor();
    expect(await consent.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await consent.getByRole('button', { name: 'Back to the app' }).click();
    await consent.getByRole('heading', { name: 'Admin consent was not granted' }).waitFor();
    expect(await consent.getByRole('main').textContent()).toContain(
      "the tenant's policy refuses consent to Contoso Docs",
    );
    expect(await consentedApps()).toEqual([]);
  });
});

describe('a vendor’s consent link (Add app), as Microsoft documents it, without redirect_uri', () => {
  /** The Add app dialog of the Test Container Type inside Teams, with `appId` typed in. */
  async function addAppDialog(appId: string): Promise<Frame> {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Test Container Type' }).click();
    await tab.getByRole('button', { name: 'Add app…' }).click();
    await tab.getByRole('textbox', { name: 'Client id (application id)' }).fill(appId);
    return tab;
  }

  it('ends on the vendor app’s page, which says the vendor received consent', async () => {
    const tab = await addAppDialog(BACKUP_APP_ID);
    const link = tab.getByRole('link', { name: 'Open the consent page for this app' });
    expect(await link.getAttribute('href')).not.toContain('redirect_uri');
    const consent = await opens(harness.context, () => link.click());
    await consent.getByText('Fabrikam Backup').first().waitFor();
    expect(await consent.getByRole('main').textContent()).toContain('FileStorageContainer.Selected');
    await grantAsGlobalAdmin(consent);

    await consent.getByRole('heading', { name: 'Fabrikam Backup received consent' }).waitFor();
    expect(new URL(consent.url()).pathname).toBe(`/vendor/${BACKUP_APP_ID}/`);
    expect(await consent.textContent('body')).not.toContain('AADSTS50011');
    expect(await consentedApps()).toEqual([BACKUP_APP_ID]);
  });

  it('names an app the directory does not know, instead of a dead end', async () => {
    const unknown = '0d0d0d0d-1111-4222-8333-444444444444';
    const tab = await addAppDialog(unknown);
    const consent = await opens(harness.context, () =>
      tab.getByRole('link', { name: 'Open the consent page for this app' }).click(),
    );
    await consent.getByRole('heading', { name: 'The app is not known in this tenant' }).waitFor();
    const text = (await consent.getByRole('main').textContent()) ?? '';
    expect(text).toContain(`AADSTS700016: Application with identifier '${unknown}' was not found`);
    expect(text).toContain(`Fabrikam Backup: ${BACKUP_APP_ID}`);
  });
});
