/**
 * Work across registrations in the editor: the app view (one row per registration, the owner's row
 * read-only) and "Remove from all…", through the review across registrations.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BACKUP_ID, CONTOSO_ID, FABRIKAM_ID, grant } from './testHost';
import { IN_DIALOG, SLOW, heldBy, renderTenant, rowCell } from './tenantHost';

describe('the app view', () => {
  it('Remove from all removes the app everywhere except where it is the owning app, and says so', async () => {
    const { user, repository } = await renderTenant('app');
    await waitFor(() => expect(rowCell('Contoso Files', 'Application', 'readContent')).toBeChecked(), SLOW);
    await user.click(screen.getByRole('button', { name: 'Remove from all…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
    expect(
      within(
        await within(dialog).findByRole('region', { name: 'Contoso Files', ...IN_DIALOG }, SLOW),
      ).getByText(`${BACKUP_ID} will be removed.`),
    ).toBeInTheDocument();
    expect(
      within(
        await within(dialog).findByRole('region', { name: 'Fabrikam Archive', ...IN_DIALOG }, SLOW),
      ).getByText(`${BACKUP_ID} is the owning app here: its grant is kept, never removed.`),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...IN_DIALOG }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 0 · with conflicts: 0',
      {},
      SLOW,
    );
    expect(repository.grantsOf(CONTOSO_ID).some((g) => g.appId === BACKUP_ID)).toBe(false);
    expect(repository.grantsOf(FABRIKAM_ID)).toEqual([grant(BACKUP_ID, ['full'], ['full'])]);
    // Only Contoso was sent: the owner's registration got no request at all.
    expect(repository.saveRequests.map((request) => request.registrationId)).toEqual([CONTOSO_ID]);
  });

  it('shows the app on every registration, the owner’s row read-only, and saves an edit through the review', async () => {
    const { user, repository } = await renderTenant('app');
    await screen.findByRole('grid', { name: `Permissions of ${BACKUP_ID} on each registration` }, SLOW);
    await waitFor(() => expect(rowCell('Contoso Files', 'Application', 'readContent')).toBeChecked(), SLOW);
    // Fabrikam Archive is owned by this app: its row is read-only and says why.
    const ownerCell = rowCell('Fabrikam Archive', 'Delegated', 'read');
    expect(ownerCell).toHaveAttribute('aria-readonly', 'true');
    await user.click(ownerCell);
    expect(screen.getByRole('button', { name: /^Review changes/ })).toBeDisabled();

    await user.click(rowCell('Contoso Files', 'Application', 'read'));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 registration)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
    const contoso = await within(dialog).findByRole('region', { name: 'Contoso Files', ...IN_DIALOG }, SLOW);
    expect(within(contoso).getByText('Application (app-only): grant read')).toBeInTheDocument();
    expect(within(dialog).queryByRole('region', { name: 'Fabrikam Archive', ...IN_DIALOG })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...IN_DIALOG }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 0 · with conflicts: 0',
      {},
      SLOW,
    );
    expect(heldBy(repository, CONTOSO_ID, BACKUP_ID)?.applicationPermissions).toEqual([
      'read',
      'readContent',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close', ...IN_DIALOG }));
    // The list took what the save confirmed: nothing is left to review.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Review changes/ })).toBeDisabled());
    expect(rowCell('Contoso Files', 'Application', 'read')).toBeChecked();
  });
});
