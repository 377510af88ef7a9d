/** Which registrations a caller reaches: all with `.Manage.All`, only its own with `.Selected`. */
import type { StoredRegistration } from '../demoTenant';
import type { TenantStore } from '../store';
import type { Caller } from './authentication';
import { GraphProblem } from './requestContext';
import { sameId } from './route';

export function canSee(registration: StoredRegistration, caller: Caller): boolean {
  return caller.scopeMode === 'manageAll' || sameId(registration.owningAppId, caller.appId);
}

export function visibleRegistration(store: TenantStore, id: string, caller: Caller): StoredRegistration {
  const registration = store.registration(id);
  if (registration === undefined) {
    throw new GraphProblem(404, 'itemNotFound', 'The container type registration was not found.');
  }
  if (!canSee(registration, caller)) {
    // With `.Selected` a registration of another app is off limits. Whether the real service says
    // 403 or 404 here is unverified (graph-api.md §4.4); 403 with the observed message is modelled.
    throw new GraphProblem(403, 'accessDenied', 'Caller does not have required permissions for this API');
  }
  return registration;
}
