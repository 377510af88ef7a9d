/**
 * `RegistrationRepository` over Microsoft Graph. The only code that sends registration requests.
 * Least privilege for every call here: delegated `FileStorageContainerTypeReg.Selected` (or
 * `.Manage.All` for registrations of other apps), plus a user with the SharePoint Embedded
 * Administrator or Global Administrator role; display names additionally need `Application.Read.All`,
 * carried by a token of its own (`DirectoryReads`), asked for apart from the registration scope.
 */
import { diffGrants } from '../core/diffGrants';
import type { Grant, GrantChange, ReadResult, Registration, RegistrationWithGrants } from '../core/model';
import { appIdKey, normaliseGrant } from '../core/normalise';
import { readGrants, readRegistration, toWireGrantBody } from '../core/readGrants';
import { findGrant } from '../core/grantList';
import { OwnWrites } from '../core/ownWrites';
import type { WriteIds } from '../core/receipt';
import { planSave, writeLanded, type PlannedWrite, type SavePlan } from '../core/savePlan';
import { isGuid } from '../core/validate';
import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphError } from './errors';
import { AppDisplayNames } from './appDisplayNames';
import type { BatchRequest, BatchResult } from './graphBatch';
import {
  grantPath,
  grantsPath,
  registrationPath,
  registrationsPath,
  servicePrincipalByAppIdPath,
} from './graphPaths';
import { GraphRequests, type GraphRequestsOptions } from './GraphRequests';
import { isSuccess } from './mapGraphFailure';
import type {
  AppSaveOutcome,
  ManyReadOptions,
  OperationOptions,
  RegisterOutcome,
  RegistrationGrantsRead,
  RegistrationRepository,
  RegistrationSaveResult,
  SaveReport,
  SaveRequest,
} from './RegistrationRepository';

/** Where app names are read: a Graph client whose token carries the directory read scope. */
export interface DirectoryReads {
  readonly client: Client;
  /** Whether a directory token is at hand now: without one no lookup is sent at all. */
  readonly available: () => boolean;
  /** The directory refused or failed a lookup made with that token. */
  readonly onLookupFailed?: () => void;
}

export interface GraphRegistrationRepositoryOptions extends GraphRequestsOptions {
  readonly now?: () => Date;
  /** Without it only Microsoft's well-known apps are named. */
  readonly directory?: DirectoryReads;
  /** The writes this browser made that reads may not show yet; one per page (kept for the tab's life). */
  readonly ownWrites?: OwnWrites;
}

function withoutGrants(registration: RegistrationWithGrants): Registration {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the grants on purpose
  const { applicationPermissionGrants, ...rest } = registration;
  return rest;
}

export class GraphRegistrationRepository implements RegistrationRepository {
  private readonly graph: GraphRequests;
  private readonly now: () => Date;
  private readonly displayNames = new AppDisplayNames();
  private readonly directory: { readonly graph: GraphRequests; readonly reads: DirectoryReads } | undefined;
  private readonly ownWrites: OwnWrites;

  public constructor(options: GraphRegistrationRepositoryOptions) {
    this.graph = new GraphRequests(options);
    const now = options.now ?? ((): Date => new Date());
    this.now = now;
    this.ownWrites = options.ownWrites ?? new OwnWrites({ now: () => now().getTime() });
    this.directory =
      options.directory === undefined
        ? undefined
        : {
            graph: new GraphRequests({ ...options, client: options.directory.client }),
            reads: options.directory,
          };
  }

  public async listRegistrations(options?: OperationOptions): Promise<readonly Registration[]> {
    const items = await this.graph.readAllPages(registrationsPath(), 'registrations', options);
    // The list shows registrations only; grants are read when one is opened.
    return items.map((item) => withoutGrants(readRegistration(item).value));
  }

  public async getRegistrationWithGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<RegistrationWithGrants>> {
    // Two independent reads in parallel: the grants are a relationship the docs do not promise inline.
    const budget = this.graph.budget(options);
    const [answer, grants] = await Promise.all([
      this.graph.send(
        { method: 'GET', url: this.graph.url(registrationPath(registrationId)) },
        { target: 'registration' },
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

  /** Every read of grants shows this browser's own writes that the service does not show yet. */
  public async listGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<readonly Grant[]>> {
    const read = readGrants(await this.graph.readAllPages(grantsPath(registrationId), 'grants', options));
    return { ...read, value: this.ownWrites.seeThrough(registrationId, read.value).grants };
  }

  public listGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]> {
    return this.readGrantsOfMany(registrationIds, options, (read) =>
      read.type === 'read'
        ? {
            ...read,
            result: {
              ...read.result,
              value: this.ownWrites.seeThrough(read.registrationId, read.result.value).grants,
            },
          }
        : read,
    );
  }

  public readServiceGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]> {
    return this.readGrantsOfMany(registrationIds, options);
  }

  /** The grants as the service shows them (`seen` turns each read into what the caller gets). */
  private async readGrantsOfMany(
    registrationIds: readonly string[],
    options: ManyReadOptions | undefined,
    seen: (read: RegistrationGrantsRead) => RegistrationGrantsRead = (read) => read,
  ): Promise<readonly RegistrationGrantsRead[]> {
    const reads: RegistrationGrantsRead[] = [];
    await this.graph.readManyAllPages(registrationIds.map(grantsPath), 'grants', options, (index, read) => {
      const registrationId = registrationIds[index] ?? '';
      reads[index] = seen(
        read.type === 'read'
          ? { type: 'read', registrationId, result: readGrants(read.items) }
          : { type: 'failed', registrationId, error: read.error },
      );
      options?.onRead?.(reads[index]);
    });
    return reads;
  }

  /** The one-registration case of `saveGrantsOfMany`: the same reads, plan, writes and settling. */
  public async saveGrants(request: SaveRequest, options?: OperationOptions): Promise<SaveReport> {
    const [result] = await this.saveGrantsOfMany([request], options);
    if (result === undefined) throw new GraphError({ code: 'unknown' });
    if (result.type === 'not-saved') throw result.error;
    return result.report;
  }

  public async saveGrantsOfMany(
    requests: readonly SaveRequest[],
    options?: OperationOptions,
  ): Promise<readonly RegistrationSaveResult[]> {
    const ids = new Set(requests.map((request) => request.registrationId.toLowerCase()));
    if (ids.size < requests.length) throw new Error('saveGrantsOfMany: one request per registration.');
    const saves = requests.map(
      (request) =>
        new RegistrationSave(request, diffGrants(request.baseline, request.edited), this.ownWrites),
    );
    const changed = saves.filter((save) => save.changes.length > 0);

    // Fail closed: without a fresh read nothing is written to a registration, since changes made
    // elsewhere would be lost. One batched read for all of them; each registration stands on its own.
    if (changed.length > 0) options?.onProgress?.({ type: 'reading', what: 'baseline-check' });
    const fresh = await this.readGrantsOfMany(
      changed.map((save) => save.request.registrationId),
      options,
    );
    changed.forEach((save, index) => save.check(fresh[index]));

    // The writes of every registration, packed together into batches of at most 20, each with a
    // `client-request-id` of its own that the receipt records.
    const writes = saves.flatMap(
      (save) =>
        save.plan?.writes.map((write) => ({
          save,
          write,
          clientRequestId: this.graph.newClientRequestId(),
        })) ?? [],
    );
    const results = await this.graph.batch(
      writes.map(({ save, write, clientRequestId }) =>
        grantWrite(save.request.registrationId, write, clientRequestId),
      ),
      { target: 'grants', write: true },
      options,
      (done, total) => options?.onProgress?.({ type: 'writing', done, total }),
    );
    writes.forEach(({ save, write, clientRequestId }, index) => {
      const result = results[index];
      if (result !== undefined) save.written(write, this.writeOutcome(write, result, clientRequestId));
    });

    // The confirm read settles writes whose outcome is unknown, so it runs even when the admin has
    // cancelled: only the time-out of each request bounds it.
    const written = saves.filter((save) => (save.plan?.writes.length ?? 0) > 0);
    if (written.length > 0) options?.onProgress?.({ type: 'reading', what: 'confirm' });
    const confirmed = await this.readGrantsOfMany(
      written.map((save) => save.request.registrationId),
      { onProgress: options?.onProgress },
    );
    written.forEach((save, index) => save.confirm(confirmed[index]));
    return saves.map((save) => save.result(this.now));
  }

  public async registerContainerType(
    containerTypeId: string,
    owningAppId: string,
    options?: OperationOptions,
  ): Promise<RegisterOutcome> {
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
    const budget = this.graph.budget(options);
    // The registration PUT replaces every grant, including ones still propagating or written a moment
    // ago by someone else, so it is only ever sent for a type the service says twice is not registered:
    // two fresh, independent reads, of the registration and of its grants, must both answer 404. A lone
    // 404 (a replica that lags, a stray fault) is not enough. Any other mix fails closed, writing nothing.
    const settled = <T>(read: Promise<T>): Promise<T | GraphError> =>
      read.catch((error: unknown) => {
        if (error instanceof GraphError) return error;
        throw error;
      });
    const [registrationRead, grantsRead] = await Promise.all([
      settled(
        this.graph.send(
          { method: 'GET', url: this.graph.url(registrationPath(containerTypeId)) },
          { target: 'registration' },
          budget,
          options,
        ),
      ),
      settled(
        this.graph.send(
          { method: 'GET', url: this.graph.url(grantsPath(containerTypeId)) },
          { target: 'grants' },
          budget,
          options,
        ),
      ),
    ]);
    if (!(registrationRead instanceof GraphError)) {
      return {
        type: 'already_registered',
        registration: withoutGrants(readRegistration(registrationRead.body).value),
      };
    }
    const saysNotRegistered = (read: unknown): boolean =>
      read instanceof GraphError && read.code === 'not_registered';
    const registrationGone = saysNotRegistered(registrationRead);
    const grantsGone = saysNotRegistered(grantsRead);
    // Neither says "not registered": the registration's own failure says best why nothing was sent.
    if (!registrationGone && !grantsGone) throw registrationRead;
    if (!registrationGone || !grantsGone) {
      // One read says "not registered", the other found it or failed: which one is right is unknown.
      const other = registrationGone ? grantsRead : registrationRead;
      throw new GraphError({
        code: 'registration_uncertain',
        status: other.status,
        requestId: other instanceof GraphError ? other.requestId : other.headers['request-id'],
        date: other instanceof GraphError ? other.date : other.headers.date,
      });
    }
    const answer = await this.graph.send(
      {
        method: 'PUT',
        url: this.graph.url(registrationPath(containerTypeId)),
        clientRequestId: this.graph.newClientRequestId(),
        body: {
          applicationPermissionGrants: [
            { appId: owningAppId, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
          ],
        },
      },
      { target: 'registration', write: true, registers: true },
      budget,
      options,
    );
    try {
      const readBack = await this.getRegistrationWithGrants(containerTypeId, options);
      return {
        type: 'registered',
        registration: readBack.value,
        warnings: readBack.warnings,
        readBack: true,
      };
    } catch {
      // Registered all the same: show what the PUT answered, and say it was not read back.
      const put = readRegistration(answer.body);
      return { type: 'registered', registration: put.value, warnings: put.warnings, readBack: false };
    }
  }

  /**
   * PATCH the overridable settings; `etag` must be the one from the latest read (Graph requires it in
   * the body). Never grants: this body carries none, so no grant can be replaced by it.
   */
  public async updateSettings(
    registrationId: string,
    etag: string,
    settings: Readonly<Record<string, unknown>>,
    options?: OperationOptions,
  ): Promise<Registration> {
    const answer = await this.graph.send(
      {
        method: 'PATCH',
        url: this.graph.url(registrationPath(registrationId)),
        clientRequestId: this.graph.newClientRequestId(),
        body: { etag, settings },
      },
      { target: 'registration', write: true, settings: true },
      this.graph.budget(options),
      options,
    );
    return withoutGrants(readRegistration(answer.body).value);
  }

  public knownAppDisplayName(appId: string): string | undefined {
    return this.displayNames.known(appId);
  }

  public lookupAppDisplayName(appId: string, options?: OperationOptions): Promise<string | undefined> {
    const known = this.displayNames.known(appId);
    if (known !== undefined) return Promise.resolve(known);
    const { directory } = this;
    // No directory token, no request: a lookup that is sure to fail only fills the logs.
    if (directory === undefined || !directory.reads.available()) return Promise.resolve(undefined);
    if (!isGuid(appId)) return Promise.resolve(undefined);
    return this.displayNames.lookup(appId, () =>
      directory.graph
        .send(
          { method: 'GET', url: directory.graph.url(servicePrincipalByAppIdPath(appId)) },
          { target: 'directory' },
          directory.graph.budget(options),
          options,
        )
        .then(
          (answer) => {
            const value = (answer.body as { value?: unknown } | undefined)?.value;
            const first: unknown = Array.isArray(value) ? value[0] : undefined;
            const name = (first as { displayName?: unknown } | undefined)?.displayName;
            return { name: typeof name === 'string' && name !== '' ? name : undefined, retry: false };
          },
          (error: unknown) => {
            // Not an error for the admin: the matrix shows the id and says why names are missing. The
            // report also ends `available()`, so a token the directory refuses is not tried app by app.
            const code = error instanceof GraphError ? error.code : 'unknown';
            if (code !== 'cancelled') directory.reads.onLookupFailed?.();
            return { name: undefined, retry: code === 'network' || code === 'cancelled' };
          },
        ),
    );
  }

  private writeOutcome(write: PlannedWrite, result: BatchResult, clientRequestId: string): AppSaveOutcome {
    const { change } = write;
    const { appId } = change;
    // Not answered on its own (never sent, refused with its whole batch, or cancelled while throttled):
    // no write ids; its error keeps whatever id the service gave the batch.
    if (result.type === 'not-sent') return { appId, status: 'failed', change, error: result.error };
    if (result.type === 'unknown') {
      // No answer for this write: the batch's own failure (a 5xx) may still name the batch request.
      return {
        appId,
        status: 'unknown',
        change,
        error: result.error,
        ...writeIds(clientRequestId, undefined, result.error.requestId),
      };
    }
    // A DELETE that finds nothing leaves the app without a grant, which is what was asked.
    if (isSuccess(result.status) || (write.mine === undefined && result.status === 404)) {
      return {
        appId,
        status: 'applied',
        change,
        ...writeIds(clientRequestId, result.headers['request-id'], result.batchRequestId),
      };
    }
    const error = this.graph.failure(result, { target: 'grants', write: true });
    // A failure's own id is in its headers or, as Graph's batching docs show it, its error body.
    return {
      appId,
      status: 'failed',
      change,
      error,
      ...writeIds(clientRequestId, result.headers['request-id'] ?? error.requestId, result.batchRequestId),
    };
  }
}

/**
 * One per-app write. Always both planes: the service reportedly resets a plane left out to `none`.
 */
function grantWrite(
  registrationId: string,
  { change, mine }: PlannedWrite,
  clientRequestId: string,
): BatchRequest {
  return mine === undefined
    ? { method: 'DELETE', url: grantPath(registrationId, change.appId), clientRequestId }
    : {
        method: 'PUT',
        url: grantPath(registrationId, change.appId),
        body: toWireGrantBody(normaliseGrant(mine)),
        clientRequestId,
      };
}

/**
 * A sent write's ids: the `client-request-id` it carried, and the service's `request-id` — the write's
 * own when the answer names one, otherwise the `$batch` request's (Graph's batching docs show
 * sub-responses without one), said in `requestIdFrom`.
 */
function writeIds(
  clientRequestId: string,
  ownRequestId: string | undefined,
  batchRequestId: string | undefined,
): WriteIds {
  if (ownRequestId !== undefined) return { clientRequestId, requestId: ownRequestId, requestIdFrom: 'write' };
  if (batchRequestId !== undefined)
    return { clientRequestId, requestId: batchRequestId, requestIdFrom: 'batch' };
  return { clientRequestId };
}

/** The ids an outcome carries, for the outcome that settles it. */
function idsOf({ clientRequestId, requestId, requestIdFrom }: WriteIds): WriteIds {
  return {
    ...(clientRequestId === undefined ? {} : { clientRequestId }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(requestIdFrom === undefined ? {} : { requestIdFrom }),
  };
}

/** One registration's way through a save: its plan, its outcomes per app, its read-back. */
class RegistrationSave {
  public plan: SavePlan | undefined;
  private readonly outcomes = new Map<string, AppSaveOutcome>();
  /** The freshness read as the service showed it, and as planned (this browser's writes seen through). */
  private shown: readonly Grant[] | undefined;
  private current: readonly Grant[] | undefined;
  private after: readonly Grant[] | undefined;
  private readonly unconfirmed: string[] = [];
  private readonly changedSince: { appId: string; shown: Grant | undefined }[] = [];
  private notChecked: GraphError | undefined;

  public constructor(
    public readonly request: SaveRequest,
    public readonly changes: readonly GrantChange[],
    private readonly ownWrites: OwnWrites,
  ) {}

  private get registrationId(): string {
    return this.request.registrationId;
  }

  /**
   * The freshness read: a plan against what the service shows now — with this browser's own writes
   * that it does not show yet, so an undo inside the propagation window is a write like any other —
   * or nothing written at all.
   */
  public check(read: RegistrationGrantsRead | undefined): void {
    if (read?.type !== 'read') {
      this.notChecked = read?.error ?? new GraphError({ code: 'unknown' });
      return;
    }
    this.shown = read.result.value;
    this.current = this.ownWrites.seeThrough(this.registrationId, this.shown).grants;
    this.plan = planSave(this.changes, { ...this.request, current: this.current });
    for (const change of this.plan.alreadyApplied)
      this.setOutcome({ appId: change.appId, status: 'applied', change });
    for (const { change, conflict } of this.plan.conflicts) {
      this.setOutcome({ appId: change.appId, status: 'conflict', change, conflict });
    }
    for (const change of this.plan.blocked)
      this.setOutcome({ appId: change.appId, status: 'blocked', change });
  }

  /** A write's answer; an accepted write is remembered until a read shows it. */
  public written(write: PlannedWrite, outcome: AppSaveOutcome): void {
    if (outcome.status === 'applied') this.remember(write);
    this.setOutcome(outcome);
  }

  private remember(write: PlannedWrite): void {
    const { appId } = write.change;
    this.ownWrites.record(this.registrationId, appId, write.mine, findGrant(this.shown, appId));
  }

  private setOutcome(outcome: AppSaveOutcome): void {
    this.outcomes.set(outcome.appId, outcome);
  }

  /**
   * The read-back after writing. Per written app: the written value (saved), a value from before the
   * write (not visible yet), or anything else (saved, then changed by someone else: never "Saved").
   * When it fails, unknown outcomes stay unknown, and say so.
   */
  public confirm(read: RegistrationGrantsRead | undefined): void {
    if (read?.type !== 'read') return;
    const shown = read.result.value;
    for (const write of this.plan?.writes ?? []) {
      const { change } = write;
      const outcome = this.outcomes.get(change.appId);
      // No answer (dropped connection, time-out, a 5xx for the whole batch): the read decides.
      if (outcome?.status === 'unknown') {
        const landed = writeLanded(write, shown);
        if (landed) this.remember(write);
        this.setOutcome(
          landed
            ? { appId: change.appId, status: 'applied', change, ...idsOf(outcome) }
            : { appId: change.appId, status: 'failed', change, error: outcome.error, ...idsOf(outcome) },
        );
      }
    }
    const seen = this.ownWrites.seeThrough(this.registrationId, shown);
    this.after = seen.grants;
    for (const write of this.plan?.writes ?? []) {
      const { appId } = write.change;
      if (this.outcomes.get(appId)?.status !== 'applied') continue;
      const judged = seen.seen.get(appIdKey(appId))?.seen;
      if (judged === 'not-visible-yet') this.unconfirmed.push(appId);
      else if (judged === 'changed-since') this.changedSince.push({ appId, shown: findGrant(shown, appId) });
    }
  }

  public result(now: () => Date): RegistrationSaveResult {
    const { registrationId } = this.request;
    if (this.notChecked !== undefined) return { type: 'not-saved', registrationId, error: this.notChecked };
    const outcomes = this.changes.flatMap((change) => {
      const outcome = this.outcomes.get(change.appId);
      return outcome === undefined ? [] : [outcome];
    });
    const wrote = (this.plan?.writes.length ?? 0) > 0;
    return {
      type: 'saved',
      report: {
        registrationId,
        outcomes,
        // Without writes, the freshness read is what the service holds.
        after: wrote ? this.after : this.current,
        unconfirmed: this.unconfirmed,
        changedSince: this.changedSince,
        savedAt: outcomes.some((outcome) => outcome.status === 'applied') ? now().toISOString() : undefined,
      },
    };
  }
}
