import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ID,
  GUEST_ID,
  TENANT_ID,
  cell,
  createHost,
  createRepository,
  grant,
  memoryStorage,
  renderMatrix,
} from './testHost';

describe('unsaved work', () => {
  it('survives a reload in the same tab, with a notice and a way to discard it', async () => {
    const draftStorage = memoryStorage();
    const repository = createRepository();
    const first = await renderMatrix(createHost({ repository, draftStorage }));
    await first.user.click(cell('Guest', 'Application', 'writeContent'));
    expect([...draftStorage.items.keys()]).toEqual([
      `spe-permission-matrix:draft:v1:${TENANT_ID}:${CONTOSO_ID}`,
    ]);
    first.unmount();

    // The tab reloads: a new editor over the same session storage.
    const second = await renderMatrix(createHost({ repository, draftStorage }));
    expect(screen.getByText('Unsaved changes restored')).toBeInTheDocument();
    expect(cell('Guest', 'Application', 'writeContent')).toBeChecked();
    expect(cell('Guest', 'Application', 'readContent')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeInTheDocument();

    await second.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(cell('Guest', 'Application', 'writeContent')).not.toBeChecked();
    expect(screen.queryByText('Unsaved changes restored')).not.toBeInTheDocument();
    expect(draftStorage.items.size).toBe(0);
  });

  it('checks a restored draft against what changed elsewhere meanwhile', async () => {
    const draftStorage = memoryStorage();
    const repository = createRepository();
    const first = await renderMatrix(createHost({ repository, draftStorage }));
    await first.user.click(cell('Guest', 'Delegated', 'write'));
    first.unmount();
    repository.changeElsewhere(CONTOSO_ID, GUEST_ID, grant(GUEST_ID, ['readContent', 'create'], ['none']));

    const { user } = await renderMatrix(createHost({ repository, draftStorage }));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 app)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'Guest: changed by someone else since you loaded it; nothing was overwritten',
      ),
    ).toBeInTheDocument();
  });

  it('asks before going back to the list with unsaved changes', async () => {
    const draftStorage = memoryStorage();
    const { user } = await renderMatrix(createHost({ draftStorage }));
    await user.click(cell('Guest', 'Delegated', 'read'));
    const back = screen.getByRole('button', { name: '← All registrations' });
    await user.click(back);
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave with unsaved changes?' });
    expect(within(dialog).getByText(/You have unsaved changes for 1 app\./)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(back).toHaveFocus());
    expect(cell('Guest', 'Delegated', 'read')).toBeChecked();

    await user.click(back);
    await user.click(await screen.findByRole('button', { name: 'Discard changes and leave' }));
    expect(await screen.findByRole('heading', { name: 'Container type registrations' })).toBeInTheDocument();
    expect(draftStorage.items.size).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Contoso Files' })).toHaveFocus());
  });

  it('goes straight back without changes, and keeps a draft when leaving with them', async () => {
    const draftStorage = memoryStorage();
    const { user } = await renderMatrix(createHost({ draftStorage }));
    await user.click(screen.getByRole('button', { name: '← All registrations' }));
    expect(await screen.findByRole('heading', { name: 'Container type registrations' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Contoso Files' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Guest Delegated read' }));
    await user.click(screen.getByRole('button', { name: '← All registrations' }));
    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    // The list marks the registration whose draft waits, and only it.
    const rowOf = (name: string): HTMLElement =>
      screen.getByRole('button', { name }).closest('[role="row"]') as HTMLElement;
    expect(within(rowOf('Contoso Files')).getByText('Unsaved changes')).toBeInTheDocument();
    expect(within(rowOf('Fabrikam Archive')).queryByText('Unsaved changes')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    expect(await screen.findByText('Unsaved changes restored')).toBeInTheDocument();
  });

  it('asks the browser to confirm leaving the page while there are unsaved changes', async () => {
    const { user } = await renderMatrix();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await user.click(cell('Guest', 'Delegated', 'read'));
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
