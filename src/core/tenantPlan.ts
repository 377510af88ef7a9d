/**
 * One operation across registrations, planned without I/O. `planTenantOperation` turns the tenant's
 * loaded grants and an operation into one baseline/edited pair per registration it changes: the same
 * pair a registration's own matrix hands to its review and its save, so every per-registration rule
 * judges it unchanged — `planSave` at save time (conflicts, read-only apps blocked), `detectLockOutRisk`
 * for the owning app (`lockOut` here; the review asks for the same explicit confirmation),
 * `validateGrants` in the review. The operations:
 *
 * - `apply`: one app gets a preset or an explicit permission set on the chosen registrations (values
 *   this tool does not know are kept, as in the matrix).
 * - `remove`: one app loses its grant on the chosen registrations (all by default), except where it is
 *   the owning app: the owner's grant is never touched, and the plan says where it was skipped.
 *
 * Read-only apps are never changed by any operation. Registrations the operation leaves as they are
 * appear in no plan; registration ids the tenant does not have are reported (`unplanned`), never
 * created.
 *
 * - `import`: a tenant-wide grants document, each registration it names merged (the default) or
 *   replaced exactly as a one-registration import does (`planImport`).
 *
 * Edits made elsewhere (the app view's matrix) become plans through `planRegistration`.
 */
import { diffGrants } from './diffGrants';
import { emptyGrant, findGrant, removeGrant, upsertGrant } from './grantList';
import { planImport, type FileGrant, type ImportMode, type ImportSkipReason } from './importPlan';
import type { Grant, GrantChange, Registration } from './model';
import { sameAppId } from './normalise';
import { applyPreset, isEmptyPermissionSet, type PermissionSet } from './presets';
import { unwritablePlanes } from './readGrants';
import type { RegistrationGrants } from './tenantOverview';
import { detectLockOutRisk, type LockOutRisk } from './validate';

export type TenantOperation =
  | {
      readonly type: 'apply';
      readonly appId: string;
      /** A preset (`findPreset(id)`) or an explicit set. */
      readonly permissions: PermissionSet;
      readonly registrationIds: readonly string[];
    }
  | {
      readonly type: 'remove';
      readonly appId: string;
      /** Every loaded registration when left out. */
      readonly registrationIds?: readonly string[];
    }
  | {
      readonly type: 'import';
      /** The file's grants per registration (`GrantsDocument.registrations`), each registration once. */
      readonly entries: readonly { readonly registrationId: string; readonly grants: readonly FileGrant[] }[];
      /** The registrations replaced (apps not in the file removed); every other one is merged. */
      readonly replace: ReadonlySet<string>;
    };

export type PlanSkipReason =
  /** `remove` never touches the owning app's own grant. */
  | 'owner'
  /** Read-only here (`readOnly`: the service sent values this tool cannot read exactly), or an import's reason. */
  | ImportSkipReason;

export interface PlanSkip {
  readonly appId: string;
  readonly reason: PlanSkipReason;
}

export interface RegistrationPlan {
  readonly registration: Registration;
  /** The grants as loaded: what the save's freshness read is compared with. */
  readonly baseline: readonly Grant[];
  /** The grants this operation wants. */
  readonly edited: readonly Grant[];
  /** `diffGrants(baseline, edited)`: one per-app write each, before the save's freshness check. */
  readonly changes: readonly GrantChange[];
  /** Apps left as they are although the operation names them, with the reason. */
  readonly skipped: readonly PlanSkip[];
  /** The owning app would lose its grant or `full`: the review must get an explicit confirmation. */
  readonly lockOut?: LockOutRisk;
}

/** A registration the operation names but cannot plan. */
export interface UnplannedRegistration {
  readonly registrationId: string;
  readonly reason: 'not_in_tenant';
}

export interface TenantPlan {
  /** The registrations the operation changes or skips apps on, in the tenant's order. */
  readonly registrations: readonly RegistrationPlan[];
  readonly unplanned: readonly UnplannedRegistration[];
}

function idKey(id: string): string {
  return id.trim().toLowerCase();
}

function isReadOnly(grant: Grant | undefined): boolean {
  return grant !== undefined && unwritablePlanes(grant).length > 0;
}

/** One registration's plan from the grants wanted; `undefined` when nothing changes or is skipped. */
export function planRegistration(
  entry: RegistrationGrants,
  edited: readonly Grant[],
  skipped: readonly PlanSkip[] = [],
): RegistrationPlan | undefined {
  const changes = diffGrants(entry.grants, edited);
  if (changes.length === 0 && skipped.length === 0) return undefined;
  const lockOut = detectLockOutRisk(entry.grants, edited, entry.registration.owningAppId);
  return {
    registration: entry.registration,
    baseline: entry.grants,
    edited,
    changes,
    skipped,
    ...(lockOut ? { lockOut } : {}),
  };
}

/** The registrations named (all when `ids` is undefined), in the tenant's order, and the unknown ids. */
function chosen(
  tenant: readonly RegistrationGrants[],
  ids: readonly string[] | undefined,
): { entries: RegistrationGrants[]; unplanned: UnplannedRegistration[] } {
  if (ids === undefined) return { entries: [...tenant], unplanned: [] };
  const wanted = new Set(ids.map(idKey));
  const known = new Set(tenant.map((entry) => idKey(entry.registration.id)));
  return {
    entries: tenant.filter((entry) => wanted.has(idKey(entry.registration.id))),
    unplanned: [...wanted]
      .filter((key) => !known.has(key))
      .map((key) => ({
        registrationId: ids.find((id) => idKey(id) === key) ?? key,
        reason: 'not_in_tenant' as const,
      })),
  };
}

function planApply(
  entry: RegistrationGrants,
  appId: string,
  permissions: PermissionSet,
): RegistrationPlan | undefined {
  const current = findGrant(entry.grants, appId);
  if (isReadOnly(current)) return planRegistration(entry, entry.grants, [{ appId, reason: 'readOnly' }]);
  return planRegistration(
    entry,
    upsertGrant(entry.grants, applyPreset(current ?? emptyGrant(appId), permissions)),
    [],
  );
}

function planRemove(entry: RegistrationGrants, appId: string): RegistrationPlan | undefined {
  const current = findGrant(entry.grants, appId);
  if (current === undefined) return undefined;
  // The owner's grant is never touched by a removal across registrations.
  if (sameAppId(appId, entry.registration.owningAppId)) {
    return planRegistration(entry, entry.grants, [{ appId: current.appId, reason: 'owner' }]);
  }
  if (isReadOnly(current))
    return planRegistration(entry, entry.grants, [{ appId: current.appId, reason: 'readOnly' }]);
  return planRegistration(entry, removeGrant(entry.grants, appId), []);
}

function planImportEntry(
  entry: RegistrationGrants,
  fileGrants: readonly FileGrant[],
  mode: ImportMode,
): RegistrationPlan | undefined {
  const plan = planImport(entry.grants, fileGrants, mode);
  return planRegistration(entry, plan.edited, plan.skipped);
}

/**
 * The plan of one operation across the tenant's loaded grants (`tenant`, one entry per registration,
 * as `listGrantsOfMany` read them). Each plan's `baseline`/`edited` pair is what
 * `RegistrationRepository.saveGrantsOfMany` takes, one `SaveRequest` per registration.
 */
export function planTenantOperation(
  tenant: readonly RegistrationGrants[],
  operation: TenantOperation,
): TenantPlan {
  if (operation.type === 'import') {
    const files = new Map(operation.entries.map((file) => [idKey(file.registrationId), file.grants]));
    // Fail closed: which of two entries for one registration wins is not this plan's to guess
    // (`parseGrantsDocument` refuses such a file, naming both).
    if (files.size !== operation.entries.length) {
      throw new Error('The import names a registration more than once; nothing is planned.');
    }
    const replaced = new Set([...operation.replace].map(idKey));
    const { entries, unplanned } = chosen(
      tenant,
      operation.entries.map((file) => file.registrationId),
    );
    const registrations = entries.flatMap((entry) => {
      const key = idKey(entry.registration.id);
      const plan = planImportEntry(entry, files.get(key) ?? [], replaced.has(key) ? 'replace' : 'merge');
      return plan === undefined ? [] : [plan];
    });
    return { registrations, unplanned };
  }
  // An explicit set with nothing chosen would write `none/none` everywhere: a removal in disguise.
  if (operation.type === 'apply' && isEmptyPermissionSet(operation.permissions)) {
    throw new Error('An empty permission set is never applied; remove the app instead.');
  }
  const { entries, unplanned } = chosen(tenant, operation.registrationIds);
  const registrations = entries.flatMap((entry) => {
    const plan =
      operation.type === 'apply'
        ? planApply(entry, operation.appId, operation.permissions)
        : planRemove(entry, operation.appId);
    return plan === undefined ? [] : [plan];
  });
  return { registrations, unplanned };
}
