/**
 * Compare with a file: an earlier export against the grants read now, in the tenant overview's actions
 * and in one registration's matrix. The differences are shown, filtered and downloaded; nothing is written.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createGrantsDocument } from '../../src/core/grantsDocument';
import type { Registration } from '../../src/core/model';
import { SLOW, renderTenant } from './tenantHost';
import {
  BACKUP_ID,
  CONTOSO_ID,
  FABRIKAM_ID,
  GUEST_ID,
  NEW_APP_ID,
  OWNER_ID,
  TENANT_ID,
  contoso,
  createHost,
  captureDownloads,
  createRepository,
  grant,
  renderMatrix,
} from './testHost';

const downloads = captureDownloads();

const GONE: Registration = {
  id: 'f0000000-0000-4000-8000-0000000000e1',
  name: '=HYPERLINK("https://evil.example")',
  owningAppId: OWNER_ID,
};

/** An earlier export: Contoso then had no backup app, a writing guest and one more app; Fabrikam was not there. */
function earlierExport(tenantId: string = TENANT_ID): string {
  return JSON.stringify(
    createGrantsDocument(
      [
        {
          registration: contoso(),
          grants: [
            grant(OWNER_ID, ['full'], ['full']),
            grant(GUEST_ID, ['readContent', 'writeContent'], ['none']),
            grant(NEW_APP_ID, ['readContent'], ['futureValue']),
          ],
        },
        { registration: GONE, grants: [grant(OWNER_ID, ['full'], ['full'])] },
      ],
      '2025-08-01T09:00:00Z',
      tenantId,
    ),
  );
}

function chooseFile(text: string, name = 'grants-tenant-2025-08-01.json'): void {
  fireEvent.change(screen.getByLabelText('Earlier export to compare with (JSON)'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

async function compareInTenant(text: string): Promise<{
  dialog: HTMLElement;
  user: Awaited<ReturnType<typeof renderTenant>>['user'];
  repository: Awaited<ReturnType<typeof renderTenant>>['repository'];
  button: HTMLElement;
}> {
  const { user, repository } = await renderTenant('actions');
  const button = await screen.findByRole('button', { name: 'Compare with a file…' });
  // It waits, as every tenant action does, until every registration's grants are read.
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled', 'true'), SLOW);
  await user.click(button);
  chooseFile(text);
  const dialog = await screen.findByRole('dialog', { name: 'Compare with a file' }, SLOW);
  return { dialog, user, repository, button };
}

describe('Compare with a file', () => {
  it('shows what differs in the tenant, filters it, downloads it as CSV and writes nothing', async () => {
    const { dialog, user, repository, button } = await compareInTenant(earlierExport());
    const list = await within(dialog).findByRole('list', { name: 'Differences' });
    // App names arrive from the directory lookups.
    await within(list).findByText('Guest on Contoso Files: permissions removed.');
    const entries = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual([
      'Guest on Contoso Files: permissions removed.Delegated: writeContent',
      `${BACKUP_ID} on Contoso Files: granted now, not in the file.Application (app-only): readContent`,
      `${NEW_APP_ID} on Contoso Files: in the file, no grant now.Delegated: readContentApplication (app-only): futureValue`,
      'Fabrikam Archive: registered now, not in the file (registered since, or left out of the export).',
      '=HYPERLINK("https://evil.example"): in the file, not among the registrations read now (gone, or out of this account’s reach).',
    ]);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Showing 5 of 5 differences');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Registrations not in the file (1)' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Registrations gone (1)' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Showing 3 of 5 differences');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Filter differences by registration or app' }),
      'guest',
    );
    expect(
      within(within(dialog).getByRole('list', { name: 'Differences' })).getAllByRole('listitem'),
    ).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Download the differences shown (CSV)' }));
    expect(downloads[0]?.name).toBe('grants-differences-grants-tenant-2025-08-01.csv');
    const csv = await (downloads[0]?.blob.text() ?? Promise.resolve(''));
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '"Difference","Registration id","Registration name","App id","App name","Delegated","Application (app-only)"',
      `"Permissions removed","${CONTOSO_ID}","Contoso Files","${GUEST_ID}","Guest","writeContent",""`,
      '',
    ]);
    expect(
      within(dialog).getByText(
        /The differences were downloaded as grants-differences-grants-tenant-2025-08-01\.csv/,
      ),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(button).toHaveFocus());
    expect(repository.saveRequests).toEqual([]);
    expect(repository.grantsOf(FABRIKAM_ID)).toEqual([grant(BACKUP_ID, ['full'], ['full'])]);
  });

  it('refuses a file exported in another tenant, saying so', async () => {
    const { dialog } = await compareInTenant(earlierExport('99999999-0000-4000-8000-000000000000'));
    expect(await within(dialog).findByText('This file cannot be compared')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'The file was exported in another tenant (99999999-0000-4000-8000-000000000000); sign in to that tenant to compare with it.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'Differences' })).toBeNull();
  });

  it('refuses a file that is not an export of this tool, saying what to choose', async () => {
    const { dialog } = await compareInTenant(
      JSON.stringify({ value: [grant(GUEST_ID, ['full'], ['full'])] }),
    );
    expect(
      await within(dialog).findByText(
        /Choose a JSON file made with Export JSON \(a registration’s or the tenant’s\) in this tenant\./,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('format: missing.')).toBeInTheDocument();
  });

  it('in a registration’s matrix compares only that registration, and says when a file names no tenant', async () => {
    const host = createHost({ repository: createRepository() });
    const { user } = await renderMatrix(host);
    await user.click(screen.getByRole('button', { name: 'JSON file' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Compare with a file…' }));
    chooseFile(
      earlierExport().replace(`"tenantId": "${TENANT_ID}",`, '').replace(`"tenantId":"${TENANT_ID}",`, ''),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Compare with a file' }, SLOW);
    expect(
      await within(dialog).findByText(/The file does not say which tenant it was exported in/),
    ).toBeInTheDocument();
    const list = within(dialog).getByRole('list', { name: 'Differences' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).queryByText(/Fabrikam Archive/)).toBeNull();
  });
});
