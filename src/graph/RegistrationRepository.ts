/**
 * The port the editor talks to. `GraphRegistrationRepository` implements it over Microsoft Graph;
 * tests and demos may implement it in memory. Nothing here knows about React or a host.
 */
import type {
  Grant,
  GrantChange,
  GrantConflict,
  ReadResult,
  ReadWarning,
  Registration,
  RegistrationWithGrants,
} from '../core/model';
import type { WriteIds } from '../core/receipt';
import type { GraphError } from './errors';

/** What a long operation reports while it runs (for progress and "waiting 12 s, throttled"). */
export type ProgressEvent =
  | { readonly type: 'reading'; readonly what: 'baseline-check' | 'confirm' }
  | { readonly type: 'writing'; readonly done: number; readonly total: number }
  | {
      readonly type: 'throttled';
      readonly waitSeconds: number;
      readonly attempt: number;
      /** 429 "slow down", or 503 "busy or unavailable": worded differently for the admin. */
      readonly reason: 'throttled' | 'unavailable';
    };

export interface OperationOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
}

/**
 * One changed app's outcome. Each outcome whose write was sent also carries that write's ids
 * (`WriteIds`: the `client-request-id` this tool sent and the service's `request-id`), for the save's
 * receipt and for support; an outcome without them had no write sent (already applied, a conflict,
 * blocked, or never sent).
 */
export type AppSaveOutcome = WriteIds &
  (
    | { readonly appId: string; readonly status: 'applied'; readonly change: GrantChange }
    | {
        readonly appId: string;
        readonly status: 'failed';
        readonly change: GrantChange;
        readonly error: GraphError;
      }
    | {
        readonly appId: string;
        readonly status: 'conflict';
        readonly change: GrantChange;
        readonly conflict: GrantConflict;
      }
    /**
     * Sent, but no answer came (dropped connection, time-out, a server error for the whole batch) and
     * the confirm read that settles it failed too: it may or may not have been applied.
     */
    | {
        readonly appId: string;
        readonly status: 'unknown';
        readonly change: GrantChange;
        readonly error: GraphError;
      }
    /** Not written: the app's grant holds values this tool cannot read exactly (it is read-only). */
    | { readonly appId: string; readonly status: 'blocked'; readonly change: GrantChange }
  );

export interface SaveReport {
  readonly registrationId: string;
  /** One outcome per changed app, in the order of the plan. */
  readonly outcomes: readonly AppSaveOutcome[];
  /**
   * The grants read back after writing, when that read succeeded: the new baseline for the editor.
   * `undefined` when the confirm read failed (the outcomes still say what was written).
   */
  readonly after?: readonly Grant[];
  /**
   * Apps written whose read-back still shows the value from before the write: not visible yet
   * (propagation can take an hour or more). Plans take the written value meanwhile.
   */
  readonly unconfirmed: readonly string[];
  /**
   * Apps written whose read-back shows neither the written value nor an earlier one: saved, then
   * changed by someone else (`shown` is what the service holds now; `undefined`: no grant).
   */
  readonly changedSince: readonly { readonly appId: string; readonly shown: Grant | undefined }[];
  /** When the last write was acknowledged (ISO 8601), for "may take up to an hour to take effect". */
  readonly savedAt?: string;
}

export interface SaveRequest {
  readonly registrationId: string;
  /** The grants as the editor loaded them. */
  readonly baseline: readonly Grant[];
  /** The grants as the admin wants them. */
  readonly edited: readonly Grant[];
  /**
   * Apps whose conflict the admin resolved by choosing a value: write them even though the service
   * changed them since `baseline` (their `theirs` is then the new baseline for the check).
   */
  readonly resolved?: readonly Grant[];
}

/** One registration's grants from `listGrantsOfMany`: read tolerantly, or why they could not be read. */
export type RegistrationGrantsRead =
  | {
      readonly type: 'read';
      readonly registrationId: string;
      readonly result: ReadResult<readonly Grant[]>;
    }
  | { readonly type: 'failed'; readonly registrationId: string; readonly error: GraphError };

export interface ManyReadOptions extends OperationOptions {
  /** Hears of each registration as soon as its group of reads is back (in no particular order). */
  readonly onRead?: (read: RegistrationGrantsRead) => void;
}

/** One registration's part of `saveGrantsOfMany`. */
export type RegistrationSaveResult =
  | { readonly type: 'saved'; readonly report: SaveReport }
  /**
   * Nothing was written to this registration: its freshness read failed (fail closed), so writes
   * could have overwritten changes made elsewhere. The admin's edits stand; saving again is safe.
   */
  | { readonly type: 'not-saved'; readonly registrationId: string; readonly error: GraphError };

export type RegisterOutcome =
  /** Registered now; `registration` is what the service holds afterwards (its grants read back). */
  | {
      readonly type: 'registered';
      readonly registration: RegistrationWithGrants;
      readonly warnings: readonly ReadWarning[];
      /** False when the read-back failed: `registration` is then what the registration PUT answered. */
      readonly readBack: boolean;
    }
  /** It was registered already: nothing was written. */
  | { readonly type: 'already_registered'; readonly registration: Registration };

export interface RegistrationRepository {
  /** Every registration the token may see (all pages). */
  listRegistrations(options?: OperationOptions): Promise<readonly Registration[]>;
  /** One registration with its grants, read tolerantly (warnings say what was repaired). */
  getRegistrationWithGrants(
    registrationId: string,
    options?: OperationOptions,
  ): Promise<ReadResult<RegistrationWithGrants>>;
  /** The grants of one registration, read tolerantly. */
  listGrants(registrationId: string, options?: OperationOptions): Promise<ReadResult<readonly Grant[]>>;
  /**
   * The grants of many registrations, in the order asked, each read on its own (one failing fails only
   * itself). Batched: at most 20 registrations a request (10 take one request, 300 take 15).
   */
  listGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]>;
  /**
   * `listGrantsOfMany` as the service shows the grants now, NOT seen through this browser's own writes:
   * what Verify compares a receipt with (a write the service does not show yet must show as such).
   */
  readServiceGrantsOfMany(
    registrationIds: readonly string[],
    options?: ManyReadOptions,
  ): Promise<readonly RegistrationGrantsRead[]>;
  /**
   * Save the difference between baseline and edited as per-app writes; never a whole-registration PUT.
   * Throws (writing nothing) when the fail-closed freshness read fails.
   */
  saveGrants(request: SaveRequest, options?: OperationOptions): Promise<SaveReport>;
  /**
   * `saveGrants` for many registrations at once (one request each, each registration at most once):
   * one batched freshness read, the per-app writes of every registration packed into `$batch` requests
   * of at most 20, one batched confirm read, so 10 registrations with a write each take 3 requests.
   * Each registration is planned, conflicted, reported and settled exactly as `saveGrants` does; a
   * failed freshness read stops only its own registration. Results are in the order of `requests`.
   */
  saveGrantsOfMany(
    requests: readonly SaveRequest[],
    options?: OperationOptions,
  ): Promise<readonly RegistrationSaveResult[]>;
  /**
   * Registers a container type that is not registered yet, with `full` on both planes for the owning
   * app the admin confirmed. Reads the registration first and writes nothing unless the service says
   * it does not exist (fail closed); an existing registration is never PUT again (that PUT replaces
   * every grant). Reads back what the service holds afterwards.
   */
  registerContainerType(
    containerTypeId: string,
    owningAppId: string,
    options?: OperationOptions,
  ): Promise<RegisterOutcome>;
  /**
   * PATCH the registration's settings (only those given) with the `etag` of the latest read; answers
   * the registration as updated (its new etag). Fails `setting_not_overridable` (400), `conflict`
   * (stale etag, 409/412), or with an unknown outcome (network, time-out, 5xx): read it again then.
   */
  updateSettings(
    registrationId: string,
    etag: string,
    settings: Readonly<Record<string, unknown>>,
    options?: OperationOptions,
  ): Promise<Registration>;
  /** Display name of an app (service principal lookup) when the token allows it; `undefined` otherwise. */
  lookupAppDisplayName(appId: string, options?: OperationOptions): Promise<string | undefined>;
  /** The display name a lookup already found (cached for the session), without waiting. */
  knownAppDisplayName(appId: string): string | undefined;
}
