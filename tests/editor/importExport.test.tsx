import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGrantsDocument, parseGrantsDocument } from '../../src/core/grantsDocument';
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
  grant,
  memoryStorage,
  renderMatrix,
} from './testHost';
import type { InMemoryRegistrationRepository } from './InMemoryRegistrationRepository';

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;

afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

/**
 * "JSON file" → "Import JSON…", then a file chosen in the browser's picker: focus returns to the menu
 * button and the file input reports `change`. (user-event's `upload` clicks the input itself and focuses it again after
 * `change`, taking focus out of the dialog that `change` has just opened, which no browser does.)
 */
async function importFile(user: ReturnType<typeof userEvent.setup>, file: File): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'JSON file' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Import JSON…' }));
  fireEvent.change(screen.getByLabelText('Grants JSON file to import'), { target: { files: [file] } });
}

async function exportJson(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'JSON file' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Export JSON' }));
}

function jsonFile(content: unknown, name = 'grants.json'): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

describe('export and import', () => {
  it('downloads the saved grants as the core’s JSON document', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:grants';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderMatrix();
    await user.click(cell('Guest', 'Delegated', 'read'));
    await exportJson(user);

    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(`grants-${CONTOSO_ID}.json`);
    const parsed = parseGrantsDocument(JSON.parse(await blobs[0].text()));
    expect(parsed.ok).toBe(true);
    // The saved state, not the unsaved edit.
    expect(JSON.stringify(parsed)).not.toContain('"read"');
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:grants');
    // Where the file went, and what it holds.
    expect(
      screen.getByText(
        `The saved permissions (without unsaved changes) were downloaded as grants-${CONTOSO_ID}.json to your browser’s downloads folder.`,
      ),
    ).toBeInTheDocument();
  });

  it('says so when this browser cannot download', async () => {
    URL.createObjectURL = undefined as unknown as typeof URL.createObjectURL;
    const { user } = await renderMatrix();
    await exportJson(user);
    expect(screen.getByText('This browser cannot download files from here.')).toBeInTheDocument();
  });

  it('lists every problem of an invalid file', async () => {
    const { user } = await renderMatrix();
    await importFile(user, jsonFile('{ not json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(await within(dialog).findByText('The file is not valid JSON.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await importFile(user, jsonFile({ version: 99, registrations: [{ registrationId: 'nope' }] }));
    const second = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(await within(second).findByText('This file cannot be imported')).toBeInTheDocument();
    for (const text of [
      'format: missing.',
      'version: version 99 is not supported; this tool reads version 1.',
      'exportedAt: missing.',
      'registrations[0].registrationId: “nope” is not a GUID.',
      'registrations[0].owningAppId: missing.',
      'registrations[0].applicationPermissionGrants: expected a list.',
    ]) {
      expect(within(second).getByText(text)).toBeInTheDocument();
    }
    expect(within(second).queryByRole('button', { name: 'Continue to review' })).not.toBeInTheDocument();
  });

  it('shows the first 50 problems and counts the rest', async () => {
    const { user } = await renderMatrix();
    const grants = Array.from({ length: 1_284 }, (_, index) => ({
      clientId: `app-${index}`,
      delegatedPermissions: ['read'],
      applicationPermissions: ['none'],
    }));
    await importFile(user, jsonFile(grants));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const bar = await within(dialog).findByRole('group', { name: 'This file cannot be imported' });
    expect(within(bar).getAllByRole('listitem')).toHaveLength(50);
    expect(within(bar).getByText('$[49].appId: the grant has no appId.')).toBeInTheDocument();
    expect(within(bar).queryByText(/^\$\[50\]/)).not.toBeInTheDocument();
    expect(within(bar).getByText('…and 1,234 more problems.')).toBeInTheDocument();
  });

  it('merges by default: the file’s apps are set and the others are untouched', async () => {
    const document = createGrantsDocument(
      [
        {
          registration: contoso(),
          grants: [
            grant(GUEST_ID, ['readContent', 'read'], ['none']),
            grant(NEW_APP_ID, ['none'], ['readContent']),
          ],
        },
      ],
      '2025-08-11T10:00:00Z',
    );
    const host = createHost();
    const { user } = await renderMatrix(host);
    await importFile(user, jsonFile(document, 'plan.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(await within(dialog).findByText('What importing changes')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Merge/ })).toBeChecked();
    expect(within(dialog).getByText('Delegated: grant read')).toBeInTheDocument();
    expect(within(dialog).getByText(`${NEW_APP_ID} will be added.`)).toBeInTheDocument();
    expect(within(dialog).queryByText(/will be removed/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(within(review).getByText('Changes for 2 apps:')).toBeInTheDocument();
    expect(within(review).queryByText(/will be removed/)).not.toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    expect(await within(review).findByText(`${NEW_APP_ID}: saved`)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'JSON file' })).toHaveFocus());
    // Saved, so closing keeps it; the app the file left out is still there.
    expect(cell('Guest', 'Delegated', 'read')).toBeChecked();
    expect(cell(BACKUP_ID, 'Application', 'readContent')).toBeChecked();
    const repository = host.repository as InMemoryRegistrationRepository;
    expect(
      repository
        .grantsOf(CONTOSO_ID)
        .map((saved) => saved.appId)
        .sort(),
    ).toEqual([OWNER_ID, GUEST_ID, BACKUP_ID, NEW_APP_ID].sort());
  });

  it('replaces only when chosen, states what it removes, and the owner’s removal still needs the review’s confirmation', async () => {
    const { user } = await renderMatrix();
    await importFile(user, jsonFile({ value: [grant(GUEST_ID, ['readContent'], ['none'])] }));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const replace = await within(dialog).findByRole('radio', {
      name: 'Replace: removes 2 apps that are not in the file',
    });
    const notInFile = within(dialog).getByRole('region', { name: 'Apps that are not in the file' });
    expect(
      within(notInFile)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Contoso Owner (the owning app: the review asks you to confirm its removal)', BACKUP_ID]);
    // Merge (the default) has nothing to do: the file matches the guest's grant.
    expect(within(dialog).getByText('The file matches the permissions in the matrix.')).toBeInTheDocument();

    await user.click(replace);
    expect(within(dialog).getByText(`${BACKUP_ID} will be removed.`)).toBeInTheDocument();
    expect(within(dialog).getByText('Contoso Owner will be removed.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Continue to review' }));

    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(within(review).getByText('The owning app may lose access')).toBeInTheDocument();
    const save = within(review).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(
      within(review).getByRole('checkbox', { name: 'I understand the consequence and want to save anyway' }),
    );
    expect(save).toBeEnabled();
  });

  it('cancelling the import dialog or the review after it leaves the matrix exactly as before, unsaved edits included', async () => {
    const draftStorage = memoryStorage();
    const host = createHost({ draftStorage });
    const { user } = await renderMatrix(host);
    // An unsaved edit made before the import.
    await user.click(cell('Guest', 'Delegated', 'read'));
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeInTheDocument();
    const before = screen
      .getAllByRole('checkbox')
      .map((box) => [box.getAttribute('aria-label'), (box as HTMLInputElement).checked]);

    const file = jsonFile(
      createGrantsDocument(
        [{ registration: contoso(), grants: [grant(NEW_APP_ID, ['read'], ['none'])] }],
        '2025-08-11T10:00:00Z',
      ),
    );
    await importFile(user, file);
    let dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    await within(dialog).findByText('What importing changes');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      screen
        .getAllByRole('checkbox')
        .map((box) => [box.getAttribute('aria-label'), (box as HTMLInputElement).checked]),
    ).toEqual(before);

    await importFile(user, file);
    dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    await user.click(await within(dialog).findByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(within(review).getByText(`${NEW_APP_ID} will be added.`)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(
      screen
        .getAllByRole('checkbox')
        .map((box) => [box.getAttribute('aria-label'), (box as HTMLInputElement).checked]),
    ).toEqual(before);
    expect(screen.queryByRole('checkbox', { name: `${NEW_APP_ID} Delegated read` })).not.toBeInTheDocument();
    expect(cell('Guest', 'Delegated', 'read')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Review changes (1 app)' })).toBeInTheDocument();
    expect(screen.getByText('Import cancelled: the matrix shows what it showed before.')).toBeInTheDocument();
    // The draft follows: only the edit made before the import.
    const draft = [...draftStorage.items.values()].join();
    expect(draft).toContain(GUEST_ID);
    expect(draft).not.toContain(NEW_APP_ID);
    expect(draft).not.toContain(BACKUP_ID);
  });

  it('converts the legacy SharePoint REST body and says which form it read and what it converted', async () => {
    const { user } = await renderMatrix();
    await importFile(
      user,
      jsonFile({
        value: [
          { appId: GUEST_ID, delegated: ['ReadContent', 'DeleteOwnPermissions'], appOnly: ['none'] },
          { appId: NEW_APP_ID, delegated: ['none'], appOnly: ['Read'] },
        ],
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(
      await within(dialog).findByText(
        'Read as the legacy SharePoint REST body ({ "value": [...] } with “delegated” / “appOnly”)',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Converted 4 old keys “delegated” / “appOnly” to “delegatedPermissions” / “applicationPermissions”.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Converted 2 values written in PascalCase (such as “ReadContent”) to the spelling Graph uses (“readContent”).',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Converted 1 “deleteOwnPermissions” to “deleteOwnPermission”.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'value[0].delegated[1]: “DeleteOwnPermissions” was read as “deleteOwnPermission”.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Delegated: grant deleteOwnPermission')).toBeInTheDocument();
    expect(within(dialog).getByText(`${NEW_APP_ID} will be added.`)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Continue to review' })).toBeInTheDocument();
  });

  it('shows the first 50 corrections and counts the rest', async () => {
    const { user } = await renderMatrix();
    const value = Array.from({ length: 30 }, (_, index) => ({
      appId: `c0ffee00-0000-4000-8000-${index.toString().padStart(12, '0')}`,
      delegated: ['Read'],
      appOnly: ['none'],
    }));
    await importFile(user, jsonFile({ value }));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const bar = await within(dialog).findByRole('group', {
      name: 'The file was read with these corrections',
    });
    // 30 grants: two legacy keys and one PascalCase value each.
    expect(within(bar).getAllByRole('listitem')).toHaveLength(50);
    expect(within(bar).getByText('…and 40 more corrections.')).toBeInTheDocument();
  });

  it('never changes a read-only app and says so per app', async () => {
    const repository = createRepository({
      registrations: [
        contoso([
          grant(OWNER_ID, ['full'], ['full']),
          { ...grant(GUEST_ID, ['readContent'], ['unknownFutureValue']), unreadablePlanes: ['application'] },
          grant(BACKUP_ID, ['none'], ['readContent']),
        ]),
      ],
    });
    const { user } = await renderMatrix(createHost({ repository }));
    await importFile(
      user,
      jsonFile([grant(OWNER_ID, ['full'], ['full']), grant(GUEST_ID, ['none'], ['none'])]),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const skipped = await within(dialog).findByRole('region', { name: 'Not changed by this import' });
    expect(
      within(skipped).getByText('Guest: read-only, the service sent values this tool cannot read exactly.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('The file matches the permissions in the matrix.')).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole('radio', { name: 'Replace: removes 1 app that is not in the file' }),
    );
    expect(
      within(skipped).getByText('Guest: read-only, the service sent values this tool cannot read exactly.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(`${BACKUP_ID} will be removed.`)).toBeInTheDocument();
    expect(within(dialog).queryByText(/Guest will/)).not.toBeInTheDocument();
  });

  it('says when a file has nothing for this registration', async () => {
    const document = createGrantsDocument(
      [
        {
          registration: { id: 'ffffffff-0000-4000-8000-000000000000', name: 'Other', owningAppId: OWNER_ID },
          grants: [],
        },
      ],
      '2025-08-11T10:00:00Z',
    );
    const { user } = await renderMatrix();
    await importFile(user, jsonFile(document));
    expect(
      await screen.findByText(`The file has no permissions for this registration (${CONTOSO_ID}).`),
    ).toBeInTheDocument();
  });

  it('refuses a file that names this registration twice, naming both entries', async () => {
    const document = createGrantsDocument(
      [
        { registration: contoso(), grants: [grant(GUEST_ID, ['read'], ['none'])] },
        { registration: contoso(), grants: [grant(GUEST_ID, ['none'], ['none'])] },
      ],
      '2025-08-11T10:00:00Z',
    );
    const { user } = await renderMatrix();
    await importFile(user, jsonFile(document));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(
      await within(dialog).findByText(
        `registrations[1].registrationId: the registration ${CONTOSO_ID} is named again (first at registrations[0].registrationId). Each registration may appear once: remove one of the two.`,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Continue to review' })).not.toBeInTheDocument();
  });

  it('merge keeps a plane the file has no list for and says so; Replace counts what it would clear', async () => {
    const host = createHost();
    const { user } = await renderMatrix(host);
    // The backup app holds Application readContent; the file has no application list for it.
    await importFile(user, jsonFile([{ appId: BACKUP_ID, delegatedPermissions: ['read'] }]));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const skipped = await within(dialog).findByRole('region', { name: 'Not changed by this import' });
    expect(
      within(skipped).getByText(
        `${BACKUP_ID}: application (app-only) permissions kept: the file has no list for them.`,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Delegated: grant read')).toBeInTheDocument();
    expect(within(dialog).queryByText(/revoke readContent/)).not.toBeInTheDocument();
    expect(
      within(dialog).getByRole('radio', {
        name: 'Replace: removes 2 apps that are not in the file, and sets 1 permission list the file does not have to none',
      }),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    expect(await within(review).findByText(`${BACKUP_ID}: saved`)).toBeInTheDocument();
    const repository = host.repository as InMemoryRegistrationRepository;
    expect(repository.grantsOf(CONTOSO_ID).find((saved) => saved.appId === BACKUP_ID)).toMatchObject({
      delegatedPermissions: ['read'],
      applicationPermissions: ['readContent'],
    });
  });

  it('imports a file holding an app id that is not a GUID, leaving that app out with a note', async () => {
    const { user } = await renderMatrix();
    await importFile(
      user,
      jsonFile([grant(GUEST_ID, ['readContent', 'read'], ['none']), grant('not-a-guid', ['full'], ['full'])]),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    const skipped = await within(dialog).findByRole('region', { name: 'Not changed by this import' });
    expect(
      within(skipped).getByText(
        'not-a-guid: not a GUID: left as it is. This tool writes only app ids that are GUIDs.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Delegated: grant read')).toBeInTheDocument();
    expect(within(dialog).queryByText(/not-a-guid will be added/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Continue to review' })).toBeEnabled();
  });
});

describe('a big file', () => {
  // Five pages of the review's change list (50 a page): every change must stay reachable.
  const BIG = 250;
  const bigAppId = (index: number): string => `b16f11e0-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const bigFile = (): File =>
    jsonFile(
      Array.from({ length: BIG }, (_, index) =>
        grant(bigAppId(index), ['readContent'], index % 2 === 0 ? ['none'] : ['read']),
      ),
    );

  /** The entries of the review's change list on screen (each app's lines are a list inside its entry). */
  function shownChanges(review: HTMLElement): HTMLElement[] {
    const list = within(review).getByRole('list', { name: /^Changes [\d,]+–[\d,]+ of 250$/ });
    return within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
  }

  it('reviews every change of a large import a page at a time, each entry saying where it stands and what its write sends', async () => {
    const { user } = await renderMatrix();
    await importFile(user, bigFile());
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    // The import dialog shows the first changes and counts the rest.
    expect(
      await within(dialog).findByText('…and 200 more apps. The review lists every change.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    // More changes than a page: the content follows the dialog's frame a moment later.
    expect(await within(review).findByText('Changes for 250 apps:')).toBeInTheDocument();
    expect(within(review).getByRole('status')).toHaveTextContent('Changes 1–50 of 250');

    const next = within(review).getByRole('button', { name: 'Next changes' });
    const seen = new Map<number, string>();
    for (;;) {
      for (const item of shownChanges(review)) {
        expect(item).toHaveAttribute('aria-setsize', String(BIG));
        seen.set(Number(item.getAttribute('aria-posinset')), item.textContent ?? '');
      }
      if (next.getAttribute('aria-disabled') === 'true') break;
      await user.click(next);
    }
    // Every change was on a page, once, in order, each with the values its write sends.
    expect([...seen.keys()]).toEqual(Array.from({ length: BIG }, (_, index) => index + 1));
    for (let index = 0; index < BIG; index++) {
      const text = seen.get(index + 1);
      expect(text).toContain(`${bigAppId(index)} will be added.`);
      expect(text).toContain('Delegated: readContent');
      expect(text).toContain(`Application (app-only): ${index % 2 === 0 ? 'none' : 'read'}`);
    }
    // The last page says so, and the button pressed keeps the focus.
    expect(within(review).getByRole('status')).toHaveTextContent('Changes 201–250 of 250');
    expect(shownChanges(review)).toHaveLength(50);
    expect(next).toHaveFocus();

    // Any page is one choice away, and the keys work as the mouse does.
    await user.selectOptions(within(review).getByRole('combobox', { name: 'Changes shown' }), '101–150');
    expect(shownChanges(review)[0]).toHaveAttribute('aria-posinset', '101');
    expect(within(review).getByRole('status')).toHaveTextContent('Changes 101–150 of 250');
    const previous = within(review).getByRole('button', { name: 'Previous changes' });
    previous.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(within(review).getByRole('status')).toHaveTextContent('Changes 1–50 of 250');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toHaveFocus();
  });

  it('keeps an import of more than a thousand apps as a draft that a reload offers back', async () => {
    const draftStorage = memoryStorage();
    const repository = createRepository();
    const apps = 1001;
    const first = await renderMatrix(createHost({ repository, draftStorage }));
    await importFile(
      first.user,
      jsonFile(Array.from({ length: apps }, (_, index) => grant(bigAppId(index), ['readContent'], ['none']))),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    await first.user.click(await within(dialog).findByRole('button', { name: 'Continue to review' }));
    await screen.findByRole('dialog', { name: 'Review changes' });
    // A draft this size is written in a task of its own, after the import's; then the tab reloads.
    await waitFor(() => expect([...draftStorage.items.values()].join()).toContain(bigAppId(apps - 1)));
    first.unmount();

    await renderMatrix(createHost({ repository, draftStorage }));
    expect(screen.getByText('Unsaved changes restored')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review changes (1,001 apps)' })).toBeInTheDocument();
  });

  it('shows a short change list whole, without pages', async () => {
    const { user } = await renderMatrix();
    await importFile(user, jsonFile([grant(NEW_APP_ID, ['readContent'], ['none'])]));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    await user.click(await within(dialog).findByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(within(review).getByText(`${NEW_APP_ID} will be added.`)).toBeInTheDocument();
    expect(within(review).queryByRole('button', { name: 'Next changes' })).toBeNull();
    expect(within(review).queryByRole('combobox', { name: 'Changes shown' })).toBeNull();
  });
});
