/**
 * Work across registrations in the editor: the app view (one row per registration, the owner's row
 * read-only) and "Remove from all…"; "Apply to registrations…" from the overview's actions with partial
 * failure, a retry of only what failed, and a conflict resolved on its own registration; all through
 * the review across registrations, one after another in one file as in one page.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import { createGrantsDocument } from '../../src/core/grantsDocument';
import { BACKUP_ID, CONTOSO_ID, FABRIKAM_ID, NEW_APP_ID, contoso, grant } from './testHost';
import { SLOW, applyBackupReader, heldBy, renderTenant, rowCell, sorted } from './tenantHost';

describe('the app view', () => {
  it('Remove from all removes the app everywhere except where it is the owning app, and says so', async () => {
    const { user, repository } = await renderTenant('app');
    await waitFor(() => expect(rowCell('Contoso Files', 'Application', 'readContent')).toBeChecked(), SLOW);
    await user.click(screen.getByRole('button', { name: 'Remove from all…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
    expect(
      within(await within(dialog).findByRole('region', { name: 'Contoso Files' }, SLOW)).getByText(
        `${BACKUP_ID} will be removed.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(await within(dialog).findByRole('region', { name: 'Fabrikam Archive' }, SLOW)).getByText(
        `${BACKUP_ID} is the owning app here: its grant is kept, never removed.`,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
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
    const contoso = await within(dialog).findByRole('region', { name: 'Contoso Files' }, SLOW);
    expect(within(contoso).getByText('Application (app-only): grant read')).toBeInTheDocument();
    expect(within(dialog).queryByRole('region', { name: 'Fabrikam Archive' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 0 · with conflicts: 0',
      {},
      SLOW,
    );
    expect(heldBy(repository, CONTOSO_ID, BACKUP_ID)?.applicationPermissions).toEqual([
      'read',
      'readContent',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The list took what the save confirmed: nothing is left to review.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Review changes/ })).toBeDisabled());
    expect(rowCell('Contoso Files', 'Application', 'read')).toBeChecked();
  });
});

describe('apply to registrations and the review across registrations', () => {
  it('saves what it can, says which registration was not saved and why, and retries only that one', async () => {
    const { user, repository } = await renderTenant('actions');
    const dialog = await applyBackupReader(user);
    expect(within(dialog).getByText('Changes on 2 registrations:')).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('region', { name: 'Fabrikam Archive' })).getByText(
        `${NEW_APP_ID} will be added.`,
      ),
    ).toBeInTheDocument();
    // The first registration's freshness read fails: nothing is written to it.
    repository.failNext('saveGrants', new GraphError({ code: 'network' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 1 · with conflicts: 0',
      {},
      SLOW,
    );
    const contoso = within(dialog).getByRole('region', { name: 'Contoso Files' });
    expect(within(contoso).getByText(/^Nothing was written to Contoso Files/)).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('region', { name: 'Fabrikam Archive' })).getByText(
        `${NEW_APP_ID}: saved`,
      ),
    ).toBeInTheDocument();
    expect(repository.grantsOf(CONTOSO_ID).some((g) => g.appId === NEW_APP_ID)).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed registration' }));
    await within(dialog).findByText(
      'Registrations saved: 2 · with failures: 0 · with conflicts: 0',
      {},
      SLOW,
    );
    expect(repository.saveRequests.slice(2).map((request) => request.registrationId)).toEqual([CONTOSO_ID]);
    expect(heldBy(repository, CONTOSO_ID, NEW_APP_ID)).toEqual(
      sorted(grant(NEW_APP_ID, ['none'], ['read', 'readContent', 'enumeratePermissions'])),
    );
  });

  it('resolves a conflict on its own registration with the resolver, writing only that registration', async () => {
    const { user, repository } = await renderTenant('actions');
    const dialog = await applyBackupReader(user);
    repository.changeElsewhere(FABRIKAM_ID, NEW_APP_ID, grant(NEW_APP_ID, ['read'], ['none']));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 0 · with conflicts: 1',
      {},
      SLOW,
    );
    expect(heldBy(repository, FABRIKAM_ID, NEW_APP_ID)).toEqual(
      sorted(grant(NEW_APP_ID, ['read'], ['none'])),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Resolve conflicts on Fabrikam Archive…' }));
    await user.click(await within(dialog).findByRole('radio', { name: 'Keep mine' }, SLOW));
    await user.click(within(dialog).getByRole('button', { name: 'Save choices' }));
    await within(dialog).findByText(
      'Registrations saved: 2 · with failures: 0 · with conflicts: 0',
      {},
      SLOW,
    );
    expect(repository.saveRequests.slice(2).map((request) => request.registrationId)).toEqual([FABRIKAM_ID]);
    expect(heldBy(repository, FABRIKAM_ID, NEW_APP_ID)).toEqual(
      sorted(grant(NEW_APP_ID, ['none'], ['read', 'readContent', 'enumeratePermissions'])),
    );
  });
});

describe('what a tenant-wide action refuses', () => {
  it('Apply with “Choose permissions” and nothing chosen is refused, and says why', async () => {
    const { user, repository } = await renderTenant('actions');
    await user.click(await screen.findByRole('button', { name: 'Apply to registrations…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply to registrations' }, SLOW);
    await user.type(within(dialog).getByRole('textbox', { name: 'App (client id or name)' }), BACKUP_ID);
    await user.click(
      within(dialog).getByRole('radio', {
        name: 'Choose permissions: Grants exactly the permissions chosen below.',
      }),
    );
    const review = within(dialog).getByRole('button', { name: 'Review' });
    expect(review).toBeDisabled();
    expect(review).toHaveAccessibleDescription(
      'Choose at least one permission. An empty set would take every permission away from the app; to do that, remove the app instead.',
    );
    await user.click(review);
    expect(screen.queryByRole('dialog', { name: 'Review changes across registrations' })).toBeNull();
    expect(repository.saveRequests).toEqual([]);
  });

  it('a tenant file that names a registration twice is refused, naming both entries', async () => {
    const { user } = await renderTenant('actions');
    const document = createGrantsDocument(
      [
        { registration: contoso(), grants: [grant(BACKUP_ID, ['none'], ['readContent'])] },
        { registration: contoso(), grants: [grant(BACKUP_ID, ['full'], ['full'])] },
      ],
      '2025-08-11T10:00:00Z',
    );
    await user.click(await screen.findByRole('button', { name: 'Import…' }));
    fireEvent.change(screen.getByLabelText('Grants file (a tenant export of this tool, JSON)'), {
      target: {
        files: [new File([JSON.stringify(document)], 'tenant.json', { type: 'application/json' })],
      },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Import grants for the tenant' }, SLOW);
    expect(
      await within(dialog).findByText(
        `registrations[1].registrationId: the registration ${CONTOSO_ID} is named again (first at registrations[0].registrationId). Each registration may appear once: remove one of the two.`,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Continue to review' })).toBeNull();
  });
});
