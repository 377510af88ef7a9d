/**
 * The user paths of the Teams tab, end to end in Chromium (issue scenarios 1–9), each under the tab's
 * Content Security Policy: the harness fails a test on any violation or page error.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_APP_ID,
  DEMO_OWNING_APP_ID,
  FABRIKAM_CONTAINER_TYPE_ID,
  FUTURE_PERMISSION,
  GUEST_APP_ID,
  PROJECTS_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import {
  TEAMS_JS_VALID_DOMAINS_URL,
  tabContentSecurityPolicy,
} from '../../src/hosts/teams/tabSecurityHeaders';
import { en } from '../../src/editor/strings/en';
import { GLOBAL_POLICY_PATH, openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const GUEST_ORIGINAL = {
  appId: GUEST_APP_ID,
  delegatedPermissions: ['read', 'write'],
  applicationPermissions: ['none'],
};

async function openTestRegistration(tab: Frame | Page): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).click();
  await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
}

function cell(tab: Frame | Page, app: string, plane: 'Delegated' | 'Application', permission: string) {
  return tab.getByRole('checkbox', { name: `${app} ${plane} ${permission}`, exact: true });
}

async function reviewAndSave(tab: Frame | Page): Promise<void> {
  await tab.getByRole('button', { name: /^Review changes/ }).click();
  await tab.getByRole('dialog', { name: 'Review changes' }).waitFor();
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await tab.getByText('Save results').waitFor();
}

async function guestGrant(): Promise<unknown> {
  return (await stack.grants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID);
}

/** The refresh-token grants this test's pages send to the sign-in host, as they are sent. */
function refreshTokenRequests(): string[] {
  const seen: string[] = [];
  harness.context.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/oauth2/v2.0/token')) {
      const grantType = new URLSearchParams(request.postData() ?? '').get('grant_type');
      if (grantType === 'refresh_token') seen.push(request.url());
    }
  });
  return seen;
}

describe('1. inside Teams with nested app authentication', () => {
  it('grants the guest app Application readContent and the service holds exactly that', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await screenshot(page, 'list');
    await openTestRegistration(tab);
    const before = await stack.grants(TEST_CONTAINER_TYPE_ID);
    // The first edit marks the row "Unsaved" without moving it or any row below it (a row that grew
    // would shift the cells under the admin's pointer).
    const guestRow = cell(tab, GUEST_APP_ID, 'Application', 'readContent').locator('xpath=ancestor::tr');
    const lastRow = tab.locator('tr[data-app-row]').last();
    // Within the table (the click may scroll the page).
    const place = async (): Promise<number[][]> =>
      Promise.all(
        [guestRow, lastRow].map((row) =>
          row.evaluate((element: HTMLElement) => [element.offsetTop, element.offsetHeight]),
        ),
      );
    const placeBefore = await place();
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await guestRow.getByText('Unsaved').waitFor();
    expect(await place()).toEqual(placeBefore);
    await screenshot(page, 'matrix');
    await tab.getByRole('button', { name: /^Review changes/ }).click();
    await tab.getByRole('dialog', { name: 'Review changes' }).waitFor();
    await screenshot(page, 'review');
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByText('Save results').waitFor();

    const after = await stack.grants(TEST_CONTAINER_TYPE_ID);
    expect(after).toEqual(
      before.map((grant) =>
        grant.appId === GUEST_APP_ID ? { ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] } : grant,
      ),
    );
    const requests = ((await stack.control('requests')) as { requests: { method: string; path: string }[] })
      .requests;
    expect(
      requests.some(
        (request) =>
          request.method === 'PUT' &&
          request.path.includes('containerTypeRegistrations/') &&
          !request.path.includes('applicationPermissionGrants'),
      ),
    ).toBe(false);

    await page.reload();
    const reloaded = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(reloaded);
    expect(await cell(reloaded, GUEST_APP_ID, 'Application', 'readContent').isChecked()).toBe(true);
  });

  it('asks the host for a token once per scope, however many Graph requests a load and a save make', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await reviewAndSave(tab);

    // Every broker round trip crosses frames to Teams; MSAL's cache must answer the rest.
    const messages = await page.getByRole('log', { name: 'Messages' }).locator('li').allTextContents();
    const brokerScopes = messages
      .filter((line) => line.includes('nestedAppAuth.execute GetToken '))
      .map((line) => /scope="([^"]*)"/.exec(line)?.[1] ?? '');
    const graphRequests = ((await stack.control('requests')) as { requests: unknown[] }).requests.length;
    expect(graphRequests).toBeGreaterThan(3);
    expect(brokerScopes.length).toBeGreaterThan(0);
    expect(brokerScopes).toEqual([...new Set(brokerScopes)]);

    // The tab reopened in the running client: Teams' broker answers from its own cache, no IdP trip.
    const log = page.getByRole('log', { name: 'Messages' });
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByRole('button', { name: 'Reload tab' }).click();
    const reopened = await (await page.waitForSelector('#tab-frame[data-initialized="true"]')).contentFrame();
    if (reopened === null) throw new Error('The host simulator has no tab frame.');
    await openTestRegistration(reopened);
    const again = await log.locator('li').allTextContents();
    const graphScope = brokerScopes.find((scope) => scope.includes('FileStorageContainerTypeReg'));
    expect(graphScope).toBeDefined();
    expect(again).toContainEqual(
      expect.stringContaining(`token for scope "${graphScope}" from the broker's cache`),
    );
  });
});

describe('12. app names inside Teams (the directory scope on its own)', () => {
  /** The tab in the host simulator; `naaFail` makes every silent broker request need interaction. */
  async function openTab(profile: 'global-admin' | 'spe-admin', naaFail: boolean): Promise<Frame> {
    const query = new URLSearchParams({ profile, theme: 'default', locale: 'en-US', naa: '1' });
    if (naaFail) query.set('naaFail', '1');
    await page.goto(`${stack.origin}/host?${query.toString()}`);
    const frame = await (await page.waitForSelector('#tab-frame[data-initialized="true"]')).contentFrame();
    if (frame === null) throw new Error('The host simulator has no tab frame.');
    return frame;
  }

  async function brokerRequests(): Promise<string[]> {
    return (await page.getByRole('log', { name: 'Messages' }).locator('li').allTextContents()).filter(
      (line) => line.includes('nestedAppAuth.execute GetToken'),
    );
  }

  async function nameLookups(): Promise<unknown[]> {
    const { requests } = (await stack.control('requests')) as { requests: { path: string }[] };
    return requests.filter((request) => request.path.includes('/servicePrincipals'));
  }

  it('shows names after “Show app names” for an admin whose tenant consented', async () => {
    const tab = await openTab('global-admin', true);
    await openTestRegistration(tab);
    // The silent request for the directory scope needed a click: the matrix says so and shows ids.
    await tab.getByText('App names are not shown').waitFor();
    await tab.getByRole('button', { name: 'More' }).click();
    await tab.getByText(/Choose “Show app names” to ask for it now/).waitFor();
    expect(await cell(tab, GUEST_APP_ID, 'Delegated', 'read').count()).toBe(1);
    expect(await nameLookups()).toEqual([]);

    await tab.getByRole('button', { name: 'Show app names' }).click();
    await cell(tab, 'Contoso Review Portal', 'Delegated', 'read').waitFor();
    expect(await tab.getByText('App names are not shown').count()).toBe(0);
    expect((await nameLookups()).length).toBeGreaterThan(0);

    // Asked for alone, in the broker's window, never folded into the registration scope.
    const popups = (await brokerRequests()).filter((line) => line.includes('GetTokenPopup'));
    const directory = popups.filter((line) => line.includes('Application.Read.All'));
    expect(directory).toHaveLength(1);
    expect(directory[0]).not.toContain('FileStorageContainerTypeReg');
    expect(
      (await brokerRequests()).some((line) => /Reg\.Selected[^"]*Application\.Read\.All/.test(line)),
    ).toBe(false);
  });

  it('shows names without a click when the silent request succeeds', async () => {
    const tab = await openTab('global-admin', false);
    await openTestRegistration(tab);
    await cell(tab, 'Contoso Review Portal', 'Delegated', 'read').waitFor();
    expect(await tab.getByText('App names are not shown').count()).toBe(0);
  });

  it('says the directory scope has no consent, and sends no name lookup at all', async () => {
    const tab = await openTab('spe-admin', false);
    await openTestRegistration(tab);
    // The notice is one line until "More" unfolds it (remembered by the browser from then on).
    await tab.getByRole('button', { name: 'More' }).click();
    await tab
      .getByText(/This app has no consent for directory read access \(Application\.Read\.All\)/)
      .waitFor();
    expect(await cell(tab, GUEST_APP_ID, 'Delegated', 'read').count()).toBe(1);

    // The button asks again in the broker's window; the tenant's answer is the same.
    await tab.getByRole('button', { name: 'Show app names' }).click();
    await expect
      .poll(async () => (await brokerRequests()).filter((line) => line.includes('GetTokenPopup')).length)
      .toBeGreaterThan(0);
    await tab.getByText(/This app has no consent for directory read access/).waitFor();
    expect(await cell(tab, GUEST_APP_ID, 'Delegated', 'read').count()).toBe(1);
    expect(await nameLookups()).toEqual([]);
  });
});

describe('2. standalone page with the standard client (popup)', () => {
  it('signs in with a popup as global-admin and saves', async () => {
    await stack.control('profile', { profile: 'global-admin' });
    await page.goto(`${stack.origin}/`);
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupPromise;
    await popup.waitForEvent('close');
    await page.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await openTestRegistration(page);
    // global-admin may read the directory, so rows show app names.
    await cell(page, 'Contoso Review Portal', 'Application', 'readContent').click();
    await reviewAndSave(page);
    expect(await guestGrant()).toEqual({ ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] });
  });
});

describe('3. two admins at once', () => {
  async function addApp(tab: Frame, appId: string): Promise<void> {
    await tab.getByRole('button', { name: 'Add app…' }).click();
    await tab.getByRole('textbox', { name: 'Client id (application id)' }).fill(appId);
    await tab.getByRole('button', { name: 'Add', exact: true }).click();
  }

  it('shows the conflict dialog to the second and keeps exactly the choices made', async () => {
    const otherContext = await harness.newContext();
    const first = await openInTeams(page, stack, { profile: 'spe-admin' });
    const otherPage = await otherContext.newPage();
    const second = await openInTeams(otherPage, stack, { profile: 'spe-admin' });
    await openTestRegistration(first);
    await openTestRegistration(second);

    // The first admin changes the guest app and adds the backup app, and saves.
    await cell(first, GUEST_APP_ID, 'Application', 'readContent').click();
    await addApp(first, BACKUP_APP_ID);
    await cell(first, BACKUP_APP_ID, 'Application', 'readContent').click();
    await reviewAndSave(first);
    const firstSaved = await stack.grants(TEST_CONTAINER_TYPE_ID);

    // The second admin, still on the old state, changes the same two apps differently.
    await cell(second, GUEST_APP_ID, 'Application', 'create').click();
    await addApp(second, BACKUP_APP_ID);
    await cell(second, BACKUP_APP_ID, 'Delegated', 'readContent').click();
    await second.getByRole('button', { name: /^Review changes/ }).click();
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    await second.getByRole('button', { name: 'Resolve conflicts…' }).click();
    await second.getByRole('dialog', { name: 'Resolve conflicts' }).waitFor();
    await screenshot(otherPage, 'conflict');
    await second
      .getByRole('radiogroup', { name: `What to keep for ${GUEST_APP_ID}` })
      .getByRole('radio', { name: 'Keep theirs' })
      .check();
    await second
      .getByRole('radiogroup', { name: `What to keep for ${BACKUP_APP_ID}` })
      .getByRole('radio', { name: 'Keep mine' })
      .check();
    await second.getByRole('button', { name: 'Save choices' }).click();
    await second.getByText('Save results').waitFor();

    const final = await stack.grants(TEST_CONTAINER_TYPE_ID);
    const byApp = new Map(final.map((grant) => [grant.appId, grant]));
    expect(byApp.get(GUEST_APP_ID)).toEqual(firstSaved.find((grant) => grant.appId === GUEST_APP_ID));
    expect(byApp.get(BACKUP_APP_ID)).toEqual({
      appId: BACKUP_APP_ID,
      delegatedPermissions: ['readContent'],
      applicationPermissions: ['none'],
    });
    expect(byApp.get(DEMO_OWNING_APP_ID)).toEqual(
      firstSaved.find((grant) => grant.appId === DEMO_OWNING_APP_ID),
    );
  });
});

describe('4. faults while saving', () => {
  it('shows the wait of a 429 storm and then completes', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await stack.control('faults', { status: 429, count: 2, retryAfter: 2, on: 'writes' });
    await tab.getByRole('button', { name: /^Review changes/ }).click();
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByText(/The service asked to slow down\. Waiting 2 s/).waitFor();
    await tab.getByText('Save results').waitFor({ timeout: 20_000 });
    expect(await guestGrant()).toEqual({ ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] });
  });

  it('reports a dropped connection and a retry completes only the rest', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await tab.getByRole('button', { name: 'Add app…' }).click();
    await tab.getByRole('textbox', { name: 'Client id (application id)' }).fill(BACKUP_APP_ID);
    await tab.getByRole('button', { name: 'Add', exact: true }).click();
    await cell(tab, BACKUP_APP_ID, 'Application', 'readContent').click();
    await stack.control('faults', { drop: 'next-write', when: 'before-apply' });
    await reviewAndSave(tab);
    await tab.getByText(`${GUEST_APP_ID}: not saved`).waitFor();
    await tab.getByText(`${BACKUP_APP_ID}: not saved`).waitFor();
    expect(await guestGrant()).toEqual(GUEST_ORIGINAL);

    const before = ((await stack.control('requests')) as { requests: unknown[] }).requests.length;
    await tab.getByRole('button', { name: /^Retry 2 failed apps/ }).click();
    await tab.getByText(`${GUEST_APP_ID}: saved`).waitFor();
    const grants = await stack.grants(TEST_CONTAINER_TYPE_ID);
    expect(grants.filter((grant) => grant.appId === GUEST_APP_ID)).toEqual([
      { ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] },
    ]);
    expect(grants.filter((grant) => grant.appId === BACKUP_APP_ID)).toHaveLength(1);
    const batches = (
      (await stack.control('requests')) as { requests: { path: string; batch?: unknown[] }[] }
    ).requests
      .slice(before)
      .filter((request) => request.path === '/$batch');
    expect(batches.map((request) => request.batch?.length)).toEqual([2]);
  });
});

describe('5. token expiry', () => {
  it('renews silently, and asks to sign in again without losing edits when renewal fails', async () => {
    // The page's clock is Playwright's: two hours pass in an instant, and MSAL sees its token expired.
    await page.clock.install();
    const renewals = refreshTokenRequests();
    await stack.control('profile', { profile: 'spe-admin' });
    await page.goto(`${stack.origin}/`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await (await popup).waitForEvent('close');
    await openTestRegistration(page);
    const renewedBefore = renewals.length;
    await page.clock.fastForward('02:00:00');
    // Expired: the next read renews silently (refresh token) without asking.
    await page.getByRole('button', { name: '← All registrations' }).click();
    await openTestRegistration(page);
    await expect.poll(() => renewals.length).toBeGreaterThan(renewedBefore);
    expect(harness.context.pages()).toHaveLength(1);
    await cell(page, GUEST_APP_ID, 'Application', 'readContent').click();

    await stack.control('faults', { idp: { failSilent: true } });
    await page.clock.fastForward('02:00:00');
    await page.getByRole('button', { name: /^Review changes/ }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Your sign-in has expired').waitFor();
    expect(await guestGrant()).toEqual(GUEST_ORIGINAL);

    await stack.control('faults', { idp: { failSilent: false } });
    const again = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await (await again).waitForEvent('close');
    await page.getByText('Save results').waitFor();
    expect(await guestGrant()).toEqual({ ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] });
  });
});

describe('6. roles, consent and .Selected', () => {
  it('explains a missing role', async () => {
    const tab = await openInTeams(page, stack, { profile: 'no-role' });
    await tab.getByText('You need an admin role').waitFor();
  });

  it('explains missing consent with a working link to the consent page', async () => {
    const tab = await openInTeams(page, stack, { profile: 'no-scope' });
    await tab.getByText('This tool’s app is not allowed to do this yet').waitFor();
    const link = tab.getByRole('link', { name: 'Open the admin consent page' });
    const href = await link.getAttribute('href');
    expect(href).toContain(`${stack.origin}/idp/`);
    expect(href).toContain('/v2.0/adminconsent?');
    const response = await page.request.get(href ?? '');
    expect(response.status()).toBe(200);
  });

  it('does not show another app’s registration with .Selected', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Fabrikam Archive' }).count()).toBe(0);
    expect(await tab.locator(`[data-registration-id="${FABRIKAM_CONTAINER_TYPE_ID}"]`).count()).toBe(0);
  });
});

describe('10. never lose a grant', () => {
  it('opens an already registered type instead of registering it again, while a grant still propagates', async () => {
    const backup = { appId: BACKUP_APP_ID, delegatedPermissions: ['none'], applicationPermissions: ['read'] };
    await stack.control('faults', { propagationDelayMs: 600_000 });
    // Another admin's grant, written a moment ago: reads do not show it yet.
    const written = await stack.graph(
      `/v1.0/storage/fileStorage/containerTypeRegistrations/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants/${BACKUP_APP_ID}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ delegatedPermissions: ['none'], applicationPermissions: ['read'] }),
      },
    );
    expect(written.status).toBe(201);
    const before = await stack.grants(TEST_CONTAINER_TYPE_ID);
    expect(before).toContainEqual(backup);

    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Register a container type…' }).first().click();
    const dialog = tab.getByRole('dialog', { name: 'Register a container type' });
    expect(await dialog.getByRole('textbox', { name: /Owning app id/ }).inputValue()).toBe(
      DEMO_OWNING_APP_ID,
    );
    await dialog.getByRole('textbox', { name: /Container type id/ }).fill(TEST_CONTAINER_TYPE_ID);
    await dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await tab.getByText('This container type was already registered').waitFor();
    await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();

    expect(await stack.grants(TEST_CONTAINER_TYPE_ID)).toEqual(before);
    const requests = (await stack.control('requests')) as { requests: { method: string; path: string }[] };
    expect(
      requests.requests.filter(
        (request) => request.method === 'PUT' && !request.path.includes('applicationPermissionGrants'),
      ),
    ).toEqual([]);
  });

  it('keeps a permission value newer than the tool when another cell of the same app is edited', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Contoso Project Files' }).click();
    await tab.getByRole('grid', { name: /Permissions of the apps on Contoso Project Files/ }).waitFor();
    // The value arrives verbatim (Prefer: include-unknown-enum-members) and is shown, not dropped.
    await tab.getByText(FUTURE_PERMISSION).first().waitFor();
    await cell(tab, GUEST_APP_ID, 'Delegated', 'create').click();
    await tab.getByRole('button', { name: /^Review changes/ }).click();
    const review = tab.getByRole('dialog', { name: 'Review changes' });
    await review
      .getByText(
        `Application (app-only) after saving: readContent, ${FUTURE_PERMISSION} (not known to this tool, kept as is)`,
      )
      .waitFor();
    await tab.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByText('Save results').waitFor();
    const guest = (await stack.grants(PROJECTS_CONTAINER_TYPE_ID)).find(
      (grant) => grant.appId === GUEST_APP_ID,
    );
    expect(guest?.delegatedPermissions).toEqual(expect.arrayContaining(['readContent', 'create']));
    expect(guest?.applicationPermissions).toEqual(['readContent', FUTURE_PERMISSION]);
  });
});

describe('7. themes and accessibility', () => {
  async function axe(target: Page, label: string): Promise<void> {
    // Tabster's focus sentinels (`data-tabster-dummy`, Fluent's focus management) are aria-hidden on
    // purpose and hand focus on at once; axe cannot know that, so they are left out of the scan.
    const results = await new AxeBuilder({ page: target })
      .include('#tab-frame')
      .exclude(['#tab-frame', '[data-tabster-dummy]'])
      .analyze();
    expect(
      results.violations.map((violation) => `${label}: ${violation.id} (${violation.nodes.length})`),
    ).toEqual([]);
  }

  it('restyles live from the host and passes axe in light, dark and high contrast', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    const background = (): Promise<string> =>
      tab
        .locator('body')
        .evaluate(
          () =>
            getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor,
        );
    const light = await background();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      if (theme !== 'default') await expect.poll(background).not.toBe(light);
      await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
      await axe(page, `${theme} list`);
      await openTestRegistration(tab);
      await axe(page, `${theme} matrix`);
      if (theme === 'dark') await screenshot(page, 'dark');
      await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
      await tab.getByRole('button', { name: /^Review changes/ }).click();
      await tab.getByRole('dialog', { name: 'Review changes' }).waitFor();
      await axe(page, `${theme} review`);
      await tab.getByRole('button', { name: 'Cancel' }).click();
      await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
      await tab.getByRole('button', { name: '← All registrations' }).click();
    }
    // Nine axe scans of a Fluent page take about a minute on two cores.
  }, 180_000);

  it('marks an implied cell with a dashed outline in every theme and in forced colours, focused or not', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    // manageContent implies writeContent: one cell granted by itself, one included by it.
    const direct = cell(tab, GUEST_APP_ID, 'Delegated', 'manageContent');
    const implied = cell(tab, GUEST_APP_ID, 'Delegated', 'writeContent');
    // The whole cell is the target, as Fluent's checkbox made it: a click in its corner toggles the box.
    const directCell = tab.locator('td', { has: direct });
    const { width, height } = (await directCell.boundingBox()) ?? { width: 0, height: 0 };
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
    await directCell.click({ position: { x: 3, y: 3 } });
    await expect.poll(() => direct.isChecked()).toBe(true);
    expect(await direct.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => implied.getAttribute('data-implied-by')).toBe('manageContent');
    const outline = (box: Locator): Promise<{ style: string; width: string; color: string }> =>
      box.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
      });
    const background = (): Promise<string> =>
      tab.evaluate(
        () =>
          getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor,
      );
    // The mouse click leaves no focus ring; the mark shows by itself.
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect.poll(async () => `${theme}: ${(await outline(implied)).style}`).toBe(`${theme}: dashed`);
      expect((await outline(implied)).color, theme).not.toBe(await background());
      expect((await outline(direct)).style, theme).toBe('none');
      expect(await implied.isChecked()).toBe(true);
    }
    await page.getByLabel('Theme').selectOption('default');

    // From the keyboard, each shows the 2 px focus ring; the implied one keeps its dash.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => implied.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await outline(implied)).toMatchObject({ style: 'dashed', width: '2px' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await outline(direct)).style).toBe('solid');
    expect((await outline(direct)).width).toBe('2px');
    expect((await outline(implied)).style).toBe('dashed');

    // Forced colours (Windows high contrast) drop colours and shadows: the dash still tells them apart.
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => tab.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect((await outline(implied)).style).toBe('dashed');
    expect((await outline(direct)).style).toBe('solid');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await outline(direct)).style).toBe('none');
    expect((await outline(implied)).style).toBe('dashed');
    await screenshot(page, 'matrix-forced-colors');
    await axe(page, 'forced colours matrix');
  }, 120_000);
});

/**
 * Notes every text the tab frame shows, from before the tab's own scripts run, so a test can see what
 * flashed by between two screens.
 */
const RECORD_SHOWN_TEXT = `(() => {
  if (window.top === window) return;
  const shown = (window.__shownText = []);
  new MutationObserver(() => {
    const text = document.body === null ? '' : document.body.textContent;
    if (text !== '' && text !== shown[shown.length - 1]) shown.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

describe('8. languages from the Teams context', () => {
  it('shows Italian from the first word, never English first (the strings download before anything shows)', async () => {
    await page.context().addInitScript(RECORD_SHOWN_TEXT);
    const tab = await openInTeams(page, stack, { profile: 'spe-admin', locale: 'it-IT' });
    await tab.getByRole('heading', { name: 'Registrazioni dei tipi di contenitore' }).waitFor();
    const shown = (await tab.evaluate(
      () => (window as unknown as { __shownText: string[] }).__shownText,
    )) as string[];
    expect(shown.length).toBeGreaterThan(0);
    const english = [en.startup.starting, en.startup.signingIn, en.list.heading, en.list.searchLabel];
    for (const text of shown) for (const phrase of english) expect(text).not.toContain(phrase);
  });

  it('shows Russian', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin', locale: 'ru-RU' });
    await tab.getByRole('heading', { name: /Регистрации/ }).waitFor();
  });
});

describe('9. keyboard only', () => {
  it('reaches a cell, toggles it, reviews and saves without a mouse', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    const focusedName = (): Promise<string> =>
      tab.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent ?? '';
      });
    const pressUntil = async (key: string, done: () => Promise<boolean>, limit: number): Promise<void> => {
      for (let presses = 0; presses < limit && !(await done()); presses += 1) await page.keyboard.press(key);
      expect(await done()).toBe(true);
    };
    const link = tab.getByRole('button', { name: 'Test Container Type' });
    await link.waitFor();
    // The registrations grid is one tab stop; the arrow keys move between registrations.
    await pressUntil('Tab', async () => (await focusedName()).trim() === 'Name', 40);
    await pressUntil(
      'ArrowDown',
      async () => (await focusedName()).trim().startsWith('Test Container Type'),
      10,
    );
    // One Enter opens the registration.
    await page.keyboard.press('Enter');
    const target = `${GUEST_APP_ID} Application readContent`;
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').waitFor();
    // Tab into the grid (one tab stop), then the arrow keys move between cells.
    await pressUntil(
      'Tab',
      async () =>
        (await focusedName()).includes(' Delegated ') || (await focusedName()).includes(' Application '),
      40,
    );
    await pressUntil('ArrowDown', async () => (await focusedName()).startsWith(GUEST_APP_ID), 10);
    await pressUntil('ArrowRight', async () => (await focusedName()) === target, 40);
    await page.keyboard.press('Space');
    expect(await cell(tab, GUEST_APP_ID, 'Application', 'readContent').isChecked()).toBe(true);
    await pressUntil('Shift+Tab', async () => (await focusedName()).startsWith('Review changes'), 40);
    await page.keyboard.press('Enter');
    await tab.getByRole('dialog', { name: 'Review changes' }).waitFor();
    await pressUntil('Tab', async () => (await focusedName()) === 'Save', 20);
    await page.keyboard.press('Enter');
    const results = tab.getByRole('dialog', { name: 'Save results' });
    await results.waitFor();
    expect(await guestGrant()).toEqual({ ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] });
    // Focus stays in the dialog as its content changes: one Escape closes the results, and focus is
    // back on the button that opened the review.
    await expect.poll(() => results.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await results.waitFor({ state: 'detached' });
    await expect.poll(focusedName).toMatch(/^Review changes/);
  });
});

describe('11. Content Security Policy and headers', () => {
  it('serves each file of the tab with the local cloud’s policy, nosniff and no referrer', async () => {
    const index = await fetch(`${stack.origin}/`);
    const script = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toBeDefined();
    for (const [path, kind] of [
      ['/', 'app'],
      [`/${script ?? ''}`, 'app'],
      ['/auth.html', 'redirectBridge'],
    ] as const) {
      const response = path === '/' ? index : await fetch(`${stack.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(
        tabContentSecurityPolicy('local', kind, stack.origin),
      );
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('blocks script and style text injected into the tab, while Fluent’s own styles apply', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    const outcome = await tab.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { visibility: hidden }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.head.append(script);
      const provider = document.querySelector('.fui-FluentProvider');
      return {
        injectedScript: document.body.dataset.injected ?? 'blocked',
        visibility: getComputedStyle(document.body).visibility,
        // FluentProvider's theme, written into its own (empty, then CSSOM-filled) style element.
        themeBackground:
          provider === null ? '' : getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1'),
      };
    });
    expect(outcome).toEqual({ injectedScript: 'blocked', visibility: 'visible', themeBackground: '#ffffff' });
    // Reported by the browser as it blocked them (events arrive a moment later).
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...harness.takeProblems());
        return ['script-src-elem', 'style-src-elem'].filter((directive) =>
          seen.includes(`CSP violation: ${directive} blocked inline in ${stack.origin}/`),
        );
      })
      .toHaveLength(2);
  });

  it('renews in MSAL’s hidden frame when the sign-in host refuses the refresh token', async () => {
    await page.clock.install();
    await stack.control('profile', { profile: 'spe-admin' });
    await page.goto(`${stack.origin}/`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await (await popup).waitForEvent('close');
    await openTestRegistration(page);
    // The IdP forgets its refresh tokens but keeps the session, as Entra does when a refresh token is revoked.
    await stack.control('reset', {});
    await stack.control('profile', { profile: 'spe-admin' });
    await page.clock.fastForward('02:00:00'); // MSAL now holds an expired token
    const frames: string[] = [];
    harness.context.on('request', (request) => {
      const url = new URL(request.url());
      if (!request.isNavigationRequest() || request.frame().parentFrame() === null) return;
      if (url.pathname.endsWith('/oauth2/v2.0/authorize'))
        frames.push(`authorize prompt=${url.searchParams.get('prompt') ?? ''}`);
      if (url.pathname === '/auth.html') frames.push('auth.html');
    });
    await page.getByRole('button', { name: '← All registrations' }).click();
    await openTestRegistration(page);
    // The expired token was renewed without a popup: the hidden frame went to the sign-in host and
    // came back to the redirect bridge inside the tab (for the read behind the list's copy on screen).
    await expect.poll(() => frames).toEqual(['authorize prompt=none', 'auth.html']);
    expect(harness.context.pages()).toHaveLength(1);
  });

  it('starts and saves while teams-js’s list of hosts never arrives', async () => {
    let asked = 0;
    await harness.context.route(TEAMS_JS_VALID_DOMAINS_URL, () => {
      asked += 1; // and never answered: teams-js gives up on its own
    });
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await openTestRegistration(tab);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await reviewAndSave(tab);
    expect(await guestGrant()).toEqual({ ...GUEST_ORIGINAL, applicationPermissions: ['readContent'] });
    expect(asked).toBeGreaterThan(0);
  });

  it('with the global cloud’s policy, refuses to be framed by the local host simulator', async () => {
    await page.goto(`${stack.origin}/host?profile=spe-admin&tab=${GLOBAL_POLICY_PATH}/`);
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...harness.takeProblems());
        return seen.some((problem) =>
          /Framing .* violates .*"frame-ancestors https:\/\/\*\.cloud\.microsoft /.test(problem),
        );
      })
      .toBe(true);
    expect(seen.filter((problem) => !problem.includes('frame-ancestors'))).toEqual([]);
    expect(await page.locator('#tab-frame').getAttribute('data-initialized')).toBeNull();
  });
});
