/**
 * `RegistrationRepository` over Microsoft Graph. The only code that sends registration requests.
 * Least privilege for every call here: delegated `FileStorageContainerTypeReg.Selected` (or
 * `.Manage.All` for registrations of other apps), plus a user with the SharePoint Embedded
 * Administrator or Global Administrator role; display names additionally need `Application.Read.All`.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { diffGrants } from '../core/diffGrants';
import { findGrant } from '../core/grantList';
import type { Grant, ReadResult, Registration, RegistrationWithGrants } from '../core/model';
import { normaliseGrant, sameAppId } from '../core/normalise';
import { readGrants, readRegistration, toWireGrantBody } from '../core/readGrants';
import { planSave, writeLanded, type PlannedWrite } from '../core/savePlan';
import { isGuid } from '../core/validate';
import { GraphError } from './errors';
import { sendInBatches, type BatchResult } from './graphBatch';
import {
  DEFAULT_RETRY_POLICY,
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
import { sendGraphRequest, type GraphAnswer, type GraphCall } from './graphTransport';
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
    const plan = planSave(changes, { ...request, current });

    const outcomes = new Map<string, AppSaveOutcome>();
    for (const change of plan.alreadyApplied) {
      outcomes.set(change.appId, { appId: change.appId, status: 'applied', change });
    }
    for (const { change, conflict } of plan.conflicts) {
      outcomes.set(change.appId, { appId: change.appId, status: 'conflict', change, conflict });
    }
    const results = await this.writeGrants(request.registrationId, plan.writes, options);
    plan.writes.forEach((write, index) => {
      const result = results[index];
      if (result !== undefined) outcomes.set(write.change.appId, this.writeOutcome(write, result));
    });

    const ordered = (): AppSaveOutcome[] =>
      changes.flatMap((change) => {
        const outcome = outcomes.get(change.appId);
        return outcome === undefined ? [] : [outcome];
      });
    if (plan.writes.length === 0) return report(ordered(), current, []);

    options?.onProgress?.({ type: 'reading', what: 'confirm' });
    let after: readonly Grant[];
    try {
      after = (await this.listGrants(request.registrationId, options)).value;
    } catch {
      // The writes' own outcomes still say what happened; only the confirmation is missing.
      return report(ordered(), undefined, []);
    }
    const unconfirmed: string[] = [];
    for (const write of plan.writes) {
      const { change } = write;
      const outcome = outcomes.get(change.appId);
      const landed = writeLanded(write, after);
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
   * The per-app writes of a save through `/$batch`. Always both planes: the service reportedly resets
   * a plane left out to `none`.
   */
  private writeGrants(
    registrationId: string,
    writes: readonly PlannedWrite[],
    options: OperationOptions | undefined,
  ): Promise<BatchResult[]> {
    const budget = this.budget(options);
    return sendInBatches(
      writes.map(({ change, mine }) =>
        mine === undefined
          ? { method: 'DELETE', url: grantPath(registrationId, change.appId) }
          : {
              method: 'PUT',
              url: grantPath(registrationId, change.appId),
              body: toWireGrantBody(normaliseGrant(mine)),
            },
      ),
      {
        send: (call) => this.send(call, 'grants', budget, options, true),
        batchUrl: this.url(batchPath()),
        budget,
        onProgress: (done, total) => options?.onProgress?.({ type: 'writing', done, total }),
      },
    );
  }

  private writeOutcome(write: PlannedWrite, result: BatchResult): AppSaveOutcome {
    const { change } = write;
    const failed = (error: GraphError): AppSaveOutcome => ({
      appId: change.appId,
      status: 'failed',
      change,
      error,
    });
    if (result.type !== 'answered') return failed(result.error);
    // A DELETE that finds nothing leaves the app without a grant, which is what was asked.
    if (isSuccess(result.status) || (write.mine === undefined && result.status === 404)) {
      return { appId: change.appId, status: 'applied', change };
    }
    return failed(mapGraphFailure(result, this.context('grants', true)));
  }
}
