/**
 * Receipts: a save's results offer its receipt (JSON with the committed schema, CSV for auditors), and
 * "Changes…" lists this browser's receipts, filtered, downloadable again, and cleared.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import {
  CONTOSO_ID,
  FABRIKAM_ID,
  GUEST_ID,
  NEW_APP_ID,
  TENANT_ID,
  cell,
  createHost,
  captureDownloads,
  createRepository,
  grant,
  memoryStorage,
  renderMatrix,
} from './testHost';
import { SLOW, applyBackupReader, renderTenant } from './tenantHost';

const downloads = captureDownloads();

const OBJECT_ID = '0c6a3b9e-5d2f-4e71-8a4b-9f3e2d1c0b7a';

describe('receipts', () => {
  it('a save’s receipt says who, when, what changed and each write’s ids, and Changes keeps it', async () => {
    const receiptStorage = memoryStorage();
    const repository = createRepository();
    const host = createHost({
      repository,
      receiptStorage,
      user: {
        displayName: 'Megan Bowen',
        userPrincipalName: 'megan@contoso.com',
        objectId: OBJECT_ID,
        tenantId: TENANT_ID,
        role: 'has_role',
      },
    });
    const { user } = await renderMatrix(host);
    await user.click(cell('Guest', 'Delegated', 'read'));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 app)' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    await within(review).findByText(
      'Receipt of this save: kept in this browser under Changes, and yours to download.',
    );

    await user.click(within(review).getByRole('button', { name: 'Download receipt (JSON)' }));
    expect(downloads[0]?.name).toBe('receipt-2025-08-11T14-03-00Z.json');
    const receipt = JSON.parse(await (downloads[0]?.blob.text() ?? Promise.resolve('{}'))) as {
      id: string;
      format: string;
      createdAt: string;
      tenantId: string;
      user: unknown;
      registrations: { registrationId: string; apps: Record<string, unknown>[] }[];
    };
    expect(receipt).toMatchObject({
      format: 'spe-permission-matrix/receipt',
      createdAt: '2025-08-11T14:03:00.000Z',
      tenantId: TENANT_ID,
      user: { userPrincipalName: 'megan@contoso.com', objectId: OBJECT_ID },
    });
    expect(receipt.registrations).toHaveLength(1);
    expect(receipt.registrations[0]?.registrationId).toBe(CONTOSO_ID);
    expect(receipt.registrations[0]?.apps).toEqual([
      expect.objectContaining({
        appId: GUEST_ID,
        appName: 'Guest',
        change: 'changed',
        outcome: 'saved',
        confirmation: 'confirmed',
        before: { delegatedPermissions: ['readContent'], applicationPermissions: ['none'] },
        after: { delegatedPermissions: ['readContent', 'read'], applicationPermissions: ['none'] },
        write: {
          method: 'PUT',
          clientRequestId: expect.any(String),
          requestId: 'request-1',
          requestIdFrom: 'write',
        },
      }),
    ]);
    expect(JSON.stringify(receipt)).not.toMatch(/token/i);

    await user.click(within(review).getByRole('button', { name: 'Download receipt (CSV)' }));
    const csv = await (downloads[1]?.blob.text() ?? Promise.resolve(''));
    expect(downloads[1]?.name).toBe('receipt-2025-08-11T14-03-00Z.csv');
    expect(csv.split(/\r?\n/)[0]).toContain('"Receipt id"');
    expect(csv).toContain(GUEST_ID);

    // The matrix says which grant this browser changed, and when (today: the time).
    await user.click(within(review).getByRole('button', { name: 'Close' }));
    const guestRow = screen.getByRole('rowheader', { name: /^Guest/ });
    expect(within(guestRow).getByText(/^Changed here \d{2}:\d{2}/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('rowheader', { name: /^Contoso Owner/ })).queryByText(/^Changed here/),
    ).toBeNull();

    // Changes, from the list: the receipt is there, found by the app's id, downloadable again.
    await user.click(await screen.findByRole('button', { name: '← All registrations' }));
    const open = await screen.findByRole('button', { name: 'Changes…' });
    await user.click(open);
    const changes = await screen.findByRole('dialog', { name: 'Changes saved from this browser' });
    expect(within(changes).getByText(/by megan@contoso\.com$/)).toBeInTheDocument();
    expect(
      within(changes).getByText('1 saved · 0 not saved · 0 conflicts · 0 outcome unknown'),
    ).toBeInTheDocument();
    const filter = within(changes).getByRole('textbox', { name: 'Filter changes by registration or app' });
    await user.type(filter, 'no such app');
    expect(within(changes).getByRole('status')).toHaveTextContent('Showing 0 of 1 receipts');
    await user.clear(filter);
    await user.type(filter, GUEST_ID.toUpperCase());
    expect(within(changes).getByRole('status')).toHaveTextContent('Showing 1 of 1 receipts');
    await user.click(within(changes).getByRole('button', { name: /^Download the receipt of .* \(JSON\)$/ }));
    expect(JSON.parse(await (downloads[2]?.blob.text() ?? Promise.resolve('{}')))).toMatchObject({
      id: receipt.id,
    });

    // Verify reads what the service shows now, and says it per app.
    const verify = within(changes).getByRole('button', { name: /^Verify the receipt of / });
    await user.click(verify);
    expect(
      await within(changes).findByText(
        'Guest on Contoso Files: confirmed, the service shows what was written.',
      ),
    ).toBeInTheDocument();
    repository.changeElsewhere(CONTOSO_ID, GUEST_ID, grant(GUEST_ID, ['readContent', 'create'], ['none']));
    await user.click(verify);
    expect(
      await within(changes).findByText(
        'Guest on Contoso Files: changed since. The service shows Delegated: readContent, create; Application (app-only): none.',
      ),
    ).toBeInTheDocument();

    // Clearing asks first, then empties this browser's list.
    await user.click(within(changes).getByRole('button', { name: 'Clear…' }));
    await user.click(within(changes).getByRole('button', { name: 'Remove receipts' }));
    expect(within(changes).getByText('No save has been made from this browser yet.')).toBeInTheDocument();
    expect([...receiptStorage.items.values()].join()).not.toContain(receipt.id);
    await user.click(within(changes).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(open).toHaveFocus());
  });

  it('without storage for receipts, the save still offers its receipt and there is no Changes list', async () => {
    const { user } = await renderMatrix(createHost({ receiptStorage: undefined }));
    await user.click(cell('Guest', 'Delegated', 'read'));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 app)' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    await within(review).findByText('Receipt of this save: download it to keep it.');
    await user.click(within(review).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: '← All registrations' }));
    await screen.findByRole('button', { name: 'Tenant overview' });
    expect(screen.queryByRole('button', { name: 'Changes…' })).toBeNull();
  });

  it('a save across registrations has one receipt: what was saved where, and what was not sent and why', async () => {
    const { user, repository } = await renderTenant('actions');
    const dialog = await applyBackupReader(user);
    // The first registration's freshness read fails: nothing is written to it.
    repository.failNext('saveGrants', new GraphError({ code: 'network' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 1 · with conflicts: 0',
      {},
      SLOW,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Download receipt (JSON)' }));
    const receipt = JSON.parse(await (downloads[0]?.blob.text() ?? Promise.resolve('{}'))) as {
      registrations: { registrationId: string; error?: unknown; apps: Record<string, unknown>[] }[];
    };
    const of = (id: string) =>
      receipt.registrations.find((registration) => registration.registrationId === id);
    expect(of(CONTOSO_ID)).toMatchObject({
      error: { code: 'network' },
      apps: [{ appId: NEW_APP_ID, change: 'added', outcome: 'not-saved', reason: 'not-checked' }],
    });
    expect(of(FABRIKAM_ID)?.apps).toEqual([
      expect.objectContaining({ appId: NEW_APP_ID, change: 'added', outcome: 'saved', before: null }),
    ]);
  });
});
