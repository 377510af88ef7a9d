import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_ID,
  CONTOSO_ID,
  GUEST_ID,
  OWNER_ID,
  cell,
  contoso,
  createHost,
  createRepository,
  grant,
  openRegistration,
  renderApp,
  renderMatrix,
} from './testHost';

/** A registration with the owning app and `guests` more apps. */
function manyApps(guests: number): ReturnType<typeof createRepository> {
  const apps = Array.from({ length: guests }, (_, index) =>
    grant(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, ['read'], ['none']),
  );
  return createRepository({ registrations: [contoso([grant(OWNER_ID, ['full'], ['full']), ...apps])] });
}

describe('keyboard use of the matrix', () => {
  it('has one tab stop, moves with arrow keys, Home/End and Ctrl+Home, and toggles with Space', async () => {
    const { user } = await renderMatrix();
    const first = cell('Contoso Owner', 'Delegated', 'readContent');
    // One tab stop: only the current cell is in the tab order.
    expect(first).toHaveAttribute('tabindex', '0');
    expect(cell('Guest', 'Delegated', 'readContent')).toHaveAttribute('tabindex', '-1');

    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Guest', 'Delegated', 'readContent')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cell('Guest', 'Delegated', 'writeContent')).toHaveFocus();
    expect(cell('Guest', 'Delegated', 'writeContent')).toHaveAttribute('tabindex', '0');

    await user.keyboard(' ');
    expect(cell('Guest', 'Delegated', 'writeContent')).toBeChecked();
    expect(cell('Guest', 'Delegated', 'writeContent')).toHaveFocus();

    await user.keyboard('{End}');
    expect(cell('Guest', 'Application', 'full')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Actions for Guest' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: `Actions for ${BACKUP_ID}` })).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cell(BACKUP_ID, 'Application', 'full')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(screen.getByRole('button', { name: 'Actions for Contoso Owner' })).toHaveFocus();
  });

  it('reaches the column menus above the first row and opens them with Enter', async () => {
    const { user } = await renderMatrix();
    cell('Contoso Owner', 'Delegated', 'create').focus();
    await user.keyboard('{ArrowUp}');
    const header = screen.getByRole('button', { name: 'create (Delegated): change for every app' });
    expect(header).toHaveFocus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Grant create to every app' }));
    expect(cell('Guest', 'Delegated', 'create')).toBeChecked();
    await waitFor(() => expect(header).toHaveFocus());
  });

  it('opens a row menu from the keyboard and returns focus to it', async () => {
    const { user } = await renderMatrix();
    const rowMenu = screen.getByRole('button', { name: 'Actions for Guest' });
    rowMenu.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('menu');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(rowMenu).toHaveFocus();
  });

  it('in a matrix of 150 apps renders a window of rows, and the keyboard still reaches the last app', async () => {
    const { user } = renderApp(createHost({ repository: manyApps(150) }));
    await openRegistration(user);
    await screen.findByRole('checkbox', { name: 'Contoso Owner Delegated readContent' });
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', String(151 + 3));
    // Only a window of the 151 app rows is in the page; each says where it sits in the whole grid.
    const rendered = within(grid).getAllByRole('rowheader');
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '4');
    const last = '00000000-0000-4000-8000-000000000149';
    expect(screen.queryByRole('button', { name: `Actions for ${last}` })).not.toBeInTheDocument();

    cell('Contoso Owner', 'Delegated', 'readContent').focus();
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(cell(last, 'Application', 'full')).toHaveFocus());
    expect(cell(last, 'Application', 'full').closest('tr')).toHaveAttribute('aria-rowindex', String(151 + 3));
    await user.keyboard(' ');
    expect(cell(last, 'Application', 'full')).toBeChecked();
    await user.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for Contoso Owner' })).toHaveFocus(),
    );
    // jsdom renders and walks 150 rows of Fluent components: about a minute on 2 cores (the browser's
    // figure is benchmark 4).
  }, 150_000);
});

describe('keyboard focus around dialogs and removed rows', () => {
  const focusIsIn = (element: HTMLElement): boolean => element.contains(document.activeElement);

  it('keeps focus in the review while it saves, and one Escape closes the results onto the Review button', async () => {
    const { user } = await renderMatrix();
    cell('Guest', 'Application', 'read').focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Review changes (1 app)' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    await waitFor(() => expect(focusIsIn(dialog)).toBe(true));
    within(dialog).getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');

    const results = await screen.findByRole('dialog', { name: 'Save results' });
    await within(results).findByText('Guest: saved');
    await waitFor(() => expect(focusIsIn(results)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Review changes (0 apps)' })).toHaveFocus(),
    );
  });

  it('moves focus into the conflict resolver and into the results it leads back to', async () => {
    const repository = createRepository();
    const { user } = await renderMatrix(createHost({ repository }));
    cell('Guest', 'Delegated', 'writeContent').focus();
    await user.keyboard(' ');
    repository.changeElsewhere(CONTOSO_ID, GUEST_ID, grant(GUEST_ID, ['readContent', 'read'], ['none']));
    screen.getByRole('button', { name: 'Review changes (1 app)' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' });
    within(dialog).getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{Enter}');

    const results = await screen.findByRole('dialog', { name: 'Save results' });
    await waitFor(() => expect(focusIsIn(results)).toBe(true));
    within(results).getByRole('button', { name: 'Resolve conflicts…' }).focus();
    await user.keyboard('{Enter}');
    const resolver = await screen.findByRole('dialog', { name: 'Resolve conflicts' });
    await within(resolver).findByRole('radio', { name: 'Keep theirs' });
    await waitFor(() => expect(focusIsIn(resolver)).toBe(true));
    within(resolver).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    const back = await screen.findByRole('dialog', { name: 'Save results' });
    await waitFor(() => expect(focusIsIn(back)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('after removing a row from its menu by keyboard, focus goes to the next row, or the previous one when it was last', async () => {
    const { user } = await renderMatrix();
    const removeByKeyboard = async (app: string): Promise<void> => {
      screen.getByRole('button', { name: `Actions for ${app}` }).focus();
      await user.keyboard('{Enter}');
      await screen.findByRole('menu');
      // Down to "Remove app", the last item, and choose it.
      await user.keyboard('{End}{Enter}');
      await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    };
    await removeByKeyboard('Guest');
    expect(screen.queryByRole('button', { name: 'Actions for Guest' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Actions for ${BACKUP_ID}` })).toHaveFocus(),
    );

    await removeByKeyboard(BACKUP_ID);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for Contoso Owner' })).toHaveFocus(),
    );
  });
});
