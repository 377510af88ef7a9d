/**
 * The permission catalog: every value of Graph's `fileStorageContainerTypeAppPermission` enum,
 * spelled exactly as on the wire (graph-api.md §3), with its group, meaning and implications.
 */

/** The values an admin can grant, in Graph's own order. `unknownFutureValue` is not one of them. */
export const GRANTABLE_PERMISSIONS = [
  'none',
  'readContent',
  'writeContent',
  'manageContent',
  'create',
  'delete',
  'read',
  'write',
  'enumeratePermissions',
  'addPermissions',
  'updatePermissions',
  'deletePermissions',
  'deleteOwnPermission',
  'managePermissions',
  'full',
] as const;

export type GrantablePermission = (typeof GRANTABLE_PERMISSIONS)[number];

/** Graph's evolvable-enum sentinel: tolerated on read, never sent. */
export const UNKNOWN_FUTURE_VALUE = 'unknownFutureValue';

/** Every enum member Graph defines, sentinel included (pinned against Microsoft's generated types). */
export const WIRE_PERMISSION_VALUES = [...GRANTABLE_PERMISSIONS, UNKNOWN_FUTURE_VALUE] as const;

/**
 * A permission as it travels: one of ours, or a string the catalog does not know yet (a future
 * value). Unknown strings are kept and written back unchanged, never dropped.
 */
export type Permission = GrantablePermission | (string & { readonly __unknownPermission?: never });

export type PermissionGroup = 'content' | 'containers' | 'membership' | 'special';

/**
 * How much a permission lets an app do within its group, weakest first: `read` looks, `write` changes
 * something, `manage` holds every `write` of its group (it implies them), `full` holds everything.
 */
export type AccessLevel = 'none' | 'read' | 'write' | 'manage' | 'full';

/** The levels in order, weakest first: a level includes every level before it. */
export const ACCESS_LEVELS: readonly AccessLevel[] = ['none', 'read', 'write', 'manage', 'full'];

export interface PermissionInfo {
  readonly value: GrantablePermission;
  readonly group: PermissionGroup;
  /** Its level within its group (`none` and `full` stand for themselves). */
  readonly access: AccessLevel;
  /** Short English description for docs and tests; the UI takes its text from resource files. */
  readonly description: string;
  /** Permissions this one includes (direct children only; see `impliedBy` in rules for closure). */
  readonly implies: readonly GrantablePermission[];
  /** Permissions that must also be granted for this one to be accepted. */
  readonly requires: readonly GrantablePermission[];
}
