/** Checks before a save: app ids, duplicates, rules the service enforces, and owner lock-out. */
import { isGrantablePermission } from './catalog';
import type { Grant, Plane } from './model';
import { appIdKey, normalisePlane, sameAppId } from './normalise';
import type { Permission } from './permissions';
import { effectivePermissions } from './rules';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_GROUP_LENGTHS = [8, 4, 4, 4, 12];
const GUID_EXAMPLE = '00000000-0000-0000-0000-000000000000';

export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

/**
 * A GUID as an admin typed or pasted it, in the form the tool uses: surrounding spaces and one pair
 * of braces (`{…}`, as the Entra admin center and PowerShell show ids) removed, lower case. Anything
 * that is not a GUID that way comes back trimmed, for `validateAppId` to explain.
 */
export function readGuidInput(value: string): string {
  const trimmed = value.trim();
  const inner = /^\{(.*)\}$/.exec(trimmed)?.[1]?.trim() ?? trimmed;
  return isGuid(inner) ? inner.toLowerCase() : trimmed;
}

export interface AppIdProblem {
  readonly code: 'empty' | 'not_guid';
  readonly message: string;
}

/** Says precisely why a client id is not a GUID (e.g. the documented 34-character example). */
export function validateAppId(value: string): AppIdProblem | undefined {
  const id = value.trim();
  if (id === '') {
    return { code: 'empty', message: `Enter the app's client id, a GUID such as ${GUID_EXAMPLE}.` };
  }
  if (isGuid(id)) return undefined;
  const groups = id.split('-');
  const names = ['first', 'second', 'third', 'fourth', 'last'];
  let detail = 'A GUID is 32 hexadecimal digits in groups of 8-4-4-4-12.';
  if (groups.length === 5) {
    const wrong = groups.findIndex((group, index) => group.length !== GUID_GROUP_LENGTHS[index]);
    if (wrong >= 0) {
      detail = `The ${names[wrong]} group has ${groups[wrong]?.length ?? 0} hex digits; a GUID has ${GUID_GROUP_LENGTHS[wrong]}.`;
    } else {
      detail = 'Only the digits 0-9 and letters a-f may appear between the dashes.';
    }
  }
  return {
    code: 'not_guid',
    message: `This is not a client id: it has ${id.length} characters, a GUID has 36. ${detail}`,
  };
}

export interface ValidationIssue {
  readonly code:
    | 'invalid_app_id'
    | 'duplicate_app'
    | 'no_grants'
    | 'owning_app_missing'
    | 'write_without_read'
    | 'none_combined';
  readonly appId?: string;
  readonly plane?: Plane;
  readonly message: string;
}

const PLANE_FIELDS: readonly [Plane, 'delegatedPermissions' | 'applicationPermissions'][] = [
  ['delegated', 'delegatedPermissions'],
  ['application', 'applicationPermissions'],
];

/** Every problem in a set of grants that the service would reject or that would lock someone out. */
export function validateGrants(grants: readonly Grant[], owningAppId?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (grants.length === 0) {
    issues.push({ code: 'no_grants', message: 'A registration needs at least one app grant.' });
  }
  // A set, not a search of the list so far: an imported file of tens of thousands of apps is checked
  // in linear time.
  const seen = new Set<string>();
  for (const grant of grants) {
    const problem = validateAppId(grant.appId);
    if (problem !== undefined) {
      issues.push({ code: 'invalid_app_id', appId: grant.appId, message: problem.message });
    }
    const key = appIdKey(grant.appId);
    if (seen.has(key)) {
      issues.push({
        code: 'duplicate_app',
        appId: grant.appId,
        message: `${grant.appId} appears more than once.`,
      });
    }
    seen.add(key);
    for (const [plane, field] of PLANE_FIELDS) {
      const values: readonly Permission[] = grant[field];
      if (values.includes('none') && values.some((value) => value !== 'none')) {
        issues.push({
          code: 'none_combined',
          appId: grant.appId,
          plane,
          message: '"none" cannot be combined with other permissions.',
        });
      }
      const effective = effectivePermissions(values);
      if (effective.has('writeContent') && !effective.has('readContent')) {
        issues.push({
          code: 'write_without_read',
          appId: grant.appId,
          plane,
          message: 'writeContent cannot be granted without readContent.',
        });
      }
    }
  }
  if (owningAppId !== undefined && grants.length > 0 && !seen.has(appIdKey(owningAppId))) {
    issues.push({
      code: 'owning_app_missing',
      appId: owningAppId,
      message: 'The owning app has no grant: it would lose access to its own containers.',
    });
  }
  return issues;
}

export interface LockOutRisk {
  readonly kind: 'owning_app_removed' | 'owning_app_below_full';
  /** The planes that lose `full` (both when the grant is removed). */
  readonly planes: Plane[];
}

function hasFull(plane: readonly Permission[]): boolean {
  return normalisePlane(plane).some((value) => isGrantablePermission(value) && value === 'full');
}

/** A change that removes the owning app's grant, or takes `full` away from it, needs explicit consent. */
export function detectLockOutRisk(
  baseline: readonly Grant[],
  edited: readonly Grant[],
  owningAppId: string,
): LockOutRisk | undefined {
  const before = baseline.find((grant) => sameAppId(grant.appId, owningAppId));
  if (before === undefined) return undefined;
  const after = edited.find((grant) => sameAppId(grant.appId, owningAppId));
  if (after === undefined) return { kind: 'owning_app_removed', planes: ['delegated', 'application'] };
  const planes = PLANE_FIELDS.filter(([, field]) => hasFull(before[field]) && !hasFull(after[field])).map(
    ([plane]) => plane,
  );
  return planes.length > 0 ? { kind: 'owning_app_below_full', planes } : undefined;
}
