/**
 * The matrix columns: per plane, the catalog's groups in order, one column per permission.
 * `none` has no column: it is what an empty plane means (clear the plane to get it).
 */
import { PERMISSION_GROUP_ORDER, permissionsInGroup } from '../../core/catalog';
import type { Plane } from '../../core/model';
import { PLANES } from '../../core/model';
import type { GrantablePermission, PermissionGroup } from '../../core/permissions';

export interface MatrixGroup {
  readonly group: PermissionGroup;
  readonly permissions: readonly GrantablePermission[];
}

export interface MatrixColumn {
  readonly plane: Plane;
  readonly permission: GrantablePermission;
  /** First column of its group (draws the group separator). */
  readonly startsGroup: boolean;
  /** First / last column of its plane. */
  readonly startsPlane: boolean;
  readonly endsPlane: boolean;
  /** Keyboard column: 0 is the row's action button, cells start at 1. */
  readonly navCol: number;
}

export const MATRIX_GROUPS: readonly MatrixGroup[] = PERMISSION_GROUP_ORDER.map((group) => ({
  group,
  permissions: permissionsInGroup(group).filter((permission) => permission !== 'none'),
})).filter((entry) => entry.permissions.length > 0);

export const PERMISSIONS_PER_PLANE = MATRIX_GROUPS.reduce((sum, entry) => sum + entry.permissions.length, 0);

/** The cell columns of the planes shown, delegated first, in keyboard order. */
export function matrixColumnsFor(planes: readonly Plane[]): readonly MatrixColumn[] {
  return planes.flatMap((plane, planeIndex) =>
    MATRIX_GROUPS.flatMap((entry) =>
      entry.permissions.map((permission, index) => ({ plane, permission, startsGroup: index === 0 })),
    ).map((column, index) => ({
      ...column,
      startsPlane: index === 0,
      endsPlane: index === PERMISSIONS_PER_PLANE - 1,
      navCol: 1 + planeIndex * PERMISSIONS_PER_PLANE + index,
    })),
  );
}

/** Every cell column, delegated first, in keyboard order. */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = matrixColumnsFor(PLANES);

/**
 * The accessible name of a cell: a contract with tests and assistive technology (design.md §6).
 * `planeLabel` is the plane in the admin's language (`strings.matrix.cellPlanes`); the permission
 * stays spelled as on the wire.
 */
export function cellLabel(appLabel: string, planeLabel: string, permission: GrantablePermission): string {
  return `${appLabel} ${planeLabel} ${permission}`;
}

/** The header rows above the apps: planes, permission groups, permissions. */
export const HEADER_ROWS = 3;
