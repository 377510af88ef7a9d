/**
 * Check my access (issue 24 §1), end to end in Chromium on the local stack: for each demo profile, signed
 * in on the web page (the sign-in service, like Entra and Teams' broker, puts every consented scope in the token),
 * the dialog says the roles, the scopes granted and missing, and what the list can show (.Selected vs
 * .Manage.All). Inside Teams it opens by keyboard, says the account is Teams', and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProfileName } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const SELECTED = 'FileStorageContainerTypeReg.Selected';
const MANAGE_ALL = 'FileStorageContainerTypeReg.Manage.All';
const DIRECTORY = 'Application.Read.All';
const OWNED_ONLY = /^With FileStorageContainerTypeReg\.Selected the list shows only registrations/;
const ALL = /^With FileStorageContainerTypeReg\.Manage\.All the list shows every/;
const NONE = /^Without FileStorageContainerTypeReg\.Selected or FileStorageContainerTypeReg\.Manage\.All/;

interface Expected {
  readonly upn: string;
  readonly roles: string | RegExp;
  /** Scope → `granted` or `missing`, in the order shown. */
  readonly scopes: readonly (readonly [string, 'granted' | 'missing'])[];
  readonly reach: RegExp;
  readonly consentLink: boolean;
}

const EXPECTED: Readonly<Record<ProfileName, Expected>> = {
  'spe-admin': {
    upn: 'megan@contoso.onmicrosoft.com',
    roles: 'SharePoint Embedded Administrator: may read and change container type registrations.',
    scopes: [
      [SELECTED, 'granted'],
      [DIRECTORY, 'missing'],
    ],
    reach: OWNED_ONLY,
    consentLink: false,
  },
  'global-admin': {
    upn: 'alex@contoso.onmicrosoft.com',
    roles: 'Global Administrator: may read and change container type registrations.',
    scopes: [
      [SELECTED, 'granted'],
      [DIRECTORY, 'granted'],
    ],
    reach: OWNED_ONLY,
    consentLink: false,
  },
  'no-role': {
    upn: 'lee@contoso.onmicrosoft.com',
    roles: 'None of these: SharePoint Embedded Administrator, Global Administrator.',
    scopes: [
      [SELECTED, 'granted'],
      [DIRECTORY, 'missing'],
    ],
    reach: OWNED_ONLY,
    consentLink: false,
  },
  'no-scope': {
    upn: 'nestor@contoso.onmicrosoft.com',
    roles: 'SharePoint Embedded Administrator: may read and change container type registrations.',
    scopes: [
      [SELECTED, 'missing'],
      [DIRECTORY, 'missing'],
    ],
    reach: NONE,
    consentLink: true,
  },
  // The tool is configured with .Selected; this account's token carries .Manage.All, which the tool did
  // not ask for but which shows every registration.
  'manage-all': {
    upn: 'patti@contoso.onmicrosoft.com',
    roles: 'SharePoint Embedded Administrator: may read and change container type registrations.',
    scopes: [
      [SELECTED, 'missing'],
      [DIRECTORY, 'granted'],
      [MANAGE_ALL, 'granted'],
    ],
    reach: ALL,
    consentLink: true,
  },
};

const STATE_WORDS = {
  granted: ': in your token, so consented.',
  missing: ': not in your token: not consented, or not asked for yet.',
} as const;

async function signInOnWebPage(profile: ProfileName): Promise<void> {
  await stack.control('profile', { profile });
  await page.goto(`${stack.origin}/`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await (await popup).waitForEvent('close');
}

async function openMyAccess(where: Page | Frame): Promise<Locator> {
  await where.getByRole('button', { name: 'Check my access' }).click();
  const dialog = where.getByRole('dialog', { name: 'Your access' });
  await dialog
    .getByRole('region', { name: 'Microsoft Graph permissions (scopes)' })
    .getByRole('listitem')
    .first()
    .waitFor();
  return dialog;
}

/** The scopes the dialog lists, in order, each granted or missing as `expected` says. */
async function expectScopes(dialog: Locator, expected: Expected): Promise<void> {
  const items = await dialog
    .getByRole('region', { name: 'Microsoft Graph permissions (scopes)' })
    .getByRole('listitem')
    .allTextContents();
  expect(items.map((item) => item.slice(0, item.indexOf(' ')))).toEqual(
    expected.scopes.map(([scope]) => scope),
  );
  expected.scopes.forEach(([, state], index) => {
    expect(items[index]).toContain(STATE_WORDS[state]);
  });
}

describe('check my access for each demo profile', () => {
  it.each(Object.keys(EXPECTED) as ProfileName[])('%s', async (profile) => {
    const expected = EXPECTED[profile];
    await signInOnWebPage(profile);
    const dialog = await openMyAccess(page);

    await dialog.getByText(`Account: ${expected.upn}`).waitFor();
    const roles = dialog.getByRole('region', { name: 'Directory roles in your token' });
    expect(await roles.getByText(expected.roles).count()).toBe(1);
    await expectScopes(dialog, expected);
    const reach = dialog.getByRole('region', { name: 'Which registrations the list shows' });
    expect(await reach.getByText(expected.reach).count()).toBe(1);
    expect(await dialog.getByRole('link', { name: 'Open the admin consent page' }).count()).toBe(
      expected.consentLink ? 1 : 0,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('check my access inside Teams', () => {
  // Teams' broker, like Entra, returns a token with every consented scope, whatever subset was asked for.
  it.each(['global-admin', 'manage-all'] as const)(
    'as %s: the same scopes as on the web page',
    async (profile) => {
      const tab = await openInTeams(page, stack, { profile });
      await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
      await expectScopes(await openMyAccess(tab), EXPECTED[profile]);
    },
  );

  it.each(['default', 'dark', 'contrast'] as const)(
    'in the %s theme: opens by keyboard, says the account is Teams’, passes axe, gives focus back on close',
    async (theme) => {
      const tab = await openInTeams(page, stack, { profile: 'spe-admin', theme });
      await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
      const button = tab.getByRole('button', { name: 'Check my access' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog', { name: 'Your access' });
      await dialog.getByText(/^FileStorageContainerTypeReg\.Selected \(/).waitFor();
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      await dialog
        .getByText(/^This is the account of the app this tool runs in \(Teams or SharePoint\)/)
        .waitFor();

      const results = await new AxeBuilder({ page })
        .include('#tab-frame')
        .exclude(['#tab-frame', '[data-tabster-dummy]'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual(
        [],
      );

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    },
  );
});
