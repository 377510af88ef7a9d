/** `…/containerTypeRegistrations/{registrationId}/applicationPermissionGrants[/{appId}]` (graph-api.md §1, #6–#10). */
import { effectivePermissions } from '../../core/rules';
import { normalisePlane } from '../../core/normalise';
import type { ServiceSettings } from '../faults';
import type { LocalResponse } from '../http';
import type { WireGrant } from '../demoTenant';
import { writablePermissions } from './evolvableEnums';
import { page } from './paging';
import { visibleRegistration } from './registrationAccess';
import { grantBody } from './representations';
import { GraphProblem, type RequestContext } from './requestContext';
import { GUID, invalidRequest, isRecord, jsonBody, param, sameId, type RouteInput } from './route';

export interface GrantInput {
  readonly appId?: string;
  readonly delegatedPermissions?: string[];
  readonly applicationPermissions?: string[];
}

/** One plane as sent: a list of values the service knows, `none` alone, writeContent with readContent. */
function readPlane(value: unknown, name: string, ctx: RequestContext, settings: ServiceSettings): string[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    return invalidRequest(`Property '${name}' must be an array of permission values.`);
  }
  const known = writablePermissions(ctx);
  for (const item of value) {
    if (!known.includes(item))
      invalidRequest(`Requested value '${item}' was not found in fileStorageContainerTypeAppPermission.`);
  }
  if (value.includes('none') && value.some((item) => item !== 'none'))
    invalidRequest(`'none' cannot be combined with other permissions in '${name}'.`);
  const effective = effectivePermissions(value);
  if (effective.has('writeContent') && !effective.has('readContent'))
    invalidRequest(`writeContent can't be granted without readContent in '${name}'.`);
  const stored = settings.normalise ? normalisePlane(value) : Array.from(new Set(value));
  return stored.length > 0 ? stored : ['none'];
}

/** A grant as sent; `allowAppId` for the grant lists of a registration write, never for a per-app write. */
export function readGrantBody(
  body: unknown,
  ctx: RequestContext,
  settings: ServiceSettings,
  allowAppId: boolean,
): GrantInput {
  if (!isRecord(body)) return invalidRequest('The request body must be a JSON object.');
  for (const key of Object.keys(body)) {
    if (key === 'appId' && !allowAppId)
      invalidRequest("Don't include the appId in the request body; it is part of the URL.");
    if (!['appId', '@odata.type', 'delegatedPermissions', 'applicationPermissions'].includes(key)) {
      invalidRequest(`Invalid property '${key}' for fileStorageContainerTypeAppPermissionGrant.`);
    }
  }
  let appId: string | undefined;
  if (allowAppId) {
    if (typeof body.appId !== 'string' || !GUID.test(body.appId))
      invalidRequest(`The appId '${String(body.appId)}' is not a valid GUID.`);
    appId = String(body.appId);
  }
  const plane = (name: 'delegatedPermissions' | 'applicationPermissions'): string[] | undefined =>
    body[name] === undefined ? undefined : readPlane(body[name], name, ctx, settings);
  return {
    appId,
    delegatedPermissions: plane('delegatedPermissions'),
    applicationPermissions: plane('applicationPermissions'),
  };
}

/** The `applicationPermissionGrants` of a registration write: each read, and each app named once. */
export function readGrantList(
  value: unknown,
  ctx: RequestContext,
  settings: ServiceSettings,
): (GrantInput & { readonly appId: string })[] {
  if (!Array.isArray(value))
    return invalidRequest("Property 'applicationPermissionGrants' must be an array.");
  const seen = new Set<string>();
  return value.map((raw) => {
    const grant = readGrantBody(raw, ctx, settings, true);
    const appId = grant.appId ?? '';
    // Two entries for one app (ids compare in any letter case) would leave which one wins to chance.
    if (seen.has(appId.toLowerCase())) invalidRequest(`The app '${appId}' appears more than once.`);
    seen.add(appId.toLowerCase());
    return { ...grant, appId };
  });
}

function notFound(): never {
  throw new GraphProblem(404, 'itemNotFound', 'The application permission grant was not found.');
}

export function listGrants(input: RouteInput): LocalResponse {
  const { ctx, service, query } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  const grants = service.store
    .visibleGrants(registration)
    .map((grant) => grantBody(ctx, registration, grant, false));
  return page(
    ctx,
    query,
    grants,
    `/storage/fileStorage/containerTypeRegistrations/${registration.id}/applicationPermissionGrants`,
    `storage/fileStorage/containerTypeRegistrations('${registration.id}')/applicationPermissionGrants`,
    service.settings.pageSize,
  );
}

export function getGrant(input: RouteInput): LocalResponse {
  const registration = visibleRegistration(input.service.store, param(input, 'registrationId'), input.caller);
  const appId = param(input, 'appId');
  const grant = input.service.store
    .visibleGrants(registration)
    .find((candidate) => sameId(candidate.appId, appId));
  return grant === undefined ? notFound() : input.ctx.json(200, grantBody(input.ctx, registration, grant));
}

/** PUT creates or replaces one app's grant (201); PATCH updates an existing one (200). */
export function writeGrant(input: RouteInput): LocalResponse {
  const { ctx, service, request } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  const appId = param(input, 'appId');
  const planes = readGrantBody(jsonBody(request), ctx, service.settings, false);
  const existing = registration.grants.find((grant) => sameId(grant.appId, appId));
  if (request.method === 'PATCH' && existing === undefined) return notFound();
  // Reported behaviour (PnP): a plane left out of a per-app write is reset to none.
  const omitted = (previous: string[] | undefined): string[] =>
    service.settings.resetOmittedPlane || previous === undefined ? ['none'] : previous;
  const grant: WireGrant = {
    appId: existing?.appId ?? appId,
    delegatedPermissions: planes.delegatedPermissions ?? omitted(existing?.delegatedPermissions),
    applicationPermissions: planes.applicationPermissions ?? omitted(existing?.applicationPermissions),
  };
  service.store.setGrant(registration, appId, grant, service.faults.propagationDelayMs);
  return ctx.json(request.method === 'PUT' ? 201 : 200, grantBody(ctx, registration, grant));
}

export function deleteGrant(input: RouteInput): LocalResponse {
  const { service } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  const appId = param(input, 'appId');
  if (!registration.grants.some((grant) => sameId(grant.appId, appId))) return notFound();
  service.store.setGrant(registration, appId, undefined, service.faults.propagationDelayMs);
  return input.ctx.noContent();
}
