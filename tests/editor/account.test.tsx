import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createHost, renderApp } from './testHost';

describe('the signed-in account', () => {
  it('says so when signing out or switching account did not finish, and nothing changes', async () => {
    const signOut = vi.fn(() => Promise.reject(new Error('user_cancelled')));
    const switchAccount = vi.fn(() => Promise.reject(new Error('popup_window_error')));
    const { user } = renderApp(createHost({ account: { kind: 'own', signOut, switchAccount } }));
    await screen.findByRole('button', { name: 'Contoso Files' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Signing out did not finish (the window was closed or blocked). You are still signed in; try again.',
    );
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No other account was chosen (the window was closed or blocked). Nothing changed.',
    );
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(switchAccount).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Signed in as Megan Bowen')).toBeInTheDocument();
  });

  it('where the account is the host’s, offers no sign-out and says where to change it', async () => {
    renderApp(createHost({ account: { kind: 'host' } }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    expect(
      screen.getByText(
        'This is the account of the app this tool runs in (Teams or SharePoint): sign out or switch account there.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});
