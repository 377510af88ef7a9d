/** `/storage/fileStorage/containerTypeRegistrations[/{registrationId}]` (graph-api.md §1, #1–#5). */
import { ALL_OVERRIDABLES, type ContainerType, type StoredRegistration } from '../demoTenant';
import type { LocalResponse } from '../http';
import { etagOf } from '../store';
import { readGrantList } from './grants';
import { page } from './paging';
import { canSee, visibleRegistration } from './registrationAccess';
import { expandsGrants, registrationBody } from './representations';
import { GraphProblem } from './requestContext';
import { invalidRequest, isRecord, jsonBody, param, sameId, type RouteInput } from './route';

const isoSeconds = (time: number): string => new Date(time).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The settings a consuming tenant may change, each with its documented type (graph-api.md §2.2):
 * the overridables of the owning type, plus `sharingCapability`, which "can always be updated".
 */
const SETTING_TYPES: Readonly<Record<string, (value: unknown) => boolean>> = {
  isDiscoverabilityEnabled: isBoolean,
  isSearchEnabled: isBoolean,
  isItemVersioningEnabled: isBoolean,
  itemMajorVersionLimit: isNonNegativeInt64,
  maxStoragePerContainerInBytes: isNonNegativeInt64,
  // The enum's members; `unknownFutureValue` is a sentinel a client never writes.
  sharingCapability: (value) =>
    typeof value === 'string' &&
    [
      'disabled',
      'externalUserSharingOnly',
      'externalUserAndGuestSharing',
      'existingExternalUserSharingOnly',
    ].includes(value),
  // A redirect pattern that browsers follow: only https, never `javascript:` or `data:`.
  urlTemplate: isHttpsUrl,
};

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean';
}

function isNonNegativeInt64(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The settings of a PATCH, checked against what the owning type lets consuming tenants override:
 * its `consumingTenantOverridables`, `sharingCapability` ("can always be updated"), and agent hosts
 * within the owner's own list (graph-api.md §2.2). Anything else is the documented 400.
 */
function readSettings(value: unknown, type: ContainerType | undefined): Record<string, unknown> {
  if (!isRecord(value)) return invalidRequest("Property 'settings' must be an object.");
  const overridable = new Set(
    [
      'sharingCapability',
      ...(type?.settings?.consumingTenantOverridables ?? ALL_OVERRIDABLES).split(','),
    ].map((name) => name.trim()),
  );
  const settings: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(value)) {
    if (key === '@odata.type') continue;
    if (key === 'agent') {
      settings.agent = readAgent(setting, type);
      continue;
    }
    const accepts = SETTING_TYPES[key];
    if (accepts === undefined || !overridable.has(key))
      invalidRequest(`The setting '${key}' cannot be overridden in a consuming tenant.`);
    else if (!accepts(setting))
      invalidRequest(`The value of the setting '${key}' is not valid for its type.`);
    settings[key] = setting;
  }
  return settings;
}

/** An agent override: its hosts must be a subset of the owning type's (graph-api.md §2.2). */
function readAgent(value: unknown, type: ContainerType | undefined): Record<string, unknown> {
  const hosts = isRecord(value) ? value.chatEmbedAllowedHosts : undefined;
  if (
    !isRecord(value) ||
    Object.keys(value).some((key) => key !== 'chatEmbedAllowedHosts' && key !== '@odata.type')
  )
    return invalidRequest("Property 'agent' must be an object with 'chatEmbedAllowedHosts' only.");
  if (!Array.isArray(hosts) || hosts.length > 10 || !hosts.every(isHttpsUrl))
    return invalidRequest("'chatEmbedAllowedHosts' must be a list of at most 10 https addresses.");
  const allowed = type?.settings?.agent?.chatEmbedAllowedHosts ?? [];
  const outside = hosts.filter((host) => !allowed.includes(host as string));
  if (outside.length > 0)
    invalidRequest(
      `The setting 'agent.chatEmbedAllowedHosts' cannot be overridden with hosts the owner does not allow.`,
    );
  return { chatEmbedAllowedHosts: hosts };
}

function onlyProperties(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) invalidRequest(`Invalid property '${key}'.`);
  }
}

export function listRegistrations(input: RouteInput): LocalResponse {
  const { ctx, service, query } = input;
  const expand = expandsGrants(query);
  const visible = service.store
    .registrations()
    .filter((registration) => canSee(registration, input.caller))
    .map((registration) => registrationBody(ctx, service.store, registration, expand));
  return page(
    ctx,
    query,
    visible,
    '/storage/fileStorage/containerTypeRegistrations',
    'storage/fileStorage/containerTypeRegistrations',
    service.settings.pageSize,
  );
}

export function getRegistration(input: RouteInput): LocalResponse {
  const { ctx, service } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  return ctx.json(200, registrationBody(ctx, service.store, registration, expandsGrants(input.query)));
}

/** PUT: register a container type the caller owns, or register it again. */
export function registerContainerType(input: RouteInput): LocalResponse {
  const { ctx, service, caller } = input;
  const id = param(input, 'registrationId');
  const body = jsonBody(input.request);
  if (!isRecord(body)) return invalidRequest('The request body must be a JSON object.');
  if ('settings' in body) invalidRequest("Settings can't be modified during registration.");
  onlyProperties(body, ['applicationPermissionGrants', '@odata.type']);
  const grants = readGrantList(body.applicationPermissionGrants, ctx, service.settings).map((grant) => ({
    appId: grant.appId,
    delegatedPermissions: grant.delegatedPermissions ?? ['none'],
    applicationPermissions: grant.applicationPermissions ?? ['none'],
  }));
  const type = service.store.containerType(id);
  if (type === undefined) throw new GraphProblem(404, 'itemNotFound', "Container type doesn't exist.");
  if (!sameId(type.owningAppId, caller.appId)) {
    throw new GraphProblem(403, 'accessDenied', 'An application can only register a container type it owns.');
  }
  if (!type.billingConfigured) {
    throw new GraphProblem(
      405,
      'methodNotAllowed',
      'Billing must be set up for this standard container type before it can be registered.',
    );
  }
  const existing = service.store.registration(id);
  // The documented hazard, modelled faithfully: a registration PUT replaces every grant.
  const registration: StoredRegistration = {
    id: type.id,
    name: type.name,
    owningAppId: type.owningAppId,
    billingClassification: type.billingClassification,
    billingStatus: 'valid',
    registeredDateTime: existing?.registeredDateTime ?? isoSeconds(Date.now()),
    expirationDateTime:
      type.billingClassification === 'trial' ? isoSeconds(Date.now() + 30 * 24 * 3600 * 1000) : null,
    version: existing === undefined ? 0 : existing.version + 1,
    settings: existing?.settings ?? {
      sharingCapability: 'disabled',
      isDiscoverabilityEnabled: true,
      isSearchEnabled: true,
      isItemVersioningEnabled: true,
      itemMajorVersionLimit: 50,
      isSharingRestricted: false,
    },
    grants,
    containerCount: existing?.containerCount ?? 0,
  };
  service.store.putRegistration(registration);
  return ctx.json(201, registrationBody(ctx, service.store, registration, true));
}

/** PATCH: settings and grants, with the registration's `etag` in the body (required). */
export function updateRegistration(input: RouteInput): LocalResponse {
  const { ctx, service } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  const body = jsonBody(input.request);
  if (!isRecord(body)) return invalidRequest('The request body must be a JSON object.');
  onlyProperties(body, ['etag', 'settings', 'applicationPermissionGrants', '@odata.type']);
  if (typeof body.etag !== 'string') invalidRequest("The 'etag' property is required.");
  // Everything is read before anything is written: a refused PATCH changes nothing.
  const type = service.store.containerType(registration.id);
  const settings = body.settings === undefined ? {} : readSettings(body.settings, type);
  const grants =
    body.applicationPermissionGrants === undefined
      ? []
      : readGrantList(body.applicationPermissionGrants, ctx, service.settings);
  if (body.etag !== etagOf(registration.version)) {
    // The status for a stale etag is not documented here; Graph's generic answer (errors.md) it is.
    throw new GraphProblem(
      412,
      'resourceModified',
      'The etag does not match the current version of the registration; read it again.',
    );
  }
  Object.assign(registration.settings, settings);
  // Whether PATCH merges or replaces the grant collection is unverified; merging per app is modelled.
  for (const grant of grants) {
    const existing = registration.grants.find((candidate) => sameId(candidate.appId, grant.appId));
    service.store.setGrant(registration, grant.appId, {
      appId: grant.appId,
      delegatedPermissions: grant.delegatedPermissions ?? existing?.delegatedPermissions ?? ['none'],
      applicationPermissions: grant.applicationPermissions ?? existing?.applicationPermissions ?? ['none'],
    });
  }
  if (grants.length === 0) service.store.touch(registration);
  return ctx.json(200, registrationBody(ctx, service.store, registration, expandsGrants(input.query)));
}

/** DELETE: only a registration without containers or deleted containers. */
export function deleteRegistration(input: RouteInput): LocalResponse {
  const { service } = input;
  const registration = visibleRegistration(service.store, param(input, 'registrationId'), input.caller);
  if (registration.containerCount > 0) {
    throw new GraphProblem(
      409,
      'conflict',
      'The registration cannot be deleted while it has containers or deleted containers.',
    );
  }
  service.store.deleteRegistration(registration.id);
  return input.ctx.noContent();
}
