import { Badge, mergeClasses } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { FocusEvent, ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import type { Registration } from '../../core/model';
import type { SettingKey } from '../../core/registrationSettings';
import { cellMatches, overviewCell } from '../../core/tenantOverview';
import type { OverviewCell, OverviewFilter, TenantOverview } from '../../core/tenantOverview';
import type { NavCell } from '../PermissionMatrix/useMatrixNavigation';
import { useMatrixNavigation } from '../PermissionMatrix/useMatrixNavigation';
import { appKey } from '../session/appLabels';
import { UntrustedText } from '../shared/UntrustedText';
import { FullTextTip, isCutShort, useRegionTooltip } from '../shared/useRegionTooltip';
import type { RegionTip } from '../shared/useRegionTooltip';
import { useWidthClass } from '../shared/useWidthClass';
import { useLocalizer } from '../strings';
import { cellName, cellNotes, cellSummary, planeLines } from './overviewText';
import { Spacer } from './Spacer';
import { SettingRows } from './SettingRows';
import { useGridWindow } from './useGridWindow';
import { useTenantOverviewStyles } from './useTenantOverviewStyles.styles';

export interface OverviewGridProps {
  readonly overview: TenantOverview;
  /** The rows shown (filtered), in overview order. */
  readonly appIds: readonly string[];
  /** The columns shown (filtered), in overview order. */
  readonly registrations: readonly Registration[];
  readonly names: ReadonlyMap<string, string>;
  /** Apps (by key) whose lookup found no directory entry. */
  readonly unresolved: ReadonlySet<string>;
  /** The level and risk filters: the cells they ask about are framed. */
  readonly filter: OverviewFilter;
  readonly focusAppId?: string;
  /** Settings to show as rows under the registrations' names. */
  readonly settingKeys?: readonly SettingKey[];
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
  readonly onOpenApp: (appId: string) => void;
}

type WidthClass = 'wide' | 'narrow';
const classifyWidth = (width: number): WidthClass => (width >= 640 ? 'wide' : 'narrow');

interface OverviewRowProps {
  readonly navRow: number;
  /** Rows above the apps besides the header (the settings shown). */
  readonly rowIndexOffset: number;
  readonly appId: string;
  readonly name: string | undefined;
  readonly unresolved: boolean;
  /** The app holds a risky grant on a registration shown. */
  readonly risky: boolean;
  readonly overview: TenantOverview;
  readonly registrations: readonly Registration[];
  /** Data indices of the rendered columns: first, and one past the last. */
  readonly colStart: number;
  readonly colEnd: number;
  readonly leftSpace: number;
  readonly rightSpace: number;
  /** The level and risk filters, when they ask about cells (those cells are framed). */
  readonly filter: OverviewFilter | undefined;
  readonly activeCol: number | undefined;
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
  readonly onOpenApp: (appId: string) => void;
}

/** One app: its row header (opens the app view), then one cell per registration shown. Memoised. */
const OverviewRow = memo(function OverviewRow(props: OverviewRowProps): ReactElement {
  const { navRow, appId, name, registrations, colStart, colEnd, filter, activeCol } = props;
  const { onOpenRegistration, onOpenApp } = props;
  const localizer = useLocalizer();
  const { strings } = localizer;
  const styles = useTenantOverviewStyles();
  const appText = displayText(name ?? appId);
  return (
    <tr data-app-row aria-rowindex={navRow + 1 + props.rowIndexOffset}>
      <th scope="row" data-row-header className={styles.rowHeader} aria-colindex={1}>
        <button
          type="button"
          className={styles.rowButton}
          // The name, the id and the marks as separate words (the visible lines would run together).
          aria-label={[
            appText,
            ...(name === undefined ? [] : [displayText(appId)]),
            ...(props.risky ? [strings.overview.riskMark] : []),
            ...(props.unresolved ? [strings.overview.unresolved] : []),
          ].join(', ')}
          data-nav-row={navRow}
          data-nav-col={0}
          data-overview-tip={`${navRow}:0`}
          tabIndex={activeCol === 0 ? 0 : -1}
          onClick={() => onOpenApp(appId)}
        >
          <UntrustedText text={name ?? appId} lines={1} />
          {/* The id (when a name stands above it) and the marks share the second line. */}
          <span className={styles.secondLine}>
            {name !== undefined && <UntrustedText text={appId} lines={1} className={styles.appId} />}
            {props.risky && (
              <Badge appearance="filled" color="danger" size="small" className={styles.rowMark}>
                {strings.overview.riskMark}
              </Badge>
            )}
            {props.unresolved && (
              <Badge appearance="outline" color="warning" size="small" className={styles.rowMark}>
                {strings.overview.unresolved}
              </Badge>
            )}
          </span>
        </button>
      </th>
      {props.leftSpace > 0 && <Spacer width={props.leftSpace} />}
      {registrations.slice(colStart, colEnd).map((registration, offset) => {
        const cell: OverviewCell | undefined = overviewCell(props.overview, registration.id, appId);
        const navCol = colStart + offset + 1;
        return (
          <td
            key={registration.id}
            data-overview-cell
            aria-colindex={navCol + 1}
            className={mergeClasses(
              styles.cell,
              filter !== undefined && cell !== undefined && cellMatches(cell, filter) && styles.matching,
              cell !== undefined && cell.risks.length > 0 && styles.risky,
            )}
          >
            <button
              type="button"
              className={styles.cellButton}
              aria-label={cellName(
                cell,
                appText,
                displayText(registration.name || registration.id),
                localizer,
              )}
              data-nav-row={navRow}
              data-nav-col={navCol}
              data-overview-tip={cell === undefined ? undefined : `${navRow}:${navCol}`}
              tabIndex={activeCol === navCol ? 0 : -1}
              onClick={() => onOpenRegistration(registration, appId)}
            >
              {cell === undefined ? (
                <span className={styles.empty}>–</span>
              ) : (
                <>
                  <span className={styles.levels}>
                    {cellSummary(cell, localizer).map((line) => (
                      <span key={line} className={styles.level}>
                        {line}
                      </span>
                    ))}
                  </span>
                  {(cell.owner || cell.risks.length > 0) && (
                    <span className={styles.marks}>
                      {cell.owner && (
                        <span className={mergeClasses(styles.mark, styles.ownerMark)}>
                          {strings.overview.ownerMark}
                        </span>
                      )}
                      {cell.risks.length > 0 && (
                        <span className={mergeClasses(styles.mark, styles.riskMark)}>
                          {strings.overview.riskMark}
                        </span>
                      )}
                    </span>
                  )}
                </>
              )}
            </button>
          </td>
        );
      })}
      {props.rightSpace > 0 && <Spacer width={props.rightSpace} />}
    </tr>
  );
});

/**
 * The overview's grid: apps are rows (an admin asks about apps: "who can write?"; their names are
 * long and read best down a column), registrations are columns. Keyboard as in the matrix (one tab
 * stop, arrows, Home/End, Ctrl+Home/End, PageUp/PageDown; Enter opens), windowed on both axes.
 */
export function OverviewGrid(props: OverviewGridProps): ReactElement {
  const { overview, appIds, registrations, names, unresolved, filter, focusAppId } = props;
  const settingKeys = props.settingKeys ?? [];
  const localizer = useLocalizer();
  const { strings } = localizer;
  const styles = useTenantOverviewStyles();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const widthClass = useWidthClass(rootRef, classifyWidth);

  const grid = useGridWindow(scrollerRef, appIds.length, registrations.length);
  const { reveal } = grid;
  // Keyboard rows and columns are 1-based for cells (row 0 is the header, column 0 the app).
  const revealCell = useCallback(
    (cell: NavCell) => reveal(cell.row - 1, Math.max(0, cell.col - 1)),
    [reveal],
  );
  const navigation = useMatrixNavigation(tableRef, appIds.length, registrations.length, revealCell);
  const byCell = filter.level !== undefined || filter.risky === true;

  // Coming back from a registration: the app's row header takes focus, once.
  const { focusCell } = navigation;
  const focused = useRef(false);
  useEffect(() => {
    if (focusAppId === undefined || focused.current) return;
    const index = appIds.findIndex((appId) => appKey(appId) === appKey(focusAppId));
    if (index < 0) return;
    focused.current = true;
    focusCell({ row: index + 1, col: 0 });
  }, [focusAppId, appIds, focusCell]);

  const findTip = useCallback(
    (element: HTMLElement): RegionTip | undefined => {
      const target = element.closest<HTMLElement>('[data-overview-tip]');
      const [row, col] = (target?.dataset.overviewTip ?? '').split(':').map(Number);
      if (!target || row === undefined || col === undefined) return undefined;
      const appId = appIds[row - 1];
      if (appId === undefined) return undefined;
      const name = names.get(appKey(appId));
      if (col === 0) {
        // The row header: the app's name and id in full, when the header cuts them short.
        const lines = name === undefined ? [appId] : [name, appId];
        return isCutShort(target, lines) ? { target, content: <FullTextTip lines={lines} /> } : undefined;
      }
      const registration = registrations[col - 1];
      if (registration === undefined) return undefined;
      const cell = overviewCell(overview, registration.id, appId);
      if (cell === undefined) return undefined;
      const lines = [
        name ?? appId,
        registration.name || registration.id,
        ...planeLines(cell, localizer),
        ...cellNotes(cell, localizer),
      ];
      return { target, content: <FullTextTip lines={lines} /> };
    },
    [appIds, registrations, overview, names, localizer],
  );
  const tip = useRegionTooltip(findTip);
  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    navigation.onFocus(event);
    tip.onFocus(event);
  };

  const shownRegistrations = registrations.slice(grid.colStart, grid.colEnd);
  const leftSpace = grid.colStart * grid.colWidth;
  const rightSpace = (registrations.length - grid.colEnd) * grid.colWidth;
  // Over the whole overview, not the rows shown: a filter click then costs nothing here (60,000 cells
  // at 300 × 200).
  const riskyApps = useMemo(() => {
    const risky = new Set<string>();
    for (const [key, row] of overview.cells) {
      for (const cell of row.values()) {
        if (cell.risks.length > 0) {
          risky.add(key);
          break;
        }
      }
    }
    return risky;
  }, [overview]);

  return (
    <div ref={rootRef}>
      <div
        ref={scrollerRef}
        className={mergeClasses(styles.scroller, widthClass === 'narrow' && styles.narrowScroller)}
      >
        {tip.tooltip}
        <table
          ref={tableRef}
          role="grid"
          aria-label={strings.overview.gridLabel}
          aria-rowcount={appIds.length + 1 + settingKeys.length}
          aria-colcount={registrations.length + 1}
          className={styles.table}
          onKeyDownCapture={navigation.onKeyDownCapture}
          onKeyDown={tip.onKeyDown}
          onFocus={onFocus}
          onBlur={tip.hide}
          onPointerOver={tip.onPointerOver}
          onPointerLeave={tip.hide}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" aria-colindex={1} className={mergeClasses(styles.columnHeader, styles.corner)}>
                {strings.overview.appColumn}
              </th>
              {leftSpace > 0 && <Spacer header width={leftSpace} />}
              {shownRegistrations.map((registration, offset) => (
                <th
                  key={registration.id}
                  scope="col"
                  aria-colindex={grid.colStart + offset + 2}
                  className={styles.columnHeader}
                >
                  <UntrustedText text={registration.name || registration.id} lines={2} />
                </th>
              ))}
              {rightSpace > 0 && <Spacer header width={rightSpace} />}
            </tr>
            <SettingRows
              settingKeys={settingKeys}
              registrations={registrations}
              colStart={grid.colStart}
              colEnd={grid.colEnd}
              leftSpace={leftSpace}
              rightSpace={rightSpace}
            />
          </thead>
          <tbody>
            {grid.rowStart > 0 && (
              <tr aria-hidden="true">
                <td className={styles.spacer} style={{ height: grid.rowStart * grid.rowHeight }} />
              </tr>
            )}
            {appIds.slice(grid.rowStart, grid.rowEnd).map((appId, offset) => {
              const index = grid.rowStart + offset;
              return (
                <OverviewRow
                  key={appKey(appId)}
                  navRow={index + 1}
                  rowIndexOffset={settingKeys.length}
                  appId={appId}
                  name={names.get(appKey(appId))}
                  unresolved={unresolved.has(appKey(appId))}
                  risky={riskyApps.has(appKey(appId))}
                  overview={overview}
                  registrations={registrations}
                  colStart={grid.colStart}
                  colEnd={grid.colEnd}
                  leftSpace={leftSpace}
                  rightSpace={rightSpace}
                  filter={byCell ? filter : undefined}
                  activeCol={navigation.active.row === index + 1 ? navigation.active.col : undefined}
                  onOpenRegistration={props.onOpenRegistration}
                  onOpenApp={props.onOpenApp}
                />
              );
            })}
            {grid.rowEnd < appIds.length && (
              <tr aria-hidden="true">
                <td
                  className={styles.spacer}
                  style={{ height: (appIds.length - grid.rowEnd) * grid.rowHeight }}
                />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
