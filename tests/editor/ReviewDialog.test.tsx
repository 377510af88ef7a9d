import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { diffGrants } from '../../src/core/diffGrants';
import { GraphError } from '../../src/graph/errors';
import {
  BACKUP_ID,
  CONTOSO_ID,
  GUEST_ID,
  OWNER_ID,
  cell,
  createHost,
  createRepository,
  grant,
  renderMatrix,
} from './testHost';
import type { InMemoryRegistrationRepository } from './InMemoryRegistrationRepository';

async function openReview(
  user: Awaited<ReturnType<typeof renderMatrix>>['user'],
  count: string,
): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: `Review changes (${count})` }));
  return screen.findByRole('dialog', { name: 'Review changes' });
}

async function setup(): Promise<{
  user: Awaited<ReturnType<typeof renderMatrix>>['user'];
  repository: InMemoryRegistrationRepository;
}> {
  const repository = createRepository();
  const { user } = await renderMatrix(createHost({ repository }));
  return { user, repository };
}

const changedApps = (repository: InMemoryRegistrationRepository, index: number): string[] =>
  diffGrants(repository.saveRequests[index].baseline, repository.saveRequests[index].edited).map(
    (change) => change.appId,
  );

describe('review and save', () => {
  it('describes the diff in plain words', async () => {
    const { user } = await setup();
    await user.click(cell('Guest', 'Application', 'writeContent'));
    await user.click(cell('Guest', 'Delegated', 'readContent'));
    await user.click(screen.getByRole('button', { name: `Actions for ${BACKUP_ID}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove app' }));

    const dialog = await openReview(user, '2 apps');
    expect(within(dialog).getByText('Changes for 2 apps:')).toBeInTheDocument();
    expect(within(dialog).getByText('Guest will change.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Application (app-only): grant readContent, writeContent'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Delegated: revoke readContent')).toBeInTheDocument();
    // A per-app write replaces both planes: the review says what each write sends…
    expect(within(dialog).getByText('Delegated after saving: none')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Application (app-only) after saving: readContent, writeContent'),
    ).toBeInTheDocument();
    // …and everything a removal takes away.
    expect(within(dialog).getByText(`${BACKUP_ID} will be removed.`)).toBeInTheDocument();
    expect(within(dialog).getByText('Application (app-only): removes readContent')).toBeInTheDocument();
  });

  it('says a permission a new grant includes is now included in it, never that it is revoked', async () => {
    const { user } = await setup();
    // Guest holds Delegated readContent; manageContent includes it, so it stays.
    await user.click(cell('Guest', 'Delegated', 'manageContent'));
    const dialog = await openReview(user, '1 app');
    expect(within(dialog).getByText('Delegated: grant manageContent')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Delegated: readContent now included in manageContent'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/revoke/)).not.toBeInTheDocument();
    expect(within(dialog).getByText('Delegated after saving: manageContent')).toBeInTheDocument();
  });

  it('lists values this tool does not know among what a write sends, as kept', async () => {
    const repository = createRepository({
      registrations: [
        {
          id: CONTOSO_ID,
          name: 'Contoso Files',
          owningAppId: OWNER_ID,
          applicationPermissionGrants: [
            grant(OWNER_ID, ['full'], ['full']),
            grant(GUEST_ID, ['readContent'], ['read', 'manageSensitivityLabels']),
          ],
        },
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    await user.click(cell('Guest', 'Delegated', 'create'));
    const dialog = await openReview(user, '1 app');
    expect(within(dialog).getByText('Delegated: grant create')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Application (app-only) after saving: read, manageSensitivityLabels (not known to this tool, kept as is)',
      ),
    ).toBeInTheDocument();
  });

  it('says that removing an app takes its unknown values away too, never that they are kept', async () => {
    const repository = createRepository({
      registrations: [
        {
          id: CONTOSO_ID,
          name: 'Contoso Files',
          owningAppId: OWNER_ID,
          applicationPermissionGrants: [
            grant(OWNER_ID, ['full'], ['full']),
            grant(GUEST_ID, ['readContent'], ['read', 'manageSensitivityLabels']),
          ],
        },
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    await user.click(screen.getByRole('button', { name: 'Actions for Guest' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove app' }));
    const dialog = await openReview(user, '1 app');
    expect(
      within(dialog).getByText(
        'Application (app-only): removes read, manageSensitivityLabels (not known to this tool, removed with the app)',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/kept as is/)).toBeNull();
  });

  it('saves, reports each app, explains propagation and returns focus to the Review button', async () => {
    const { user, repository } = await setup();
    await user.click(cell('Guest', 'Application', 'writeContent'));
    const dialog = await openReview(user, '1 app');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Guest: saved')).toBeInTheDocument();
    expect(within(dialog).getByText('1 saved · 0 not saved · 0 changed elsewhere')).toBeInTheDocument();
    expect(within(dialog).getByText(/^Saved at /)).toBeInTheDocument();
    expect(
      repository.grantsOf(CONTOSO_ID).find((g) => g.appId === GUEST_ID)?.applicationPermissions,
    ).toContain('writeContent');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('A change can take up to an hour to take effect.')).toBeInTheDocument();
    const review = screen.getByRole('button', { name: 'Review changes (0 apps)' });
    await waitFor(() => expect(review).toHaveFocus());
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
    expect(
      within(screen.getByRole('rowheader', { name: /^Guest/ })).queryByText('Unsaved'),
    ).not.toBeInTheDocument();

    // New edits start: the banner about the last save goes.
    await user.click(cell('Guest', 'Application', 'create'));
    expect(screen.queryByText(/^Saved at /)).not.toBeInTheDocument();
    expect(screen.queryByText('A change can take up to an hour to take effect.')).not.toBeInTheDocument();
  });

  it('keeps failed edits and retries only the failed apps', async () => {
    const { user, repository } = await setup();
    repository.failWrite(GUEST_ID, new GraphError({ code: 'network' }));
    await user.click(cell('Guest', 'Application', 'read'));
    await user.click(cell(BACKUP_ID, 'Application', 'read'));
    const dialog = await openReview(user, '2 apps');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText('Guest: not saved: Microsoft Graph could not be reached'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(`${BACKUP_ID}: saved`)).toBeInTheDocument();
    expect(changedApps(repository, 0).sort()).toEqual([BACKUP_ID, GUEST_ID].sort());

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed app' }));
    expect(await within(dialog).findByText('Guest: saved')).toBeInTheDocument();
    expect(changedApps(repository, 1)).toEqual([GUEST_ID]);
    expect(within(dialog).queryByText(`${BACKUP_ID}: saved`)).not.toBeInTheDocument();
  });

  it('keeps the edits when the whole save fails', async () => {
    const { user, repository } = await setup();
    repository.failNext(
      'saveGrants',
      new GraphError({ code: 'token_expired', status: 401, requestId: 'req-401' }),
    );
    await user.click(cell('Guest', 'Application', 'read'));
    const dialog = await openReview(user, '1 app');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Nothing was saved')).toBeInTheDocument();
    expect(within(dialog).getByText('Your sign-in has expired')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell('Guest', 'Application', 'read')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeEnabled();
  });

  it('shows throttling as a wait and then the outcome', async () => {
    const { user, repository } = await setup();
    const throttle = repository.throttleNextSave(7);
    await user.click(cell('Guest', 'Application', 'read'));
    const dialog = await openReview(user, '1 app');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('The service asked to slow down. Waiting 7 s (attempt 1)…'),
    ).toBeInTheDocument();
    throttle.release();
    expect(await within(dialog).findByText('Guest: saved')).toBeInTheDocument();
  });

  it('cancels a throttling wait with Cancel or Escape, writes nothing and keeps the edits', async () => {
    const { user, repository } = await setup();
    repository.throttleNextSave(15);
    await user.click(cell('Guest', 'Application', 'read'));
    const dialog = await openReview(user, '1 app');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('The service asked to slow down. Waiting 15 s (attempt 1)…');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(
      await within(dialog).findByText('Save cancelled before anything was written. Your changes are kept.'),
    ).toBeInTheDocument();
    expect(repository.grantsOf(CONTOSO_ID)).toContainEqual(grant(GUEST_ID, ['readContent'], ['none']));

    repository.throttleNextSave(15);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText('The service asked to slow down. Waiting 15 s (attempt 1)…');
    await user.keyboard('{Escape}');
    expect(
      await within(dialog).findByText('Save cancelled before anything was written. Your changes are kept.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell('Guest', 'Application', 'read')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeEnabled();
  });

  it('words a 503 wait as the service being busy or unavailable', async () => {
    const { user, repository } = await setup();
    const throttle = repository.throttleNextSave(5, 'unavailable');
    await user.click(cell('Guest', 'Application', 'read'));
    const dialog = await openReview(user, '1 app');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('The service is busy or unavailable. Waiting 5 s (attempt 1)…'),
    ).toBeInTheDocument();
    throttle.release();
    expect(await within(dialog).findByText('Guest: saved')).toBeInTheDocument();
  });

  it('needs an explicit confirmation before removing the owning app', async () => {
    const { user, repository } = await setup();
    await user.click(screen.getByRole('button', { name: 'Actions for Contoso Owner' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Remove app' }));
    const dialog = await openReview(user, '1 app');
    expect(within(dialog).getByText('The owning app may lose access')).toBeInTheDocument();
    expect(within(dialog).getByText(/You are removing the owning app \(Contoso Owner\)/)).toBeInTheDocument();
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'I understand the consequence and want to save anyway' }),
    );
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await within(dialog).findByText('Contoso Owner: saved')).toBeInTheDocument();
    expect(repository.grantsOf(CONTOSO_ID).some((g) => g.appId === OWNER_ID)).toBe(false);
  });

  it('asks for confirmation when the owning app drops below full', async () => {
    const { user } = await setup();
    await user.click(cell('Contoso Owner', 'Application', 'delete'));
    const dialog = await openReview(user, '1 app');
    expect(
      within(dialog).getByText(
        'The owning app (Contoso Owner) will no longer have full on: Application (app-only). Features of the app that owns this container type may stop working.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('conflicts', () => {
  async function conflictOnGuest(): Promise<{
    user: Awaited<ReturnType<typeof renderMatrix>>['user'];
    repository: InMemoryRegistrationRepository;
    dialog: HTMLElement;
  }> {
    const { user, repository } = await setup();
    await user.click(cell('Guest', 'Delegated', 'writeContent'));
    await user.click(cell(BACKUP_ID, 'Application', 'read'));
    // Another admin grants `read` to the guest after this admin loaded the matrix.
    repository.changeElsewhere(CONTOSO_ID, GUEST_ID, grant(GUEST_ID, ['readContent', 'read'], ['none']));
    const dialog = await openReview(user, '2 apps');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'Guest: changed by someone else since you loaded it; nothing was overwritten',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(`${BACKUP_ID}: saved`)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Resolve conflicts…' }));
    const resolver = await screen.findByRole('dialog', { name: 'Resolve conflicts' });
    return { user, repository, dialog: resolver };
  }

  it('shows baseline, theirs and mine for each changed permission and requires a choice', async () => {
    const { dialog } = await conflictOnGuest();
    const guest = within(dialog).getByRole('region', { name: 'Guest' });
    const rows = within(guest).getAllByRole('row');
    const texts = rows.map((row) => row.textContent);
    expect(texts).toContain('Delegated · writeContentnot grantedunchangedgranted');
    expect(texts).toContain('Delegated · readnot grantedgrantedunchanged');
    expect(within(dialog).getByRole('button', { name: 'Save choices' })).toBeDisabled();
  });

  it('shows a cell only in the column of whoever changed it', async () => {
    const { dialog } = await conflictOnGuest();
    const table = within(within(dialog).getByRole('region', { name: 'Guest' })).getByRole('table');
    const cellsOf = (permission: string): string[] =>
      within(within(table).getByRole('row', { name: new RegExp(`^Delegated · ${permission} `) }))
        .getAllByRole('cell')
        .map((element) => element.textContent ?? '');
    // This admin never touched read: "Your change" does not say it is not granted.
    expect(cellsOf('read')).toEqual(['Delegated · read', 'not granted', 'granted', 'unchanged']);
    // The other admin never touched writeContent.
    expect(cellsOf('writeContent')).toEqual([
      'Delegated · writeContent',
      'not granted',
      'unchanged',
      'granted',
    ]);
  });

  it('keep mine writes this admin’s value as a resolved grant', async () => {
    const { user, repository, dialog } = await conflictOnGuest();
    await user.click(within(dialog).getByRole('radio', { name: 'Keep mine' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save choices' }));
    expect(await screen.findByText('Guest: saved')).toBeInTheDocument();
    const request = repository.saveRequests[1];
    expect(request.resolved).toEqual([expect.objectContaining({ appId: GUEST_ID })]);
    expect(request.resolved?.[0].delegatedPermissions).toEqual(
      expect.arrayContaining(['readContent', 'writeContent']),
    );
    expect(request.resolved?.[0].delegatedPermissions).not.toContain('read');
    expect(changedApps(repository, 1)).toEqual([GUEST_ID]);
    expect(
      repository.grantsOf(CONTOSO_ID).find((g) => g.appId === GUEST_ID)?.delegatedPermissions,
    ).not.toContain('read');
  });

  it('keep theirs writes nothing and shows their value', async () => {
    const { user, repository, dialog } = await conflictOnGuest();
    await user.click(within(dialog).getByRole('radio', { name: 'Keep theirs' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save choices' }));
    await screen.findByRole('dialog', { name: 'Save results' });
    expect(repository.saveRequests).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell('Guest', 'Delegated', 'read')).toBeChecked();
    expect(cell('Guest', 'Delegated', 'writeContent')).not.toBeChecked();
    expect(screen.getByText('Kept the other admin’s version for Guest.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes (0 apps)' })).toBeInTheDocument();
  });

  it('merge keeps both sides’ changes', async () => {
    const { user, repository, dialog } = await conflictOnGuest();
    await user.click(within(dialog).getByRole('radio', { name: 'Merge both' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save choices' }));
    expect(await screen.findByText('Guest: saved')).toBeInTheDocument();
    const resolved = repository.saveRequests[1].resolved?.[0];
    expect(resolved?.delegatedPermissions).toEqual(
      expect.arrayContaining(['readContent', 'writeContent', 'read']),
    );
    expect(resolved?.applicationPermissions).toEqual(['none']);
  });
});
