/**
 * Check my access: the signed-in admin's account, the roles and scopes their token carries against what
 * the tool asks for, consent per scope with what to do, and which registrations the list can show.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TokenFacts } from '../../src/core/myAccess';
import type { EditorHost } from '../../src/editor';
import { createHost, renderApp } from './testHost';

const SPE_ADMIN = '1a7d78b6-429f-476b-b8eb-35fb715fffd4';
const SELECTED = 'FileStorageContainerTypeReg.Selected';
const CONSENT_URL = 'https://login.example/tenant/v2.0/adminconsent?client_id=app';

function hostWith(facts: () => Promise<TokenFacts>, overrides: Partial<EditorHost> = {}): EditorHost {
  return createHost({
    scopeMode: 'selected',
    clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
    consent: { adminConsentUrl: CONSENT_URL },
    appNames: {
      status: () => ({ type: 'missing', reason: 'not_requested' }),
      subscribe: () => () => undefined,
      request: vi.fn(),
    },
    tokenFacts: facts,
    ...overrides,
    user: {
      tenantId: '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76',
      role: 'has_role',
      displayName: 'Megan Bowen',
      userPrincipalName: 'megan@contoso.onmicrosoft.com',
      ...overrides.user,
    },
  });
}

async function openMyAccess(host: EditorHost): Promise<HTMLElement> {
  const { user } = renderApp(host);
  await screen.findByRole('button', { name: 'Contoso Files' });
  await user.click(screen.getByRole('button', { name: 'Check my access' }));
  return screen.findByRole('dialog', { name: 'Your access' });
}

const scopeItems = (dialog: HTMLElement): (string | null)[] =>
  within(within(dialog).getByRole('region', { name: 'Microsoft Graph permissions (scopes)' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('check my access', () => {
  it('says the account, the role and the consented scope; .Selected shows only owned registrations', async () => {
    const dialog = await openMyAccess(
      hostWith(() => Promise.resolve({ roleIds: [SPE_ADMIN], scopes: [SELECTED] })),
    );
    expect(
      await within(dialog).findByText(
        'SharePoint Embedded Administrator: may read and change container type registrations.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Account: megan@contoso.onmicrosoft.com')).toBeInTheDocument();
    expect(within(dialog).getByText('Tenant: 4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76')).toBeInTheDocument();
    expect(scopeItems(dialog)).toEqual([
      'FileStorageContainerTypeReg.Selected (the tool asks for it to read and change registrations): in your token, so consented. It does not need admin consent: you can consent to it when you sign in, or an administrator consents for everyone.',
      'Application.Read.All (optional: the tool asks for it only to show app names): not in your token: not consented, or not asked for yet. It needs admin consent: an administrator who may consent for the whole organization, such as a Global Administrator, grants it. To ask for it, open a registration and choose “Show app names”.',
    ]);
    expect(within(dialog).queryByRole('link', { name: 'Open the admin consent page' })).toBeNull();
    expect(
      within(within(dialog).getByRole('region', { name: 'Which registrations the list shows' })).getByText(
        /^With FileStorageContainerTypeReg\.Selected the list shows only registrations of container types owned by this tool’s app/,
      ),
    ).toBeInTheDocument();
  });

  it('without the scope: says it is missing, links the admin consent page, and that no registration shows', async () => {
    const dialog = await openMyAccess(hostWith(() => Promise.resolve({ roleIds: [SPE_ADMIN], scopes: [] })));
    const link = await within(dialog).findByRole('link', { name: 'Open the admin consent page' });
    expect(link).toHaveAttribute('href', CONSENT_URL);
    expect(scopeItems(dialog)[0]).toMatch(
      /^FileStorageContainerTypeReg\.Selected \(the tool asks for it to read and change registrations\): not in your token/,
    );
    expect(
      within(dialog).getByText(
        'Without FileStorageContainerTypeReg.Selected or FileStorageContainerTypeReg.Manage.All the service shows no registration.',
      ),
    ).toBeInTheDocument();
  });

  it('with no admin role: says none of them and who can assign one', async () => {
    const dialog = await openMyAccess(hostWith(() => Promise.resolve({ roleIds: [], scopes: [SELECTED] })));
    expect(
      await within(dialog).findByText(
        'None of these: SharePoint Embedded Administrator, Global Administrator.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/^Reading and changing container type registrations needs/),
    ).toBeInTheDocument();
  });

  it('when the token carries no roles or scopes: says the token does not say, and guesses nothing', async () => {
    const dialog = await openMyAccess(hostWith(() => Promise.resolve({})));
    expect(
      await within(dialog).findByText(/^The token does not say: it lists no directory roles/),
    ).toBeInTheDocument();
    expect(scopeItems(dialog).map((item) => /\): the token does not say\. /.test(item ?? ''))).toEqual([
      true,
      true,
    ]);
  });

  it('when the token cannot be read: says so, and still says what .Selected hides', async () => {
    const dialog = await openMyAccess(hostWith(() => Promise.reject(new Error('interaction_required'))));
    expect(
      await within(dialog).findAllByText(
        'Your token could not be read now (you may have to sign in again). Close this and check again.',
      ),
    ).toHaveLength(2);
    expect(
      within(dialog).getByText(/^With FileStorageContainerTypeReg\.Selected the list shows only/),
    ).toBeInTheDocument();
  });

  it('with SharePoint’s token: the account is the host’s, and the permissions are granted to SharePoint’s app', async () => {
    const dialog = await openMyAccess(
      hostWith(() => Promise.resolve({ scopes: [] }), {
        scopeMode: 'manageAll',
        clientId: undefined,
        consent: undefined,
        account: { kind: 'host' },
      }),
    );
    expect(await within(dialog).findByText(/^Here the tool uses SharePoint’s own token/)).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'This is the account of the app this tool runs in (Teams or SharePoint): sign out or switch account there.',
      ),
    ).toBeInTheDocument();
    expect(scopeItems(dialog)[0]).toMatch(
      /^FileStorageContainerTypeReg\.Manage\.All .* It needs admin consent/,
    );
  });

  it('shows a hostile account name as text, cut to a label’s length', async () => {
    const hostile = `<img src=x onerror="alert(1)">${'w'.repeat(5000)}`;
    const dialog = await openMyAccess(
      hostWith(() => Promise.resolve({}), {
        user: { tenantId: 't', role: 'unknown', userPrincipalName: hostile },
      }),
    );
    const line = within(dialog).getByText(/^Account: <img src=x/);
    expect(line.textContent?.length).toBeLessThan(300);
    expect(dialog.querySelector('img')).toBeNull();
  });

  it('closes back to its button', async () => {
    const { user } = renderApp(hostWith(() => Promise.resolve({ scopes: [SELECTED] })));
    await screen.findByRole('button', { name: 'Contoso Files' });
    const button = screen.getByRole('button', { name: 'Check my access' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Your access' });
    await within(dialog).findByText(/^FileStorageContainerTypeReg\.Selected/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('is not offered where the host cannot read the token', async () => {
    renderApp(createHost());
    await screen.findByRole('button', { name: 'Contoso Files' });
    expect(screen.queryByRole('button', { name: 'Check my access' })).toBeNull();
  });

  it('speaks Italian', async () => {
    const { user } = renderApp(
      hostWith(() => Promise.resolve({ roleIds: [SPE_ADMIN], scopes: [SELECTED] }), { locale: 'it-IT' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Verifica il mio accesso' }));
    const dialog = await screen.findByRole('dialog', { name: 'Il tuo accesso' });
    expect(
      await within(dialog).findByText(
        'Amministratore di SharePoint Embedded: può leggere e modificare le registrazioni dei tipi di contenitore.',
      ),
    ).toBeInTheDocument();
  });
});
