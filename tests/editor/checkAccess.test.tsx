/**
 * Check access: one app on one registration, in the admin's words — the grant as the service shows it,
 * owner or guest, service principal, this browser's last change, and what a 403 most likely means.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CONTOSO_ID,
  GUEST_ID,
  cell,
  createHost,
  createRepository,
  grant,
  memoryStorage,
  renderMatrix,
} from './testHost';

async function checkAccess(
  user: Awaited<ReturnType<typeof renderMatrix>>['user'],
  app: string,
): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: `Actions for ${app}` }));
  await user.click(await screen.findByRole('menuitem', { name: 'Check access' }));
  return screen.findByRole('dialog', { name: `Access of ${app} to Contoso Files` });
}

describe('check access', () => {
  it('shows the service’s grant in plain words, that the app is a guest, and what a 403 means', async () => {
    const repository = createRepository();
    const { user } = await renderMatrix(createHost({ repository, receiptStorage: memoryStorage() }));
    // An unsaved edit is not what the service holds: the dialog shows the service's grant.
    await user.click(cell('Guest', 'Delegated', 'read'));
    const dialog = await checkAccess(user, 'Guest');
    expect(
      await within(dialog).findByText('Delegated: readContent. Read the content of containers.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Application (app-only): none. No access to containers of this type.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('This is a guest app: not the owning app of the container type.'),
    ).toBeInTheDocument();
    // Its name came from the directory's service principals: it has one here.
    expect(
      within(dialog).getByText('It has a service principal in this tenant (Guest).'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('This browser has no record of changing this grant.'),
    ).toBeInTheDocument();
    const advice = within(dialog).getByRole('region', { name: 'If the app gets 403 (access denied)' });
    expect(
      within(advice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'It has no application (app-only) permission: calls with the app’s own token are refused.',
      'Calls on behalf of a user also need that user’s own role in the container: the app gets only what both allow.',
      'The grant alone is not enough: the app also needs the Microsoft Graph permission FileStorageContainer.Selected, consented in this tenant.',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(repository.grantsOf(CONTOSO_ID).find((held) => held.appId === GUEST_ID)).toEqual(
      grant(GUEST_ID, ['readContent'], ['none']),
    );
  });

  it('after a save from this browser, says when it changed the grant and that a 403 may only be the delay', async () => {
    const { user } = await renderMatrix(createHost({ receiptStorage: memoryStorage() }));
    await user.click(cell('Guest', 'Application', 'read'));
    await user.click(screen.getByRole('button', { name: 'Review changes (1 app)' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    await within(review).findByText(/^Receipt of this save/);
    await user.click(within(review).getByRole('button', { name: 'Close' }));

    const dialog = await checkAccess(user, 'Guest');
    expect(await within(dialog).findByText(/^Application \(app-only\): read\. /)).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /^This browser last changed this grant on .+\. A change can take up to an hour/,
      ),
    ).toBeInTheDocument();
    const advice = within(dialog).getByRole('region', { name: 'If the app gets 403 (access denied)' });
    expect(within(advice).getAllByRole('listitem')[0]).toHaveTextContent(
      'The last change is recent: the 403 may only mean it has not taken effect yet.',
    );
  });
});
