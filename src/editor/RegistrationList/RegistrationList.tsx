import {
  Badge,
  Body1,
  Button,
  Caption1,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  SearchBox,
  Spinner,
  Subtitle2,
  Title2,
  createTableColumn,
  useId,
  mergeClasses,
} from '@fluentui/react-components';
import type { TableColumnDefinition } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { appMatches, queryTerms, registrationMatches } from '../../core/appSearch';
import type { ReactElement } from 'react';
import type { Registration } from '../../core/model';
import { useEditorHost } from '../host/EditorHostContext';
import { ChangesDialog } from '../ChangesDialog';
import { ErrorExplanation } from '../ErrorExplanation';
import { MyAccessAction } from '../MyAccessDialog';
import { PartBoundary } from '../shared/PartBoundary';
import { UntrustedText } from '../shared/UntrustedText';
import { useWidthClass } from '../shared/useWidthClass';
import { FullTextTip, isCutShort, useRegionTooltip } from '../shared/useRegionTooltip';
import type { RegionTip } from '../shared/useRegionTooltip';
import { draftKey, hasDraft } from '../session/draft';
import { useLocalizer } from '../strings';
import type { Localizer } from '../strings';
import type { GrantSummary, RegistrationListModel } from './useRegistrationList';
import { useRegistrationListStyles } from './useRegistrationListStyles.styles';

export interface RegistrationListProps {
  readonly model: RegistrationListModel;
  readonly onOpen: (registration: Registration) => void;
  readonly onRegister: () => void;
  /** Opens the tenant overview: every app on every registration. */
  readonly onOpenOverview: () => void;
  /** The registration to put focus on (the one the admin comes back from). */
  readonly focusRegistrationId?: string;
}

interface RegistrationRow {
  readonly registration: Registration;
  readonly summary: GrantSummary | undefined;
  /** Unsaved edits of this registration are kept as a draft in this tab. */
  readonly hasDraft: boolean;
}

/**
 * The registration, or one of its apps (owning app included), matches every word typed: by name or id,
 * app names as the lookups and Microsoft's well-known apps give them (the overview searches the same way).
 */
function matches(
  row: RegistrationRow,
  terms: readonly string[],
  nameOf: (appId: string) => string | undefined,
): boolean {
  const { registration, summary } = row;
  if (registrationMatches(terms, registration)) return true;
  const appIds =
    summary?.status === 'loaded' ? [registration.owningAppId, ...summary.appIds] : [registration.owningAppId];
  return appIds.some((appId) => appMatches(terms, appId, nameOf(appId)));
}

type ColumnId = 'name' | 'containerTypeId' | 'owningApp' | 'billing' | 'registered' | 'expires' | 'apps';

/**
 * Below 52rem (a Teams tab on a 1024 px screen is 576 px) seven columns do not fit: the list keeps the
 * name with its container type id beneath, billing, expiry and apps; the owning app and the registration
 * date stay in the registration's details.
 */
type ListWidth = 'full' | 'compact';
const classifyListWidth = (width: number): ListWidth => (width >= 832 ? 'full' : 'compact');
const COLUMNS_LEFT_OUT_WHEN_COMPACT: ReadonlySet<ColumnId> = new Set([
  'containerTypeId',
  'owningApp',
  'registered',
]);

/** The untrusted text a cell cuts short, shown in full by the list's tooltip on focus and hover. */
function fullTextOf(columnId: ColumnId, registration: Registration): string | undefined {
  switch (columnId) {
    case 'name':
      return registration.name || registration.id;
    case 'containerTypeId':
      return registration.id;
    case 'owningApp':
      return registration.owningAppId;
    default:
      return undefined;
  }
}

function findTip(element: HTMLElement): RegionTip | undefined {
  const target = element.closest<HTMLElement>('[data-full-text]');
  const text = target?.dataset.fullText;
  return target && text !== undefined && isCutShort(target, [text])
    ? { target, content: <FullTextTip lines={[text]} /> }
    : undefined;
}

function billingText(registration: Registration, localizer: Localizer): string {
  const { strings, format } = localizer;
  const { billingClassification: classification, billingStatus: status } = registration;
  if (!classification && !status) return strings.list.notSet;
  const classifications: Readonly<Record<string, string>> = strings.list.billingClassification;
  const statuses: Readonly<Record<string, string>> = strings.list.billingStatus;
  return format(strings.list.billing, {
    classification: classification
      ? (classifications[classification] ?? classification)
      : strings.list.notSet,
    status: status ? (statuses[status] ?? status) : strings.list.notSet,
  });
}

export function RegistrationList(props: RegistrationListProps): ReactElement {
  const { model, onOpen, onRegister, onOpenOverview, focusRegistrationId } = props;
  const host = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural, formatDate, formatNumber } = localizer;
  const styles = useRegistrationListStyles();
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const [changesOpen, setChangesOpen] = useState(false);
  const changesButtonRef = useRef<HTMLButtonElement>(null);
  const closeChanges = (): void => {
    setChangesOpen(false);
    changesButtonRef.current?.focus();
  };
  const headingId = useId('registrations-heading');
  const registerReasonId = useId('register-reason');
  // The token says the role is missing, or the service just refused for lack of it. With no hint,
  // the service decides (and says why).
  const cannotRegister =
    host.user.role === 'missing_role' ||
    (model.state.phase === 'failed' && model.state.error.code === 'role_required');
  // Disabled but focusable, so keyboard and screen-reader users reach it and hear the reason.
  const registerButton = cannotRegister
    ? { disabledFocusable: true, 'aria-describedby': registerReasonId }
    : { onClick: onRegister };

  const registrations = model.state.phase === 'ready' ? model.state.registrations : undefined;
  const { draftStorage, user } = host;
  const rows = useMemo<RegistrationRow[]>(
    () =>
      (registrations ?? []).map((registration) => ({
        registration,
        summary: model.grants.get(registration.id),
        hasDraft: draftStorage ? hasDraft(draftStorage, draftKey(user.tenantId, registration.id)) : false,
      })),
    [registrations, model.grants, draftStorage, user.tenantId],
  );
  const terms = queryTerms(query);
  const trimmed = terms.length > 0;
  const nameOf = (appId: string): string | undefined => host.repository.knownAppDisplayName(appId);
  const visible = trimmed ? rows.filter((row) => matches(row, terms, nameOf)) : rows;

  const compact = useWidthClass(rootRef, classifyListWidth) === 'compact';
  const columns = useMemo<TableColumnDefinition<RegistrationRow>[]>(() => {
    const { columns: titles } = strings.list;
    const all = [
      createTableColumn<RegistrationRow>({
        columnId: 'name',
        compare: (a, b) => a.registration.name.localeCompare(b.registration.name),
        renderHeaderCell: () => titles.name,
        renderCell: ({ registration, hasDraft: drafted }) => (
          <span className={styles.nameCell}>
            <Link
              as="button"
              className={styles.nameLink}
              data-registration-id={registration.id}
              onClick={() => onOpen(registration)}
            >
              <UntrustedText text={registration.name || registration.id} lines={2} />
            </Link>
            {compact && (
              <UntrustedText
                text={registration.id}
                lines={1}
                className={mergeClasses(styles.id, styles.idLine)}
              />
            )}
            {drafted && (
              <Badge appearance="outline" color="warning" size="small">
                {strings.list.draftBadge}
              </Badge>
            )}
          </span>
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'containerTypeId',
        compare: (a, b) => a.registration.id.localeCompare(b.registration.id),
        renderHeaderCell: () => titles.containerTypeId,
        renderCell: ({ registration }) => (
          <UntrustedText text={registration.id} lines={1} className={styles.id} />
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'owningApp',
        compare: (a, b) => a.registration.owningAppId.localeCompare(b.registration.owningAppId),
        renderHeaderCell: () => titles.owningApp,
        renderCell: ({ registration }) => (
          <UntrustedText text={registration.owningAppId} lines={1} className={styles.id} />
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'billing',
        renderHeaderCell: () => titles.billing,
        renderCell: ({ registration }) => (
          <UntrustedText text={billingText(registration, localizer)} lines={2} />
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'registered',
        compare: (a, b) =>
          (a.registration.registeredDateTime ?? '').localeCompare(b.registration.registeredDateTime ?? ''),
        renderHeaderCell: () => titles.registered,
        renderCell: ({ registration }) => (
          <UntrustedText
            text={
              registration.registeredDateTime
                ? formatDate(registration.registeredDateTime)
                : strings.list.notSet
            }
            lines={2}
          />
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'expires',
        renderHeaderCell: () => titles.expires,
        renderCell: ({ registration }) => (
          <UntrustedText
            text={
              registration.expirationDateTime === null
                ? strings.list.never
                : registration.expirationDateTime
                  ? formatDate(registration.expirationDateTime)
                  : strings.list.notSet
            }
            lines={2}
          />
        ),
      }),
      createTableColumn<RegistrationRow>({
        columnId: 'apps',
        compare: (a, b) => appCount(a.summary) - appCount(b.summary),
        renderHeaderCell: () => titles.apps,
        renderCell: ({ summary }) =>
          summary?.status === 'loaded'
            ? formatNumber(summary.appIds.length)
            : summary?.status === 'failed'
              ? strings.list.appsUnavailable
              : // Text, not a Spinner: hundreds of animated spinners (one per row of a large tenant) made
                // Chromium re-layer the page every frame, about 350 ms each, for as long as counting lasted.
                strings.list.appsCounting,
      }),
    ];
    return compact
      ? all.filter((column) => !COLUMNS_LEFT_OUT_WHEN_COMPACT.has(column.columnId as ColumnId))
      : all;
  }, [
    strings,
    localizer,
    formatDate,
    formatNumber,
    onOpen,
    compact,
    styles.id,
    styles.idLine,
    styles.nameCell,
    styles.nameLink,
  ]);
  const tip = useRegionTooltip(findTip);
  const columnClass: Readonly<Record<ColumnId, string>> = {
    name: styles.nameColumn,
    containerTypeId: styles.idColumn,
    owningApp: styles.idColumn,
    billing: styles.textColumn,
    registered: styles.dateColumn,
    expires: styles.dateColumn,
    apps: styles.countColumn,
  };

  useEffect(() => {
    if (!focusRegistrationId || !registrations) return;
    const buttons = rootRef.current?.querySelectorAll<HTMLElement>('[data-registration-id]') ?? [];
    Array.from(buttons)
      .find((button) => button.dataset.registrationId === focusRegistrationId)
      ?.focus();
  }, [focusRegistrationId, registrations]);

  return (
    <section className={styles.root} ref={rootRef} aria-labelledby={headingId}>
      <Title2 as="h2" id={headingId}>
        {strings.list.heading}
      </Title2>
      <div className={styles.toolbar}>
        <SearchBox
          className={styles.search}
          aria-label={strings.list.searchLabel}
          placeholder={strings.list.searchPlaceholder}
          value={query}
          onChange={(_event, data) => setQuery(data.value)}
        />
        <Button onClick={model.reload}>{strings.list.refresh}</Button>
        <Button onClick={onOpenOverview} disabled={!registrations?.length}>
          {strings.list.overview}
        </Button>
        <Button {...registerButton}>{strings.list.register}</Button>
        {host.receiptStorage && (
          <Button ref={changesButtonRef} onClick={() => setChangesOpen(true)}>
            {strings.changes.open}
          </Button>
        )}
        <MyAccessAction />
      </div>
      {changesOpen && host.receiptStorage && (
        <PartBoundary part={strings.changes.title} onDismiss={closeChanges}>
          <Suspense fallback={null}>
            <ChangesDialog storage={host.receiptStorage} onClose={closeChanges} />
          </Suspense>
        </PartBoundary>
      )}
      {cannotRegister && (
        <Caption1 id={registerReasonId} className={styles.registerReason}>
          {strings.list.registerNeedsRole}
        </Caption1>
      )}
      {model.state.phase === 'loading' && <Spinner label={strings.list.loading} />}
      {model.state.phase === 'failed' && (
        <ErrorExplanation error={model.state.error} onRetry={model.reload} />
      )}
      {registrations && registrations.length === 0 && (
        <div className={styles.empty}>
          <Subtitle2 as="h3">{strings.list.emptyTitle}</Subtitle2>
          <Body1>
            {host.scopeMode === 'selected' ? strings.list.emptySelected : strings.list.emptyManageAll}
          </Body1>
          <div>
            <Button appearance="primary" {...registerButton}>
              {strings.list.register}
            </Button>
          </div>
        </div>
      )}
      {registrations && registrations.length > 0 && visible.length === 0 && (
        <div className={styles.empty}>
          <Subtitle2 as="h3">{format(strings.list.noMatchTitle, { query: query.trim() })}</Subtitle2>
          <Body1>{strings.list.noMatchBody}</Body1>
          <div>
            <Button onClick={() => setQuery('')}>{strings.list.clearSearch}</Button>
          </div>
        </div>
      )}
      {registrations && registrations.length > 0 && (
        <Caption1 role="status">
          {trimmed
            ? plural(strings.list.matches, registrations.length, {
                count: formatNumber(visible.length),
                total: formatNumber(registrations.length),
              })
            : plural(strings.list.count, registrations.length)}
        </Caption1>
      )}
      {visible.length > 0 && (
        // The grid region: the only part of the page that scrolls sideways, at any width.
        <div
          className={styles.gridScroller}
          onFocus={tip.onFocus}
          onBlur={tip.hide}
          onPointerOver={tip.onPointerOver}
          onPointerLeave={tip.hide}
        >
          {tip.tooltip}
          <DataGrid
            className={compact ? styles.compactGrid : styles.grid}
            items={visible}
            columns={columns}
            getRowId={(row: RegistrationRow) => row.registration.id}
            sortable
            defaultSortState={{ sortColumn: 'name', sortDirection: 'ascending' }}
            // Cells, not rows, are the arrow keys' stops: a focused row (composite mode) took one Enter
            // to enter it, one to enter the name cell and one to open the registration.
            focusMode="cell"
            aria-label={strings.list.tableLabel}
          >
            <DataGridHeader>
              <DataGridRow>
                {({ renderHeaderCell, columnId }) => (
                  <DataGridHeaderCell className={columnClass[columnId as ColumnId]}>
                    {renderHeaderCell()}
                  </DataGridHeaderCell>
                )}
              </DataGridRow>
            </DataGridHeader>
            <DataGridBody<RegistrationRow>>
              {({ item, rowId }) => (
                <DataGridRow<RegistrationRow> key={rowId}>
                  {({ renderCell, columnId }) => (
                    // The name cell is no stop of its own: the arrow keys land on its link, which one
                    // Enter opens.
                    <DataGridCell
                      focusMode={columnId === 'name' ? 'none' : 'cell'}
                      className={columnClass[columnId as ColumnId]}
                      data-full-text={fullTextOf(columnId as ColumnId, item.registration)}
                    >
                      {renderCell(item)}
                    </DataGridCell>
                  )}
                </DataGridRow>
              )}
            </DataGridBody>
          </DataGrid>
        </div>
      )}
    </section>
  );
}

function appCount(summary: GrantSummary | undefined): number {
  return summary?.status === 'loaded' ? summary.appIds.length : -1;
}
