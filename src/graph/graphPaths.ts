/**
 * Every Graph path this tool calls, relative to the version root (`…/v1.0`). User-supplied segments
 * (registration ids, app ids) are always encoded: an id typed by an admin never becomes a path.
 */
const REGISTRATIONS = '/storage/fileStorage/containerTypeRegistrations';

export function registrationsPath(): string {
  return REGISTRATIONS;
}

export function registrationPath(registrationId: string): string {
  return `${REGISTRATIONS}/${encodeURIComponent(registrationId)}`;
}

export function grantsPath(registrationId: string): string {
  return `${registrationPath(registrationId)}/applicationPermissionGrants`;
}

export function grantPath(registrationId: string, appId: string): string {
  return `${grantsPath(registrationId)}/${encodeURIComponent(appId)}`;
}

/** Service principal lookup by `appId` (needs a directory read scope such as Application.Read.All). */
export function servicePrincipalByAppIdPath(appId: string): string {
  // OData string literals escape a quote by doubling it; the whole filter is then URL-encoded.
  const filter = `appId eq '${appId.replace(/'/g, "''")}'`;
  return `/servicePrincipals?$filter=${encodeURIComponent(filter)}&$select=appId,displayName`;
}

export function batchPath(): string {
  return '/$batch';
}
