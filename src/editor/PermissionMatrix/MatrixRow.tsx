import {
  Badge,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tag,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import { memo } from 'react';
import type { ChangeEvent, ReactElement, SyntheticEvent } from 'react';
import { displayText } from '../../core/displayText';
import type { Grant, Plane } from '../../core/model';
import { sameAppId } from '../../core/normalise';
import type { GrantablePermission } from '../../core/permissions';
import { PRESETS } from '../../core/presets';
import type { PresetId } from '../../core/presets';
import { presetGrantsText } from '../shared/presetGrants';
import { cellState, effectivePermissions, impliedByParent } from '../../core/rules';
import { appKey } from '../session/appLabels';
import { planeOf, unknownPermissions } from '../../core/grantList';
import { UntrustedText } from '../shared/UntrustedText';
import { useLocalizer } from '../strings';
import { HEADER_ROWS, MATRIX_COLUMNS, cellLabel } from './matrixColumns';
import type { MatrixColumn } from './matrixColumns';
import type { MatrixRowActionData, MatrixToggleData, OtherColumns } from './PermissionMatrix.types';
import { usePermissionMatrixStyles } from './usePermissionMatrixStyles.styles';

export interface MatrixRowProps {
  /** Keyboard row (1 for the first app). */
  readonly navRow: number;
  readonly grant: Grant;
  /** The loaded grant, to mark unsaved cells; `undefined` for an added app. */
  readonly baseline: Grant | undefined;
  /** The app's display name from the directory, when known (the appId is then shown under it). */
  readonly appName: string | undefined;
  readonly isOwningApp: boolean;
  /** Planes whose values this tool cannot read exactly: the whole row is then read-only. */
  readonly readOnlyPlanes: readonly Plane[];
  /** Read-only whatever it holds, for this reason (the app view's rows of registrations the app owns). */
  readonly lockedReason?: string;
  /** Whether the menu offers the actions about another app (copy from, details): not on registration rows. */
  readonly appActions: boolean;
  /** Describes why the row is read-only (`aria-describedby` of its cells). */
  readonly readOnlyDescriptionId: string;
  readonly wellKnownPresetId: PresetId | undefined;
  /** When this browser last saved a change of this app's grant, in words ("15:39", or a date), from its receipts. */
  readonly changedHere?: string;
  /** The keyboard column holding the grid's tab stop when it is in this row. */
  readonly activeCol: number | undefined;
  /** The cell columns shown (one plane or both). */
  readonly columns: readonly MatrixColumn[];
  readonly otherColumns: OtherColumns;
  readonly canCopy: boolean;
  readonly impliedDescriptionId: (parent: GrantablePermission) => string;
  readonly onToggle: (event: ChangeEvent<HTMLInputElement>, data: MatrixToggleData) => void;
  readonly onRowAction: (event: SyntheticEvent, data: MatrixRowActionData) => void;
}

function OtherCell(props: { readonly values: readonly string[]; readonly className: string }): ReactElement {
  const { strings, format } = useLocalizer();
  const styles = usePermissionMatrixStyles();
  return (
    <td className={props.className}>
      <span className={styles.otherTags}>
        {props.values.map((value) => (
          <Tag
            key={value}
            size="extra-small"
            appearance="outline"
            className={styles.otherTag}
            primaryText={{ className: styles.otherTagText }}
            aria-label={format(strings.matrix.unknownTag, { value: displayText(value) })}
            // A value of any length: cut short here, in full in the grid's tooltip and the read warnings.
            data-full-text={value}
          >
            {displayText(value)}
          </Tag>
        ))}
      </span>
    </td>
  );
}

/** One app: row header with its menu, then one checkbox per permission and plane. Memoised: rows are many. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps): ReactElement {
  const {
    navRow,
    grant,
    baseline,
    appName,
    isOwningApp,
    readOnlyPlanes,
    lockedReason,
    appActions,
    readOnlyDescriptionId,
    wellKnownPresetId,
    changedHere,
    activeCol,
    columns,
    otherColumns,
    canCopy,
    impliedDescriptionId,
    onToggle,
    onRowAction,
  } = props;
  const localizer = useLocalizer();
  const { strings, format, list } = localizer;
  const styles = usePermissionMatrixStyles();
  const menuIdBase = useId('preset');
  const { appId } = grant;
  // Names come from the directory: bounded, hidden characters shown, for the eye and for every label.
  const appLabel = displayText(appName ?? appId);
  const effectiveBefore: Record<Plane, ReadonlySet<GrantablePermission>> = {
    delegated: effectivePermissions(baseline ? baseline.delegatedPermissions : []),
    application: effectivePermissions(baseline ? baseline.applicationPermissions : []),
  };
  const changed = !baseline || MATRIX_COLUMNS.some((column) => isChanged(column.plane, column.permission));
  const presets = PRESETS.filter((preset) => preset.appId === undefined || sameAppId(preset.appId, appId));
  const readOnly = readOnlyPlanes.length > 0 || lockedReason !== undefined;

  function isChanged(plane: Plane, permission: GrantablePermission): boolean {
    const now = cellState(planeOf(grant, plane), permission) !== 'off';
    return now !== effectiveBefore[plane].has(permission);
  }

  const cells: ReactElement[] = [];
  for (const column of columns) {
    const { plane, permission, navCol } = column;
    const permissions = planeOf(grant, plane);
    const state = cellState(permissions, permission);
    const parent = state === 'implied' ? impliedByParent(permissions, permission) : undefined;
    cells.push(
      <td
        key={`${plane}:${permission}`}
        className={mergeClasses(
          styles.cell,
          column.startsGroup && styles.groupStart,
          column.startsPlane && styles.planeStart,
          isChanged(plane, permission) && styles.changedCell,
        )}
      >
        {/* One native checkbox per cell, not Fluent's Checkbox (a root, an input, an indicator, an svg when checked):
            a matrix holds hundreds of cells, and three or four elements each made it slow to open (issue #25).
            Its label fills the cell, so a click anywhere in the cell toggles it, as Fluent's did. */}
        <label className={mergeClasses(styles.cellTarget, readOnly && styles.readOnlyCell)}>
          <input
            type="checkbox"
            checked={state !== 'off'}
            aria-label={cellLabel(appLabel, strings.matrix.cellPlanes[plane], permission)}
            // Still focusable (the grid moves focus cell by cell), but announced and kept read-only.
            aria-readonly={readOnly || undefined}
            aria-describedby={
              readOnly ? readOnlyDescriptionId : parent ? impliedDescriptionId(parent) : undefined
            }
            data-nav-row={navRow}
            data-nav-col={navCol}
            data-implied-by={parent}
            tabIndex={activeCol === navCol ? 0 : -1}
            className={mergeClasses(styles.cellCheckbox, state === 'implied' && styles.implied)}
            onChange={(event) => {
              if (readOnly) return;
              onToggle(event, { appId, plane, permission, checked: event.currentTarget.checked });
            }}
          />
        </label>
      </td>,
    );
    if (column.endsPlane && otherColumns[plane]) {
      cells.push(
        <OtherCell
          key={`${plane}:other`}
          values={unknownPermissions(planeOf(grant, plane))}
          className={mergeClasses(styles.otherCell, styles.groupStart)}
        />,
      );
    }
  }

  return (
    // aria-rowindex: a large matrix renders only some rows; three header rows come first.
    <tr data-app-row aria-rowindex={navRow + HEADER_ROWS}>
      <th scope="row" className={styles.rowHeader} data-app-tip={appKey(appId)}>
        <div className={styles.rowHeaderLayout}>
          <div className={styles.rowHeaderText}>
            <UntrustedText text={appName ?? appId} lines={2} className={styles.appName} />
            {appName !== undefined && <UntrustedText text={appId} lines={1} className={styles.appId} />}
            <span className={styles.badges}>
              {readOnly && (
                <Badge appearance="filled" color="danger" size="small">
                  {strings.matrix.readOnlyBadge}
                </Badge>
              )}
              {isOwningApp && (
                <Badge appearance="filled" color="brand" size="small">
                  {strings.matrix.owningBadge}
                </Badge>
              )}
              {wellKnownPresetId && (
                <Badge appearance="tint" color="informative" size="small">
                  {strings.presets[wellKnownPresetId]}
                </Badge>
              )}
              {changedHere !== undefined && (
                <Badge appearance="tint" color="subtle" size="small">
                  {format(strings.matrix.changedHereBadge, { when: changedHere })}
                </Badge>
              )}
              {!baseline ? (
                <Badge appearance="outline" color="warning" size="small">
                  {strings.matrix.newBadge}
                </Badge>
              ) : (
                changed && (
                  <Badge appearance="outline" color="warning" size="small">
                    {strings.matrix.changedBadge}
                  </Badge>
                )
              )}
            </span>
            {readOnly && (
              <span id={readOnlyDescriptionId} className={styles.readOnlyReason}>
                {lockedReason ??
                  format(strings.matrix.readOnlyReason, {
                    planes: list(readOnlyPlanes.map((plane) => strings.planes[plane])),
                  })}
              </span>
            )}
          </div>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton
                appearance="subtle"
                size="small"
                aria-label={format(strings.matrix.rowMenu, { app: appLabel })}
                data-nav-row={navRow}
                data-nav-col={0}
                data-app-menu={appKey(appId)}
                tabIndex={activeCol === 0 ? 0 : -1}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuGroup>
                  <MenuGroupHeader>{strings.matrix.applyPreset}</MenuGroupHeader>
                  {presets.map((preset) => (
                    <MenuItem
                      key={preset.id}
                      disabled={readOnly}
                      // What the preset grants, before it is applied: its description, not its name
                      // (the sub text sits inside the item's content, so the name is labelled apart).
                      aria-labelledby={`${menuIdBase}-${preset.id}`}
                      aria-describedby={`${menuIdBase}-${preset.id}-grants`}
                      subText={{
                        id: `${menuIdBase}-${preset.id}-grants`,
                        children: presetGrantsText(preset, localizer),
                      }}
                      onClick={(event) =>
                        onRowAction(event, { type: 'applyPreset', appId, presetId: preset.id })
                      }
                    >
                      <span id={`${menuIdBase}-${preset.id}`}>{strings.presets[preset.id]}</span>
                    </MenuItem>
                  ))}
                </MenuGroup>
                <MenuDivider />
                {appActions && (
                  <MenuItem
                    disabled={!canCopy || readOnly}
                    onClick={(event) => onRowAction(event, { type: 'copyFrom', appId })}
                  >
                    {strings.matrix.copyFrom}
                  </MenuItem>
                )}
                <MenuItem
                  disabled={readOnly}
                  onClick={(event) => onRowAction(event, { type: 'clearPlane', appId, plane: 'delegated' })}
                >
                  {strings.matrix.clearDelegated}
                </MenuItem>
                <MenuItem
                  disabled={readOnly}
                  onClick={(event) => onRowAction(event, { type: 'clearPlane', appId, plane: 'application' })}
                >
                  {strings.matrix.clearApplication}
                </MenuItem>
                <MenuDivider />
                {appActions ? (
                  <>
                    <MenuItem onClick={(event) => onRowAction(event, { type: 'checkAccess', appId })}>
                      {strings.checkAccess.open}
                    </MenuItem>
                    <MenuItem onClick={(event) => onRowAction(event, { type: 'details', appId })}>
                      {strings.details.open}
                    </MenuItem>
                  </>
                ) : (
                  <MenuItem onClick={(event) => onRowAction(event, { type: 'open', appId })}>
                    {format(strings.tenant.openRegistration, { name: appLabel })}
                  </MenuItem>
                )}
                <MenuItem
                  disabled={readOnly}
                  onClick={(event) => onRowAction(event, { type: 'remove', appId })}
                >
                  {strings.matrix.removeApp}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      </th>
      {cells}
    </tr>
  );
});
