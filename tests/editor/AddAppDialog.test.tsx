import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  GUEST_ID,
  NEW_APP_ID,
  cell,
  createHost,
  createRepository,
  renderMatrix,
  DISPLAY_NAMES,
} from './testHost';

describe('adding an app', () => {
  it('validates the client id as it is typed and names the app when the lookup is allowed', async () => {
    const repository = createRepository({
      displayNames: { ...DISPLAY_NAMES, [NEW_APP_ID]: 'Northwind Backup' },
    });
    const { user } = await renderMatrix(createHost({ repository }));
    const addButton = screen.getByRole('button', { name: 'Add app…' });
    await user.click(addButton);
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    const input = within(dialog).getByRole('textbox', { name: /Client id/ });

    await user.type(input, 'not-a-guid');
    expect(
      within(dialog).getByText('A client id is a GUID such as 12345678-1234-1234-1234-123456789abc.'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, GUEST_ID);
    expect(within(dialog).getByText('This app is already in the matrix.')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, NEW_APP_ID);
    expect(await within(dialog).findByText('App name: Northwind Backup')).toBeInTheDocument();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Start from a preset' }),
      'Backup reader',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell('Northwind Backup', 'Application', 'readContent')).toBeChecked();
    expect(
      within(screen.getByRole('rowheader', { name: /Northwind Backup/ })).getByText('New'),
    ).toBeInTheDocument();
    expect(screen.getByText('Added Northwind Backup.')).toBeInTheDocument();
    await waitFor(() => expect(addButton).toHaveFocus());
  });

  it('asks for a client id before adding and says when no name is available', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByText('Enter the app’s client id.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Client id/ }), NEW_APP_ID);
    expect(
      await within(dialog).findByText('The app’s name is not available with this sign-in.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // No preset: the new app starts with nothing granted.
    expect(cell(NEW_APP_ID, 'Delegated', 'readContent')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeInTheDocument();
  });

  it('fills in the client id of a well-known app from its preset and marks it', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Start from a preset' }),
      'Graph Explorer',
    );
    const input = within(dialog).getByRole('textbox', { name: /Client id/ });
    expect((input as HTMLInputElement).value).toMatch(/^[0-9a-f-]{36}$/);
    const appId = (input as HTMLInputElement).value;
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = screen.getByRole('rowheader', { name: new RegExp(appId) });
    expect(within(row).getByText('Graph Explorer')).toBeInTheDocument();
    expect(cell(appId, 'Delegated', 'readContent')).toBeChecked();
  });

  it('accepts a client id in braces and capitals, as the Entra admin center shows it, and keeps the plain GUID', async () => {
    const { user } = await renderMatrix();
    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    const input = within(dialog).getByRole('textbox', { name: /Client id/ });
    // user-event reads `{` as the start of a key name: `{{` types one brace.
    await user.type(input, `{{${NEW_APP_ID.toUpperCase()}}`);
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cell(NEW_APP_ID, 'Delegated', 'readContent')).not.toBeChecked();
    expect(screen.getByRole('rowheader', { name: new RegExp(NEW_APP_ID) })).toHaveTextContent(NEW_APP_ID);
  });

  it('can be cancelled with Escape, returning focus to the Add button', async () => {
    const { user } = await renderMatrix();
    const addButton = screen.getByRole('button', { name: 'Add app…' });
    await user.click(addButton);
    await screen.findByRole('dialog', { name: 'Add an app' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(addButton).toHaveFocus());
  });
});
