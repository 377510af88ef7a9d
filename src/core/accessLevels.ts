/**
 * Access levels: how much an app may do on one plane, in one word the tenant overview can show in a
 * cell and filter on. Derived from the catalog only (each entry's `access` within its `group`, and
 * `implies` through `effectivePermissions`), never from a second table:
 *
 * - `full`: the plane grants `full`.
 * - `manage`: the effective set holds a `manage` permission (`manageContent`, `managePermissions`).
 * - `write`: it holds a `write` permission (`writeContent`, `create`, `delete`, `write`, and the four
 *   membership changes `addPermissions` … `deleteOwnPermission`).
 * - `read`: it holds a `read` permission (`readContent`, `read`, `enumeratePermissions`).
 * - `none`: nothing this tool knows.
 *
 * A level for one group narrows the effective set to that group first, so "who can write content?" is
 * `accessLevel(plane, 'content')` at least `write`, i.e. `writeContent` (or `manageContent`, or
 * `full`) in the effective set. Values the catalog does not know count for nothing here: the overview
 * says separately that a plane holds some (`unknownPermissions`).
 */
import { PERMISSION_CATALOG, PERMISSION_GROUP_ORDER } from './catalog';
import type { Grant, Plane } from './model';
import { PLANES } from './model';
import { planeOf } from './grantList';
import { ACCESS_LEVELS, type AccessLevel, type Permission, type PermissionGroup } from './permissions';
import { effectivePermissions } from './rules';

/** The groups a level can be narrowed to (`special` holds only `none` and `full`). */
export type AccessGroup = Exclude<PermissionGroup, 'special'>;

const ACCESS_GROUPS = PERMISSION_GROUP_ORDER.filter((group): group is AccessGroup => group !== 'special');

/** Negative when `a` is weaker than `b`, 0 when equal, positive when stronger. */
export function compareAccessLevels(a: AccessLevel, b: AccessLevel): number {
  return ACCESS_LEVELS.indexOf(a) - ACCESS_LEVELS.indexOf(b);
}

export function isAtLeast(level: AccessLevel, minimum: AccessLevel): boolean {
  return compareAccessLevels(level, minimum) >= 0;
}

/** The strongest level the plane reaches, over every group or within one. */
export function accessLevel(plane: readonly Permission[], group?: AccessGroup): AccessLevel {
  const effective = effectivePermissions(plane);
  if (effective.has('full')) return 'full';
  let level: AccessLevel = 'none';
  for (const permission of effective) {
    const info = PERMISSION_CATALOG[permission];
    if (group !== undefined && info.group !== group) continue;
    if (compareAccessLevels(info.access, level) > 0) level = info.access;
  }
  return level;
}

/**
 * What the plane's level is about: the first group, in the catalog's order, where the plane reaches it
 * ("write" alone reads like "write content" when it is container properties). `undefined` for `none`
 * and `full`, which stand for themselves.
 */
export function levelGroup(plane: readonly Permission[]): AccessGroup | undefined {
  const level = accessLevel(plane);
  if (level === 'none' || level === 'full') return undefined;
  return ACCESS_GROUPS.find((group) => accessLevel(plane, group) === level);
}

/** The level of each plane of a grant. */
export function grantAccess(grant: Grant): Readonly<Record<Plane, AccessLevel>> {
  return {
    delegated: accessLevel(grant.delegatedPermissions),
    application: accessLevel(grant.applicationPermissions),
  };
}

/**
 * A question the overview asks of each grant: "who can write content?" is
 * `{ atLeast: 'write', group: 'content' }`, "who has full?" is `{ atLeast: 'full' }`, "who writes
 * app-only?" is `{ atLeast: 'write', plane: 'application' }`.
 */
export interface LevelFilter {
  readonly atLeast: AccessLevel;
  /** Narrow to one group; every group when left out. */
  readonly group?: AccessGroup;
  /** Narrow to one plane; either plane may meet it when left out. */
  readonly plane?: Plane;
}

/** Whether the grant meets the filter on the plane it names (or on either plane). */
export function meetsLevel(grant: Grant, filter: LevelFilter): boolean {
  const planes = filter.plane === undefined ? PLANES : [filter.plane];
  return planes.some((plane) => isAtLeast(accessLevel(planeOf(grant, plane), filter.group), filter.atLeast));
}
