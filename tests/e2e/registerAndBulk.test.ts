/**
 * Issue 22, items 3 and 5, end to end in the Teams tab against the local stack, each checked in the
 * emulator's state (`/__local/state`) and request log: "Register a container type…" never trusts a lone
 * 404 (a listed type is opened and nothing is sent to decide; an unlisted one needs two 404s), and
 * actions across registrations wait until every registration's grants are read, so the count the
 * dialog offers is the count the review covers.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_OWNING_APP_ID,
  GUEST_APP_ID,
  TEST_CONTAINER_TYPE_ID,
  UNREGISTERED_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

interface LoggedRequest {
  readonly method: string;
  readonly path: string;
}

async function requests(): Promise<LoggedRequest[]> {
  return ((await stack.control('requests')) as { requests: LoggedRequest[] }).requests;
}

/** Registration PUTs (not per-app grant PUTs) among `logged`. */
function registrationPuts(logged: readonly LoggedRequest[]): LoggedRequest[] {
  return logged.filter(
    (request) => request.method === 'PUT' && !request.path.includes('applicationPermissionGrants'),
  );
}

/** The list with every app count read: no request of the tab is still under way. */
async function listRead(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).waitFor();
  await tab.getByText('Counting…').first().waitFor({ state: 'detached' });
}

/** Whatever registering ends in: opened as it was, registered (read back or not), or refused. */
const SETTLED = new RegExp(
  [
    'Nothing was changed: its permissions are as they were',
    'The matrix shows what the service holds now',
    'The registration answered, but reading it back failed',
    'Nothing was registered: the service’s answers disagree',
  ].join('|'),
);

/** Opens "Register a container type…" from the list and types the id, without submitting. */
async function registerFromList(tab: Frame, containerTypeId: string): Promise<void> {
  await tab.getByRole('button', { name: 'Register a container type…' }).first().click();
  const dialog = tab.getByRole('dialog', { name: 'Register a container type' });
  await dialog.getByRole('textbox', { name: /Container type id/ }).fill(containerTypeId);
}

describe('registering never trusts a lone 404', () => {
  it('a listed type is opened, never PUT, though the service answers 404 once; the guest keeps its grant', async () => {
    const before = await stack.grants(TEST_CONTAINER_TYPE_ID);
    expect(before.map((grant) => grant.appId)).toContain(GUEST_APP_ID);
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await listRead(tab);
    await registerFromList(tab, TEST_CONTAINER_TYPE_ID);
    // The stray 404: whatever request comes next is told the registration does not exist.
    await stack.control('faults', { status: 404, count: 1 });
    await tab
      .getByRole('dialog', { name: 'Register a container type' })
      .getByRole('button', { name: 'Register', exact: true })
      .click();
    await tab.getByText(SETTLED).first().waitFor();

    expect(await stack.grants(TEST_CONTAINER_TYPE_ID)).toEqual(before);
    expect(registrationPuts(await requests())).toEqual([]);
    await tab.getByText('This container type was already registered').waitFor();
  });

  it('a type registered elsewhere after the list was read: one 404 and a 200 on its grants write nothing', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await listRead(tab);
    // Another admin registers Contoso Field Reports, with a guest, after this tab read the list.
    const registered = await stack.graph(`${REGISTRATIONS}/${UNREGISTERED_CONTAINER_TYPE_ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        applicationPermissionGrants: [
          { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
          { appId: GUEST_APP_ID, delegatedPermissions: ['readContent'], applicationPermissions: ['none'] },
        ],
      }),
    });
    expect(registered.status).toBe(201);
    const before = await stack.grants(UNREGISTERED_CONTAINER_TYPE_ID);
    expect(before.map((grant) => grant.appId)).toContain(GUEST_APP_ID);
    const sentBefore = (await requests()).length;

    await registerFromList(tab, UNREGISTERED_CONTAINER_TYPE_ID);
    await stack.control('faults', { status: 404, count: 1 });
    const dialog = tab.getByRole('dialog', { name: 'Register a container type' });
    await dialog.getByRole('button', { name: 'Register', exact: true }).click();
    await tab.getByText(SETTLED).first().waitFor();

    expect(await stack.grants(UNREGISTERED_CONTAINER_TYPE_ID)).toEqual(before);
    const sent = (await requests()).slice(sentBefore);
    expect(registrationPuts(sent)).toEqual([]);
    await dialog.getByText('Nothing was registered: the service’s answers disagree').waitFor();
    // Both reads were asked: one was given the 404, the other answered (the log has no version).
    const registration = `${REGISTRATIONS.replace(/^\/v1\.0/, '')}/${UNREGISTERED_CONTAINER_TYPE_ID}`;
    expect(sent.map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual(
      expect.arrayContaining([`GET ${registration}`, `GET ${registration}/applicationPermissionGrants`]),
    );
  });
  it('registers a type the service twice says is not registered (its registration and its grants both 404)', async () => {
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await listRead(tab);
    const sentBefore = (await requests()).length;
    await registerFromList(tab, UNREGISTERED_CONTAINER_TYPE_ID);
    await tab
      .getByRole('dialog', { name: 'Register a container type' })
      .getByRole('button', { name: 'Register', exact: true })
      .click();
    await tab.getByText('The matrix shows what the service holds now.').waitFor();
    expect(await stack.grants(UNREGISTERED_CONTAINER_TYPE_ID)).toEqual([
      { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    ]);
    expect(registrationPuts((await requests()).slice(sentBefore))).toHaveLength(1);
  });
});

describe('bulk actions cover what they say', () => {
  it('waits until all 300 registrations are read; the dialog’s count is the review’s', async () => {
    await stack.control('settings', { tenant: { registrations: 300, apps: 3 } });
    // Slow reads keep the tab reading grants (15 batches) long enough to be seen doing it.
    await stack.control('faults', { latencyMs: 1500 });
    const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
    await tab.getByRole('button', { name: 'Tenant overview' }).click();
    const apply = tab.getByRole('button', { name: 'Apply to registrations…' });
    const reason = tab.getByText(
      /^Reading grants: \d+ of 300\. Actions across registrations wait until every registration is read\.$/,
    );
    await tab.getByText('Reading the grants of every registration…').first().waitFor();
    // Disabled while reading, yet focusable and described by how far reading has come.
    expect(await apply.getAttribute('aria-disabled')).toBe('true');
    await reason.waitFor();
    const describedBy = await apply.getAttribute('aria-describedby');
    expect(describedBy).not.toBeNull();
    expect(await reason.getAttribute('id')).toBe(describedBy);
    expect(await tab.getByRole('button', { name: 'Import…' }).getAttribute('aria-disabled')).toBe('true');

    await stack.control('faults', { latencyMs: null });
    await reason.waitFor({ state: 'detached' });
    expect(await apply.getAttribute('aria-disabled')).toBeNull();
    await apply.click();
    const dialog = tab.getByRole('dialog', { name: 'Apply to registrations' });
    await dialog
      .getByRole('textbox', { name: 'App (client id or name)' })
      .fill('d1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6');
    await dialog.getByRole('radio', { name: /^Backup reader/ }).click();
    await dialog.getByRole('radio', { name: 'All 300 registrations' }).click();
    await dialog.getByRole('button', { name: 'Review', exact: true }).click();
    await tab
      .getByRole('dialog', { name: 'Review changes across registrations' })
      .getByText('Changes on 300 registrations:')
      .waitFor();
  });
});
