/**
 * What a save promises inside the propagation window, end to end in the Teams tab and checked in the
 * emulator's state (`/__local/state`): an admin's own undo is sent although reads still show the value
 * from before their first write (add → remove, remove → add, grant → revoke, apply to 30 → remove from
 * all), and two admins saving the same app at the same moment are never both told plainly "saved".
 */
import type { BrowserContext, Frame, Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Grant } from '../../src/core/model';
import { BACKUP_APP_ID, GUEST_APP_ID, TEST_CONTAINER_TYPE_ID } from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const GUEST_ORIGINAL: Grant = {
  appId: GUEST_APP_ID,
  delegatedPermissions: ['read', 'write'],
  applicationPermissions: ['none'],
};
/** Longer than any test: every write stays invisible to reads for the whole test. */
const PROPAGATION = { propagationDelayMs: 600_000 };

async function openTestRegistration(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).click();
  await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
}

function cell(tab: Frame, app: string, plane: 'Delegated' | 'Application', permission: string) {
  return tab.getByRole('checkbox', { name: `${app} ${plane} ${permission}`, exact: true });
}

async function addApp(tab: Frame, appId: string): Promise<void> {
  await tab.getByRole('button', { name: 'Add app…' }).click();
  await tab.getByRole('textbox', { name: 'Client id (application id)' }).fill(appId);
  await tab.getByRole('button', { name: 'Add', exact: true }).click();
}

async function removeApp(tab: Frame, appId: string): Promise<void> {
  await tab.getByRole('button', { name: `Actions for ${appId}` }).click();
  await tab.getByRole('menuitem', { name: 'Remove app' }).click();
}

/** Review, save, and wait for one app's line in the results; the results are closed afterwards. */
async function saveAndSee(tab: Frame, line: string | RegExp): Promise<void> {
  await tab.getByRole('button', { name: /^Review changes/ }).click();
  await tab
    .getByRole('dialog', { name: 'Review changes' })
    .getByRole('button', { name: 'Save', exact: true })
    .click();
  const results = tab.getByRole('dialog', { name: 'Save results' });
  await results.getByText(line).waitFor();
  await results.getByRole('button', { name: 'Close' }).click();
}

async function grantOf(appId: string): Promise<Grant | undefined> {
  return (await stack.grants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === appId);
}

/** What a read shows now: the propagation delay hides the writes. */
async function readShows(appId: string): Promise<Grant | undefined> {
  const response = await stack.graph(
    `${REGISTRATIONS}/${TEST_CONTAINER_TYPE_ID}/applicationPermissionGrants`,
  );
  const { value } = (await response.json()) as { value: Grant[] };
  return value.find((grant) => grant.appId === appId);
}

async function writesSent(): Promise<string[]> {
  const { requests } = (await stack.control('requests')) as {
    requests: { method: string; path: string; batch?: { method: string; url: string }[] }[];
  };
  return requests.flatMap((request) =>
    (request.batch ?? [request])
      .filter((sub) => sub.method === 'PUT' || sub.method === 'DELETE')
      .map((sub) => `${sub.method} ${('url' in sub ? sub.url : request.path).split('/').pop() ?? ''}`),
  );
}

describe('an undo inside the propagation window is sent', () => {
  it('removes a guest app, then adds it back as it was', async () => {
    const tab = await openInTeams(page, stack);
    await openTestRegistration(tab);
    await stack.control('faults', PROPAGATION);
    await removeApp(tab, GUEST_APP_ID);
    await saveAndSee(tab, `${GUEST_APP_ID}: saved; the service does not show it yet`);
    expect(await grantOf(GUEST_APP_ID)).toBeUndefined();
    expect(await readShows(GUEST_APP_ID)).toMatchObject(GUEST_ORIGINAL);

    await addApp(tab, GUEST_APP_ID);
    await cell(tab, GUEST_APP_ID, 'Delegated', 'read').click();
    await cell(tab, GUEST_APP_ID, 'Delegated', 'write').click();
    await saveAndSee(tab, new RegExp(`^${GUEST_APP_ID}: saved`));
    expect(await grantOf(GUEST_APP_ID)).toEqual(GUEST_ORIGINAL);
    expect(await writesSent()).toEqual([`DELETE ${GUEST_APP_ID}`, `PUT ${GUEST_APP_ID}`]);
  });

  it('adds an app, then removes it', async () => {
    const tab = await openInTeams(page, stack);
    await openTestRegistration(tab);
    await stack.control('faults', PROPAGATION);
    await addApp(tab, BACKUP_APP_ID);
    await cell(tab, BACKUP_APP_ID, 'Application', 'readContent').click();
    await saveAndSee(tab, `${BACKUP_APP_ID}: saved; the service does not show it yet`);
    expect(await grantOf(BACKUP_APP_ID)).toBeDefined();

    await removeApp(tab, BACKUP_APP_ID);
    await saveAndSee(tab, new RegExp(`^${BACKUP_APP_ID}: saved`));
    expect(await grantOf(BACKUP_APP_ID)).toBeUndefined();
    expect(await writesSent()).toEqual([`PUT ${BACKUP_APP_ID}`, `DELETE ${BACKUP_APP_ID}`]);
  });

  it('grants a permission, then revokes it; a second edit is not "changed by someone else"', async () => {
    const tab = await openInTeams(page, stack);
    await openTestRegistration(tab);
    await stack.control('faults', PROPAGATION);
    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await saveAndSee(tab, `${GUEST_APP_ID}: saved; the service does not show it yet`);
    expect(await grantOf(GUEST_APP_ID)).toEqual({
      ...GUEST_ORIGINAL,
      applicationPermissions: ['readContent'],
    });

    await cell(tab, GUEST_APP_ID, 'Application', 'readContent').click();
    await saveAndSee(tab, new RegExp(`^${GUEST_APP_ID}: saved`));
    expect(await grantOf(GUEST_APP_ID)).toEqual(GUEST_ORIGINAL);
    expect(await writesSent()).toEqual([`PUT ${GUEST_APP_ID}`, `PUT ${GUEST_APP_ID}`]);
  });

  it('applies a preset to an app on 300 registrations, then removes it from all 300', async () => {
    const vendor = 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6';
    await stack.control('settings', { tenant: { registrations: 300, apps: 3 } });
    const tab = await openInTeams(page, stack);
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await tab.getByRole('button', { name: 'Tenant overview' }).click();
    await stack.control('faults', PROPAGATION);
    await tab.getByRole('button', { name: 'Apply to registrations…' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Apply to registrations' });
    await dialog.getByRole('textbox', { name: 'App (client id or name)' }).fill(vendor);
    await dialog.getByRole('radio', { name: /^Backup reader:/ }).click();
    await dialog.getByRole('radio', { name: 'All 300 registrations' }).waitFor();
    await dialog.getByRole('button', { name: 'Review', exact: true }).click();
    await saveAcross(tab, 300);
    const holding = async (): Promise<number> =>
      ((await stack.control('state')) as { registrations: { grants: Grant[] }[] }).registrations.filter(
        (registration) => registration.grants.some((grant) => grant.appId === vendor),
      ).length;
    expect(await holding()).toBe(300);

    await tab
      .getByRole('grid', { name: 'Apps by registration' })
      .getByRole('rowheader')
      .filter({ hasText: vendor })
      .getByRole('button')
      .click();
    await tab.getByRole('button', { name: 'Remove from all…' }).click();
    await saveAcross(tab, 300);
    expect(await holding()).toBe(0);
  });
});

async function saveAcross(tab: Frame, registrations: number): Promise<void> {
  const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
  await review.getByText(`Changes on ${registrations} registrations:`).waitFor();
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  const results = tab.getByRole('dialog', { name: 'Save results' });
  await results
    .getByText(`Registrations saved: ${registrations} · with failures: 0 · with conflicts: 0`)
    .waitFor();
  // Every registration's outcome is there, a page at a time, under one notice for the whole save.
  const pages = Math.ceil(registrations / 50);
  expect(await results.getByText(/^Saved at /).count()).toBe(1);
  await results
    .getByRole('status')
    .filter({ hasText: `Registrations 1–50 of ${registrations}` })
    .waitFor();
  const shown = results.getByRole('list', { name: /^Registrations / }).getByRole('region');
  expect(await shown.count()).toBe(50);
  await results.getByRole('combobox', { name: 'Registrations shown' }).selectOption(String(pages - 1));
  await results
    .getByRole('status')
    .filter({ hasText: `Registrations ${(pages - 1) * 50 + 1}–${registrations} of ${registrations}` })
    .waitFor();
  expect(await shown.count()).toBe(registrations - (pages - 1) * 50);
  for (const region of await shown.all()) expect(await region.textContent()).toMatch(/: saved/);
  await results.getByRole('button', { name: 'Close' }).click();
}

describe('two admins saving the same app at the same moment', () => {
  /** A promise and the function that settles it. */
  function gate(): { opened: Promise<void>; open: () => void } {
    let open = (): void => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  }

  const isGrantsRead = (route: Route): boolean =>
    route.request().method() === 'GET' && /\/applicationPermissionGrants(\?|$)/.test(route.request().url());
  const isWrite = (route: Route): boolean =>
    route.request().method() !== 'GET' &&
    (route.request().url().endsWith('/$batch') ||
      route.request().url().includes('/applicationPermissionGrants/'));

  /** Passes a request on and tells, once its answer is back, before the page sees it. */
  async function passAndTell(route: Route, tell: () => void): Promise<void> {
    const response = await route.fetch();
    tell();
    await route.fulfill({ response });
  }

  /** Holds the graph requests of one admin's page as `steps` say (each may wait, then tells). */
  async function orderRequests(
    context: BrowserContext,
    steps: { read?: (count: number) => Promise<void> | void; write?: () => Promise<void> | void },
    tell: { read?: (count: number) => void; wrote?: () => void },
  ): Promise<void> {
    let reads = 0;
    await context.route(/\/graph\//, async (route) => {
      if (isGrantsRead(route)) {
        reads += 1;
        const count = reads;
        await steps.read?.(count);
        await passAndTell(route, () => tell.read?.(count));
      } else if (isWrite(route)) {
        await steps.write?.();
        await passAndTell(route, () => tell.wrote?.());
      } else {
        await route.fallback();
      }
    });
  }

  it('tells the admin whose write was overwritten that the service now shows the other value', async () => {
    const otherContext = await harness.newContext();
    const first = await openInTeams(page, stack, { profile: 'spe-admin' });
    const second = await openInTeams(await otherContext.newPage(), stack, { profile: 'spe-admin' });
    await openTestRegistration(first);
    await openTestRegistration(second);
    await cell(first, GUEST_APP_ID, 'Application', 'readContent').click();
    await cell(second, GUEST_APP_ID, 'Application', 'create').click();

    // Both read before either writes; the first writes, then the second; the first reads back last.
    const secondRead = gate();
    const firstWrote = gate();
    const secondWrote = gate();
    await orderRequests(
      harness.context,
      { write: () => secondRead.opened, read: (count) => (count === 2 ? secondWrote.opened : undefined) },
      { wrote: firstWrote.open },
    );
    await orderRequests(
      otherContext,
      { write: () => firstWrote.opened },
      { read: secondRead.open, wrote: secondWrote.open },
    );

    for (const tab of [first, second]) {
      await tab.getByRole('button', { name: /^Review changes/ }).click();
      await tab
        .getByRole('dialog', { name: 'Review changes' })
        .getByRole('button', { name: 'Save', exact: true })
        .click();
    }
    const secondGrant = await (async () => {
      await second
        .getByRole('dialog', { name: 'Save results' })
        .getByText(`${GUEST_APP_ID}: saved`)
        .waitFor();
      return grantOf(GUEST_APP_ID);
    })();
    const results = first.getByRole('dialog', { name: 'Save results' });
    await results.getByText(/changed by someone else/).waitFor();
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      `${GUEST_APP_ID}: saved, then changed by someone else. The service now shows: Delegated: ${secondGrant?.delegatedPermissions.join(', ') ?? ''}; Application (app-only): ${secondGrant?.applicationPermissions.join(', ') ?? ''}. Check with them before saving again`,
    ]);
    expect(await results.getByRole('status').first().textContent()).toBe(
      '0 saved · 0 not saved · 1 changed elsewhere',
    );
    expect(secondGrant?.applicationPermissions).toContain('create');
  });
});
