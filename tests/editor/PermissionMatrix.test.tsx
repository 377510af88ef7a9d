import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_ID,
  CONTOSO_ID,
  GUEST_ID,
  OWNER_ID,
  cell,
  contoso,
  createHost,
  createRepository,
  grant,
  renderMatrix,
} from './testHost';

const status = (): HTMLElement =>
  screen
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-live') === 'polite') as HTMLElement;

describe('the permission matrix', () => {
  it('names every cell "<app> <plane> <permission>" with the permission as on the wire', async () => {
    await renderMatrix();
    expect(cell('Guest', 'Delegated', 'readContent')).toBeChecked();
    expect(cell('Guest', 'Application', 'deleteOwnPermission')).not.toBeChecked();
    // An app without a visible name is named by its appId.
    expect(cell(BACKUP_ID, 'Application', 'readContent')).toBeChecked();
    // `none` is the empty plane, not a column.
    expect(screen.queryByRole('checkbox', { name: 'Guest Delegated none' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: /^Guest (Delegated|Application) / })).toHaveLength(28);
  });

  it('shows every app of a registration with more apps than its first frame holds', async () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      grant(`${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`, ['readContent'], ['none']),
    );
    const registration = contoso([
      grant(OWNER_ID, ['full'], ['full']),
      grant(GUEST_ID, ['readContent'], ['none']),
      ...many,
    ]);
    await renderMatrix(createHost({ repository: createRepository({ registrations: [registration] }) }));
    // The first rows come first; the rest follow a frame later, all of them.
    await waitFor(() => expect(screen.getAllByRole('rowheader', { name: /^000000/ })).toHaveLength(30));
  });

  it('marks the owning app and shows cells implied by full as checked, described by their parent', async () => {
    await renderMatrix();
    const ownerRow = screen.getByRole('rowheader', { name: /Contoso Owner/ });
    expect(within(ownerRow).getByText('Owning app')).toBeInTheDocument();
    const implied = cell('Contoso Owner', 'Delegated', 'readContent');
    expect(implied).toBeChecked();
    expect(implied).toHaveAccessibleDescription('Included by full');
    expect(cell('Contoso Owner', 'Delegated', 'full')).not.toHaveAccessibleDescription();
  });

  it('draws an implied cell apart from a direct grant, each cell one native checkbox', async () => {
    const { user } = await renderMatrix();
    // manageContent implies writeContent (writeContent only requires readContent, granted by itself).
    await user.click(cell('Guest', 'Application', 'manageContent'));
    const direct = cell('Guest', 'Application', 'manageContent');
    const implied = cell('Guest', 'Application', 'writeContent');
    expect(implied).toBeChecked();
    expect(implied).toHaveAttribute('data-implied-by', 'manageContent');
    expect(implied).toHaveAccessibleDescription('Included by manageContent');
    expect(direct).toBeChecked();
    expect(direct).not.toHaveAttribute('data-implied-by');
    expect(direct).not.toHaveAccessibleDescription();
    // The mark itself is CSS (checked in Chromium, tests/e2e/tab.test.ts); here, that it is applied.
    expect(implied.className).not.toBe(direct.className);
    // A cell holds its checkbox, in a label that fills the cell, and nothing else: hundreds of cells
    // make the matrix (issue #25).
    for (const box of [direct, implied]) {
      expect(box).toBeInstanceOf(HTMLInputElement);
      expect(box).toHaveAttribute('type', 'checkbox');
      expect(box.parentElement?.children).toHaveLength(1);
      expect(box.closest('td')?.children).toHaveLength(1);
    }
    // A click on the cell beside the box toggles it.
    const createCell = cell('Guest', 'Delegated', 'create');
    expect(createCell).not.toBeChecked();
    await user.click(createCell.parentElement as HTMLElement);
    expect(createCell).toBeChecked();
  });

  it('grants readContent with writeContent and says so', async () => {
    const { user } = await renderMatrix();
    await user.click(cell('Guest', 'Application', 'writeContent'));
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
    expect(cell('Guest', 'Application', 'readContent')).toBeChecked();
    expect(status()).toHaveTextContent('Also granted to Guest (Application (app-only)): readContent.');
    expect(
      within(screen.getByRole('rowheader', { name: /^Guest/ })).getByText('Unsaved'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeEnabled();
  });

  it('revokes what depends on a revoked permission and says so', async () => {
    const repository = createRepository({
      registrations: [
        contoso([
          grant(OWNER_ID, ['full'], ['full']),
          grant(GUEST_ID, ['readContent', 'writeContent'], ['none']),
        ]),
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    await user.click(cell('Guest', 'Delegated', 'readContent'));
    expect(cell('Guest', 'Delegated', 'writeContent')).not.toBeChecked();
    expect(status()).toHaveTextContent('Also revoked from Guest (Delegated): writeContent.');
  });

  it('checks the whole plane with full', async () => {
    const { user } = await renderMatrix();
    await user.click(cell('Guest', 'Delegated', 'full'));
    for (const permission of [
      'readContent',
      'manageContent',
      'create',
      'managePermissions',
      'deleteOwnPermission',
    ]) {
      expect(cell('Guest', 'Delegated', permission)).toBeChecked();
    }
    expect(cell('Guest', 'Delegated', 'create')).toHaveAccessibleDescription('Included by full');
  });

  it('grants and revokes a permission for every app from the column menu', async () => {
    const { user } = await renderMatrix();
    await user.click(
      screen.getByRole('button', { name: 'read (Application (app-only)): change for every app' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Grant read to every app' }));
    expect(cell('Guest', 'Application', 'read')).toBeChecked();
    expect(cell(BACKUP_ID, 'Application', 'read')).toBeChecked();
    expect(status()).toHaveTextContent('Granted read (Application (app-only)) to every app.');

    await user.click(
      screen.getByRole('button', { name: 'read (Application (app-only)): change for every app' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Revoke read from every app' }));
    expect(cell('Guest', 'Application', 'read')).not.toBeChecked();
  });

  it('applies a preset to a row', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Owning app (full)' }));
    expect(cell('Guest', 'Delegated', 'full')).toBeChecked();
    expect(cell('Guest', 'Application', 'full')).toBeChecked();
    expect(status()).toHaveTextContent('Applied “Owning app (full)” to Guest.');
  });

  it('copies another app’s permissions onto a row', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Copy from another app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy permissions to Guest' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Copy from' }), BACKUP_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell('Guest', 'Delegated', 'readContent')).not.toBeChecked();
    expect(cell('Guest', 'Application', 'readContent')).toBeChecked();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Actions for Guest' })).toHaveFocus());
  });

  it('clears a plane and removes an app, keeping focus in the grid', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Clear delegated permissions' }));
    expect(cell('Guest', 'Delegated', 'readContent')).not.toBeChecked();
    expect(status()).toHaveTextContent('Cleared the Delegated permissions of Guest.');

    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove app' }));
    expect(screen.queryByRole('checkbox', { name: 'Guest Delegated readContent' })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Removed Guest. Review and save to apply.');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Actions for ${BACKUP_ID}` })).toHaveFocus(),
    );
  });

  it('shows unknown permission values read-only under Other and sends them back unchanged', async () => {
    const repository = createRepository({
      registrations: [
        contoso([
          grant(OWNER_ID, ['full'], ['full']),
          grant(GUEST_ID, ['readContent'], ['readContent', 'archiveContent']),
        ]),
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    expect(screen.getByRole('columnheader', { name: 'Other' })).toBeInTheDocument();
    expect(screen.getByText('archiveContent')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /archiveContent/ })).not.toBeInTheDocument();

    await user.click(cell('Guest', 'Application', 'writeContent'));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 app)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('Guest: saved');
    const [request] = repository.saveRequests;
    const guest = request.edited.find((candidate) => candidate.appId === GUEST_ID);
    expect(guest?.applicationPermissions).toEqual(expect.arrayContaining(['writeContent', 'archiveContent']));
    expect(
      repository.grantsOf(CONTOSO_ID).find((candidate) => candidate.appId === GUEST_ID)
        ?.applicationPermissions,
    ).toContain('archiveContent');
  });

  it('makes an app read-only when the service sent a value it cannot read exactly, and never changes it', async () => {
    const repository = createRepository({
      registrations: [
        contoso([
          grant(OWNER_ID, ['full'], ['full']),
          { ...grant(GUEST_ID, ['readContent'], ['unknownFutureValue']), unreadablePlanes: ['application'] },
        ]),
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    const guestRow = screen.getByRole('rowheader', { name: /^Guest/ });
    expect(within(guestRow).getByText('Read-only')).toBeInTheDocument();
    const readOnlyCell = cell('Guest', 'Delegated', 'writeContent');
    expect(readOnlyCell).toHaveAttribute('aria-readonly', 'true');
    expect(readOnlyCell).toHaveAccessibleDescription(/cannot read exactly \(Application \(app-only\)\)/);

    await user.click(readOnlyCell);
    expect(readOnlyCell).not.toBeChecked();
    // "Grant to every app" passes it by too.
    await user.click(screen.getByRole('button', { name: 'writeContent (Delegated): change for every app' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Grant writeContent to every app' }));
    expect(cell('Guest', 'Delegated', 'writeContent')).not.toBeChecked();
    await user.click(within(guestRow).getByRole('button', { name: 'Actions for Guest' }));
    expect(await screen.findByRole('menuitem', { name: 'Remove app' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('shows the read warnings once, as text, until dismissed', async () => {
    const repository = createRepository({
      warnings: {
        [CONTOSO_ID]: [
          { code: 'legacy_keys', path: 'applicationPermissionGrants[1]', appId: GUEST_ID },
          {
            code: 'plural_delete_own',
            path: 'applicationPermissionGrants[1].delegatedPermissions[0]',
            found: '<b>DeleteOwnPermissions</b>',
            readAs: 'deleteOwnPermission',
          },
        ],
      },
    });
    const { user } = await renderMatrix(createHost({ repository }));
    expect(
      screen.getAllByText('The service returned permissions in an older or unexpected shape'),
    ).toHaveLength(1);
    expect(
      screen.getByText(
        'applicationPermissionGrants[1].delegatedPermissions[0]: “<b>DeleteOwnPermissions</b>” was read as “deleteOwnPermission”.',
      ),
    ).toBeInTheDocument();
    await user.click(cell('Guest', 'Delegated', 'read'));
    expect(
      screen.getAllByText('The service returned permissions in an older or unexpected shape'),
    ).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByText('The service returned permissions in an older or unexpected shape'),
    ).not.toBeInTheDocument();
  });
});
