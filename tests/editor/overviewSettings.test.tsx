/**
 * Registrations' settings in the tenant overview: chosen settings shown as rows under the registrations'
 * names, each registration's value in words, and a question that keeps only the registrations whose
 * settings answer it ("which allow sharing with anyone?").
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contoso, createHost, createRepository, fabrikam, renderApp } from './testHost';

function host(): ReturnType<typeof createHost> {
  return createHost({
    repository: createRepository({
      registrations: [
        {
          ...contoso(),
          etag: 'etag-0',
          settings: { sharingCapability: 'externalUserAndGuestSharing', isSearchEnabled: true },
        },
        {
          ...fabrikam(),
          etag: 'etag-0',
          settings: { sharingCapability: 'disabled', isSearchEnabled: false, futureSetting: 1 },
        },
      ],
    }),
  });
}

async function openOverview(): Promise<ReturnType<typeof renderApp>> {
  const result = renderApp(host());
  await screen.findByRole('button', { name: 'Fabrikam Archive' });
  await waitFor(() => expect(screen.queryByText(/Counting/)).not.toBeInTheDocument());
  await result.user.click(screen.getByRole('button', { name: 'Tenant overview' }));
  await screen.findByRole('grid', { name: 'Apps by registration' });
  return result;
}

/** A settings row's values, in column order. */
function settingRow(setting: string): string[] {
  const header = within(screen.getByRole('grid')).getByRole('rowheader', { name: setting });
  return Array.from(header.closest('tr')?.querySelectorAll('td') ?? [], (cell) => cell.textContent ?? '');
}

const columns = (): string[] =>
  within(screen.getByRole('grid'))
    .getAllByRole('columnheader')
    .slice(1)
    .map((header) => header.textContent ?? '');

describe('settings in the tenant overview', () => {
  it('shows the chosen settings as rows, each registration’s value in words', async () => {
    const { user } = await openOverview();
    expect(within(screen.getByRole('grid')).queryByRole('rowheader', { name: 'Sharing' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show settings' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Sharing' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Search' }));
    await user.keyboard('{Escape}');
    expect(columns()).toEqual(['Contoso Files', 'Fabrikam Archive']);
    expect(settingRow('Sharing')).toEqual([
      'Anyone, with links that need no sign-in',
      'Only people in the organization',
    ]);
    expect(settingRow('Search')).toEqual(['On', 'Off']);
  });

  it('keeps only the registrations whose settings answer the question', async () => {
    const { user } = await openOverview();
    const question = screen.getByRole('combobox', { name: 'Registrations whose settings' });
    await user.selectOptions(question, 'Allow sharing with anyone');
    expect(columns()).toEqual(['Contoso Files']);
    await user.selectOptions(question, 'Have search off');
    expect(columns()).toEqual(['Fabrikam Archive']);
  });

  it('shows a setting changed in a registration’s details without reading the list again', async () => {
    const { user } = renderApp(host());
    await user.click(await screen.findByRole('button', { name: 'Fabrikam Archive' }));
    await screen.findByRole('grid');
    await user.click(screen.getByRole('button', { name: 'Details…' }));
    await user.click(await screen.findByRole('button', { name: 'Change settings…' }));
    await user.click(await screen.findByRole('switch', { name: 'Search' }));
    await user.click(screen.getByRole('button', { name: /^Review 1 change/ }));
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Settings saved\./);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: '← All registrations' }));
    await user.click(await screen.findByRole('button', { name: 'Tenant overview' }));
    await screen.findByRole('grid', { name: 'Apps by registration' });
    await user.click(screen.getByRole('button', { name: 'Show settings' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Search' }));
    await user.keyboard('{Escape}');
    expect(settingRow('Search')).toEqual(['On', 'On']);
  });
});
