/**
 * Imports say no or keep (issue #22, item 4), end to end in the Teams tab in Chromium, each checked in
 * the emulator's state: a file that names a registration twice is refused in both imports; a merge
 * keeps a plane the file has no list for; "Choose permissions" with nothing chosen writes nothing; a
 * tenant export holding an app id that is not a GUID imports back, leaving that app as it is.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { GrantsDocument } from '../../src/core/grantsDocument';
import {
  BACKUP_APP_ID,
  GUEST_APP_ID,
  LEGAL_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { HOSTILE_APPS_CONTAINER_TYPE_ID, LONG_APP_ID } from '../../src/local/hostileTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const BACKUP_READER = {
  delegatedPermissions: ['none'],
  applicationPermissions: ['enumeratePermissions', 'read', 'readContent'],
};

/** Every registration's grants as the emulator holds them. */
async function state(): Promise<unknown> {
  return ((await stack.control('state')) as { registrations: unknown }).registrations;
}

/** The writes the emulator received, a batch's one by one (anything but a read). */
async function writes(): Promise<{ method: string; path: string }[]> {
  const { requests } = (await stack.control('requests')) as {
    requests: { method: string; path: string; batch?: { method: string; url: string }[] }[];
  };
  return requests
    .flatMap((request) =>
      request.batch ? request.batch.map(({ method, url }) => ({ method, path: url })) : [request],
    )
    .filter((request) => request.method !== 'GET');
}

async function openOverview(tab: Frame): Promise<void> {
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  await tab.getByRole('button', { name: 'Tenant overview' }).click();
}

/** The tenant as the overview's Export JSON downloads it. */
async function exportTenant(tab: Frame): Promise<GrantsDocument> {
  await tab.getByRole('button', { name: 'Export JSON' }).waitFor();
  const downloading = page.waitForEvent('download');
  await tab.getByRole('button', { name: 'Export JSON' }).click();
  const path = await (await downloading).path();
  if (path === null) throw new Error('The export has no file.');
  return JSON.parse(await readFile(path, 'utf8')) as GrantsDocument;
}

function jsonFile(content: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'grants.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

async function importTenantFile(tab: Frame, content: unknown): Promise<void> {
  await tab.getByRole('button', { name: 'Import…' }).waitFor();
  await tab.getByLabel('Grants file (a tenant export of this tool, JSON)').setInputFiles(jsonFile(content));
}

async function openRegistration(tab: Frame, name: string): Promise<void> {
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  await tab.getByRole('button', { name, exact: true }).click();
  await tab.getByRole('grid', { name: `Permissions of the apps on ${name}` }).waitFor();
}

describe('imports say no or keep', () => {
  it('refuses a file that names a registration twice, in the tenant import and the registration’s own, naming both entries', async () => {
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    const exported = await exportTenant(tab);
    const test = exported.registrations.findIndex((entry) => entry.registrationId === TEST_CONTAINER_TYPE_ID);
    const original = exported.registrations[test];
    if (original === undefined) throw new Error('The export has no Test Container Type.');
    // The same registration again at the end, once with the guest removed and the backup app added.
    const twice = {
      ...exported,
      registrations: [
        ...exported.registrations,
        {
          ...original,
          registrationId: TEST_CONTAINER_TYPE_ID.toUpperCase(),
          applicationPermissionGrants: [
            ...original.applicationPermissionGrants.filter((grant) => grant.appId !== GUEST_APP_ID),
            { appId: BACKUP_APP_ID, ...BACKUP_READER },
          ],
        },
      ],
    };
    const last = exported.registrations.length;
    const refusal = `registrations[${last}].registrationId: the registration ${TEST_CONTAINER_TYPE_ID.toUpperCase()} is named again (first at registrations[${test}].registrationId). Each registration may appear once: remove one of the two.`;
    const before = await state();

    await importTenantFile(tab, twice);
    const dialog = tab.getByRole('dialog', { name: 'Import grants for the tenant' });
    await dialog.getByText(refusal).waitFor();
    expect(await dialog.getByRole('button', { name: 'Continue to review' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The registration's own import reads the same file the same way.
    await tab.getByRole('button', { name: '← All registrations' }).click();
    await openRegistration(tab, 'Test Container Type');
    await tab.getByLabel('Grants JSON file to import').setInputFiles(jsonFile(twice));
    const own = tab.getByRole('dialog', { name: 'Import grants' });
    await own.getByText(refusal).waitFor();
    expect(await own.getByRole('button', { name: 'Continue to review' }).count()).toBe(0);

    expect(await state()).toEqual(before);
    expect(await writes()).toEqual([]);
  });

  it('a merge keeps a plane the file has no list for, says so, and the service keeps it', async () => {
    const tab = await openInTeams(page, stack);
    await openRegistration(tab, 'Contoso Legal Matters');
    const backupBefore = (await stack.grants(LEGAL_CONTAINER_TYPE_ID)).find(
      (grant) => grant.appId === BACKUP_APP_ID,
    );
    expect(backupBefore?.applicationPermissions.length).toBeGreaterThan(0);
    // A hand-written file: the backup app's delegated list only.
    await tab
      .getByLabel('Grants JSON file to import')
      .setInputFiles(jsonFile([{ appId: BACKUP_APP_ID, delegatedPermissions: ['readContent'] }]));
    const dialog = tab.getByRole('dialog', { name: 'Import grants' });
    await dialog
      .getByRole('region', { name: 'Not changed by this import' })
      .getByText(/: application \(app-only\) permissions kept: the file has no list for them\.$/)
      .waitFor();
    // Replace says what it would clear before it is chosen; merge (the default) is kept.
    await dialog
      .getByRole('radio', { name: /and sets 1 permission list the file does not have to none$/ })
      .waitFor();
    expect(await dialog.getByRole('radio', { name: /^Merge/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Continue to review' }).click();
    const review = tab.getByRole('dialog', { name: 'Review changes' });
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByText('Save results').waitFor();

    const backupAfter = (await stack.grants(LEGAL_CONTAINER_TYPE_ID)).find(
      (grant) => grant.appId === BACKUP_APP_ID,
    );
    expect(backupAfter?.delegatedPermissions).toEqual(['readContent']);
    expect([...(backupAfter?.applicationPermissions ?? [])].sort()).toEqual(
      [...(backupBefore?.applicationPermissions ?? [])].sort(),
    );
  });

  it('“Choose permissions” with nothing chosen is refused with its reason, and nothing is written', async () => {
    const before = await state();
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    await tab.getByRole('button', { name: 'Apply to registrations…' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Apply to registrations' });
    await dialog.getByRole('textbox', { name: 'App (client id or name)' }).fill(GUEST_APP_ID);
    await dialog
      .getByRole('radio', { name: 'Choose permissions: Grants exactly the permissions chosen below.' })
      .click();
    const reason =
      'Choose at least one permission. An empty set would take every permission away from the app; to do that, remove the app instead.';
    await dialog.getByText(reason).waitFor();
    const review = dialog.getByRole('button', { name: 'Review' });
    expect(await review.isDisabled()).toBe(true);

    // One permission chosen makes it a set to review; taking it away again refuses it again.
    await dialog.getByRole('combobox', { name: 'Delegated permissions' }).click();
    // The list opens in a portal, outside the dialog's element.
    const readOption = tab.getByRole('menuitemcheckbox', { name: 'read', exact: true });
    await readOption.click();
    await dialog.getByText(reason).waitFor({ state: 'detached' });
    await expect.poll(() => review.isEnabled()).toBe(true);
    await readOption.click();
    await dialog.getByText(reason).waitFor();
    expect(await review.isDisabled()).toBe(true);

    expect(await state()).toEqual(before);
    expect(await writes()).toEqual([]);
  });

  it('imports back a tenant export holding an app id that is not a GUID, and leaves that app as it is', async () => {
    await stack.control('settings', { tenant: 'hostile' });
    const tab = await openInTeams(page, stack);
    await openOverview(tab);
    const exported = await exportTenant(tab);
    const hostileEntry = exported.registrations.find(
      (entry) => entry.registrationId === HOSTILE_APPS_CONTAINER_TYPE_ID,
    );
    expect(hostileEntry?.applicationPermissionGrants.some((grant) => grant.appId === LONG_APP_ID)).toBe(true);
    const oddBefore = (await stack.grants(HOSTILE_APPS_CONTAINER_TYPE_ID)).find(
      (grant) => grant.appId === LONG_APP_ID,
    );

    // The export, edited: the backup app added on one registration, and the odd app given full.
    const edited = {
      ...exported,
      registrations: exported.registrations.map((entry) =>
        entry.registrationId === TEST_CONTAINER_TYPE_ID
          ? {
              ...entry,
              applicationPermissionGrants: [
                ...entry.applicationPermissionGrants,
                { appId: BACKUP_APP_ID, ...BACKUP_READER },
              ],
            }
          : entry.registrationId === HOSTILE_APPS_CONTAINER_TYPE_ID
            ? {
                ...entry,
                applicationPermissionGrants: entry.applicationPermissionGrants.map((grant) =>
                  grant.appId === LONG_APP_ID
                    ? { ...grant, delegatedPermissions: ['full'], applicationPermissions: ['full'] }
                    : grant,
                ),
              }
            : entry,
      ),
    };
    await importTenantFile(tab, edited);
    const dialog = tab.getByRole('dialog', { name: 'Import grants for the tenant' });
    await dialog.getByRole('button', { name: 'Continue to review' }).click();
    const review = tab.getByRole('dialog', { name: 'Review changes across registrations' });
    await review
      .getByRole('region', { name: 'Hostile Apps' })
      .getByText(/: not a GUID: left as it is\. This tool writes only app ids that are GUIDs\.$/)
      .waitFor();
    await review.getByText('Changes on 1 registration:').waitFor();
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await tab
      .getByRole('dialog', { name: 'Save results' })
      .getByText('Registrations saved: 1 · with failures: 0 · with conflicts: 0')
      .waitFor();

    const backup = (await stack.grants(TEST_CONTAINER_TYPE_ID)).find(
      (grant) => grant.appId === BACKUP_APP_ID,
    );
    expect(
      backup && { ...backup, applicationPermissions: [...backup.applicationPermissions].sort() },
    ).toEqual({
      appId: BACKUP_APP_ID,
      ...BACKUP_READER,
    });
    expect(
      (await stack.grants(HOSTILE_APPS_CONTAINER_TYPE_ID)).find((grant) => grant.appId === LONG_APP_ID),
    ).toEqual(oddBefore);
    expect((await writes()).every((request) => !request.path.includes(LONG_APP_ID))).toBe(true);
  });
});
