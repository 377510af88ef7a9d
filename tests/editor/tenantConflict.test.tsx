/**
 * "Apply to registrations…" from the overview's actions: a conflict on one registration resolved with
 * the resolver, writing only that registration.
 */
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FABRIKAM_ID, NEW_APP_ID, grant } from './testHost';
import { IN_DIALOG, SLOW, applyBackupReader, heldBy, renderTenant, sorted } from './tenantHost';

describe('apply to registrations and the review across registrations', () => {
  it('resolves a conflict on its own registration with the resolver, writing only that registration', async () => {
    const { user, repository } = await renderTenant('actions');
    const dialog = await applyBackupReader(user);
    repository.changeElsewhere(FABRIKAM_ID, NEW_APP_ID, grant(NEW_APP_ID, ['read'], ['none']));
    await user.click(within(dialog).getByRole('button', { name: 'Save', ...IN_DIALOG }));
    await within(dialog).findByText(
      'Registrations saved: 1 · with failures: 0 · with conflicts: 1',
      {},
      SLOW,
    );
    expect(heldBy(repository, FABRIKAM_ID, NEW_APP_ID)).toEqual(
      sorted(grant(NEW_APP_ID, ['read'], ['none'])),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Resolve conflicts on Fabrikam Archive…', ...IN_DIALOG }),
    );
    await user.click(await within(dialog).findByRole('radio', { name: 'Keep mine', ...IN_DIALOG }, SLOW));
    await user.click(within(dialog).getByRole('button', { name: 'Save choices', ...IN_DIALOG }));
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
