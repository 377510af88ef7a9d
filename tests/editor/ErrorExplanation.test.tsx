import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import type { GraphErrorCode } from '../../src/graph/errors';
import { CONTOSO_ID, OWNER_ID, createHost, createRepository, openRegistration, renderApp } from './testHost';

function failingList(
  error: GraphError,
  hostOverrides = {},
): ReturnType<typeof renderApp> & {
  repository: ReturnType<typeof createRepository>;
} {
  const repository = createRepository();
  repository.failNext('listRegistrations', error);
  return { repository, ...renderApp(createHost({ repository, ...hostOverrides })) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('errors in the admin’s words', () => {
  const cases: [GraphErrorCode, string, RegExp][] = [
    [
      'role_required',
      'You need an admin role',
      /SharePoint Embedded Administrator or a Global Administrator.*Microsoft Entra admin center \(Roles & admins → Roles\)/,
    ],
    [
      'not_owning_app',
      'This tool’s app does not own this container type',
      /FileStorageContainerTypeReg\.Manage\.All/,
    ],
    [
      'not_visible_with_selected_scope',
      'This registration is hidden from this tool',
      /FileStorageContainerTypeReg\.Selected only shows/,
    ],
    [
      'registration_uncertain',
      'Nothing was registered: the service’s answers disagree',
      /both answer “not registered”\. Just now one of them did not .*so nothing was written\./,
    ],
    [
      'too_many_pages',
      'The list is longer than this tool reads',
      /stopped reading instead of showing part of the list\. Nothing was changed\./,
    ],
  ];
  it.each(cases)('explains %s', async (code, title, body) => {
    failingList(new GraphError({ code, status: 403, requestId: 'req-1' }));
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(body)).toBeInTheDocument();
    expect(screen.getByText('Request id: req-1')).toBeInTheDocument();
  });

  it('links to the admin consent page the host built', async () => {
    const adminConsentUrl =
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=abc';
    failingList(new GraphError({ code: 'consent_required', status: 403 }), { consent: { adminConsentUrl } });
    expect(await screen.findByText('This tool’s app is not allowed to do this yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the admin consent page' })).toHaveAttribute(
      'href',
      adminConsentUrl,
    );
  });

  it('shows the service’s message as text for a rejected request', async () => {
    failingList(
      new GraphError({
        code: 'invalid_request',
        status: 400,
        serviceMessage: '<img src=x onerror=alert(1)>',
      }),
    );
    expect(await screen.findByText('The service said: <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers a retry after a network failure', async () => {
    const { user } = failingList(new GraphError({ code: 'network' }));
    expect(await screen.findByText('Microsoft Graph could not be reached')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
  });

  it('counts down a throttling wait before the retry is offered', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    failingList(new GraphError({ code: 'throttled', status: 429, retryAfterSeconds: 2 }));
    expect(await screen.findByText('The service asked to slow down')).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: 'Retry in 2 s' });
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('button', { name: 'Retry in 1 s' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('signs in again through the host after the token expired, then retries', async () => {
    const signIn = vi.fn().mockResolvedValue(undefined);
    const { user } = failingList(new GraphError({ code: 'token_expired', status: 401 }), { signIn });
    expect(await screen.findByText('Your sign-in has expired')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
  });

  it('hides "Sign in again" when the host cannot sign in', async () => {
    failingList(new GraphError({ code: 'token_expired', status: 401 }));
    expect(await screen.findByText('Your sign-in has expired')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in again' })).not.toBeInTheDocument();
  });

  it('copies the request id, and says so when the clipboard is not available', async () => {
    const { user } = failingList(
      new GraphError({ code: 'unknown', requestId: 'b7d2-request', date: '2025-08-11T14:03:00Z' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Copy request id' }));
    expect(await screen.findByText('Request id copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('b7d2-request');

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy request id' }));
    expect(
      await screen.findByText('Could not copy. Select the request id and copy it yourself.'),
    ).toBeInTheDocument();
  });

  it('offers to register a container type that is not registered', async () => {
    const repository = createRepository();
    repository.failNext('getRegistrationWithGrants', new GraphError({ code: 'not_registered', status: 404 }));
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    expect(
      await screen.findByText('This container type is not registered in your tenant'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register this container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    expect(within(dialog).getByRole('textbox', { name: /Container type id/ })).toHaveValue(CONTOSO_ID);
    expect(within(dialog).getByRole('textbox', { name: /Owning app id/ })).toHaveValue(OWNER_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The list read it as registered: a lone 404 never leads to a registration PUT, which would
    // replace every grant. It is opened again, with no request to decide.
    expect(repository.registerCalls).toEqual([]);
    expect(await screen.findByText('This container type was already registered')).toBeInTheDocument();
    expect(await screen.findByRole('grid')).toBeInTheDocument();
  });

  it('explains a failed load of one registration and retries it', async () => {
    const repository = createRepository();
    repository.failNext('getRegistrationWithGrants', new GraphError({ code: 'network' }));
    const { user } = renderApp(createHost({ repository }));
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('grid')).toBeInTheDocument();
  });

  it('warns up front when the token says the admin role is missing', async () => {
    const { user } = renderApp(
      createHost({ user: { tenantId: 't', role: 'missing_role', userPrincipalName: 'adele@contoso.com' } }),
    );
    expect(screen.getByText('Your account may not have the role this tool needs')).toBeInTheDocument();
    expect(screen.getByText('Signed in as adele@contoso.com')).toBeInTheDocument();
    await openRegistration(user);
  });
});
