/**
 * A Microsoft Graph stand-in for container type registrations and their grants (graph-api.md §1),
 * for `/v1.0` and `/beta`, with `$batch`. It checks tokens, roles and scopes, validates as the service
 * does (and as a careful one would where the docs are silent), normalises, and fails on demand.
 * Every request, direct or inside a batch, goes through `handle`, so both behave the same.
 */
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { effectivePermissions } from '../core/rules';
import { normalisePlane } from '../core/normalise';
import { GRANTABLE_PERMISSIONS } from '../core/permissions';
import {
  FUTURE_PERMISSION,
  GLOBAL_ADMIN_ROLE_ID,
  SCOPE_MANAGE_ALL,
  SCOPE_SELECTED,
  SERVICE_PRINCIPALS,
  SPE_ADMIN_ROLE_ID,
  type StoredRegistration,
  type WireGrant,
} from './demoTenant';
import { latencyOf, takeStatusFault, type FaultSettings, type ServiceSettings } from './faults';
import { graphError, graphHeaders } from './graphErrors';
import type { LocalRequest, LocalResponse } from './http';
import { GRAPH_AUDIENCE, type LocalIdentityProvider } from './idp';
import { etagOf, type TenantStore } from './store';

/** The values the emulated service accepts: ours, plus one it knows and this client does not. */
const SERVICE_PERMISSIONS: readonly string[] = [...GRANTABLE_PERMISSIONS, FUTURE_PERMISSION];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGISTRATIONS_PATH = ['storage', 'fileStorage', 'containerTypeRegistrations'];
/** Settings a consuming tenant may change (graph-api.md §2.2). */
const OVERRIDABLE_SETTINGS = new Set([
  'urlTemplate',
  'isDiscoverabilityEnabled',
  'isSearchEnabled',
  'isItemVersioningEnabled',
  'itemMajorVersionLimit',
  'maxStoragePerContainerInBytes',
  'sharingCapability',
]);
export const MAX_BATCH_REQUESTS = 20;

/** What the HTTP layer must do beyond answering: drop the connection (a dropped-write fault). */
export type EmulatorOutcome = LocalResponse | { readonly drop: true };

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** The sub-requests of a `$batch`. */
  readonly batch?: readonly { readonly method: string; readonly url: string }[];
}

interface Caller {
  readonly appId: string;
  readonly scopeMode: 'selected' | 'manageAll';
  readonly scopes: readonly string[];
}

type Version = 'v1.0' | 'beta';

class RequestProblem extends Error {
  public constructor(public readonly response: LocalResponse) {
    super('request problem');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class GraphEmulator {
  public readonly requests: LoggedRequest[] = [];

  public constructor(
    private readonly store: TenantStore,
    private readonly idp: LocalIdentityProvider,
    private readonly faults: FaultSettings,
    private readonly settings: ServiceSettings,
    private readonly origin: () => string,
  ) {}

  /** A request to `/graph/<version>/…` (`path` is what follows the version). */
  public async handle(version: string, request: LocalRequest): Promise<EmulatorOutcome> {
    const clientRequestId = request.headers['client-request-id'];
    if (version !== 'v1.0' && version !== 'beta') {
      return graphError(400, 'BadRequest', `Invalid version: ${version}`, clientRequestId);
    }
    const latency = latencyOf(this.faults);
    if (latency > 0) await sleep(latency);
    const path = new URL(request.url, 'https://graph.local').pathname;
    if (path === '/$batch' && request.method === 'POST') return this.batch(version, request);

    this.requests.push({ method: request.method, path: request.url });
    const isWrite = request.method !== 'GET';
    const drop = isWrite ? this.takeDrop() : undefined;
    if (drop === 'before-apply') return { drop: true };
    const response = await this.single(version, request);
    return drop === 'after-apply' ? { drop: true } : response;
  }

  private takeDrop(): 'before-apply' | 'after-apply' | undefined {
    const drop = this.faults.drop;
    if (drop === undefined) return undefined;
    delete this.faults.drop;
    return drop.when;
  }

  /** One request after latency and drops: armed status faults, then auth, then the resource. */
  private async single(
    version: Version,
    request: LocalRequest,
    batchCaller?: Caller,
  ): Promise<LocalResponse> {
    const clientRequestId = request.headers['client-request-id'];
    const fault = takeStatusFault(this.faults, request.method.toUpperCase() !== 'GET');
    if (fault !== undefined) {
      const extra: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      const code =
        fault.status === 429
          ? 'TooManyRequests'
          : fault.status === 503
            ? 'serviceNotAvailable'
            : 'generalException';
      return graphError(
        fault.status,
        code,
        'The service is busy; try again after the time in Retry-After.',
        clientRequestId,
        extra,
      );
    }
    try {
      const caller = batchCaller ?? (await this.authenticate(request));
      return this.route(version, request, caller);
    } catch (error) {
      if (error instanceof RequestProblem) return error.response;
      throw error;
    }
  }

  private async batch(version: Version, request: LocalRequest): Promise<EmulatorOutcome> {
    const clientRequestId = request.headers['client-request-id'];
    let caller: Caller;
    let items: unknown[];
    try {
      caller = await this.authenticate(request);
      const body = this.jsonBody(request);
      if (!isRecord(body) || !Array.isArray(body.requests)) {
        throw new RequestProblem(
          graphError(400, 'BadRequest', 'The batch body must have a "requests" array.', clientRequestId),
        );
      }
      items = body.requests;
      if (items.length > MAX_BATCH_REQUESTS) {
        throw new RequestProblem(
          graphError(
            400,
            'BadRequest',
            `A batch may hold at most ${MAX_BATCH_REQUESTS} requests.`,
            clientRequestId,
          ),
        );
      }
    } catch (error) {
      if (error instanceof RequestProblem) return error.response;
      throw error;
    }
    const subRequests = items.map((item) => (isRecord(item) ? item : {}));
    this.requests.push({
      method: 'POST',
      path: '/$batch',
      batch: subRequests.map((item) => ({ method: String(item.method ?? ''), url: String(item.url ?? '') })),
    });
    const hasWrite = subRequests.some((item) => String(item.method ?? 'GET').toUpperCase() !== 'GET');
    const drop = hasWrite ? this.takeDrop() : undefined;
    if (drop === 'before-apply') return { drop: true };

    const responses = [];
    for (const item of subRequests) {
      const id = typeof item.id === 'string' ? item.id : String(item.id ?? '');
      const method = typeof item.method === 'string' ? item.method.toUpperCase() : '';
      const url = typeof item.url === 'string' ? (item.url.startsWith('/') ? item.url : `/${item.url}`) : '';
      const headers: Record<string, string> = {};
      if (isRecord(item.headers)) {
        for (const [name, value] of Object.entries(item.headers))
          if (typeof value === 'string') headers[name.toLowerCase()] = value;
      }
      let response: LocalResponse;
      if (id === '' || method === '' || url === '/') {
        response = graphError(
          400,
          'BadRequest',
          'Each batch request needs an id, a method and a url.',
          undefined,
        );
      } else if (item.body !== undefined && headers['content-type'] === undefined) {
        response = graphError(
          400,
          'BadRequest',
          'A Content-Type header is required for a batch request with a body.',
          undefined,
        );
      } else {
        const body =
          item.body === undefined
            ? undefined
            : typeof item.body === 'string'
              ? item.body
              : JSON.stringify(item.body);
        response = await this.single(
          version,
          { method, url, headers: { ...headers, authorization: request.headers.authorization }, body },
          caller,
        );
      }
      responses.push({ id, status: response.status, headers: response.headers, body: response.body });
    }
    if (drop === 'after-apply') return { drop: true };
    return {
      status: 200,
      headers: { ...graphHeaders(clientRequestId), 'content-type': 'application/json' },
      body: { responses },
    };
  }

  private async authenticate(request: LocalRequest): Promise<Caller> {
    const clientRequestId = request.headers['client-request-id'];
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (token === undefined) {
      throw new RequestProblem(
        graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', clientRequestId),
      );
    }
    let claims: JWTPayload;
    try {
      const keys = createLocalJWKSet(this.idp.jwks() as Parameters<typeof createLocalJWKSet>[0]);
      claims = (
        await jwtVerify(token, keys, { issuer: this.idp.issuerUrl(this.origin()), audience: GRAPH_AUDIENCE })
      ).payload;
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new RequestProblem(
        graphError(
          401,
          'InvalidAuthenticationToken',
          expired
            ? 'Access token has expired or is not yet valid.'
            : 'Access token validation failure. Invalid audience, issuer or signature.',
          clientRequestId,
        ),
      );
    }
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
    const appId =
      typeof claims.appid === 'string' ? claims.appid : typeof claims.azp === 'string' ? claims.azp : '';
    return { appId, scopes, scopeMode: scopes.includes(SCOPE_MANAGE_ALL) ? 'manageAll' : 'selected' };
  }

  /** Registration endpoints need a FileStorageContainerTypeReg scope and an SPE admin role. */
  private authorise(request: LocalRequest, caller: Caller, claimsWids: readonly string[]): void {
    const clientRequestId = request.headers['client-request-id'];
    if (!caller.scopes.includes(SCOPE_SELECTED) && !caller.scopes.includes(SCOPE_MANAGE_ALL)) {
      throw new RequestProblem(
        graphError(
          403,
          'Authorization_RequestDenied',
          `Insufficient privileges: the token has neither ${SCOPE_SELECTED} nor ${SCOPE_MANAGE_ALL} (consent is missing).`,
          clientRequestId,
        ),
      );
    }
    if (!claimsWids.includes(SPE_ADMIN_ROLE_ID) && !claimsWids.includes(GLOBAL_ADMIN_ROLE_ID)) {
      throw new RequestProblem(
        graphError(
          403,
          'accessDenied',
          'The signed-in user needs the SharePoint Embedded Administrator or Global Administrator role.',
          clientRequestId,
        ),
      );
    }
  }

  private widsOf(request: LocalRequest): string[] {
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    try {
      const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
        wids?: unknown;
      };
      return Array.isArray(payload.wids)
        ? payload.wids.filter((value): value is string => typeof value === 'string')
        : [];
    } catch {
      return [];
    }
  }

  private route(version: Version, request: LocalRequest, caller: Caller): LocalResponse {
    const url = new URL(request.url, 'https://graph.local');
    const segments = url.pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
    const clientRequestId = request.headers['client-request-id'];
    if (segments.length === 1 && segments[0] === 'servicePrincipals' && request.method === 'GET') {
      return this.servicePrincipals(url, caller, clientRequestId);
    }
    if (segments.slice(0, 3).join('/') !== REGISTRATIONS_PATH.join('/')) {
      return graphError(
        400,
        'BadRequest',
        `Resource not found for the segment '${segments[0] ?? ''}'.`,
        clientRequestId,
      );
    }
    this.authorise(request, caller, this.widsOf(request));
    const [registrationId, relation, appId, ...extra] = segments.slice(3);
    if (extra.length > 0 || (relation !== undefined && relation !== 'applicationPermissionGrants')) {
      return graphError(
        400,
        'BadRequest',
        `Resource not found for the segment '${relation ?? ''}'.`,
        clientRequestId,
      );
    }
    if (registrationId === undefined) {
      return request.method === 'GET'
        ? this.listRegistrations(version, url, caller, clientRequestId)
        : this.methodNotAllowed(clientRequestId);
    }
    if (!GUID.test(registrationId)) {
      return graphError(
        400,
        'invalidRequest',
        `The container type id '${registrationId}' is not a valid GUID.`,
        clientRequestId,
      );
    }
    if (relation === undefined) {
      switch (request.method) {
        case 'GET':
          return this.ok(
            200,
            this.registrationBody(
              version,
              this.visibleRegistration(registrationId, caller, clientRequestId),
              url,
            ),
            clientRequestId,
          );
        case 'PUT':
          return this.register(version, registrationId, request, caller);
        case 'PATCH':
          return this.patchRegistration(
            version,
            this.visibleRegistration(registrationId, caller, clientRequestId),
            request,
            url,
          );
        case 'DELETE':
          return this.deleteRegistration(
            this.visibleRegistration(registrationId, caller, clientRequestId),
            clientRequestId,
          );
        default:
          return this.methodNotAllowed(clientRequestId);
      }
    }
    const registration = this.visibleRegistration(registrationId, caller, clientRequestId);
    if (appId === undefined) {
      return request.method === 'GET'
        ? this.listGrants(version, registration, url, clientRequestId)
        : this.methodNotAllowed(clientRequestId);
    }
    if (!GUID.test(appId)) {
      return graphError(400, 'invalidRequest', `The appId '${appId}' is not a valid GUID.`, clientRequestId);
    }
    switch (request.method) {
      case 'GET': {
        const grant = this.store
          .visibleGrants(registration)
          .find((candidate) => candidate.appId.toLowerCase() === appId.toLowerCase());
        return grant === undefined
          ? this.notFound('grant', clientRequestId)
          : this.ok(200, this.grantBody(version, registration, grant), clientRequestId);
      }
      case 'PUT':
      case 'PATCH':
        return this.writeGrant(version, registration, appId, request);
      case 'DELETE': {
        if (!registration.grants.some((grant) => grant.appId.toLowerCase() === appId.toLowerCase()))
          return this.notFound('grant', clientRequestId);
        this.store.setGrant(registration, appId, undefined, this.faults.propagationDelayMs);
        return { status: 204, headers: graphHeaders(clientRequestId) };
      }
      default:
        return this.methodNotAllowed(clientRequestId);
    }
  }

  private visibleRegistration(
    id: string,
    caller: Caller,
    clientRequestId: string | undefined,
  ): StoredRegistration {
    const registration = this.store.registration(id);
    if (registration === undefined) throw new RequestProblem(this.notFound('registration', clientRequestId));
    if (!this.canSee(registration, caller)) {
      // With `.Selected` a registration of another app is off limits. Whether the real service says
      // 403 or 404 here is unverified (graph-api.md §4.4); 403 with the observed message is modelled.
      throw new RequestProblem(
        graphError(
          403,
          'accessDenied',
          'Caller does not have required permissions for this API',
          clientRequestId,
        ),
      );
    }
    return registration;
  }

  private canSee(registration: StoredRegistration, caller: Caller): boolean {
    return (
      caller.scopeMode === 'manageAll' ||
      registration.owningAppId.toLowerCase() === caller.appId.toLowerCase()
    );
  }

  private listRegistrations(
    version: Version,
    url: URL,
    caller: Caller,
    clientRequestId: string | undefined,
  ): LocalResponse {
    const visible = this.store.registrations().filter((registration) => this.canSee(registration, caller));
    return this.page(
      version,
      url,
      visible.map((registration) => this.registrationBody(version, registration, url)),
      'storage/fileStorage/containerTypeRegistrations',
      clientRequestId,
    );
  }

  private listGrants(
    version: Version,
    registration: StoredRegistration,
    url: URL,
    clientRequestId: string | undefined,
  ): LocalResponse {
    const grants = this.store
      .visibleGrants(registration)
      .map((grant) => this.grantBody(version, registration, grant, false));
    return this.page(
      version,
      url,
      grants,
      `storage/fileStorage/containerTypeRegistrations('${registration.id}')/applicationPermissionGrants`,
      clientRequestId,
    );
  }

  /** `$top` and `$skiptoken` paging with an absolute `@odata.nextLink`, as Graph pages. */
  private page(
    version: Version,
    url: URL,
    items: unknown[],
    context: string,
    clientRequestId: string | undefined,
  ): LocalResponse {
    const top = Math.min(
      Number(url.searchParams.get('$top') ?? this.settings.pageSize) || this.settings.pageSize,
      this.settings.pageSize,
    );
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0') || 0;
    const value = items.slice(skip, skip + top);
    const body: Record<string, unknown> = {
      '@odata.context': `${this.origin()}/graph/${version}/$metadata#${context}`,
      value,
    };
    if (skip + top < items.length) {
      const next = new URL(`${this.origin()}/graph/${version}${url.pathname}`);
      url.searchParams.forEach((paramValue, name) => next.searchParams.set(name, paramValue));
      next.searchParams.set('$top', String(top));
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return this.ok(200, body, clientRequestId);
  }

  /** Grants are a relationship: inline only when `$expand`ed (the safe reading of the docs). */
  private registrationBody(
    version: Version,
    registration: StoredRegistration,
    url: URL,
  ): Record<string, unknown> {
    const expand = (url.searchParams.get('$expand') ?? '').split(',').includes('applicationPermissionGrants');
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
      ...(expand
        ? {
            applicationPermissionGrants: this.store
              .visibleGrants(registration)
              .map((grant) => this.grantBody(version, registration, grant, false)),
          }
        : {}),
    };
  }

  private grantBody(
    version: Version,
    registration: StoredRegistration,
    grant: WireGrant,
    withContext = true,
  ): Record<string, unknown> {
    return {
      ...(withContext
        ? {
            '@odata.context': `${this.origin()}/graph/${version}/$metadata#storage/fileStorage/containerTypeRegistrations('${registration.id}')/applicationPermissionGrants/$entity`,
          }
        : {}),
      '@odata.type': '#microsoft.graph.fileStorageContainerTypeAppPermissionGrant',
      appId: grant.appId,
      delegatedPermissions: [...grant.delegatedPermissions],
      applicationPermissions: [...grant.applicationPermissions],
    };
  }

  private jsonBody(request: LocalRequest): unknown {
    const clientRequestId = request.headers['client-request-id'];
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      throw new RequestProblem(
        graphError(400, 'BadRequest', 'The Content-Type must be application/json.', clientRequestId),
      );
    }
    try {
      return JSON.parse(request.body ?? '') as unknown;
    } catch {
      throw new RequestProblem(
        graphError(
          400,
          'BadRequest',
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
          clientRequestId,
        ),
      );
    }
  }

  /** One plane as sent: a list of values the service knows, `none` alone, writeContent with readContent. */
  private readPlane(value: unknown, name: string, clientRequestId: string | undefined): string[] {
    const fail = (message: string): never => {
      throw new RequestProblem(graphError(400, 'invalidRequest', message, clientRequestId));
    };
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
      return fail(`Property '${name}' must be an array of permission values.`);
    }
    for (const item of value) {
      if (!SERVICE_PERMISSIONS.includes(item))
        fail(`Requested value '${item}' was not found in fileStorageContainerTypeAppPermission.`);
    }
    if (value.includes('none') && value.some((item) => item !== 'none'))
      fail(`'none' cannot be combined with other permissions in '${name}'.`);
    const effective = effectivePermissions(value);
    if (effective.has('writeContent') && !effective.has('readContent'))
      fail(`writeContent can't be granted without readContent in '${name}'.`);
    const stored = this.settings.normalise ? normalisePlane(value) : Array.from(new Set(value));
    return stored.length > 0 ? stored : ['none'];
  }

  private readGrantBody(
    body: unknown,
    clientRequestId: string | undefined,
    allowAppId: boolean,
  ): { appId?: string; delegatedPermissions?: string[]; applicationPermissions?: string[] } {
    const fail = (message: string): never => {
      throw new RequestProblem(graphError(400, 'invalidRequest', message, clientRequestId));
    };
    if (!isRecord(body)) return fail('The request body must be a JSON object.');
    for (const key of Object.keys(body)) {
      if (key === 'appId' && !allowAppId)
        fail("Don't include the appId in the request body; it is part of the URL.");
      if (!['appId', '@odata.type', 'delegatedPermissions', 'applicationPermissions'].includes(key)) {
        fail(`Invalid property '${key}' for fileStorageContainerTypeAppPermissionGrant.`);
      }
    }
    let appId: string | undefined;
    if (allowAppId) {
      if (typeof body.appId !== 'string' || !GUID.test(body.appId))
        fail(`The appId '${String(body.appId)}' is not a valid GUID.`);
      appId = String(body.appId);
    }
    return {
      appId,
      delegatedPermissions:
        body.delegatedPermissions === undefined
          ? undefined
          : this.readPlane(body.delegatedPermissions, 'delegatedPermissions', clientRequestId),
      applicationPermissions:
        body.applicationPermissions === undefined
          ? undefined
          : this.readPlane(body.applicationPermissions, 'applicationPermissions', clientRequestId),
    };
  }

  private writeGrant(
    version: Version,
    registration: StoredRegistration,
    appId: string,
    request: LocalRequest,
  ): LocalResponse {
    const clientRequestId = request.headers['client-request-id'];
    const planes = this.readGrantBody(this.jsonBody(request), clientRequestId, false);
    const existing = registration.grants.find((grant) => grant.appId.toLowerCase() === appId.toLowerCase());
    if (request.method === 'PATCH' && existing === undefined) return this.notFound('grant', clientRequestId);
    // Reported behaviour (PnP): a plane left out of a per-app write is reset to none.
    const omitted = (previous: string[] | undefined): string[] =>
      this.settings.resetOmittedPlane || previous === undefined ? ['none'] : previous;
    const grant: WireGrant = {
      appId: existing?.appId ?? appId,
      delegatedPermissions: planes.delegatedPermissions ?? omitted(existing?.delegatedPermissions),
      applicationPermissions: planes.applicationPermissions ?? omitted(existing?.applicationPermissions),
    };
    this.store.setGrant(registration, appId, grant, this.faults.propagationDelayMs);
    return this.ok(
      request.method === 'PUT' ? 201 : 200,
      this.grantBody(version, registration, grant),
      clientRequestId,
    );
  }

  private register(version: Version, id: string, request: LocalRequest, caller: Caller): LocalResponse {
    const clientRequestId = request.headers['client-request-id'];
    const body = this.jsonBody(request);
    if (!isRecord(body))
      return graphError(400, 'invalidRequest', 'The request body must be a JSON object.', clientRequestId);
    for (const key of Object.keys(body)) {
      if (key === 'settings')
        return graphError(
          400,
          'invalidRequest',
          "Settings can't be modified during registration.",
          clientRequestId,
        );
      if (key !== 'applicationPermissionGrants' && key !== '@odata.type')
        return graphError(400, 'invalidRequest', `Invalid property '${key}'.`, clientRequestId);
    }
    if (!Array.isArray(body.applicationPermissionGrants)) {
      return graphError(
        400,
        'invalidRequest',
        "Property 'applicationPermissionGrants' must be an array.",
        clientRequestId,
      );
    }
    const grants = body.applicationPermissionGrants.map((raw) => {
      const read = this.readGrantBody(raw, clientRequestId, true);
      return {
        appId: read.appId ?? '',
        delegatedPermissions: read.delegatedPermissions ?? ['none'],
        applicationPermissions: read.applicationPermissions ?? ['none'],
      };
    });
    const type = this.store.containerType(id);
    if (type === undefined)
      return graphError(404, 'itemNotFound', "Container type doesn't exist.", clientRequestId);
    if (type.owningAppId.toLowerCase() !== caller.appId.toLowerCase()) {
      return graphError(
        403,
        'accessDenied',
        'An application can only register a container type it owns.',
        clientRequestId,
      );
    }
    if (!type.billingConfigured) {
      return graphError(
        405,
        'methodNotAllowed',
        'Billing must be set up for this standard container type before it can be registered.',
        clientRequestId,
      );
    }
    const existing = this.store.registration(id);
    // The documented hazard, modelled faithfully: a registration PUT replaces every grant.
    const registration: StoredRegistration = {
      id: type.id,
      name: type.name,
      owningAppId: type.owningAppId,
      billingClassification: type.billingClassification,
      billingStatus: 'valid',
      registeredDateTime: existing?.registeredDateTime ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      expirationDateTime:
        type.billingClassification === 'trial'
          ? new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
          : null,
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
    this.store.putRegistration(registration);
    return this.ok(
      201,
      this.registrationBody(
        version,
        registration,
        new URL('https://graph.local/?$expand=applicationPermissionGrants'),
      ),
      clientRequestId,
    );
  }

  private patchRegistration(
    version: Version,
    registration: StoredRegistration,
    request: LocalRequest,
    url: URL,
  ): LocalResponse {
    const clientRequestId = request.headers['client-request-id'];
    const body = this.jsonBody(request);
    if (!isRecord(body))
      return graphError(400, 'invalidRequest', 'The request body must be a JSON object.', clientRequestId);
    if (typeof body.etag !== 'string')
      return graphError(400, 'invalidRequest', "The 'etag' property is required.", clientRequestId);
    if (body.etag !== etagOf(registration.version)) {
      return graphError(
        412,
        'preconditionFailed',
        'The etag does not match the current version of the registration; read it again.',
        clientRequestId,
      );
    }
    const settings: Record<string, unknown> = {};
    if (body.settings !== undefined) {
      if (!isRecord(body.settings))
        return graphError(400, 'invalidRequest', "Property 'settings' must be an object.", clientRequestId);
      for (const [key, value] of Object.entries(body.settings)) {
        if (key === '@odata.type') continue;
        if (!OVERRIDABLE_SETTINGS.has(key))
          return graphError(
            400,
            'invalidRequest',
            `The setting '${key}' cannot be overridden in a consuming tenant.`,
            clientRequestId,
          );
        settings[key] = value;
      }
    }
    const grants = Array.isArray(body.applicationPermissionGrants)
      ? body.applicationPermissionGrants.map((raw) => this.readGrantBody(raw, clientRequestId, true))
      : [];
    for (const key of Object.keys(body)) {
      if (!['etag', 'settings', 'applicationPermissionGrants', '@odata.type'].includes(key)) {
        return graphError(400, 'invalidRequest', `Invalid property '${key}'.`, clientRequestId);
      }
    }
    Object.assign(registration.settings, settings);
    // Whether PATCH merges or replaces the grant collection is unverified; merging per app is modelled.
    for (const grant of grants) {
      const existing = registration.grants.find(
        (candidate) => candidate.appId.toLowerCase() === (grant.appId ?? '').toLowerCase(),
      );
      this.store.setGrant(registration, grant.appId ?? '', {
        appId: grant.appId ?? '',
        delegatedPermissions: grant.delegatedPermissions ?? existing?.delegatedPermissions ?? ['none'],
        applicationPermissions: grant.applicationPermissions ?? existing?.applicationPermissions ?? ['none'],
      });
    }
    if (grants.length === 0) this.store.touch(registration);
    return this.ok(200, this.registrationBody(version, registration, url), clientRequestId);
  }

  private deleteRegistration(
    registration: StoredRegistration,
    clientRequestId: string | undefined,
  ): LocalResponse {
    if (registration.containerCount > 0) {
      return graphError(
        409,
        'conflict',
        'The registration cannot be deleted while it has containers or deleted containers.',
        clientRequestId,
      );
    }
    this.store.deleteRegistration(registration.id);
    return { status: 204, headers: graphHeaders(clientRequestId) };
  }

  /** Display names for app ids; needs a directory read scope, which `.Selected` tokens lack. */
  private servicePrincipals(url: URL, caller: Caller, clientRequestId: string | undefined): LocalResponse {
    if (!caller.scopes.some((scope) => scope === 'Application.Read.All' || scope === 'Directory.Read.All')) {
      return graphError(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
        clientRequestId,
      );
    }
    const appId = /^appId eq '([^']+)'$/.exec(url.searchParams.get('$filter') ?? '')?.[1];
    if (appId === undefined)
      return graphError(
        400,
        'BadRequest',
        "Only $filter=appId eq '<id>' is supported here.",
        clientRequestId,
      );
    const name = Object.entries(SERVICE_PRINCIPALS).find(
      ([id]) => id.toLowerCase() === appId.toLowerCase(),
    )?.[1];
    return this.ok(200, { value: name === undefined ? [] : [{ appId, displayName: name }] }, clientRequestId);
  }

  private ok(status: number, body: unknown, clientRequestId: string | undefined): LocalResponse {
    return {
      status,
      headers: { ...graphHeaders(clientRequestId), 'content-type': 'application/json' },
      body,
    };
  }

  private notFound(what: 'registration' | 'grant', clientRequestId: string | undefined): LocalResponse {
    return graphError(
      404,
      'itemNotFound',
      what === 'registration'
        ? 'The container type registration was not found.'
        : 'The application permission grant was not found.',
      clientRequestId,
    );
  }

  private methodNotAllowed(clientRequestId: string | undefined): LocalResponse {
    return graphError(
      405,
      'methodNotAllowed',
      'The method is not allowed on this resource.',
      clientRequestId,
    );
  }
}
