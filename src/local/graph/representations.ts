/** Registrations and grants as Graph writes them on the wire. */
import type { StoredRegistration, WireGrant } from '../demoTenant';
import { etagOf, type TenantStore } from '../store';
import { presentPermissions } from './evolvableEnums';
import type { RequestContext } from './requestContext';

export function grantBody(
  ctx: RequestContext,
  registration: StoredRegistration,
  grant: WireGrant,
  withContext = true,
): Record<string, unknown> {
  return {
    ...(withContext
      ? {
          '@odata.context': `${ctx.origin}/graph/${ctx.version}/$metadata#storage/fileStorage/containerTypeRegistrations('${registration.id}')/applicationPermissionGrants/$entity`,
        }
      : {}),
    '@odata.type': '#microsoft.graph.fileStorageContainerTypeAppPermissionGrant',
    appId: grant.appId,
    delegatedPermissions: presentPermissions(grant.delegatedPermissions, ctx),
    applicationPermissions: presentPermissions(grant.applicationPermissions, ctx),
  };
}

/** Grants are a relationship: inline only when `$expand`ed (the safe reading of the docs). */
export function registrationBody(
  ctx: RequestContext,
  store: TenantStore,
  registration: StoredRegistration,
  expandGrants: boolean,
): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.fileStorageContainerTypeRegistration',
    id: registration.id,
    name: registration.name,
    owningAppId: registration.owningAppId,
    billingClassification: registration.billingClassification,
    billingStatus: registration.billingStatus,
    registeredDateTime: registration.registeredDateTime,
    expirationDateTime: registration.expirationDateTime,
    etag: etagOf(registration.version),
    settings: {
      '@odata.type': 'microsoft.graph.fileStorageContainerTypeRegistrationSettings',
      ...registration.settings,
    },
    ...(expandGrants
      ? {
          applicationPermissionGrants: store
            .visibleGrants(registration)
            .map((grant) => grantBody(ctx, registration, grant, false)),
        }
      : {}),
  };
}

export function expandsGrants(query: URLSearchParams): boolean {
  return (query.get('$expand') ?? '').split(',').includes('applicationPermissionGrants');
}
