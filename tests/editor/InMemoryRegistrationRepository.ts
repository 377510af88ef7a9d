/**
 * An in-memory `RegistrationRepository` that behaves like the Graph one where the editor can tell:
 * per-app writes of the diff only, a re-read before writing that turns changes made elsewhere into
 * conflicts (unless resolved), per-app failures, throttling progress, read warnings, and the
 * read-back after writing. Tests steer it (fail, throttle, change elsewhere) and inspect what it got.
 */
import { diffGrants } from '../../src/core/diffGrants';
import type {
  Grant,
  ReadResult,
  ReadWarning,
  Registration,
  RegistrationWithGrants,
} from '../../src/core/model';
import { normaliseGrant, sameAppId } from '../../src/core/normalise';
import { planSave } from '../../src/core/savePlan';
import { GraphError } from '../../src/graph/errors';
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
} from '../../src/graph/RegistrationRepository';

type Operation =
  | 'listRegistrations'
  | 'getRegistrationWithGrants'
  | 'listGrants'
  | 'saveGrants'
  | 'registerContainerType'
  | 'updateSettings';

interface StoredRegistration {
  registration: Registration;
  grants: Grant[];
  warnings: ReadWarning[];
}

export interface InMemoryRepositoryOptions {
  readonly registrations: readonly RegistrationWithGrants[];
  /** Display names by appId; apps not listed have no visible name (as when the token cannot read them). */
  readonly displayNames?: Readonly<Record<string, string>>;
  /** Warnings a tolerant read reports, per registration id. */
  readonly warnings?: Readonly<Record<string, readonly ReadWarning[]>>;
  readonly now?: () => Date;
}

interface Throttle {
  readonly waitSeconds: number;
  readonly reason: 'throttled' | 'unavailable';
  readonly gate: Promise<void>;
}

export class InMemoryRegistrationRepository implements RegistrationRepository {
  public readonly saveRequests: SaveRequest[] = [];
  /** The registration ids of each `listGrantsOfMany` call. */
  public readonly manyReads: (readonly string[])[] = [];
  public readonly registerCalls: { containerTypeId: string; owningAppId: string }[] = [];
  /** The registration ids of each `getRegistrationWithGrants` call. */
  public readonly registrationReads: string[] = [];
  /** While set, `getRegistrationWithGrants` answers only once it settles (a slow read). */
  public holdRegistrationReads: Promise<void> | undefined;
  /** While set, `listGrants` of these registrations (lower-case ids) answers only once `until` settles. */
  public holdGrantReads: { readonly ids: ReadonlySet<string>; readonly until: Promise<void> } | undefined;
  private readonly store = new Map<string, StoredRegistration>();
  private readonly displayNames: Map<string, string>;
  private readonly lookedUp = new Set<string>();
  private readonly operationFailures = new Map<Operation, GraphError[]>();
  private readonly writeFailures = new Map<string, GraphError[]>();
  private throttle: Throttle | undefined;
  private readonly now: () => Date;

  public constructor(options: InMemoryRepositoryOptions) {
    for (const { applicationPermissionGrants, ...registration } of options.registrations) {
      this.store.set(registration.id.toLowerCase(), {
        registration,
        grants: [...applicationPermissionGrants],
        warnings: [...(options.warnings?.[registration.id] ?? [])],
      });
    }
    this.displayNames = new Map(
      Object.entries(options.displayNames ?? {}).map(([appId, name]) => [appId.toLowerCase(), name]),
    );
    this.now = options.now ?? (() => new Date('2025-08-11T14:03:00Z'));
  }

  /** The next call of `operation` fails with `error`. */
  public failNext(operation: Operation, error: GraphError): void {
    this.operationFailures.set(operation, [...(this.operationFailures.get(operation) ?? []), error]);
  }

  /** The next `times` writes for `appId` fail with `error`. */
  public failWrite(appId: string, error: GraphError, times = 1): void {
    this.writeFailures.set(
      appId.toLowerCase(),
      Array.from({ length: times }, () => error),
    );
  }

  /** The next save is throttled once before its first write and waits until `release` is called. */
  public throttleNextSave(
    waitSeconds: number,
    reason: 'throttled' | 'unavailable' = 'throttled',
  ): { release: () => void } {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.throttle = { waitSeconds, reason, gate };
    return { release: () => release() };
  }

  /** Another admin changes (or, with `undefined`, removes) an app's grant. */
  public changeElsewhere(registrationId: string, appId: string, grant: Grant | undefined): void {
    const stored = this.stored(registrationId);
    stored.grants = stored.grants.filter((candidate) => !sameAppId(candidate.appId, appId));
    if (grant) stored.grants.push(normaliseGrant(grant));
  }

  /** What the service holds now. */
  public grantsOf(registrationId: string): readonly Grant[] {
    return this.stored(registrationId).grants;
  }

  public async listRegistrations(options?: OperationOptions): Promise<readonly Registration[]> {
    this.failIfAsked('listRegistrations', options);
    return Array.from(this.store.values(), (stored) => stored.registration);
  }

  public async getRegistrationWithGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<RegistrationWithGrants>> {
    this.registrationReads.push(registrationId);
    await this.holdRegistrationReads;
    this.failIfAsked('getRegistrationWithGrants', options);
    const stored = this.stored(registrationId);
    return {
      value: { ...stored.registration, applicationPermissionGrants: [...stored.grants] },
      warnings: stored.warnings,
    };
  }

  public async listGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<readonly Grant[]>> {
    if (this.holdGrantReads?.ids.has(registrationId.toLowerCase())) await this.holdGrantReads.until;
    this.failIfAsked('listGrants', options);
    const stored = this.stored(registrationId);
    return { value: [...stored.grants], warnings: stored.warnings };
  }

  /** Each registration through `listGrants`, so `failNext('listGrants')` fails one of them. */
  public async listGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]> {
    this.manyReads.push([...registrationIds]);
    const reads: RegistrationGrantsRead[] = [];
    for (const registrationId of registrationIds) {
      let read: RegistrationGrantsRead;
      try {
        read = { type: 'read', registrationId, result: await this.listGrants(registrationId, options) };
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        read = { type: 'failed', registrationId, error };
      }
      options?.onRead?.(read);
      reads.push(read);
    }
    return reads;
  }

  /** This fake has no memory of own writes: what it stores is what the service shows. */
  public readServiceGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]> {
    return this.listGrantsOfMany(registrationIds, options);
  }

  public async saveGrantsOfMany(
    requests: readonly SaveRequest[],
    options?: OperationOptions,
  ): Promise<readonly RegistrationSaveResult[]> {
    const results: RegistrationSaveResult[] = [];
    for (const request of requests) {
      try {
        results.push({ type: 'saved', report: await this.saveGrants(request, options) });
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        results.push({ type: 'not-saved', registrationId: request.registrationId, error });
      }
    }
    return results;
  }

  /** Writes sent so far: each gets ids of its own, as Graph's do. */
  private writeCount = 0;

  public async saveGrants(request: SaveRequest, options?: OperationOptions): Promise<SaveReport> {
    this.saveRequests.push(request);
    this.failIfAsked('saveGrants', options);
    const stored = this.stored(request.registrationId);
    options?.onProgress?.({ type: 'reading', what: 'baseline-check' });
    const changes = diffGrants(request.baseline, request.edited);
    // The same plan as the Graph repository (core `planSave`): only the writes are simulated here.
    const plan = planSave(changes, { ...request, current: stored.grants });
    const outcomes = new Map<string, AppSaveOutcome>();
    for (const change of plan.alreadyApplied)
      outcomes.set(change.appId, { appId: change.appId, status: 'applied', change });
    for (const { change, conflict } of plan.conflicts)
      outcomes.set(change.appId, { appId: change.appId, status: 'conflict', change, conflict });
    for (const change of plan.blocked)
      outcomes.set(change.appId, { appId: change.appId, status: 'blocked', change });
    let done = 0;
    let savedAt: string | undefined;
    for (const { change, mine } of plan.writes) {
      const { appId } = change;
      if (this.throttle) {
        const { waitSeconds, gate, reason } = this.throttle;
        this.throttle = undefined;
        options?.onProgress?.({ type: 'throttled', waitSeconds, attempt: 1, reason });
        // Like the Graph repository's wait: cancelling it stops the save before anything is written.
        await new Promise<void>((resolve, reject) => {
          const cancel = (): void => reject(new GraphError({ code: 'cancelled' }));
          if (options?.signal?.aborted) cancel();
          options?.signal?.addEventListener('abort', cancel, { once: true });
          void gate.then(resolve);
        });
      }
      const failure = this.writeFailures.get(appId.toLowerCase())?.shift();
      if (failure) {
        outcomes.set(appId, { appId, status: 'failed', change, error: failure });
        continue;
      }
      stored.grants = stored.grants.filter((grant) => !sameAppId(grant.appId, appId));
      if (mine) stored.grants.push(normaliseGrant(mine));
      // As the Graph repository's: each write carries its own ids, which the receipt keeps.
      this.writeCount += 1;
      const ids = {
        clientRequestId: `00000000-0000-4000-8000-${String(this.writeCount).padStart(12, '0')}`,
        requestId: `request-${this.writeCount}`,
        requestIdFrom: 'write' as const,
      };
      outcomes.set(appId, { appId, status: 'applied', change, ...ids });
      done += 1;
      savedAt = this.now().toISOString();
      options?.onProgress?.({ type: 'writing', done, total: plan.writes.length });
    }
    options?.onProgress?.({ type: 'reading', what: 'confirm' });
    return {
      registrationId: request.registrationId,
      outcomes: changes.flatMap((change) => {
        const outcome = outcomes.get(change.appId);
        return outcome ? [outcome] : [];
      }),
      after: [...stored.grants],
      unconfirmed: [],
      changedSince: [],
      savedAt,
    };
  }

  /** Each settings PATCH as sent. */
  public readonly settingsPatches: {
    registrationId: string;
    etag: string;
    settings: Record<string, unknown>;
  }[] = [];
  /** Settings the owner does not let this tenant override: a PATCH naming one is refused (400). */
  public readonly notOverridable = new Set<string>();
  /** The next settings PATCH is applied, but its answer is lost (a dropped connection). */
  public loseNextSettingsAnswer = false;

  /** Someone else changes settings: the registration's etag moves. */
  public changeSettingsElsewhere(registrationId: string, settings: Record<string, unknown>): void {
    this.applySettings(this.stored(registrationId), settings);
  }

  public async updateSettings(
    registrationId: string,
    etag: string,
    settings: Readonly<Record<string, unknown>>,
    options?: OperationOptions,
  ): Promise<Registration> {
    this.settingsPatches.push({ registrationId, etag, settings: { ...settings } });
    this.failIfAsked('updateSettings', options);
    const stored = this.stored(registrationId);
    if (Object.keys(settings).some((key) => this.notOverridable.has(key)))
      throw new GraphError({ code: 'setting_not_overridable', status: 400, graphCode: 'invalidRequest' });
    if (etag !== stored.registration.etag)
      throw new GraphError({ code: 'conflict', status: 412, graphCode: 'resourceModified' });
    this.applySettings(stored, settings);
    if (this.loseNextSettingsAnswer) {
      this.loseNextSettingsAnswer = false;
      throw new GraphError({ code: 'network' });
    }
    return stored.registration;
  }

  private applySettings(stored: StoredRegistration, settings: Readonly<Record<string, unknown>>): void {
    this.settingsVersion += 1;
    stored.registration = {
      ...stored.registration,
      settings: { ...stored.registration.settings, ...settings },
      etag: `etag-${this.settingsVersion}`,
    };
  }

  private settingsVersion = 0;

  public async registerContainerType(
    containerTypeId: string,
    owningAppId: string,
    options?: OperationOptions,
  ): Promise<RegisterOutcome> {
    this.registerCalls.push({ containerTypeId, owningAppId });
    this.failIfAsked('registerContainerType', options);
    const existing = this.store.get(containerTypeId.toLowerCase());
    if (existing) return { type: 'already_registered', registration: existing.registration };
    const registration: Registration = {
      id: containerTypeId,
      name: `Container type ${containerTypeId.slice(0, 8)}`,
      owningAppId,
      billingClassification: 'trial',
      billingStatus: 'valid',
      registeredDateTime: this.now().toISOString(),
    };
    const grants: Grant[] = [
      { appId: owningAppId, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
    ];
    this.store.set(containerTypeId.toLowerCase(), { registration, grants, warnings: [] });
    return {
      type: 'registered',
      registration: { ...registration, applicationPermissionGrants: [...grants] },
      warnings: [],
      readBack: true,
    };
  }

  public async lookupAppDisplayName(appId: string): Promise<string | undefined> {
    this.lookedUp.add(appId.toLowerCase());
    return this.displayNames.get(appId.toLowerCase());
  }

  /** Like the Graph repository: known without waiting once a lookup found it. */
  public knownAppDisplayName(appId: string): string | undefined {
    return this.lookedUp.has(appId.toLowerCase()) ? this.displayNames.get(appId.toLowerCase()) : undefined;
  }

  private stored(registrationId: string): StoredRegistration {
    const stored = this.store.get(registrationId.toLowerCase());
    if (!stored) throw new GraphError({ code: 'not_registered', status: 404, graphCode: 'itemNotFound' });
    return stored;
  }

  private failIfAsked(operation: Operation, options?: OperationOptions): void {
    if (options?.signal?.aborted) throw new GraphError({ code: 'cancelled' });
    const error = this.operationFailures.get(operation)?.shift();
    if (error) throw error;
  }
}
