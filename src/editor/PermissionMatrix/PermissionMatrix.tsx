import { mergeClasses, useEventCallback, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, ReactElement, SyntheticEvent } from 'react';
import { changedPlanes, diffGrantsOnce } from '../../core/diffGrants';
import type { Grant, Plane } from '../../core/model';
import { sameAppId } from '../../core/normalise';
import { GRANTABLE_PERMISSIONS } from '../../core/permissions';
import type { GrantablePermission } from '../../core/permissions';
import { appKey, wellKnownPresetId } from '../session/appLabels';
import { unknownPermissions } from '../../core/grantList';
import { unwritablePlanes } from '../../core/readGrants';
import { FullTextTip, isCutShort, useRegionTooltip } from '../shared/useRegionTooltip';
import type { RegionTip } from '../shared/useRegionTooltip';
import { useWidthClass } from '../shared/useWidthClass';
import { useLocalizer } from '../strings';
import { MatrixHeader } from './MatrixHeader';
import { HEADER_ROWS, matrixColumnsFor } from './matrixColumns';
import { MatrixRow } from './MatrixRow';
import type { MatrixRowActionData, OtherColumns, PermissionMatrixProps } from './PermissionMatrix.types';
import { PlaneSwitch, planesOf } from './PlaneSwitch';
import type { PlaneView } from './PlaneSwitch';
import { useMatrixNavigation } from './useMatrixNavigation';
import type { NavCell } from './useMatrixNavigation';
import { useRowWindow } from './useRowWindow';
import { usePermissionMatrixStyles } from './usePermissionMatrixStyles.styles';

const WRITABLE: readonly Plane[] = [];

/** The same empty list for every writable row, so memoised rows do not re-render for nothing. */
function readOnlyPlanesOf(grant: Grant): readonly Plane[] {
  const planes = unwritablePlanes(grant);
  return planes.length > 0 ? planes : WRITABLE;
}

/**
 * The editor's width decides the layout: below 1,280 px both planes do not fit (28 columns and the app
 * column need about 1,270 px; a Teams tab at 1366 × 768 has 1,218), so one is shown, and nothing leaves
 * the screen at first; below 640 px the app column narrows too.
 */
type WidthClass = 'wide' | 'medium' | 'narrow';

function classifyWidth(width: number): WidthClass {
  return width >= 1280 ? 'wide' : width >= 640 ? 'medium' : 'narrow';
}

/** Stands in for the app rows a large matrix does not render, so the scrollbar stays true. */
function RowSpace(props: { readonly height: number; readonly columns: number }): ReactElement {
  return (
    <tr aria-hidden="true">
      <td colSpan={props.columns + 3} style={{ height: props.height, padding: 0, border: 'none' }} />
    </tr>
  );
}

/**
 * The permission matrix of one registration: one row per app, a checkbox per plane and permission.
 * It renders what it is given and reports intents through `(event, data)` callbacks; the rules live
 * in core and the editing state in the registration editor.
 */
export function PermissionMatrix(props: PermissionMatrixProps): ReactElement {
  const {
    registrationName,
    owningAppId,
    baseline,
    edited,
    appNames,
    focusAppId,
    onToggle,
    onColumnChange,
    onRowAction,
    registrationRows,
    toolbar,
    status,
    changedHere,
  } = props;
  const { strings, format } = useLocalizer();
  const styles = usePermissionMatrixStyles();
  const rootRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const descriptionBaseId = useId('matrix');

  // The owning app first (it is the one to protect), then the others in their loaded order.
  const rows = useMemo(() => {
    const owner = appKey(owningAppId);
    const owning: Grant[] = [];
    const others: Grant[] = [];
    for (const grant of edited) (appKey(grant.appId) === owner ? owning : others).push(grant);
    return [...owning, ...others];
  }, [edited, owningAppId]);
  const baselineByApp = useMemo(
    () => new Map(baseline.map((grant) => [appKey(grant.appId), grant])),
    [baseline],
  );
  // Once per edit, not per render: with 20,000 apps each pass over them is a visible pause.
  const [hasDelegatedOther, hasApplicationOther] = useMemo(
    () => [
      edited.some((grant) => unknownPermissions(grant.delegatedPermissions).length > 0),
      edited.some((grant) => unknownPermissions(grant.applicationPermissions).length > 0),
    ],
    [edited],
  );
  // A new object only when a column comes or goes: the memoised rows compare it by identity.
  const otherColumns = useMemo<OtherColumns>(
    () => ({ delegated: hasDelegatedOther, application: hasApplicationOther }),
    [hasDelegatedOther, hasApplicationOther],
  );

  const widthClass = useWidthClass(rootRef, classifyWidth);
  // The admin's choice wins; until there is one, the width decides (both planes where nothing is measured).
  const [chosenView, setChosenView] = useState<PlaneView>();
  const view = chosenView ?? (widthClass === 'medium' || widthClass === 'narrow' ? 'delegated' : 'both');
  const planes = useMemo(() => planesOf(view), [view]);
  const columns = useMemo(() => matrixColumnsFor(planes), [planes]);
  const unsavedPlanes = useMemo(() => changedPlanes(diffGrantsOnce(baseline, edited)), [baseline, edited]);

  const rowWindow = useRowWindow({ scrollerRef, bodyRef }, rows.length);
  const { reveal } = rowWindow;
  // Keyboard rows are 1-based (row 0 is the header); the window counts app rows from 0.
  const revealCell = useCallback((cell: NavCell) => reveal(cell.row - 1), [reveal]);
  const navigation = useMatrixNavigation(tableRef, rows.length, columns.length, revealCell);
  const impliedDescriptionId = useCallback(
    (parent: GrantablePermission) => `${descriptionBaseId}-implied-${parent}`,
    [descriptionBaseId],
  );
  const permissionDescriptionId = useCallback(
    (permission: GrantablePermission) => `${descriptionBaseId}-about-${permission}`,
    [descriptionBaseId],
  );

  // A removed row takes its menu button with it: keep focus in the grid, on the row that takes its place.
  const refocusRow = useRef<number>();
  const { focusCell } = navigation;
  useEffect(() => {
    if (refocusRow.current === undefined) return;
    const row = Math.min(refocusRow.current, rows.length);
    refocusRow.current = undefined;
    if (row > 0) focusCell({ row, col: 0 });
  }, [rows, focusCell]);
  // Opened on an app (from the tenant overview): its row header takes focus, once, even when the
  // window has not rendered its row yet (focusCell reveals it first).
  const focusedApp = useRef(false);
  useEffect(() => {
    if (focusAppId === undefined || focusedApp.current) return;
    const index = rows.findIndex((grant) => sameAppId(grant.appId, focusAppId));
    if (index < 0) return;
    focusedApp.current = true;
    focusCell({ row: index + 1, col: 0 });
  }, [focusAppId, rows, focusCell]);
  // Stable identity (latest closure): the memoised rows must not re-render because `rows` changed.
  const handleRowAction = useEventCallback((event: SyntheticEvent, data: MatrixRowActionData) => {
    if (data.type === 'remove') {
      const index = rows.findIndex((grant) => sameAppId(grant.appId, data.appId));
      if (index >= 0) refocusRow.current = index + 1;
    }
    onRowAction(event, data);
  });

  // One tooltip for the grid: why an implied cell is on, an app's full name and id, a value in full.
  const findTip = useCallback(
    (element: HTMLElement): RegionTip | undefined => {
      const target = element.closest<HTMLElement>('[data-implied-by],[data-app-tip],[data-full-text]');
      const { impliedBy, appTip, fullText } = target?.dataset ?? {};
      if (!target) return undefined;
      if (impliedBy) return { target, content: format(strings.matrix.impliedBy, { parent: impliedBy }) };
      if (fullText !== undefined) return { target, content: <FullTextTip lines={[fullText]} /> };
      const grant = rows.find((candidate) => appKey(candidate.appId) === appTip);
      if (!grant) return undefined;
      const name = appNames.get(appKey(grant.appId));
      const lines = name === undefined ? [grant.appId] : [name, grant.appId];
      return isCutShort(target, lines) ? { target, content: <FullTextTip lines={lines} /> } : undefined;
    },
    [rows, appNames, format, strings],
  );
  const tip = useRegionTooltip(findTip);
  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    navigation.onFocus(event);
    tip.onFocus(event);
  };

  return (
    <div ref={rootRef} className={styles.root}>
      <div className={styles.controls}>
        {toolbar}
        <PlaneSwitch
          view={view}
          changedPlanes={unsavedPlanes}
          onChange={(_event, data) => setChosenView(data.view)}
        />
        {status}
      </div>
      <div
        ref={scrollerRef}
        className={mergeClasses(styles.scroller, widthClass === 'narrow' && styles.narrowScroller)}
      >
        {tip.tooltip}
        {/* Accessible descriptions, shared by all cells and headers ("Included by full", what a permission allows). */}
        {GRANTABLE_PERMISSIONS.map((permission) => (
          <span key={permission} hidden>
            <span id={impliedDescriptionId(permission)}>
              {format(strings.matrix.impliedBy, { parent: permission })}
            </span>
            <span id={permissionDescriptionId(permission)}>{strings.permissionDescriptions[permission]}</span>
          </span>
        ))}
        <table
          ref={tableRef}
          role="grid"
          aria-label={
            registrationRows?.gridLabel ?? format(strings.matrix.tableLabel, { name: registrationName })
          }
          aria-rowcount={rows.length + HEADER_ROWS}
          className={styles.table}
          onKeyDownCapture={navigation.onKeyDownCapture}
          onKeyDown={tip.onKeyDown}
          onFocus={onFocus}
          onBlur={tip.hide}
          onPointerOver={tip.onPointerOver}
          onPointerLeave={tip.hide}
        >
          <MatrixHeader
            planes={planes}
            columns={columns}
            otherColumns={otherColumns}
            activeCol={navigation.active.row === 0 ? navigation.active.col : undefined}
            descriptionId={permissionDescriptionId}
            onColumnChange={onColumnChange}
          />
          <tbody ref={bodyRef}>
            {rowWindow.start > 0 && (
              <RowSpace height={rowWindow.start * rowWindow.rowHeight} columns={columns.length} />
            )}
            {rows.slice(rowWindow.start, rowWindow.end).map((grant, offset) => {
              const index = rowWindow.start + offset;
              const name = appNames.get(appKey(grant.appId));
              return (
                <MatrixRow
                  key={appKey(grant.appId)}
                  navRow={index + 1}
                  grant={grant}
                  baseline={baselineByApp.get(appKey(grant.appId))}
                  appName={name}
                  isOwningApp={sameAppId(grant.appId, owningAppId)}
                  readOnlyPlanes={readOnlyPlanesOf(grant)}
                  lockedReason={registrationRows?.lockedRows.get(appKey(grant.appId))}
                  appActions={registrationRows === undefined}
                  readOnlyDescriptionId={`${descriptionBaseId}-readonly-${index}`}
                  wellKnownPresetId={wellKnownPresetId(grant.appId)}
                  changedHere={changedHere?.get(appKey(grant.appId))}
                  activeCol={navigation.active.row === index + 1 ? navigation.active.col : undefined}
                  columns={columns}
                  otherColumns={otherColumns}
                  canCopy={rows.length > 1}
                  impliedDescriptionId={impliedDescriptionId}
                  onToggle={onToggle}
                  onRowAction={handleRowAction}
                />
              );
            })}
            {rowWindow.end < rows.length && (
              <RowSpace
                height={(rows.length - rowWindow.end) * rowWindow.rowHeight}
                columns={columns.length}
              />
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
