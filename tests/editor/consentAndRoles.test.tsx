/** Consent and roles (issue 15 §4): trying again after consent, and Register for a user who cannot register. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import { createHost, createRepository, renderApp } from './testHost';

describe('after admin consent', () => {
  it('offers “I’ve granted consent, try again”, which gets a fresh token before reading again', async () => {
    const repository = createRepository();
    repository.failNext('listRegistrations', new GraphError({ code: 'consent_required', status: 403 }));
    const order: string[] = [];
    const renewToken = vi.fn(async () => {
      order.push('renew');
    });
    const list = repository.listRegistrations.bind(repository);
    vi.spyOn(repository, 'listRegistrations').mockImplementation((options) => {
      order.push('list');
      return list(options);
    });
    const { user } = renderApp(
      createHost({
        repository,
        renewToken,
        consent: { adminConsentUrl: 'https://login.example.test/t/v2.0/adminconsent?client_id=abc' },
      }),
    );
    expect(await screen.findByText('This tool’s app is not allowed to do this yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I’ve granted consent, try again' }));
    expect(await screen.findByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
    expect(renewToken).toHaveBeenCalledOnce();
    expect(order).toEqual(['list', 'renew', 'list']);
  });

  it('still tries again, and says what the service says now, when no fresh token comes', async () => {
    const repository = createRepository();
    repository.failNext('listRegistrations', new GraphError({ code: 'consent_required', status: 403 }));
    repository.failNext('listRegistrations', new GraphError({ code: 'consent_required', status: 403 }));
    const host = createHost({
      repository,
      renewToken: () => Promise.reject(new Error('interaction_required')),
    });
    const { user } = renderApp(host);
    await user.click(await screen.findByRole('button', { name: 'I’ve granted consent, try again' }));
    await waitFor(() => expect(host.logger.warn).toHaveBeenCalled());
    expect(await screen.findByText('This tool’s app is not allowed to do this yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I’ve granted consent, try again' }));
    expect(await screen.findByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
  });
});

describe('a user whose role cannot register', () => {
  const reason =
    'Registering a container type needs the SharePoint Embedded Administrator or Global Administrator role, which your account does not have.';

  it('sees Register disabled but reachable, with the reason', async () => {
    const { user } = renderApp(createHost({ user: { tenantId: 't', role: 'missing_role' } }));
    const register = await screen.findByRole('button', { name: 'Register a container type…' });
    expect(register).toHaveAttribute('aria-disabled', 'true');
    expect(register).toHaveAccessibleDescription(reason);
    register.focus();
    expect(register).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(register);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sees it once the service refused for lack of the role, when the token gave no hint', async () => {
    const repository = createRepository();
    repository.failNext('listRegistrations', new GraphError({ code: 'role_required', status: 403 }));
    renderApp(createHost({ repository, user: { tenantId: 't', role: 'unknown' } }));
    expect(await screen.findByText('You need an admin role')).toBeInTheDocument();
    const register = screen.getByRole('button', { name: 'Register a container type…' });
    expect(register).toHaveAttribute('aria-disabled', 'true');
    expect(register).toHaveAccessibleDescription(reason);
  });

  it('sees the same for a container type that is not registered', async () => {
    const repository = createRepository();
    repository.failNext('getRegistrationWithGrants', new GraphError({ code: 'not_registered', status: 404 }));
    const { user } = renderApp(createHost({ repository, user: { tenantId: 't', role: 'missing_role' } }));
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    const message = (await screen.findByText('This container type is not registered in your tenant')).closest(
      '.fui-MessageBar',
    ) as HTMLElement;
    const register = within(message).getByRole('button', { name: 'Register this container type…' });
    expect(register).toHaveAttribute('aria-disabled', 'true');
    expect(register).toHaveAccessibleDescription(reason);
    await user.click(register);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is not held back when the token gives no hint: the service decides', async () => {
    const { user } = renderApp(createHost({ user: { tenantId: 't', role: 'unknown' } }));
    const register = await screen.findByRole('button', { name: 'Register a container type…' });
    expect(register).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(reason)).not.toBeInTheDocument();
    await user.click(register);
    expect(await screen.findByRole('dialog', { name: 'Register a container type' })).toBeInTheDocument();
  });
});
