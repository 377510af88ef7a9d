/**
 * Issue 22, item 3: "Register a container type…" never trusts a lone 404. A type the tool has read as
 * registered (the list, the overview, an open matrix) is opened without a request; otherwise the
 * repository decides, and when its two reads disagree the dialog says that nothing was written, and why.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/graph/errors';
import { CONTOSO_ID, NEW_APP_ID, OWNER_ID, createHost, createRepository, renderApp } from './testHost';

const NOT_LISTED_ID = 'f00dfeed-0000-4000-8000-000000000022';

describe('registering a container type the tool has read as registered', () => {
  it('opens a listed type with no request at all, whatever the service would answer now', async () => {
    const repository = createRepository();
    // The service would answer a lone 404 (a lagging replica): the old way PUT the owner alone.
    repository.failNext('registerContainerType', new GraphError({ code: 'not_registered', status: 404 }));
    const before = repository.grantsOf(CONTOSO_ID);
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    await user.click(screen.getByRole('button', { name: 'Register a container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    // Upper case: ids are GUIDs, compared without regard to case.
    await user.type(
      within(dialog).getByRole('textbox', { name: /Container type id/ }),
      CONTOSO_ID.toUpperCase(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('This container type was already registered')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' })).toBeChecked();
    expect(repository.registerCalls).toEqual([]);
    expect(repository.grantsOf(CONTOSO_ID)).toEqual(before);
  });

  it('opens a listed type without asking to confirm an owner, since nothing is written', async () => {
    const repository = createRepository();
    const { user } = renderApp(createHost({ repository, scopeMode: 'manageAll', clientId: NEW_APP_ID }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    await user.click(screen.getByRole('button', { name: 'Register a container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), CONTOSO_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('This container type was already registered')).toBeInTheDocument();
    expect(repository.registerCalls).toEqual([]);
  });

  it('a stray 404 on an open registration offers Register, which opens it again and writes nothing', async () => {
    const repository = createRepository();
    repository.failNext('getRegistrationWithGrants', new GraphError({ code: 'not_registered', status: 404 }));
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    await user.click(await screen.findByRole('button', { name: 'Register this container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('This container type was already registered')).toBeInTheDocument();
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    expect(repository.registerCalls).toEqual([]);
  });
});

describe('registering a type the tool has not read', () => {
  it('fails closed when the service’s two reads disagree, says why, and retries on request', async () => {
    const repository = createRepository();
    repository.failNext(
      'registerContainerType',
      new GraphError({ code: 'registration_uncertain', status: 200, requestId: 'req-grants' }),
    );
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    await user.click(screen.getByRole('button', { name: 'Register a container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), NOT_LISTED_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(
      await within(dialog).findByText('Nothing was registered: the service’s answers disagree'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/so nothing was written\./)).toBeInTheDocument();
    expect(within(dialog).getByText('Request id: req-grants')).toBeInTheDocument();
    expect(repository.registerCalls).toEqual([{ containerTypeId: NOT_LISTED_ID, owningAppId: OWNER_ID }]);

    // A retry asks the service again (both reads), here answering "not registered" twice.
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Registered')).toBeInTheDocument();
    await waitFor(() => expect(repository.registerCalls).toHaveLength(2));
  });
});
