/**
 * `RegistrationRepository` over Microsoft Graph. The only code that sends registration requests.
 * Least privilege for every call here: delegated `FileStorageContainerTypeReg.Selected` (or
 * `.Manage.All` for registrations of other apps), plus a user with the SharePoint Embedded
 * Administrator or Global Administrator role; display names additionally need `Application.Read.All`.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { diffGrants } from '../core/diffGrants';
import type { Grant, GrantChange, ReadResult, Registration, RegistrationWithGrants } from '../core/model';
import { grantsEqual, normaliseGrant, sameAppId } from '../core/normalise';
import { readGrants, readRegistration, toWireGrantBody } from '../core/readGrants';
import { isGuid } from '../core/validate';
import { GraphError } from './errors';
import {
  DEFAULT_RETRY_POLICY,
  MAX_BATCH_SIZE,
  type GraphVersion,
  type RetryPolicy,
  type ScopeMode,
  type UserRoleHint,
} from './graphOptions';
import {
  batchPath,
  grantPath,
  grantsPath,
  registrationPath,
  registrationsPath,
  servicePrincipalByAppIdPath,
} from './graphPaths';
import { sendGraphRequest, type GraphAnswer, type GraphCall, type HttpMethod } from './graphTransport';
import {
  isSuccess,
  isThrottled,
  mapGraphFailure,
  retryAfterSeconds,
  type FailureContext,
} from './mapGraphFailure';
import type {
  AppSaveOutcome,
  OperationOptions,
  RegistrationRepository,
  SaveReport,
  SaveRequest,
} from './RegistrationRepository';
import { RetryBudget, waitFor, type Wait } from './retry';

export interface GraphRegistrationRepositoryOptions {
  /** A graph client whose auth provider returns the signed-in admin's token. */
  readonly client: Client;
  /** The cloud's Graph root without version, e.g. `https://graph.microsoft.com`. */
  readonly graphRoot: string;
  readonly version?: GraphVersion;
  readonly scopeMode: ScopeMode;
  /** Read at each failure: the host may learn the role only after signing in. */
  readonly userRole?: () => UserRoleHint;
  readonly retryPolicy?: RetryPolicy;
  /** How to wait for `Retry-After` (tests pass a recorder). */
  readonly wait?: Wait;
  readonly now?: () => Date;
}

type Target = FailureContext['target'];

/** One per-app write of a save plan. */
interface PlannedWrite {
  readonly change: GrantChange;
  /** What the app should hold afterwards; `undefined` for a removal. */
  readonly mine: Grant | undefined;
}

interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

function findGrant(grants: readonly Grant[] | undefined, appId: string): Grant | undefined {
  return grants?.find((grant) => sameAppId(grant.appId, appId));
}

function lowerCaseKeys(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [name, header] of Object.entries(value)) {
      if (typeof header === 'string') headers[name.toLowerCase()] = header;
    }
  }
  return headers;
}

function readBatchResponses(body: unknown): BatchResponse[] {
  const responses = (body as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(responses)) return [];
  return responses.map((raw: unknown) => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    return {
      id: String(item.id ?? ''),
      status: typeof item.status === 'number' ? item.status : 0,
      headers: lowerCaseKeys(item.headers),
      body: item.body,
    };
  });
}

export class GraphRegistrationRepository implements RegistrationRepository {
  private readonly client: Client;
  private readonly base: string;
  private readonly scopeMode: ScopeMode;
  private readonly userRole: () => UserRoleHint;
  private readonly retryPolicy: RetryPolicy;
  private readonly wait: Wait;
  private readonly now: () => Date;
  private readonly displayNames = new Map<string, Promise<string | undefined>>();
  /** After one 403 on a directory lookup, the token will not allow the next one either. */
  private directoryDenied = false;

  public constructor(options: GraphRegistrationRepositoryOptions) {
    this.client = options.client;
    this.base = `${options.graphRoot.replace(/\/+$/, '')}/${options.version ?? 'v1.0'}`;
    this.scopeMode = options.scopeMode;
    this.userRole = options.userRole ?? ((): UserRoleHint => 'unknown');
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.wait = options.wait ?? waitFor;
    this.now = options.now ?? ((): Date => new Date());
  }

  public async listRegistrations(options?: OperationOptions): Promise<readonly Registration[]> {
    const items = await this.readAllPages(registrationsPath(), 'registrations', options);
    return items.map((item) => {
      // The list shows registrations only; grants are read when one is opened.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the grants on purpose
      const { applicationPermissionGrants, ...registration } = readRegistration(item).value;
      return registration;
    });
  }

  public async getRegistrationWithGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<RegistrationWithGrants>> {
    // Two independent reads in parallel: the grants are a relationship the docs do not promise inline.
    const budget = this.budget(options);
    const [answer, grants] = await Promise.all([
      this.send(
        { method: 'GET', url: this.url(registrationPath(registrationId)) },
        'registration',
        budget,
        options,
      ),
      this.listGrants(registrationId, options),
    ]);
    const registration = readRegistration(answer.body);
    return {
      value: { ...registration.value, applicationPermissionGrants: grants.value },
      warnings: [...registration.warnings, ...grants.warnings],
    };
  }

  public async listGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<readonly Grant[]>> {
    return readGrants(await this.readAllPages(grantsPath(registrationId), 'grants', options));
  }

  public async saveGrants(request: SaveRequest, options?: OperationOptions): Promise<SaveReport> {
    const changes = diffGrants(request.baseline, request.edited);
    const report = (
      outcomes: AppSaveOutcome[],
      after: readonly Grant[] | undefined,
      unconfirmed: string[],
    ): SaveReport => ({
      registrationId: request.registrationId,
      outcomes,
      after,
      unconfirmed,
      savedAt: outcomes.some((outcome) => outcome.status === 'applied')
        ? this.now().toISOString()
        : undefined,
    });
    if (changes.length === 0) return report([], undefined, []);

    // Fail closed: without a fresh read nothing is written, since changes made elsewhere would be lost.
    options?.onProgress?.({ type: 'reading', what: 'baseline-check' });
    const current = (await this.listGrants(request.registrationId, options)).value;

    const outcomes = new Map<string, AppSaveOutcome>();
    const writes: PlannedWrite[] = [];
    for (const change of changes) {
      const { appId } = change;
      const resolved = findGrant(request.resolved, appId);
      const mine = resolved ?? findGrant(request.edited, appId);
      const theirs = findGrant(current, appId);
      const baseline = findGrant(request.baseline, appId);
      if (grantsEqual(theirs, mine)) {
        // Already as wanted (someone made the same change): nothing to write, nothing to fight over.
        outcomes.set(appId, { appId, status: 'applied', change });
      } else if (resolved === undefined && !grantsEqual(theirs, baseline)) {
        outcomes.set(appId, {
          appId,
          status: 'conflict',
          change,
          conflict: { appId, baseline, theirs, mine },
        });
      } else {
        writes.push({ change, mine });
      }
    }

    await this.writeInBatches(request.registrationId, writes, outcomes, options);

    const ordered = (): AppSaveOutcome[] =>
      changes.flatMap((change) => {
        const outcome = outcomes.get(change.appId);
        return outcome === undefined ? [] : [outcome];
      });
    if (writes.length === 0) return report(ordered(), current, []);

    options?.onProgress?.({ type: 'reading', what: 'confirm' });
    let after: readonly Grant[];
    try {
      after = (await this.listGrants(request.registrationId, options)).value;
    } catch {
      // The writes' own outcomes still say what happened; only the confirmation is missing.
      return report(ordered(), undefined, []);
    }
    const unconfirmed: string[] = [];
    for (const { change, mine } of writes) {
      const outcome = outcomes.get(change.appId);
      const landed = grantsEqual(findGrant(after, change.appId), mine);
      if (outcome?.status === 'failed' && outcome.error.code === 'network' && landed) {
        // The connection dropped after the service applied this write: it is saved, not lost.
        outcomes.set(change.appId, { appId: change.appId, status: 'applied', change });
      } else if (outcome?.status === 'applied' && !landed) {
        // Usually propagation: the service accepted the write but does not show it yet.
        unconfirmed.push(change.appId);
      }
    }
    return report(ordered(), after, unconfirmed);
  }

  public async registerContainerType(
    containerTypeId: string,
    owningAppId: string,
    extraGrants: readonly Grant[],
    options?: OperationOptions,
  ): Promise<RegistrationWithGrants> {
    for (const [name, value] of [
      ['container type id', containerTypeId],
      ['owning app id', owningAppId],
    ] as const) {
      if (!isGuid(value)) {
        throw new GraphError({
          code: 'invalid_request',
          serviceMessage: `The ${name} must be a GUID: ${value}`,
        });
      }
    }
    const budget = this.budget(options);
    // This PUT replaces every grant of an existing registration, so read them first and keep them
    // all; if that read fails for any reason but "not registered", do not write (fail closed).
    let existing: readonly Grant[] = [];
    try {
      existing = (await this.listGrants(containerTypeId, options)).value;
    } catch (error) {
      if (!(error instanceof GraphError) || error.code !== 'not_registered') throw error;
    }
    const owner: Grant = findGrant(existing, owningAppId) ?? {
      appId: owningAppId,
      delegatedPermissions: ['full'],
      applicationPermissions: ['full'],
    };
    const grants = [
      ...(findGrant(existing, owningAppId) ? [] : [owner]),
      ...existing,
      ...extraGrants.filter(
        (grant) => !sameAppId(grant.appId, owningAppId) && findGrant(existing, grant.appId) === undefined,
      ),
    ];
    const answer = await this.send(
      {
        method: 'PUT',
        url: this.url(registrationPath(containerTypeId)),
        body: {
          applicationPermissionGrants: grants.map((grant) => ({
            appId: grant.appId,
            ...toWireGrantBody(grant),
          })),
        },
      },
      'registration',
      budget,
      options,
      true,
    );
    const registration = readRegistration(answer.body).value;
    const written =
      registration.applicationPermissionGrants.length > 0
        ? registration.applicationPermissionGrants
        : (await this.listGrants(containerTypeId, options)).value;
    return { ...registration, applicationPermissionGrants: written };
  }

  /** PATCH the overridable settings; `etag` must be the one from the latest read (Graph requires it in the body). */
  public async updateSettings(
    registrationId: string,
    etag: string,
    settings: Readonly<Record<string, unknown>>,
    options?: OperationOptions,
  ): Promise<Registration> {
    const answer = await this.send(
      { method: 'PATCH', url: this.url(registrationPath(registrationId)), body: { etag, settings } },
      'registration',
      this.budget(options),
      options,
      true,
    );
    return readRegistration(answer.body).value;
  }

  /** The service refuses while the registration has containers or deleted containers (`has_containers`). */
  public async deleteRegistration(registrationId: string, options?: OperationOptions): Promise<void> {
    await this.send(
      { method: 'DELETE', url: this.url(registrationPath(registrationId)) },
      'registration',
      this.budget(options),
      options,
      true,
      true,
    );
  }

  public lookupAppDisplayName(appId: string, options?: OperationOptions): Promise<string | undefined> {
    if (!isGuid(appId) || this.directoryDenied) return Promise.resolve(undefined);
    const key = appId.toLowerCase();
    const cached = this.displayNames.get(key);
    if (cached !== undefined) return cached;
    const lookup = this.send(
      { method: 'GET', url: this.url(servicePrincipalByAppIdPath(appId)) },
      'directory',
      this.budget(options),
      options,
    ).then(
      (answer) => {
        const value = (answer.body as { value?: unknown } | undefined)?.value;
        const first: unknown = Array.isArray(value) ? value[0] : undefined;
        const name = (first as { displayName?: unknown } | undefined)?.displayName;
        return typeof name === 'string' && name !== '' ? name : undefined;
      },
      (error: unknown) => {
        // Not an error for the admin: without a directory scope the matrix simply shows the id.
        if (error instanceof GraphError && (error.status === 403 || error.status === 401))
          this.directoryDenied = true;
        if (error instanceof GraphError && error.code === 'network') this.displayNames.delete(key);
        return undefined;
      },
    );
    this.displayNames.set(key, lookup);
    return lookup;
  }

  private url(path: string): string {
    return `${this.base}${path}`;
  }

  private budget(options: OperationOptions | undefined): RetryBudget {
    return new RetryBudget(this.retryPolicy, this.wait, options?.signal, options?.onProgress);
  }

  private context(target: Target, write: boolean, deletesRegistration = false): FailureContext {
    return { target, write, deletesRegistration, scopeMode: this.scopeMode, userRole: this.userRole() };
  }

  /** One request, retried while throttled; a success answer or a typed `GraphError`. */
  private async send(
    call: GraphCall,
    target: Target,
    budget: RetryBudget,
    options: OperationOptions | undefined,
    write = false,
    deletesRegistration = false,
  ): Promise<GraphAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await sendGraphRequest(this.client, call, options?.signal);
      if (isSuccess(answer.status)) return answer;
      if (
        isThrottled(answer.status) &&
        (await budget.waitBeforeRetry(attempt, retryAfterSeconds(answer.headers)))
      ) {
        continue;
      }
      throw mapGraphFailure(answer, this.context(target, write, deletesRegistration));
    }
  }

  /** Every item of a collection, following `@odata.nextLink` verbatim until there is none. */
  private async readAllPages(
    path: string,
    target: Target,
    options: OperationOptions | undefined,
  ): Promise<unknown[]> {
    const budget = this.budget(options);
    const items: unknown[] = [];
    let url: string | undefined = this.url(path);
    while (url !== undefined) {
      const answer = await this.send({ method: 'GET', url }, target, budget, options);
      const body = (answer.body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
      if (Array.isArray(body.value)) items.push(...(body.value as unknown[]));
      const next = body['@odata.nextLink'];
      if (typeof next === 'string' && !next.startsWith(this.base)) {
        // A token goes wherever the next link points: only ever follow links to our own Graph root.
        throw new GraphError({
          code: 'unknown',
          serviceMessage: 'The service sent a next page link to another host.',
        });
      }
      url = typeof next === 'string' ? next : undefined;
    }
    return items;
  }

  /**
   * The writes of a save through `/$batch`, at most 20 per batch, each with its own result.
   * Throttled sub-requests are sent again after the longest `Retry-After` among them. When the
   * connection drops, nothing more is sent: the unsent writes are reported as failed, so a retry
   * sends exactly those (and the confirm read finds the ones that landed before the drop).
   */
  private async writeInBatches(
    registrationId: string,
    writes: readonly PlannedWrite[],
    outcomes: Map<string, AppSaveOutcome>,
    options: OperationOptions | undefined,
  ): Promise<void> {
    const budget = this.budget(options);
    const total = writes.length;
    let done = 0;
    let stopped: GraphError | undefined;
    for (let start = 0; start < writes.length; start += MAX_BATCH_SIZE) {
      let pending = writes.slice(start, start + MAX_BATCH_SIZE);
      for (let attempt = 1; pending.length > 0 && stopped === undefined; attempt += 1) {
        let responses: BatchResponse[];
        try {
          responses = await this.sendBatch(registrationId, pending, budget, options);
        } catch (error) {
          stopped = error instanceof GraphError ? error : new GraphError({ code: 'unknown' });
          break;
        }
        const throttled: PlannedWrite[] = [];
        let wait: number | undefined;
        pending.forEach((write, index) => {
          const { change } = write;
          const response = responses.find((candidate) => candidate.id === String(index + 1));
          if (response === undefined) {
            outcomes.set(change.appId, {
              appId: change.appId,
              status: 'failed',
              change,
              error: new GraphError({
                code: 'unknown',
                serviceMessage: 'The batch response has no result for this write.',
              }),
            });
          } else if (isSuccess(response.status) || (change.type === 'removed' && response.status === 404)) {
            // A DELETE that finds nothing leaves the app without a grant, which is what was asked.
            outcomes.set(change.appId, { appId: change.appId, status: 'applied', change });
          } else if (isThrottled(response.status)) {
            throttled.push(write);
            wait = Math.max(wait ?? 0, retryAfterSeconds(response.headers) ?? 0);
          } else {
            outcomes.set(change.appId, {
              appId: change.appId,
              status: 'failed',
              change,
              error: mapGraphFailure(
                { status: response.status, headers: response.headers, body: response.body },
                this.context('grants', true),
              ),
            });
          }
        });
        done += pending.length - throttled.length;
        options?.onProgress?.({ type: 'writing', done, total });
        pending = throttled;
        if (pending.length > 0) {
          let allowed: boolean;
          try {
            allowed = await budget.waitBeforeRetry(attempt, wait === 0 ? undefined : wait);
          } catch (error) {
            stopped = error instanceof GraphError ? error : new GraphError({ code: 'cancelled' });
            break;
          }
          if (!allowed) {
            for (const { change } of pending) {
              outcomes.set(change.appId, {
                appId: change.appId,
                status: 'failed',
                change,
                error: new GraphError({ code: 'throttled', status: 429, retryAfterSeconds: wait }),
              });
            }
            pending = [];
          }
        }
      }
      if (stopped !== undefined) {
        for (const { change } of writes.slice(start)) {
          if (!outcomes.has(change.appId)) {
            outcomes.set(change.appId, { appId: change.appId, status: 'failed', change, error: stopped });
          }
        }
        return;
      }
    }
  }

  private async sendBatch(
    registrationId: string,
    writes: readonly PlannedWrite[],
    budget: RetryBudget,
    options: OperationOptions | undefined,
  ): Promise<BatchResponse[]> {
    const requests = writes.map(({ change, mine }, index) => {
      const method: HttpMethod = mine === undefined ? 'DELETE' : 'PUT';
      const url = grantPath(registrationId, change.appId);
      // Always both planes: the service reportedly resets a plane left out to `none`.
      return mine === undefined
        ? { id: String(index + 1), method, url }
        : {
            id: String(index + 1),
            method,
            url,
            headers: { 'Content-Type': 'application/json' },
            body: toWireGrantBody(normaliseGrant(mine)),
          };
    });
    const answer = await this.send(
      { method: 'POST', url: this.url(batchPath()), body: { requests } },
      'grants',
      budget,
      options,
      true,
    );
    return readBatchResponses(answer.body);
  }
}
