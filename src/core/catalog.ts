/**
 * What each permission means and how permissions relate. The rules of the matrix are derived from
 * this one table (`implies`, `requires`), never from scattered conditions.
 */
import {
  GRANTABLE_PERMISSIONS,
  type GrantablePermission,
  type PermissionGroup,
  type PermissionInfo,
} from './permissions';

function entry(
  value: GrantablePermission,
  group: PermissionGroup,
  description: string,
  implies: readonly GrantablePermission[] = [],
  requires: readonly GrantablePermission[] = [],
): PermissionInfo {
  return { value, group, description, implies, requires };
}

/** Everything `full` grants: every permission but `none` and itself. */
const EVERYTHING = GRANTABLE_PERMISSIONS.filter((value) => value !== 'none' && value !== 'full');

export const PERMISSION_CATALOG: Readonly<Record<GrantablePermission, PermissionInfo>> = {
  none: entry('none', 'special', 'No permission on any container of the container type.'),
  readContent: entry('readContent', 'content', 'Read the content of containers.'),
  writeContent: entry(
    'writeContent',
    'content',
    'Write the content of containers; needs readContent.',
    [],
    ['readContent'],
  ),
  manageContent: entry(
    'manageContent',
    'content',
    'Manage content: writeContent plus discarding check-outs in app-only mode.',
    ['writeContent', 'readContent'],
  ),
  create: entry('create', 'containers', 'Create containers.'),
  delete: entry('delete', 'containers', 'Delete containers.'),
  read: entry('read', 'containers', 'Read container metadata (not content).'),
  write: entry('write', 'containers', 'Update container metadata.'),
  enumeratePermissions: entry(
    'enumeratePermissions',
    'membership',
    'List container members and their roles.',
  ),
  addPermissions: entry('addPermissions', 'membership', 'Add members to containers.'),
  updatePermissions: entry('updatePermissions', 'membership', 'Change the roles of existing members.'),
  deletePermissions: entry('deletePermissions', 'membership', 'Remove other members (not oneself).'),
  deleteOwnPermission: entry('deleteOwnPermission', 'membership', "Remove one's own membership."),
  managePermissions: entry(
    'managePermissions',
    'membership',
    'Add, update and remove members, oneself included.',
    ['addPermissions', 'updatePermissions', 'deletePermissions', 'deleteOwnPermission'],
  ),
  full: entry('full', 'special', 'Every permission on the containers of the container type.', EVERYTHING),
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
export function closureOf(permission: GrantablePermission): ReadonlySet<GrantablePermission> {
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
