import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGrantsDocument } from '../../src/core/grantsDocument';
import type { RegistrationWithGrants } from '../../src/core/model';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EditorHostProvider } from '../../src/editor/host/EditorHostContext';
import { useRegistrationList } from '../../src/editor/RegistrationList';
import { TenantOverview } from '../../src/editor/TenantOverview';
import type { OverviewSelectionIds } from '../../src/editor/TenantOverview';
import { LocalizerProvider, loadLocalizer } from '../../src/editor/strings';
import type { EditorHost } from '../../src/editor';
import {
  BACKUP_ID,
  CONTOSO_ID,
  FABRIKAM_ID,
  GUEST_ID,
  OWNER_ID,
  contoso,
  createHost,
  createRepository,
  fabrikam,
  grant,
  renderApp,
} from './testHost';

const NORTHWIND_ID = '9b0c1d2e-0000-4000-8000-0000000000a1';
/** A guest no directory lookup names, holding `full`: every risk there is. */
const STRANGER_ID = 'e1e2e3e4-0000-4000-8000-00000000beef';

function northwind(): RegistrationWithGrants {
  return {
    id: NORTHWIND_ID,
    name: 'Northwind Drafts',
    owningAppId: OWNER_ID,
    billingClassification: 'standard',
    billingStatus: 'valid',
    registeredDateTime: '2025-01-01T00:00:00Z',
    expirationDateTime: null,
    applicationPermissionGrants: [
      grant(OWNER_ID, ['full'], ['full']),
      grant(GUEST_ID, ['readContent', 'writeContent'], ['none']),
      grant(STRANGER_ID, ['none'], ['full']),
    ],
  };
}

function tenantHost(overrides: Partial<EditorHost> = {}): EditorHost {
  return createHost({
    repository: createRepository({ registrations: [contoso(), fabrikam(), northwind()] }),
    ...overrides,
  });
}

/** Renders the app and opens the overview from the list, once every registration's grants are read. */
async function openOverview(
  host = tenantHost(),
  names = { overview: 'Tenant overview', grid: 'Apps by registration' },
): Promise<ReturnType<typeof renderApp>> {
  const result = renderApp(host);
  await screen.findByRole('button', { name: 'Northwind Drafts' });
  await waitFor(() => expect(screen.queryByText(/Counting|Conteggio/)).not.toBeInTheDocument());
  await result.user.click(screen.getByRole('button', { name: names.overview }));
  const shown = await screen.findByRole('grid', { name: names.grid });
  // Names arrive from lookups.
  await within(shown).findByRole('button', { name: /^Guest, / });
  return result;
}

const grid = (): HTMLElement => screen.getByRole('grid');
const rowHeaders = (): string[] =>
  within(grid())
    .getAllByRole('rowheader')
    .map((header) => within(header).getByRole('button').textContent ?? '');
const cellButton = (name: string | RegExp): HTMLElement => within(grid()).getByRole('button', { name });
/** The levels a cell shows, a line per plane, without its marks (owner, risk). */
const summaryOf = (button: HTMLElement): string =>
  Array.from(button.firstElementChild?.children ?? [], (line) => line.textContent).join(' · ');

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  vi.restoreAllMocks();
});

describe('the tenant overview', () => {
  it('shows each app on each registration as a level per plane, with the exact permissions in its name', async () => {
    await openOverview();
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['App', 'Contoso Files', 'Fabrikam Archive', 'Northwind Drafts']);
    const guestOnNorthwind = cellButton(
      'Guest on Northwind Drafts: Delegated content: write (readContent, writeContent); Application (app-only) none (no permissions)',
    );
    expect(summaryOf(guestOnNorthwind)).toBe('D: content: write · A: none');
    const backupOnContoso = cellButton(
      /^5a8c2f61-.* on Contoso Files: Delegated none \(no permissions\); Application \(app-only\) content: read \(readContent\)$/,
    );
    expect(summaryOf(backupOnContoso)).toBe('D: none · A: content: read');
    // The owning app is marked, and its full access is no risk.
    const owner = cellButton(/^Contoso Owner on Contoso Files: Delegated full \(full\); .*; owning app$/);
    expect(summaryOf(owner)).toBe('D: full · A: full');
    expect(owner).toHaveTextContent('Owner');
    expect(owner).not.toHaveTextContent('Risk');
    // An app without a grant there: said, not left blank to a screen reader.
    expect(cellButton('Guest on Fabrikam Archive: no grant')).toBeInTheDocument();
    expect(screen.getByText('Apps: 4 of 4 · Registrations: 3 of 3')).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-rowcount', '5');
    expect(grid()).toHaveAttribute('aria-colcount', '4');
  });

  it.each([
    [
      'en-US',
      ['D: containers: write · A: none', 'D: none · A: content: write', 'D: full · A: full'],
      'Guest on Contoso Files: Delegated containers: write (read, write); Application (app-only) none (no permissions)',
    ],
    [
      'it-IT',
      [
        'D: contenitori: scrittura · A: nessuno',
        'D: nessuno · A: contenuto: scrittura',
        'D: completo · A: completo',
      ],
      'Guest su Contoso Files: Delegate contenitori: scrittura (read, write); Applicazione (solo app) nessuno (nessuna autorizzazione)',
    ],
    [
      'ru-RU',
      ['Д: контейнеры: запись · П: нет', 'Д: нет · П: содержимое: запись', 'Д: полный · П: полный'],
      'Guest в Contoso Files: Делегированные контейнеры: запись (read, write); Приложения (только приложение) нет (нет разрешений)',
    ],
  ])(
    'in %s, words every level translated and says what it is about',
    async (locale, summaries, guestName) => {
      const registrations = [
        contoso([
          grant(OWNER_ID, ['full'], ['full']),
          // Container properties, not content.
          grant(GUEST_ID, ['read', 'write'], ['none']),
          grant(BACKUP_ID, ['none'], ['readContent', 'writeContent']),
        ]),
        northwind(),
      ];
      const { strings } = await loadLocalizer(locale);
      await openOverview(createHost({ locale, repository: createRepository({ registrations }) }), {
        overview: strings.list.overview,
        grid: strings.overview.gridLabel,
      });
      const onContoso = (app: string): HTMLElement => cellButton(new RegExp(`^${app} \\S+ Contoso Files: `));
      expect([onContoso('Guest'), onContoso(BACKUP_ID), onContoso('Contoso Owner')].map(summaryOf)).toEqual(
        summaries,
      );
      expect(onContoso('Guest')).toHaveAccessibleName(guestName);
    },
  );

  it('shows the exact permissions in a tooltip when a cell has focus', async () => {
    await openOverview();
    fireEvent.focus(cellButton(/^Guest on Northwind Drafts/));
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Delegated content: write (readContent, writeContent)');
    expect(tip).toHaveTextContent('Northwind Drafts');
  });

  it('marks risky guests and apps no lookup names, in words', async () => {
    await openOverview();
    const stranger = cellButton(new RegExp(`^${STRANGER_ID} on Northwind Drafts`));
    expect(stranger).toHaveTextContent('Risk');
    expect(stranger).toHaveAccessibleName(
      `${STRANGER_ID} on Northwind Drafts: Delegated none (no permissions); Application (app-only) full (full); Risk: a guest app with full; Risk: a guest app that can manage permissions; Risk: a guest app that writes app-only`,
    );
    const header = within(grid()).getByRole('button', { name: new RegExp(`^${STRANGER_ID}, `) });
    expect(header).toHaveTextContent('Risk');
    await waitFor(() => expect(header).toHaveTextContent('Not found in the directory'));
    // A named guest with read-only rights is neither.
    const guest = within(grid()).getByRole('button', { name: /^Guest, / });
    expect(guest).not.toHaveTextContent('Risk');
    expect(guest).not.toHaveTextContent('Not found in the directory');
  });

  it('filters by app name or id, by registration, by level and by risk', async () => {
    const { user } = await openOverview();
    const apps = screen.getByRole('searchbox', { name: 'Filter apps' });
    await user.type(apps, 'guest');
    expect(rowHeaders()).toEqual([expect.stringMatching(/^Guest/)]);
    await user.clear(apps);
    await user.type(apps, BACKUP_ID.slice(0, 8));
    expect(rowHeaders()).toEqual([expect.stringMatching(/^5a8c2f61/)]);
    await user.clear(apps);

    await user.type(screen.getByRole('searchbox', { name: 'Filter registrations' }), 'fabri');
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['App', 'Fabrikam Archive']);
    await user.clear(screen.getByRole('searchbox', { name: 'Filter registrations' }));

    const level = screen.getByRole('combobox', { name: 'Access' });
    await user.selectOptions(level, 'Who can write content?');
    // Guest writes content on Northwind; the others through full (the backup app only reads on
    // Contoso but owns Fabrikam with full).
    expect(rowHeaders()).toEqual([
      expect.stringMatching(/^Contoso Owner/),
      expect.stringMatching(/^Guest/),
      expect.stringMatching(/^5a8c2f61/),
      expect.stringMatching(new RegExp(`^${STRANGER_ID}`)),
    ]);
    await user.selectOptions(level, 'Who can read content?');
    await user.click(screen.getByRole('checkbox', { name: 'Only risky grants' }));
    expect(rowHeaders()).toEqual([expect.stringMatching(new RegExp(`^${STRANGER_ID}`))]);
    await user.click(screen.getByRole('checkbox', { name: 'Only risky grants' }));
    await user.selectOptions(level, 'Who has full?');
    expect(rowHeaders()).toEqual([
      expect.stringMatching(/^Contoso Owner/),
      expect.stringMatching(/^5a8c2f61/),
      expect.stringMatching(new RegExp(`^${STRANGER_ID}`)),
    ]);
    await user.selectOptions(level, 'Any access');

    await user.click(screen.getByRole('checkbox', { name: 'Only risky grants' }));
    expect(rowHeaders()).toEqual([expect.stringMatching(new RegExp(`^${STRANGER_ID}`))]);
    expect(screen.getByText('Apps: 1 of 4 · Registrations: 3 of 3')).toBeInTheDocument();

    await user.type(apps, 'nobody-has-this');
    expect(screen.getByText('No app matches these filters.')).toBeInTheDocument();
  });

  it('moves between cells with the keyboard, one tab stop, and opens a cell with Enter', async () => {
    const { user } = await openOverview();
    const first = cellButton(/^Contoso Owner on Contoso Files/);
    expect(first).toHaveAttribute('tabindex', '0');
    expect(cellButton(/^Guest on Contoso Files/)).toHaveAttribute('tabindex', '-1');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(cellButton(/^Contoso Owner on Fabrikam Archive/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cellButton(/^Guest on Fabrikam Archive/)).toHaveFocus();
    expect(cellButton(/^Guest on Fabrikam Archive/)).toHaveAttribute('tabindex', '0');
    await user.keyboard('{End}');
    expect(cellButton(/^Guest on Northwind Drafts/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(grid()).getByRole('button', { name: /^Guest, / })).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    // Contoso's matrix, on the guest's row.
    await screen.findByRole('grid', { name: /Contoso Files/ });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Actions for Guest' })).toHaveFocus());
  });

  it('opens the registration on the app from a cell, and Back returns to the overview on that app', async () => {
    const { user } = await openOverview();
    await user.click(cellButton(/^Guest on Northwind Drafts/));
    await screen.findByRole('heading', { name: 'Northwind Drafts' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Actions for Guest' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: '← Tenant overview' }));
    await screen.findByRole('grid', { name: 'Apps by registration' });
    await waitFor(() => expect(within(grid()).getByRole('button', { name: /^Guest, / })).toHaveFocus());
  });

  it('opens the app view from an app’s row header', async () => {
    const { user } = await openOverview();
    await user.click(within(grid()).getByRole('button', { name: /^Guest, / }));
    expect(
      await screen.findByRole('grid', { name: 'Permissions of Guest on each registration' }),
    ).toBeInTheDocument();
  });

  it('exports the registrations shown, as the JSON document and as CSV with translated headers', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:tenant';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openOverview(tenantHost({ locale: 'it-IT' }), {
      overview: 'Panoramica del tenant',
      grid: 'App per registrazione',
    });
    // An app filter narrows the rows, never the grants a registration's file holds.
    await user.type(screen.getByRole('searchbox', { name: 'Filtra app' }), 'guest');
    await user.type(screen.getByRole('searchbox', { name: 'Filtra registrazioni' }), CONTOSO_ID);
    expect(
      screen.getByText('Esporta ogni autorizzazione della 1 registrazione mostrata.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Esporta JSON' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('grants-tenant-2025-08-11.json');
    const parsed = parseGrantsDocument(JSON.parse(await (blobs[0] as Blob).text()));
    if (!parsed.ok) throw new Error('not a grants document');
    expect(parsed.document.registrations).toHaveLength(1);
    expect(parsed.document.registrations[0]?.registrationId).toBe(CONTOSO_ID);
    expect(parsed.document.registrations[0]?.applicationPermissionGrants.map((each) => each.appId)).toEqual([
      OWNER_ID,
      GUEST_ID,
      BACKUP_ID,
    ]);
    expect(
      screen.getByText(
        'Le autorizzazioni sono state scaricate come grants-tenant-2025-08-11.json nella cartella dei download del browser.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Esporta CSV per i revisori' }));
    expect((click.mock.contexts[1] as HTMLAnchorElement).download).toBe('grants-tenant-2025-08-11.csv');
    const csv = await (blobs[1] as Blob).text();
    const quoted = (...cells: string[]): string => cells.map((cell) => `"${cell}"`).join(',');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      quoted('ID registrazione', 'Nome registrazione', 'ID app', 'Nome app', 'Piano', 'Autorizzazioni'),
      quoted(CONTOSO_ID, 'Contoso Files', OWNER_ID, 'Contoso Owner', 'delegated', 'full'),
      quoted(CONTOSO_ID, 'Contoso Files', OWNER_ID, 'Contoso Owner', 'application', 'full'),
      quoted(CONTOSO_ID, 'Contoso Files', GUEST_ID, 'Guest', 'delegated', 'readContent'),
      quoted(CONTOSO_ID, 'Contoso Files', GUEST_ID, 'Guest', 'application', 'none'),
      quoted(CONTOSO_ID, 'Contoso Files', BACKUP_ID, '', 'delegated', 'none'),
      quoted(CONTOSO_ID, 'Contoso Files', BACKUP_ID, '', 'application', 'readContent'),
      '',
    ]);
  });

  it('hands the ids its filters leave on screen to the tenant-wide actions', async () => {
    const host = tenantHost();
    const seen: OverviewSelectionIds[] = [];
    function Harness(): JSX.Element {
      const model = useRegistrationList(host);
      return (
        <TenantOverview
          model={model}
          onBack={() => undefined}
          onOpenRegistration={() => undefined}
          onOpenApp={() => undefined}
          renderActions={(selection) => {
            seen.push(selection);
            return <button type="button">Apply to registrations…</button>;
          }}
        />
      );
    }
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <EditorHostProvider value={host}>
          <LocalizerProvider value={await loadLocalizer('en-US')}>
            <Harness />
          </LocalizerProvider>
        </EditorHostProvider>
      </FluentProvider>,
    );
    await screen.findByRole('grid', { name: 'Apps by registration' });
    expect(screen.getByRole('button', { name: 'Apply to registrations…' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Filter registrations' }), 'fabrikam');
    await waitFor(() =>
      expect(seen[seen.length - 1]).toEqual({ registrationIds: [FABRIKAM_ID], appIds: [BACKUP_ID] }),
    );
  });
});
