import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_ID,
  CONTOSO_ID,
  GUEST_ID,
  NEW_APP_ID,
  OWNER_ID,
  cell,
  contoso,
  createHost,
  createRepository,
  fabrikam,
  grant,
  renderApp,
} from './testHost';
import { GRAPH_EXPLORER_APP_ID } from '../../src/core/wellKnownApps';
import { GraphError } from '../../src/graph/errors';

const rowOf = (name: string): HTMLElement =>
  screen.getByRole('button', { name }).closest('[role="row"]') as HTMLElement;
const findRow = async (name: string): Promise<HTMLElement> =>
  (await screen.findByRole('button', { name })).closest('[role="row"]') as HTMLElement;

describe('the registration list', () => {
  it('shows each registration with its details and the number of apps', async () => {
    renderApp(createHost());
    expect(screen.getByText('Loading registrations…')).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Contoso Files' });
    const grid = screen.getByRole('grid', { name: 'Container type registrations' });
    for (const header of [
      'Name',
      'Container type id',
      'Owning app',
      'Billing',
      'Registered',
      'Expires',
      'Apps',
    ]) {
      expect(within(grid).getByRole('columnheader', { name: new RegExp(header) })).toBeInTheDocument();
    }
    const contoso = rowOf('Contoso Files');
    expect(within(contoso).getByText(CONTOSO_ID)).toBeInTheDocument();
    expect(within(contoso).getByText('Trial, valid')).toBeInTheDocument();
    expect(within(contoso).getByText('Never')).toBeInTheDocument();
    expect(await within(contoso).findByText('3')).toBeInTheDocument();
    const fabrikam = rowOf('Fabrikam Archive');
    expect(within(fabrikam).getByText('Standard, invalid')).toBeInTheDocument();
    expect(await within(fabrikam).findByText('1')).toBeInTheDocument();
    expect(screen.getByText('2 registrations')).toBeInTheDocument();
  });

  it('reads the app counts of all registrations in one batched call, not one read each', async () => {
    const repository = createRepository();
    renderApp(createHost({ repository }));
    expect(await within(await findRow('Contoso Files')).findByText('3')).toBeInTheDocument();
    expect(await within(rowOf('Fabrikam Archive')).findByText('1')).toBeInTheDocument();
    expect(repository.manyReads).toHaveLength(1);
    expect([...(repository.manyReads[0] ?? [])].sort()).toEqual(
      (await repository.listRegistrations()).map((registration) => registration.id).sort(),
    );
  });

  it('searches by name, container type id and app id', async () => {
    const { user } = renderApp(createHost());
    await screen.findByRole('button', { name: 'Contoso Files' });
    const search = screen.getByRole('searchbox', { name: 'Search registrations' });

    await user.type(search, 'fabri');
    expect(screen.queryByRole('button', { name: 'Contoso Files' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fabrikam Archive' })).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 2 registrations')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, CONTOSO_ID.slice(0, 13));
    expect(screen.getByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fabrikam Archive' })).not.toBeInTheDocument();

    // A granted app's id finds every registration it has permissions on, once the counts are in.
    await screen.findByText('3');
    await user.clear(search);
    await user.type(search, GUEST_ID.toUpperCase());
    expect(screen.getByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, BACKUP_ID);
    expect(screen.getByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fabrikam Archive' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.getByText('No registration matches “nothing like this”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByRole('button', { name: 'Fabrikam Archive' })).toBeInTheDocument();
  });

  it('finds a registration by the name of an app on it, every word typed, Microsoft apps named without a lookup', async () => {
    const repository = createRepository({
      registrations: [
        contoso([grant(OWNER_ID, ['full'], ['full']), grant(GRAPH_EXPLORER_APP_ID, ['readContent'], [])]),
        fabrikam(),
      ],
    });
    const { user } = renderApp(createHost({ repository }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    await waitFor(() => expect(screen.queryByText('Counting…')).not.toBeInTheDocument());
    const search = screen.getByRole('searchbox', { name: 'Search registrations' });

    await user.type(search, 'explorer graph');
    expect(screen.getByRole('button', { name: 'Contoso Files' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fabrikam Archive' })).not.toBeInTheDocument();
  });

  it('explains an empty list with .Selected and offers to register', async () => {
    const repository = createRepository({ registrations: [] });
    renderApp(createHost({ repository, scopeMode: 'selected' }));
    expect(await screen.findByText('No registrations to show')).toBeInTheDocument();
    expect(screen.getByText(/only shows registrations owned by its own app/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Register a container type…' })).toHaveLength(2);
  });

  it('explains an empty tenant with .Manage.All', async () => {
    const repository = createRepository({ registrations: [] });
    renderApp(createHost({ repository, scopeMode: 'manageAll' }));
    expect(
      await screen.findByText('No container type is registered in this tenant yet. Register one to start.'),
    ).toBeInTheDocument();
  });

  it('shows when an app count could not be read', async () => {
    const repository = createRepository();
    repository.failNext('listGrants', new GraphError({ code: 'network' }));
    renderApp(createHost({ repository }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    expect(await screen.findByText('Not available')).toBeInTheDocument();
  });

  it('registers a new container type with the tool’s own app as owner (.Selected), and shows what the service holds', async () => {
    const repository = createRepository({ registrations: [] });
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await screen.findByText('No registrations to show');
    await user.click(screen.getAllByRole('button', { name: 'Register a container type…' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    const owner = within(dialog).getByRole('textbox', { name: /Owning app id/ });
    expect(owner).toHaveValue(OWNER_ID);
    expect(within(dialog).getByRole('textbox', { name: /Container type id/ })).toHaveAccessibleDescription(
      /Get-SPOContainerType/,
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(
      within(dialog).getByText('A client id is a GUID such as 12345678-1234-1234-1234-123456789abc.'),
    ).toBeInTheDocument();
    expect(repository.registerCalls).toHaveLength(0);

    await user.clear(within(dialog).getByRole('textbox', { name: /Container type id/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), CONTOSO_ID);
    // The signed-in app itself needs no confirmation.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Registered')).toBeInTheDocument();
    expect(screen.getByText('The matrix shows what the service holds now.')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Contoso Owner Application full' })).toBeChecked();
    expect(repository.registerCalls).toEqual([{ containerTypeId: CONTOSO_ID, owningAppId: OWNER_ID }]);
  });

  it('never gives full access to an owner id the admin did not confirm', async () => {
    const repository = createRepository({ registrations: [] });
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await user.click((await screen.findAllByRole('button', { name: 'Register a container type…' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), CONTOSO_ID);
    const owner = within(dialog).getByRole('textbox', { name: /Owning app id/ });
    await user.clear(owner);
    await user.type(owner, BACKUP_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(
      within(dialog).getByText('Confirm the owning app: whoever is named here gets full access.'),
    ).toBeInTheDocument();
    expect(repository.registerCalls).toHaveLength(0);

    await user.click(
      within(dialog).getByRole('checkbox', {
        name: `${BACKUP_ID} owns this container type and gets full access on both planes`,
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('checkbox', { name: `${BACKUP_ID} Delegated full` })).toBeChecked();
    expect(repository.registerCalls).toEqual([{ containerTypeId: CONTOSO_ID, owningAppId: BACKUP_ID }]);
  });

  it('with .Manage.All asks for the owner, names it when the directory allows, and needs a confirmation', async () => {
    const repository = createRepository({ registrations: [] });
    const { user } = renderApp(createHost({ repository, scopeMode: 'manageAll', clientId: NEW_APP_ID }));
    await user.click((await screen.findAllByRole('button', { name: 'Register a container type…' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    const owner = within(dialog).getByRole('textbox', { name: /Owning app id/ });
    expect(owner).toHaveValue('');
    await user.type(owner, GUEST_ID);
    expect(await within(dialog).findByText('App name: Guest')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', {
        name: `${GUEST_ID} owns this container type and gets full access on both planes`,
      }),
    ).not.toBeChecked();
  });

  it('reads ids pasted in braces as plain GUIDs when registering', async () => {
    const repository = createRepository({ registrations: [] });
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await user.click((await screen.findAllByRole('button', { name: 'Register a container type…' }))[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    // user-event reads `{` as the start of a key name: `{{` types one brace.
    await user.type(
      within(dialog).getByRole('textbox', { name: /Container type id/ }),
      `{{${CONTOSO_ID.toUpperCase()}}`,
    );
    const owner = within(dialog).getByRole('textbox', { name: /Owning app id/ });
    await user.clear(owner);
    await user.type(owner, `{{${OWNER_ID.toUpperCase()}} `);
    // Still the tool's own app: no confirmation needed.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Registered')).toBeInTheDocument();
    expect(repository.registerCalls).toEqual([{ containerTypeId: CONTOSO_ID, owningAppId: OWNER_ID }]);
  });

  it('opens a container type that is registered already and writes nothing', async () => {
    const repository = createRepository();
    const before = repository.grantsOf(CONTOSO_ID);
    const { user } = renderApp(createHost({ repository, scopeMode: 'selected', clientId: OWNER_ID }));
    await user.click(await screen.findByRole('button', { name: 'Register a container type…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a container type' });
    await user.type(within(dialog).getByRole('textbox', { name: /Container type id/ }), CONTOSO_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('This container type was already registered')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' })).toBeChecked();
    expect(repository.grantsOf(CONTOSO_ID)).toEqual(before);
  });
});

describe('opening a registration from the list', () => {
  /** The list with its app counts read, and the registration's own read held until `release`. */
  async function listReadThenHoldRegistrationReads() {
    const repository = createRepository();
    let release: () => void = () => undefined;
    const rendered = renderApp(createHost({ repository }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    await waitFor(() => expect(screen.queryByText('Counting…')).not.toBeInTheDocument());
    repository.holdRegistrationReads = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Another admin adds a permission after the list read it.
    repository.changeElsewhere(CONTOSO_ID, GUEST_ID, grant(GUEST_ID, ['readContent', 'read'], ['none']));
    return { repository, user: rendered.user, release: () => act(async () => release()) };
  }

  it('shows the matrix from the list’s read at once, then the service’s fresh copy', async () => {
    const { repository, user, release } = await listReadThenHoldRegistrationReads();
    await user.click(screen.getByRole('button', { name: 'Contoso Files' }));
    await screen.findByRole('grid', { name: /Permissions of the apps on Contoso Files/ });
    // On screen while its own read is still on the way: the list's copy, without the new permission.
    expect(repository.registrationReads).toEqual([CONTOSO_ID]);
    expect(await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' })).toBeChecked();
    expect(cell('Guest', 'Delegated', 'read')).not.toBeChecked();

    await release();
    await waitFor(() => expect(cell('Guest', 'Delegated', 'read')).toBeChecked());
  });

  it('keeps an edit made before the fresh copy arrives, and the save shows the other admin’s change as a conflict', async () => {
    const { user, release } = await listReadThenHoldRegistrationReads();
    await user.click(screen.getByRole('button', { name: 'Contoso Files' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Guest Application readContent' }));

    await release();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(cell('Guest', 'Application', 'readContent')).toBeChecked();
    expect(cell('Guest', 'Delegated', 'read')).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: /^Review changes/ }));
    await user.click(await screen.findByRole('button', { name: 'Save', exact: true }));
    expect(
      await screen.findByText('Guest: changed by someone else since you loaded it; nothing was overwritten'),
    ).toBeInTheDocument();
  });
});
