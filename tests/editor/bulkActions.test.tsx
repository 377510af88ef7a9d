/**
 * Issue 22, item 5: actions across registrations count every registration, so they wait until every
 * registration's grants are read, saying how far reading has come; the review then covers exactly the
 * registrations the dialog counted.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CONTOSO_ID, FABRIKAM_ID, NEW_APP_ID, createRepository } from './testHost';
import { SLOW, renderTenant } from './tenantHost';
import type { InMemoryRegistrationRepository } from './InMemoryRegistrationRepository';

/** Contoso's grants are read at once; Fabrikam's only when `release` is called. */
function holdFabrikam(): { repository: InMemoryRegistrationRepository; release: () => Promise<void> } {
  const repository = createRepository();
  let release: () => void = () => undefined;
  repository.holdGrantReads = {
    ids: new Set([FABRIKAM_ID.toLowerCase()]),
    until: new Promise<void>((resolve) => {
      release = resolve;
    }),
  };
  return { repository, release: () => act(async () => release()) };
}

const READING = 'Reading grants: 1 of 2. Actions across registrations wait until every registration is read.';

/** Disabled but focusable, and saying why. */
function expectWaiting(button: HTMLElement): void {
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).toHaveAccessibleDescription(READING);
}

describe('bulk actions while grants are still being read', () => {
  it('the overview’s Apply to registrations… and Import… wait for every registration, then count them all', async () => {
    const { repository, release } = holdFabrikam();
    const { user } = await renderTenant('actions', undefined, repository);
    const apply = await screen.findByRole('button', { name: 'Apply to registrations…' });
    await waitFor(() => expectWaiting(apply), SLOW);
    expectWaiting(screen.getByRole('button', { name: 'Import…' }));
    await user.click(apply);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await release();
    await waitFor(() => expect(apply).not.toHaveAttribute('aria-disabled'), SLOW);
    expect(screen.queryByText(READING)).not.toBeInTheDocument();
    await user.click(apply);
    const dialog = await screen.findByRole('dialog', { name: 'Apply to registrations' }, SLOW);
    await user.type(within(dialog).getByRole('textbox', { name: 'App (client id or name)' }), NEW_APP_ID);
    await user.click(within(dialog).getByRole('radio', { name: /^Backup reader/ }));
    const all = within(dialog).getByRole('radio', { name: 'All 2 registrations' });
    await user.click(all);
    await user.click(within(dialog).getByRole('button', { name: 'Review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
    // The count the dialog offered is the count reviewed.
    expect(within(review).getByText('Changes on 2 registrations:')).toBeInTheDocument();
    expect(repository.saveRequests).toEqual([]);
  });

  it('the app view’s Remove from all… waits for every registration, then reviews them all', async () => {
    const { repository, release } = holdFabrikam();
    const { user } = await renderTenant('app', undefined, repository);
    const removeAll = await screen.findByRole('button', { name: 'Remove from all…' });
    await waitFor(() => expectWaiting(removeAll), SLOW);
    expectWaiting(screen.getByRole('button', { name: 'Apply to registrations…' }));
    await user.click(removeAll);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await release();
    await waitFor(() => expect(removeAll).not.toHaveAttribute('aria-disabled'), SLOW);
    await user.click(removeAll);
    const review = await screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
    // Fabrikam, read last, is in the review (its owner's grant kept), not left out as unread.
    expect(await within(review).findByRole('region', { name: 'Contoso Files' }, SLOW)).toBeInTheDocument();
    expect(within(review).getByRole('region', { name: 'Fabrikam Archive' })).toBeInTheDocument();
    expect(repository.manyReads).toEqual([[CONTOSO_ID, FABRIKAM_ID]]);
  });
});
