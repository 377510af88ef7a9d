/**
 * "Apply to registrations…" from the overview's actions, and the review across registrations with
 * partial failure and a retry of only what failed.
 */
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import { CONTOSO_ID, NEW_APP_ID, grant } from './testHost';
import { IN_DIALOG, SLOW, applyBackupReader, heldBy, renderTenant, sorted } from './tenantHost';

describe('apply to registrations and the review across registrations', () => {
  it('saves what it can, says which registration was not saved and why, and retries only that one', async () => {
    const { user, repository } = await renderTenant('actions');
    const dialog = await applyBackupReader(user);
    expect(within(dialog).getByText('Changes on 2 registrations:')).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('region', { name: 'Fabrikam Archive', ...IN_DIALOG })).getByText(
        `${NEW_APP_ID} will be added.`,
      ),
    ).toBeInTheDocument();
    // The first registration's freshness read fails: nothing is written to it.
    repository.failNext('saveGrants', new GraphError({ code: 'network' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...IN_DIALOG }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 1 · with conflicts: 0',
      {},
      SLOW,
    );
    const contoso = within(dialog).getByRole('region', { name: 'Contoso Files', ...IN_DIALOG });
    expect(within(contoso).getByText(/^Nothing was written to Contoso Files/)).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('region', { name: 'Fabrikam Archive', ...IN_DIALOG })).getByText(
        `${NEW_APP_ID}: saved`,
      ),
    ).toBeInTheDocument();
    expect(repository.grantsOf(CONTOSO_ID).some((g) => g.appId === NEW_APP_ID)).toBe(false);

    await user.click(
      within(dialog).getByRole('button', { name: 'Retry the failed registration', ...IN_DIALOG }),
    );
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
});
