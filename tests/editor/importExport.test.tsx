import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGrantsDocument } from '../../src/core/grantsDocument';
import { parseGrantsDocument } from '../../src/core/grantsDocument';
import {
  BACKUP_ID,
  CONTOSO_ID,
  GUEST_ID,
  NEW_APP_ID,
  OWNER_ID,
  cell,
  contoso,
  createHost,
  grant,
  renderMatrix,
} from './testHost';

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;

afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

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
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

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
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(screen.getByText('This browser cannot download files from here.')).toBeInTheDocument();
  });

  it('lists every problem of an invalid file', async () => {
    const { user } = await renderMatrix();
    await user.upload(screen.getByLabelText('Grants JSON file to import'), jsonFile('{ not json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(await within(dialog).findByText('The file is not valid JSON.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.upload(screen.getByLabelText('Grants JSON file to import'), jsonFile({ version: 99 }));
    const second = await screen.findByRole('dialog', { name: 'Import grants' });
    const problems = await within(second).findByText('This file cannot be imported');
    expect(problems).toBeInTheDocument();
    const expected = parseGrantsDocument({ version: 99 });
    if (expected.ok) throw new Error('the core accepted an invalid document');
    for (const problem of expected.problems) {
      expect(within(second).getByText(`${problem.path}: ${problem.reason}`)).toBeInTheDocument();
    }
  });

  it('shows the plan of a valid file and applies it through the review dialog', async () => {
    const document = createGrantsDocument(
      [
        {
          registration: contoso(),
          grants: [
            grant(OWNER_ID, ['full'], ['full']),
            grant(GUEST_ID, ['readContent', 'read'], ['none']),
            grant(NEW_APP_ID, ['none'], ['readContent']),
          ],
        },
      ],
      '2025-08-11T10:00:00Z',
    );
    const host = createHost();
    const { user } = await renderMatrix(host);
    await user.upload(screen.getByLabelText('Grants JSON file to import'), jsonFile(document, 'plan.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import grants' });
    expect(await within(dialog).findByText('What importing changes')).toBeInTheDocument();
    expect(within(dialog).getByText('Delegated: grant read')).toBeInTheDocument();
    expect(within(dialog).getByText(`${BACKUP_ID} will be removed.`)).toBeInTheDocument();
    expect(within(dialog).getByText(`${NEW_APP_ID} will be added.`)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Continue to review' }));
    const review = await screen.findByRole('dialog', { name: 'Review changes' });
    expect(within(review).getByText('Changes for 3 apps:')).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Save' }));
    expect(await within(review).findByText(`${NEW_APP_ID}: saved`)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import JSON…' })).toHaveFocus());
    expect(cell('Guest', 'Delegated', 'read')).toBeChecked();
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
    await user.upload(screen.getByLabelText('Grants JSON file to import'), jsonFile(document));
    expect(
      await screen.findByText(`The file has no permissions for this registration (${CONTOSO_ID}).`),
    ).toBeInTheDocument();
  });
});
