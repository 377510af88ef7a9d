/**
 * What a 403 most likely means for one app on one registration, from documented facts only
 * (graph-api.md §3 and §11): three layers decide what a guest app can do — a Microsoft Graph permission
 * (`FileStorageContainer.Selected`), the registration's grant (per plane), and, for delegated calls, the
 * user's own container role (the effective access is the intersection) — and a grant change can take an
 * hour or more to take effect.
 */
import type { Grant } from './model';
import { OWN_WRITE_WINDOW_MS } from './ownWrites';
import { effectivePermissions } from './rules';

export type AccessAdvice =
  /** The change this browser made is recent: a 403 may only mean it has not taken effect yet. */
  | 'recent-change'
  /** No grant at all on this registration: every call to its containers is refused. */
  | 'no-grant'
  /** No application permission: app-only calls (the app's own token) are refused. */
  | 'no-app-only'
  /** No delegated permission: calls on behalf of a user are refused. */
  | 'no-delegated'
  /** Delegated calls also need the user's own container role; the effective access is the intersection. */
  | 'delegated-needs-user-role'
  /** No readContent (nor a permission including it): the app cannot read files on that plane. */
  | 'no-content-read'
  /** The grant alone is not enough: the app also needs FileStorageContainer.Selected, with consent. */
  | 'needs-graph-permission';

/**
 * The advice for an app's grant as the service shows it (`undefined`: no grant), most likely first.
 * `lastChangedAt`: when this browser last changed the grant, if it did.
 */
export function accessAdvice(grant: Grant | undefined, now: Date, lastChangedAt?: Date): AccessAdvice[] {
  const advice: AccessAdvice[] = [];
  if (lastChangedAt !== undefined && now.getTime() - lastChangedAt.getTime() <= OWN_WRITE_WINDOW_MS)
    advice.push('recent-change');
  if (grant === undefined) return [...advice, 'no-grant', 'needs-graph-permission'];
  const delegated = effectivePermissions(grant.delegatedPermissions);
  const application = effectivePermissions(grant.applicationPermissions);
  if (application.size === 0) advice.push('no-app-only');
  if (delegated.size === 0) advice.push('no-delegated');
  else advice.push('delegated-needs-user-role');
  if (
    (delegated.size > 0 && !delegated.has('readContent')) ||
    (application.size > 0 && !application.has('readContent'))
  )
    advice.push('no-content-read');
  advice.push('needs-graph-permission');
  return advice;
}
