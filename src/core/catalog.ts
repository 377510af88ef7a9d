/**
 * What each permission means and how permissions relate. The rules of the matrix are derived from
 * this one table (`implies`, `requires`), never from scattered conditions.
 */
import {
  GRANTABLE_PERMISSIONS,
  type AccessLevel,
  type GrantablePermission,
  type PermissionGroup,
  type PermissionInfo,
} from './permissions';

function entry(
  value: GrantablePermission,
  group: PermissionGroup,
  access: AccessLevel,
  description: string,
  implies: readonly GrantablePermission[] = [],
  requires: readonly GrantablePermission[] = [],
): PermissionInfo {
  return { value, group, access, description, implies, requires };
}

/** Everything `full` grants: every permission but `none` and itself. */
const EVERYTHING = GRANTABLE_PERMISSIONS.filter((value) => value !== 'none' && value !== 'full');

export const PERMISSION_CATALOG: Readonly<Record<GrantablePermission, PermissionInfo>> = {
  none: entry('none', 'special', 'none', 'No permission on any container of the container type.'),
  readContent: entry('readContent', 'content', 'read', 'Read the content of containers.'),
  writeContent: entry(
    'writeContent',
    'content',
    'write',
    'Write the content of containers; needs readContent.',
    [],
    ['readContent'],
  ),
  manageContent: entry(
    'manageContent',
    'content',
    'manage',
    'Manage content: writeContent plus discarding check-outs in app-only mode.',
    ['writeContent', 'readContent'],
  ),
  create: entry('create', 'containers', 'write', 'Create containers.'),
  delete: entry('delete', 'containers', 'write', 'Delete containers.'),
  read: entry('read', 'containers', 'read', 'Read container metadata (not content).'),
  write: entry('write', 'containers', 'write', 'Update container metadata.'),
  enumeratePermissions: entry(
    'enumeratePermissions',
    'membership',
    'read',
    'List container members and their roles.',
  ),
  addPermissions: entry('addPermissions', 'membership', 'write', 'Add members to containers.'),
  updatePermissions: entry(
    'updatePermissions',
    'membership',
    'write',
    'Change the roles of existing members.',
  ),
  deletePermissions: entry('deletePermissions', 'membership', 'write', 'Remove other members (not oneself).'),
  deleteOwnPermission: entry('deleteOwnPermission', 'membership', 'write', "Remove one's own membership."),
  managePermissions: entry(
    'managePermissions',
    'membership',
    'manage',
    'Add, update and remove members, oneself included.',
    ['addPermissions', 'updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
  ),
  full: entry(
    'full',
    'special',
    'full',
    'Every permission on the containers of the container type.',
    EVERYTHING,
  ),
};

export const PERMISSION_GROUP_ORDER: readonly PermissionGroup[] = [
  'content',
  'containers',
  'membership',
  'special',
];

export function isGrantablePermission(value: string): value is GrantablePermission {
  return (GRANTABLE_PERMISSIONS as readonly string[]).includes(value);
}

/** The permissions of one group, in Graph's order. */
export function permissionsInGroup(group: PermissionGroup): readonly GrantablePermission[] {
  return GRANTABLE_PERMISSIONS.filter((value) => PERMISSION_CATALOG[value].group === group);
}

/** A permission with everything it implies, transitively (`full` → all, `manageContent` → write and read…). */
function computeClosure(permission: GrantablePermission): ReadonlySet<GrantablePermission> {
  const found = new Set<GrantablePermission>([permission]);
  const pending: GrantablePermission[] = [permission];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const child of PERMISSION_CATALOG[next].implies) {
      if (!found.has(child)) {
        found.add(child);
        pending.push(child);
      }
    }
  }
  return found;
}

// Computed once: the overview asks for closures of every plane of every cell (60,000 at 300 × 200).
const CLOSURES = new Map(GRANTABLE_PERMISSIONS.map((value) => [value, computeClosure(value)]));

/** A permission with everything it implies, transitively (`full` → all, `manageContent` → write and read…). */
export function closureOf(permission: GrantablePermission): ReadonlySet<GrantablePermission> {
  return CLOSURES.get(permission) ?? computeClosure(permission);
}
