/**
 * Change records end to end in the Teams tab, each checked against the emulator's own record
 * (`/__local/state`, `/__local/requests`): a save's downloaded receipt names each write's ids as the
 * emulator logged them and the grants before and after as its state holds them, and Changes lists it
 * after a reload; an edited tenant export compared with the service shows its differences, downloads
 * them as CSV, and sends no write.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Download, Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrantsDocument } from '../../src/core/grantsDocument';
import type { Grant } from '../../src/core/model';
import type { Receipt } from '../../src/core/receipt';
import {
  BACKUP_APP_ID,
  DEMO_TENANT_ID,
  GUEST_APP_ID,
  LEGAL_CONTAINER_TYPE_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { readCsv } from '../support/csv';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

const GRAPH_EXPLORER_ID = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';
const VENDOR_APP_ID = 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6';

interface LoggedWrite {
  readonly method: string;
  readonly target: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
}

/** Every request the emulator logged that could change something: its own, or a `$batch`'s parts. */
async function writesLogged(): Promise<LoggedWrite[]> {
  const { requests } = (await stack.control('requests')) as {
    requests: {
      method: string;
      path: string;
      requestId?: string;
      clientRequestId?: string;
      batch?: { method: string; url: string; requestId?: string; clientRequestId?: string }[];
    }[];
  };
  return requests
    .flatMap((request): LoggedWrite[] =>
      request.batch === undefined
        ? [
            {
              method: request.method,
              target: request.path,
              requestId: request.requestId,
              clientRequestId: request.clientRequestId,
            },
          ]
        : request.batch.map((sub) => ({
            method: sub.method,
            target: sub.url,
            requestId: sub.requestId,
            clientRequestId: sub.clientRequestId,
          })),
    )
    .filter((request) => request.method !== 'GET');
}

/** A grant's two planes, each in one order (the service keeps its own). */
const planes = (grant: Pick<Grant, 'delegatedPermissions' | 'applicationPermissions'> | null | undefined) =>
  grant
    ? {
        delegatedPermissions: [...grant.delegatedPermissions].sort(),
        applicationPermissions: [...grant.applicationPermissions].sort(),
      }
    : null;

async function downloaded(download: Promise<Download>): Promise<string> {
  const path = await (await download).path();
  if (path === null) throw new Error('The download has no file.');
  return readFile(path, 'utf8');
}

async function openList(tab: Frame): Promise<void> {
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
}

function cell(tab: Frame, app: string, plane: 'Delegated' | 'Application', permission: string) {
  return tab.getByRole('checkbox', { name: `${app} ${plane} ${permission}`, exact: true });
}

describe('a save’s receipt', () => {
  it('names each write’s ids as the emulator logged them and the grants as its state holds them; Changes lists it after a reload', async () => {
    const before = await stack.grants(TEST_CONTAINER_TYPE_ID);
    const tab = await openInTeams(page, stack);
    await openList(tab);
    await tab.getByRole('button', { name: 'Test Container Type' }).click();
    await tab.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
    // Two writes: a guest app added, and the guest's delegated write taken away.
    await tab.getByRole('button', { name: 'Add app…' }).click();
    await tab.getByRole('textbox', { name: 'Client id (application id)' }).fill(BACKUP_APP_ID);
    await tab.getByRole('button', { name: 'Add', exact: true }).click();
    await cell(tab, BACKUP_APP_ID, 'Application', 'readContent').click();
    await cell(tab, GUEST_APP_ID, 'Delegated', 'write').click();
    await tab.getByRole('button', { name: /^Review changes/ }).click();
    await tab
      .getByRole('dialog', { name: 'Review changes' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    const results = tab.getByRole('dialog', { name: 'Save results' });
    await results
      .getByText('Receipt of this save: kept in this browser under Changes, and yours to download.')
      .waitFor();
    const receipt = JSON.parse(
      await downloaded(
        Promise.all([
          page.waitForEvent('download'),
          results.getByRole('button', { name: 'Download receipt (JSON)' }).click(),
        ]).then(([download]) => download),
      ),
    ) as Receipt;

    const after = await stack.grants(TEST_CONTAINER_TYPE_ID);
    const writes = await writesLogged();
    expect(receipt).toMatchObject({
      format: 'spe-permission-matrix/receipt',
      tenantId: DEMO_TENANT_ID,
      user: {
        userPrincipalName: 'megan@contoso.onmicrosoft.com',
        objectId: '0f3b5d7e-1a2c-4e6f-8a9b-000000000001',
      },
    });
    expect(receipt.registrations.map((registration) => registration.registrationId)).toEqual([
      TEST_CONTAINER_TYPE_ID,
    ]);
    const apps = receipt.registrations[0]?.apps ?? [];
    expect(apps.map((app) => app.appId).sort()).toEqual([BACKUP_APP_ID, GUEST_APP_ID].sort());
    // One write per app, each the very request the emulator logged, ids and all.
    expect(writes).toHaveLength(2);
    for (const app of apps) {
      expect(app.outcome).toBe('saved');
      const logged = writes.find((write) =>
        write.target.endsWith(`/applicationPermissionGrants/${app.appId}`),
      );
      expect(logged).toEqual({
        method: 'PUT',
        target: expect.any(String) as string,
        requestId: app.write?.requestId,
        clientRequestId: app.write?.clientRequestId,
      });
      expect(app.write?.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(app.write?.requestId).toEqual(expect.any(String));
      expect(planes(app.before)).toEqual(planes(before.find((grant) => grant.appId === app.appId)));
      expect(planes(app.after)).toEqual(planes(after.find((grant) => grant.appId === app.appId)));
    }
    expect(JSON.stringify(receipt)).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

    // A reload: the receipt is this browser's, kept under Changes.
    const reloaded = await openInTeams(page, stack);
    await openList(reloaded);
    await reloaded.getByRole('button', { name: 'Changes…' }).click();
    const changes = reloaded.getByRole('dialog', { name: 'Changes saved from this browser' });
    await changes.getByText(/by megan@contoso\.onmicrosoft\.com$/).waitFor();
    await changes.getByText('2 saved · 0 not saved · 0 conflicts · 0 outcome unknown').waitFor();
    await changes.getByText('Test Container Type', { exact: true }).waitFor();
    const again = JSON.parse(
      await downloaded(
        Promise.all([
          page.waitForEvent('download'),
          changes.getByRole('button', { name: /^Download the receipt of .* \(JSON\)$/ }).click(),
        ]).then(([download]) => download),
      ),
    ) as Receipt;
    expect(again).toEqual(receipt);
  });
});

describe('Compare with a file', () => {
  it('shows what an edited tenant export differs in, downloads it as CSV and sends no write', async () => {
    const state = JSON.stringify(await stack.control('state'));
    const tab = await openInTeams(page, stack);
    await openList(tab);
    await tab.getByRole('button', { name: 'Tenant overview' }).click();
    const exported = JSON.parse(
      await downloaded(
        Promise.all([
          page.waitForEvent('download'),
          tab.getByRole('button', { name: 'Export JSON' }).click(),
        ]).then(([download]) => download),
      ),
    ) as GrantsDocument;
    expect(exported.tenantId).toBe(DEMO_TENANT_ID);
    // The file as it would have been earlier: a vendor's app that has gone since, Graph Explorer not
    // granted yet on Legal, and the guest with other permissions than now.
    const edited: GrantsDocument = {
      ...exported,
      registrations: exported.registrations.map((entry) => {
        if (entry.registrationId === LEGAL_CONTAINER_TYPE_ID)
          return {
            ...entry,
            applicationPermissionGrants: entry.applicationPermissionGrants.filter(
              (grant) => grant.appId !== GRAPH_EXPLORER_ID,
            ),
          };
        if (entry.registrationId !== TEST_CONTAINER_TYPE_ID) return entry;
        return {
          ...entry,
          applicationPermissionGrants: [
            ...entry.applicationPermissionGrants.map((grant) =>
              grant.appId === GUEST_APP_ID
                ? { ...grant, delegatedPermissions: ['read'], applicationPermissions: ['readContent'] }
                : grant,
            ),
            { appId: VENDOR_APP_ID, delegatedPermissions: ['readContent'], applicationPermissions: ['none'] },
          ],
        };
      }),
    };
    const writesBefore = (await writesLogged()).length;

    await tab.getByRole('button', { name: 'Compare with a file…' }).click();
    await tab.getByLabel('Earlier export to compare with (JSON)').setInputFiles({
      name: 'grants-earlier.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    const dialog = tab.getByRole('dialog', { name: 'Compare with a file' });
    const list = dialog.getByRole('list', { name: 'Differences' });
    await list.waitFor();
    const entries = await list.getByRole('listitem').allTextContents();
    expect(entries).toHaveLength(4);
    expect(entries).toEqual(
      expect.arrayContaining([
        `${GUEST_APP_ID} on Test Container Type: permissions added.Delegated: write`,
        `${GUEST_APP_ID} on Test Container Type: permissions removed.Application (app-only): readContent`,
        `${VENDOR_APP_ID} on Test Container Type: in the file, no grant now.Delegated: readContent`,
        expect.stringMatching(/ on Contoso Legal Matters: granted now, not in the file\./) as string,
      ]),
    );
    const results = await new AxeBuilder({ page })
      .include('#tab-frame')
      .exclude(['#tab-frame', '[data-tabster-dummy]'])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);

    await dialog.getByRole('checkbox', { name: 'Apps removed (1)' }).click();
    await dialog.getByRole('checkbox', { name: 'Apps added (1)' }).click();
    await dialog.getByText('Showing 2 of 4 differences').waitFor();
    const csv = readCsv(
      (
        await downloaded(
          Promise.all([
            page.waitForEvent('download'),
            dialog.getByRole('button', { name: 'Download the differences shown (CSV)' }).click(),
          ]).then(([download]) => download),
        )
      ).replace(/^\uFEFF/, ''),
    );
    expect(csv.map((row) => [row[0], row[2], row[3], row[5], row[6]])).toEqual([
      ['Difference', 'Registration name', 'App id', 'Delegated', 'Application (app-only)'],
      ['Permissions added', 'Test Container Type', GUEST_APP_ID, 'write', ''],
      ['Permissions removed', 'Test Container Type', GUEST_APP_ID, '', 'readContent'],
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Focus is back on the button that opened the dialog.
    await tab.waitForFunction(() => document.activeElement?.textContent === 'Compare with a file…');

    expect((await writesLogged()).slice(writesBefore)).toEqual([]);
    expect(JSON.stringify(await stack.control('state'))).toBe(state);
  });
});
