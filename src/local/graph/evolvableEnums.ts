/**
 * Evolvable enums (graph-api.md §10): Graph answers enum members added after `unknownFutureValue` as
 * `unknownFutureValue` unless the request says `Prefer: include-unknown-enum-members`, and refuses them
 * on writes without it as it refuses any value it does not know. In beta the permission lists are typed
 * as String collections (graph-api.md §2.3: the beta enum has no sentinel), so beta answers verbatim.
 */
import { GRANTABLE_PERMISSIONS, UNKNOWN_FUTURE_VALUE } from '../../core/permissions';
import { FUTURE_PERMISSION } from '../demoTenant';
import type { RequestContext } from './requestContext';

/** The members of `fileStorageContainerTypeAppPermission` the emulated service added after the sentinel. */
const MEMBERS_AFTER_SENTINEL: readonly string[] = [FUTURE_PERMISSION];

function revealsNewMembers(ctx: RequestContext): boolean {
  return ctx.version === 'beta' || ctx.includeUnknownEnumMembers;
}

/** The permission values this request may write. The sentinel itself is never one of them. */
export function writablePermissions(ctx: RequestContext): readonly string[] {
  return revealsNewMembers(ctx)
    ? [...GRANTABLE_PERMISSIONS, ...MEMBERS_AFTER_SENTINEL]
    : GRANTABLE_PERMISSIONS;
}

/** One stored plane as this request reads it: newer members become one `unknownFutureValue`. */
export function presentPermissions(stored: readonly string[], ctx: RequestContext): string[] {
  if (revealsNewMembers(ctx)) return [...stored];
  const presented = stored.map((value) =>
    MEMBERS_AFTER_SENTINEL.includes(value) ? UNKNOWN_FUTURE_VALUE : value,
  );
  return Array.from(new Set(presented));
}
