/**
 * Names, ids and values from Graph that are meant to break the client: 20,000 characters, a
 * right-to-left override, a zero-width joiner that makes one app look like another. Layout cannot be
 * measured here (the browser tests do that); these assert what a user notices: the flag, the
 * isolation, the bounded label, and the full value on focus, on hover and in the details.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RegistrationWithGrants } from '../../src/core/model';
import {
  BACKUP_ID,
  GUEST_ID,
  OWNER_ID,
  cell,
  contoso,
  createHost,
  createRepository,
  grant,
  openRegistration,
  renderApp,
} from './testHost';

// Rendering and querying 20,000-character texts in jsdom takes longer than testHost's 30 s allows on a
// busy machine.
vi.setConfig({ testTimeout: 120_000 });

const LONG_APP_ID = 'c1d2e3f4-0001-4000-8000-000000000001';
const LONG_APP_NAME = 'VeryLongAppName'.repeat(1_334).slice(0, 20_000);
const LOOKALIKE_APP_ID = 'c1d2e3f4-0002-4000-8000-000000000002';
/** "Guest" with a zero-width joiner. */
const LOOKALIKE_APP_NAME = 'Gu\u200Dest';
const REVERSED_APP_ID = 'c1d2e3f4-0003-4000-8000-000000000003';
/** Shows as "Guest" when the right-to-left override is obeyed. */
const REVERSED_APP_NAME = '\u202Etseug';
const LONG_VALUE = `futurePermission${'X'.repeat(20_000 - 16)}`;
const LONG_REGISTRATION_NAME = 'LongName'.repeat(2_500);
const SPOOFED_REGISTRATION_ID = 'a1b2c3d4-0007-4000-8000-000000000007';
/** Shows as "Contoso Files" when the right-to-left override is obeyed. */
const SPOOFED_REGISTRATION_NAME = '\u202Eselif osotnoC';

/** The label of a 20,000-character name: its first 255 characters and an ellipsis. */
const LONG_APP_LABEL = `${LONG_APP_NAME.slice(0, 255)}…`;

function hostileRepository(): ReturnType<typeof createRepository> {
  const registration = (id: string, name: string): RegistrationWithGrants => ({
    ...contoso([grant(OWNER_ID, ['full'], ['full'])]),
    id,
    name,
  });
  return createRepository({
    registrations: [
      contoso([
        grant(OWNER_ID, ['full'], ['full']),
        grant(GUEST_ID, ['readContent'], ['none']),
        grant(LONG_APP_ID, ['readContent'], ['none']),
        grant(LOOKALIKE_APP_ID, ['full'], ['full']),
        grant(REVERSED_APP_ID, ['none'], ['readContent']),
        grant(BACKUP_ID, ['none'], ['readContent', LONG_VALUE]),
      ]),
      registration('a1b2c3d4-0006-4000-8000-000000000006', LONG_REGISTRATION_NAME),
      registration(SPOOFED_REGISTRATION_ID, SPOOFED_REGISTRATION_NAME),
    ],
    displayNames: {
      [OWNER_ID]: 'Contoso Owner',
      [GUEST_ID]: 'Guest',
      [LONG_APP_ID]: LONG_APP_NAME,
      [LOOKALIKE_APP_ID]: LOOKALIKE_APP_NAME,
      [REVERSED_APP_ID]: REVERSED_APP_NAME,
    },
  });
}

async function renderHostileMatrix(): Promise<ReturnType<typeof renderApp>> {
  const result = renderApp(createHost({ repository: hostileRepository() }));
  await openRegistration(result.user);
  // Names arrive from lookups: wait until the reversed name is shown.
  await screen.findByRole('checkbox', { name: '[U+202E]tseug Application readContent' });
  return result;
}

const rowHeader = (name: RegExp): HTMLElement => screen.getByRole('rowheader', { name });

describe('hostile names and values in the matrix', () => {
  it('shows a right-to-left override as a code point, isolated and flagged, so the name cannot pass for another', async () => {
    await renderHostileMatrix();
    const reversed = rowHeader(/^\[U\+202E\]tseug/);
    // Flagged for the eye and, as text of the row header, for screen readers.
    expect(within(reversed).getByText('Hidden characters')).toBeInTheDocument();
    // Isolated: nothing in the name can reorder the text around it.
    const name = within(reversed).getByText('[U+202E]tseug');
    expect(name.tagName).toBe('BDI');
    // The cell names keep "<app> <plane> <permission>", with the override shown, never obeyed.
    expect(cell('[U+202E]tseug', 'Application', 'readContent')).toBeChecked();
    for (const checkbox of screen.getAllByRole('checkbox')) {
      expect(checkbox).not.toHaveAccessibleName(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D]/);
    }
    // The real app is not flagged.
    expect(within(rowHeader(/^Guest/)).queryByText('Hidden characters')).not.toBeInTheDocument();
  });

  it('tells an app whose name has a zero-width joiner from the app it imitates', async () => {
    await renderHostileMatrix();
    const lookalike = rowHeader(/^Gu\[U\+200D\]est/);
    expect(within(lookalike).getByText('Hidden characters')).toBeInTheDocument();
    expect(cell('Gu[U+200D]est', 'Delegated', 'full')).toBeChecked();
    expect(cell('Guest', 'Delegated', 'full')).not.toBeChecked();
    // Only the real app's row answers to "Guest": its 14 delegated cells.
    expect(screen.getAllByRole('checkbox', { name: /^Guest Delegated / })).toHaveLength(14);
  });

  it('cuts a 20,000-character app name short, and shows it on focus, on hover and in full in the details', async () => {
    const { user } = await renderHostileMatrix();
    // The label is bounded: every cell and the row menu are named by its first 255 characters.
    expect(cell(LONG_APP_LABEL, 'Delegated', 'readContent')).toBeChecked();
    const row = rowHeader(/^VeryLongAppName/);
    expect(row.textContent?.length ?? 0).toBeLessThan(1_000);

    // Focus on the row's menu button shows the name: its beginning, and how long it is.
    const menuButton = screen.getByRole('button', { name: `Actions for ${LONG_APP_LABEL}` });
    menuButton.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(LONG_APP_NAME.slice(0, 499));
    expect(tip).toHaveTextContent('20,000 characters in all: the details show the whole text.');
    expect(tip).toHaveTextContent(LONG_APP_ID);

    // So does the pointer over the row header.
    menuButton.blur();
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    await user.hover(within(row).getByText(/^VeryLongAppName/));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('20,000 characters in all');
    await user.unhover(row);

    // The details show all of it.
    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Details…' }));
    const dialog = await screen.findByRole('dialog', { name: 'App details' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue(LONG_APP_NAME);
    expect(within(dialog).getByRole('textbox', { name: 'App id' })).toHaveValue(LONG_APP_ID);
    expect(within(dialog).getByText('20,000 characters')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows hidden characters in the details as code points and names them', async () => {
    const { user } = await renderHostileMatrix();
    await user.click(screen.getByRole('button', { name: 'Actions for [U+202E]tseug' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Details…' }));
    const dialog = await screen.findByRole('dialog', { name: 'App details' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('[U+202E]tseug');
    expect(within(dialog).getByText(/Contains hidden characters, .*: U\+202E\./)).toBeInTheDocument();
  });

  it('cuts a 20,000-character permission value short under Other, in full on hover and in the details', async () => {
    const { user } = await renderHostileMatrix();
    const tag = screen.getByText(/^futurePermissionX+…$/);
    expect(tag.textContent).toHaveLength(256);
    await user.hover(tag);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(LONG_VALUE.slice(0, 499));
    expect(tip).toHaveTextContent('20,000 characters in all');
    await user.unhover(tag);

    await user.click(screen.getByRole('button', { name: `Actions for ${BACKUP_ID}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Details…' }));
    const dialog = await screen.findByRole('dialog', { name: 'App details' });
    expect(
      within(dialog).getByRole('textbox', { name: 'Application (app-only): values not known to this tool' }),
    ).toHaveValue(LONG_VALUE);
  });
});

describe('hostile names in the registration list', () => {
  it('flags and isolates a spoofed name, cuts a long one short, and shows it in full on focus and in the details', async () => {
    const { user } = renderApp(createHost({ repository: hostileRepository() }));
    const spoofed = await screen.findByRole('button', { name: /^\[U\+202E\]selif osotnoC/ });
    expect(within(spoofed).getByText('Hidden characters')).toBeInTheDocument();
    expect(within(spoofed).getByText('[U+202E]selif osotnoC').tagName).toBe('BDI');
    // The real one is not flagged.
    expect(
      within(screen.getByRole('button', { name: 'Contoso Files' })).queryByText('Hidden characters'),
    ).not.toBeInTheDocument();

    // A name in sight in full has no tooltip to repeat it.
    screen.getByRole('button', { name: 'Contoso Files' }).focus();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    const long = screen.getByRole('button', { name: /^(LongName)+/ });
    expect(long.textContent?.length ?? 0).toBeLessThanOrEqual(256);
    long.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(LONG_REGISTRATION_NAME.slice(0, 499));
    expect(tip).toHaveTextContent('20,000 characters in all');

    await user.click(long);
    await screen.findByRole('grid');
    await user.click(screen.getByRole('button', { name: 'Details…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registration details' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue(LONG_REGISTRATION_NAME);
  });
});

describe('the plane switch', () => {
  it('shows one plane or both, and says when the plane not shown has unsaved changes', async () => {
    const { user } = renderApp(createHost());
    await openRegistration(user);
    await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' });
    const group = screen.getByRole('radiogroup', { name: 'Permissions shown' });
    // Nothing is laid out here, so nothing says the editor is narrow: both planes show.
    expect(within(group).getByRole('radio', { name: 'Both' })).toBeChecked();

    await user.click(cell('Guest', 'Application', 'readContent'));
    await user.click(within(group).getByRole('radio', { name: /^Delegated/ }));
    expect(screen.queryByRole('checkbox', { name: 'Guest Application readContent' })).not.toBeInTheDocument();
    expect(cell('Guest', 'Delegated', 'readContent')).toBeChecked();
    // The hidden plane's change is named in the switch, for the eye and for screen readers.
    expect(within(group).getByRole('radio', { name: /^Application \(app-only\)/ })).toHaveAccessibleName(
      'Application (app-only) unsaved changes',
    );
    expect(within(group).getByRole('radio', { name: /^Delegated/ })).toHaveAccessibleName('Delegated');

    // Keyboard: the arrow keys move between the choices.
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: /^Application/ })).toBeChecked();
    expect(cell('Guest', 'Application', 'readContent')).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Guest Delegated readContent' })).not.toBeInTheDocument();
    // The change is in sight again: no plane is marked.
    expect(within(group).queryByText('unsaved changes')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeEnabled();
  });
});
