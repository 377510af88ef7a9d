import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  mergeClasses,
} from '@fluentui/react-components';
import { memo } from 'react';
import type { ReactElement, SyntheticEvent } from 'react';
import type { Plane } from '../../core/model';
import type { GrantablePermission } from '../../core/permissions';
import { useLocalizer } from '../strings';
import { MATRIX_GROUPS, PERMISSIONS_PER_PLANE } from './matrixColumns';
import type { MatrixColumn } from './matrixColumns';
import type { MatrixColumnChangeData, OtherColumns } from './PermissionMatrix.types';
import { usePermissionMatrixStyles } from './usePermissionMatrixStyles.styles';

export interface MatrixHeaderProps {
  /** The planes shown, and their cell columns. */
  readonly planes: readonly Plane[];
  readonly columns: readonly MatrixColumn[];
  readonly otherColumns: OtherColumns;
  readonly activeCol: number | undefined;
  /** Id of the hidden description of a permission (what it allows). */
  readonly descriptionId: (permission: GrantablePermission) => string;
  readonly onColumnChange: (event: SyntheticEvent, data: MatrixColumnChangeData) => void;
}

function ColumnMenu(props: {
  readonly column: MatrixColumn;
  readonly tabbable: boolean;
  readonly descriptionId: MatrixHeaderProps['descriptionId'];
  readonly onColumnChange: MatrixHeaderProps['onColumnChange'];
}): ReactElement {
  const { column, tabbable, descriptionId, onColumnChange } = props;
  const { plane, permission } = column;
  const { strings, format } = useLocalizer();
  const styles = usePermissionMatrixStyles();
  const values = { permission, plane: strings.planes[plane] };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* Described through a shared hidden element: a "description" tooltip would stay mounted per column. */}
        <Tooltip content={strings.permissionDescriptions[permission]} relationship="inaccessible">
          <MenuButton
            aria-describedby={descriptionId(permission)}
            appearance="subtle"
            size="small"
            className={styles.permissionButton}
            aria-label={format(strings.matrix.columnMenu, values)}
            data-nav-row={0}
            data-nav-col={column.navCol}
            tabIndex={tabbable ? 0 : -1}
          >
            {permission}
          </MenuButton>
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={(event) => onColumnChange(event, { plane, permission, checked: true })}>
            {format(strings.matrix.grantAll, values)}
          </MenuItem>
          <MenuItem onClick={(event) => onColumnChange(event, { plane, permission, checked: false })}>
            {format(strings.matrix.revokeAll, values)}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Three header rows: planes, permission groups, then one menu per permission column. */
export const MatrixHeader = memo(function MatrixHeader(props: MatrixHeaderProps): ReactElement {
  const { planes, columns, otherColumns, activeCol, descriptionId, onColumnChange } = props;
  const { strings } = useLocalizer();
  const styles = usePermissionMatrixStyles();
  return (
    <thead className={styles.head}>
      <tr aria-rowindex={1}>
        <th scope="col" rowSpan={3} className={mergeClasses(styles.headCell, styles.corner)}>
          {strings.matrix.appColumn}
        </th>
        {planes.map((plane) => (
          <th
            key={plane}
            scope="colgroup"
            colSpan={PERMISSIONS_PER_PLANE + (otherColumns[plane] ? 1 : 0)}
            className={mergeClasses(styles.headCell, styles.planeHead, styles.planeStart)}
          >
            {/* Sticks beside the app column while the plane's columns scroll by: no column goes unlabelled. */}
            <span className={styles.stickyLabel}>{strings.planes[plane]}</span>
          </th>
        ))}
      </tr>
      <tr aria-rowindex={2}>
        {planes.map((plane) => [
          ...MATRIX_GROUPS.map((entry, index) => (
            <th
              key={`${plane}:${entry.group}`}
              scope="colgroup"
              colSpan={entry.permissions.length}
              className={mergeClasses(
                styles.headCell,
                styles.groupHead,
                index === 0 ? styles.planeStart : styles.groupStart,
              )}
            >
              <span className={styles.stickyLabel}>{strings.groups[entry.group]}</span>
            </th>
          )),
          otherColumns[plane] ? (
            <th
              key={`${plane}:other`}
              scope="col"
              rowSpan={2}
              className={mergeClasses(styles.headCell, styles.groupHead, styles.groupStart)}
            >
              {strings.matrix.otherColumn}
            </th>
          ) : null,
        ])}
      </tr>
      <tr aria-rowindex={3}>
        {columns.map((column) => (
          <th
            key={`${column.plane}:${column.permission}`}
            scope="col"
            className={mergeClasses(
              styles.headCell,
              column.startsGroup && styles.groupStart,
              column.startsPlane && styles.planeStart,
            )}
          >
            <ColumnMenu
              column={column}
              tabbable={activeCol === column.navCol}
              descriptionId={descriptionId}
              onColumnChange={onColumnChange}
            />
          </th>
        ))}
      </tr>
    </thead>
  );
});
