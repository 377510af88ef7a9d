/**
 * Undo and Redo in one registration's matrix: Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z, and the toolbar's
 * buttons, step through unsaved changes and say what they did.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cell, renderMatrix } from './testHost';

const notice = (): HTMLElement =>
  must(screen.getAllByRole('status').find((region) => region.getAttribute('aria-live') === 'polite'));

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('undo and redo', () => {
  it('Ctrl+Z takes back the last change and Ctrl+Y or Ctrl+Shift+Z brings it again, from the matrix', async () => {
    const { user } = await renderMatrix();
    const read = cell('Guest', 'Delegated', 'read');
    const write = cell('Guest', 'Delegated', 'write');
    await user.click(read);
    await user.click(write);
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeEnabled();

    await user.keyboard('{Control>}z{/Control}');
    expect(write).not.toBeChecked();
    expect(read).toBeChecked();
    expect(notice()).toHaveTextContent('Last change undone.');
    await user.keyboard('{Control>}z{/Control}');
    expect(read).not.toBeChecked();
    // Back where it started: nothing to review.
    expect(screen.getByRole('button', { name: /^Review changes/ })).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Control>}y{/Control}');
    expect(read).toBeChecked();
    expect(notice()).toHaveTextContent('Change redone.');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(write).toBeChecked();
  });

  it('the Undo and Redo buttons do the same, by keyboard, and are unavailable when there is nothing to step to', async () => {
    const { user } = await renderMatrix();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
    expect(redo).toHaveAttribute('aria-disabled', 'true');

    const read = cell('Guest', 'Application', 'read');
    await user.click(read);
    undo.focus();
    await user.keyboard('{Enter}');
    expect(read).not.toBeChecked();
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    redo.focus();
    await user.keyboard(' ');
    expect(read).toBeChecked();
    expect(redo).toHaveAttribute('aria-disabled', 'true');
  });

  it('leaves Ctrl+Z to an open dialog', async () => {
    const { user } = await renderMatrix();
    const read = cell('Guest', 'Delegated', 'read');
    await user.click(read);
    await user.click(screen.getByRole('button', { name: 'Add app…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an app' });
    await user.type(within(dialog).getByRole('textbox', { name: /Client id/ }), 'abc');
    await user.keyboard('{Control>}z{/Control}');
    expect(read).toBeChecked();
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(read).toBeChecked();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(read).toBeChecked();
  });
});
