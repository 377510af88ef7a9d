/** The tenant as the registration list read it: what plans across registrations are made from. */
import type { Registration } from '../../core/model';
import type { RegistrationGrants } from '../../core/tenantOverview';
import type { RegistrationListModel } from '../RegistrationList';

export interface LoadedTenant {
  /** The registrations whose grants were read, in the list's order. */
  readonly entries: readonly RegistrationGrants[];
  /** Registrations whose grants could not be read: no plan touches them. */
  readonly notRead: readonly Registration[];
  /** Some grants are still being read. */
  readonly loading: boolean;
  /** The registrations the list holds: `entries` and `notRead` together, once reading has ended. */
  readonly total: number;
}

export function loadedTenant(model: Pick<RegistrationListModel, 'state' | 'grants'>): LoadedTenant {
  const registrations = model.state.phase === 'ready' ? model.state.registrations : [];
  const entries: RegistrationGrants[] = [];
  const notRead: Registration[] = [];
  let loading = model.state.phase === 'loading';
  for (const registration of registrations) {
    const summary = model.grants.get(registration.id);
    if (summary?.status === 'loaded') entries.push({ registration, grants: summary.read.value });
    else if (summary?.status === 'failed') notRead.push(registration);
    else loading = true;
  }
  return { entries, notRead, loading, total: registrations.length };
}
