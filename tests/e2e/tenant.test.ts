/**
 * Work across registrations in the Teams tab, end to end in Chromium, each checked in the emulator's
 * state (`/__local/state`): a preset granted to a new app on every registration in six interactions
 * and three Graph requests, an app removed everywhere while the owners keep their grants, and a tenant
 * export edited and imported.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { GrantsDocument } from '../../src/core/grantsDocument';
import type { Grant } from '../../src/core/model';
import {
  BACKUP_APP_ID,
  GUEST_APP_ID,
  DEMO_OWNING_APP_ID,
  FABRIKAM_CONTAINER_TYPE_ID,
  LEGAL_CONTAINER_TYPE_ID,
  PROJECTS_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

/** A vendor's app that holds no grant anywhere yet. */
const VENDOR_APP_ID = 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6';
const BACKUP_READER = {
  delegatedPermissions: ['none'],
  applicationPermissions: ['enumeratePermissions', 'read', 'readContent'],
};

interface StateRegistration {
  readonly id: string;
  readonly name: string;
  readonly owningAppId: string;
  readonly grants: Grant[];
}

/** The emulator's registrations, each grant's permissions in one order (the service keeps its own). */
async function state(): Promise<StateRegistration[]> {
  const { registrations } = (await stack.control('state')) as { registrations: StateRegistration[] };
  return registrations.map((registration) => ({
    ...registration,
    grants: registration.grants.map((grant) => ({
      ...grant,
      delegatedPermissions: [...grant.delegatedPermissions].sort(),
      applicationPermissions: [...grant.applicationPermissions].sort(),
    })),
  }));
}

async function requestCount(): Promise<number> {
  return ((await stack.control('requests')) as { requests: unknown[] }).requests.length;
}

async function openOverview(tab: Frame): Promise<void> {
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  await tab.getByRole('button', { name: 'Tenant overview' }).click();
}

async function saveReview(tab: Frame, registrations: number): Promise<void> {
  const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await tab
    .getByRole('dialog', { name: 'Save results' })
    .getByText(`Registrations saved: ${registrations} · with failures: 0 · with conflicts: 0`)
    .waitFor();
}

describe('across registrations', () => {
  it('grants a preset to a new app on all 10 registrations in 6 interactions and 3 Graph requests', async () => {
    await stack.control('settings', { tenant: { registrations: 10, apps: 3 } });
    const tab = await openInTeams(page, stack);
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    let interactions = 0;
    const act = async (action: Promise<void>): Promise<void> => {
      await action;
      interactions += 1;
    };

    await act(tab.getByRole('button', { name: 'Tenant overview' }).click());
    await act(tab.getByRole('button', { name: 'Apply to registrations…' }).click());
    const dialog = tab.getByRole('dialog', { name: 'Apply to registrations' });
    await act(dialog.getByRole('textbox', { name: 'App (client id or name)' }).fill(VENDOR_APP_ID));
    // The preset says what it grants before it is applied.
    await act(
      dialog
        .getByRole('radio', {
          name: 'Backup reader: Delegated: none. Application (app-only): read, readContent, enumeratePermissions.',
        })
        .click(),
    );
    await dialog.getByRole('radio', { name: 'All 10 registrations' }).waitFor();
    await act(dialog.getByRole('button', { name: 'Review', exact: true }).click());
    const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
    await review.getByText('Changes on 10 registrations:').waitFor();
    await screenshot(page, 'tenant-review');
    const before = await requestCount();
    await act(review.getByRole('button', { name: 'Save', exact: true }).click());
    await tab
      .getByRole('dialog', { name: 'Save results' })
      .getByText('Registrations saved: 10 · with failures: 0 · with conflicts: 0')
      .waitFor();

    expect(interactions).toBeLessThanOrEqual(6);
    // One batch of freshness reads, one of the ten writes, one of confirm reads.
    expect((await requestCount()) - before).toBeLessThanOrEqual(3);
    const registrations = await state();
    expect(registrations).toHaveLength(10);
    for (const registration of registrations) {
      expect(registration.grants.filter((grant) => grant.appId === VENDOR_APP_ID)).toEqual([
        { appId: VENDOR_APP_ID, ...BACKUP_READER },
      ]);
    }
  });

  it('opens a second review across registrations after the first one is saved, in the same page', async () => {
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    const secondVendor = 'e1f2a3b4-5c6d-4e7f-8a90-b1c2d3e4f5a6';
    for (const appId of [VENDOR_APP_ID, secondVendor]) {
      await tab.getByRole('button', { name: 'Apply to registrations…' }).click();
      const dialog = tab.getByRole('dialog', { name: 'Apply to registrations' });
      await dialog.getByRole('textbox', { name: 'App (client id or name)' }).fill(appId);
      await dialog
        .getByRole('radio', {
          name: 'Backup reader: Delegated: none. Application (app-only): read, readContent, enumeratePermissions.',
        })
        .click();
      await dialog.getByRole('button', { name: 'Review', exact: true }).click();
      await tab
        .getByRole('dialog', { name: 'Review changes across registrations' })
        .getByText(/^Changes on /)
        .waitFor();
      await tab
        .getByRole('dialog', { name: 'Review changes across registrations' })
        .getByRole('button', { name: 'Save', exact: true })
        .click();
      await tab
        .getByRole('dialog', { name: 'Save results' })
        .getByText(/^Registrations saved: \d+ · with failures: 0 · with conflicts: 0$/)
        .waitFor();
      await tab.getByRole('dialog', { name: 'Save results' }).getByRole('button', { name: 'Close' }).click();
    }
    // The second review saved what the first did, for its app, on the same registrations.
    const holding = async (appId: string): Promise<string[]> =>
      (await state())
        .filter((registration) =>
          registration.grants.some(
            (grant) =>
              grant.appId === appId && JSON.stringify(grant) === JSON.stringify({ appId, ...BACKUP_READER }),
          ),
        )
        .map((registration) => registration.id);
    expect((await holding(VENDOR_APP_ID)).length).toBeGreaterThan(1);
    expect(await holding(secondVendor)).toEqual(await holding(VENDOR_APP_ID));
  });

  it('removes an app everywhere, and the owning app keeps its grants', async () => {
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    const openApp = async (appId: string): Promise<void> => {
      // The app's row header in the overview opens the app view.
      await tab
        .getByRole('grid', { name: 'Apps by registration' })
        .getByRole('rowheader')
        .filter({ hasText: appId })
        .getByRole('button')
        .click();
      await tab.getByRole('grid', { name: /on each registration$/ }).waitFor();
    };
    await openApp(GUEST_APP_ID);
    await screenshot(page, 'app-view');
    await tab.getByRole('button', { name: 'Remove from all…' }).click();
    const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
    await review
      .getByRole('region', { name: 'Test Container Type' })
      .getByText(/will be removed\.$/)
      .waitFor();
    await review
      .getByRole('region', { name: 'Contoso Project Files' })
      .getByText(/will be removed\.$/)
      .waitFor();
    await saveReview(tab, 2);
    await tab.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // The owning app of every registration: removing it everywhere removes nothing.
    await tab.getByRole('button', { name: '← Tenant overview' }).click();
    await openApp(DEMO_OWNING_APP_ID);
    await tab.getByRole('button', { name: 'Remove from all…' }).click();
    const ownerReview = tab.getByRole('dialog', { name: 'Review changes across registrations' });
    await ownerReview.getByText('There is nothing to save: the registrations already hold this.').waitFor();
    expect(
      await ownerReview.getByText(/is the owning app here: its grant is kept, never removed\.$/).count(),
    ).toBe(3);
    await expect(ownerReview.getByRole('button', { name: 'Save', exact: true }).isDisabled()).resolves.toBe(
      true,
    );

    const registrations = await state();
    const guestOn = (id: string): Grant[] =>
      registrations
        .find((registration) => registration.id === id)
        ?.grants.filter((grant) => grant.appId === GUEST_APP_ID) ?? [];
    expect(guestOn(TEST_CONTAINER_TYPE_ID)).toEqual([]);
    expect(guestOn(PROJECTS_CONTAINER_TYPE_ID)).toEqual([]);
    // Every owner still holds full on its registration.
    for (const registration of registrations) {
      expect(registration.grants.find((grant) => grant.appId === registration.owningAppId)).toEqual({
        appId: registration.owningAppId,
        delegatedPermissions: ['full'],
        applicationPermissions: ['full'],
      });
    }
  });

  it('imports an edited tenant export: merge by default, Replace where chosen, unknown registrations reported', async () => {
    // The tenant as the overview's Export JSON downloads it.
    const before = await state();
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    const downloading = page.waitForEvent('download');
    await tab.getByRole('button', { name: 'Export JSON' }).click();
    const path = await (await downloading).path();
    if (path === null) throw new Error('The export has no file.');
    const exported = JSON.parse(await readFile(path, 'utf8')) as GrantsDocument;
    const missing = 'a1b2c3d4-0009-4000-8000-000000000009';
    const edited = {
      ...exported,
      registrations: [
        ...exported.registrations.map((entry) =>
          entry.registrationId === TEST_CONTAINER_TYPE_ID
            ? {
                ...entry,
                applicationPermissionGrants: [
                  ...entry.applicationPermissionGrants,
                  { appId: BACKUP_APP_ID, ...BACKUP_READER },
                ],
              }
            : entry.registrationId === LEGAL_CONTAINER_TYPE_ID
              ? {
                  ...entry,
                  // Graph Explorer is left out of the file: Replace removes it, merge would keep it.
                  applicationPermissionGrants: entry.applicationPermissionGrants.filter(
                    (grant) => grant.appId !== 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
                  ),
                }
              : entry,
        ),
        {
          registrationId: missing,
          name: 'Not here',
          owningAppId: DEMO_OWNING_APP_ID,
          applicationPermissionGrants: [],
        },
      ],
    };

    await tab.getByRole('button', { name: 'Import…' }).waitFor();
    await tab.getByLabel('Grants file (a tenant export of this tool, JSON)').setInputFiles({
      name: 'tenant-grants.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    const dialog = tab.getByRole('dialog', { name: 'Import grants for the tenant' });
    await dialog
      .getByRole('checkbox', {
        name: 'Replace on Contoso Legal Matters: removes 1 app that is not in the file',
      })
      .click();
    await dialog.getByText('1 registration is replaced, the others merged.').waitFor();
    await dialog.getByRole('button', { name: 'Continue to review' }).click();
    const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
    await review.getByText('Changes on 2 registrations:').waitFor();
    await review
      .getByText(`${missing}: the file names this registration, but this tenant does not have it.`)
      .waitFor();
    await saveReview(tab, 2);

    const after = await state();
    const grantsOf = (id: string): Grant[] =>
      after.find((registration) => registration.id === id)?.grants ?? [];
    expect(grantsOf(TEST_CONTAINER_TYPE_ID).find((grant) => grant.appId === BACKUP_APP_ID)).toEqual({
      appId: BACKUP_APP_ID,
      ...BACKUP_READER,
    });
    expect(
      grantsOf(LEGAL_CONTAINER_TYPE_ID)
        .map((grant) => grant.appId)
        .sort(),
    ).toEqual([BACKUP_APP_ID, DEMO_OWNING_APP_ID].sort());
    // Untouched by the file, and nothing created for the registration the tenant does not have.
    const unchanged = (id: string): Grant[] =>
      before.find((registration) => registration.id === id)?.grants ?? [];
    expect(grantsOf(PROJECTS_CONTAINER_TYPE_ID)).toEqual(unchanged(PROJECTS_CONTAINER_TYPE_ID));
    expect(grantsOf(FABRIKAM_CONTAINER_TYPE_ID)).toEqual(unchanged(FABRIKAM_CONTAINER_TYPE_ID));
    expect(after.some((registration) => registration.id === missing)).toBe(false);
  });
});
