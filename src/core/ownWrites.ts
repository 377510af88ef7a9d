/**
 * What this browser wrote and the service may not show yet. Grant changes can take an hour or more to
 * show in reads (graph-api.md, "Propagation"), and grants have no etag, so a read made inside that
 * window may still show the value from before a write this browser made. Judged against that read
 * alone, the admin's own undo looks "already applied" (and is never sent) and their next edit looks
 * "changed by someone else". So each accepted write is remembered — per registration and app, with
 * the values the service showed before it — and every read is seen through it (`seeThrough`):
 *
 * - the read shows the written value: the write is visible;
 * - the read shows a value from before the write: *not visible yet*; plans take the written value;
 * - the read shows anything else: someone changed the grant since; the read wins and the memory of
 *   that write ends.
 *
 * A remembered write is forgotten once the read shows it (unless an earlier value was the same, when a
 * read cannot tell them apart), when contradicted, or after `OWN_WRITE_WINDOW_MS`. With a storage (the
 * tab's session storage), the memory outlives a reload of the tab; it holds grants, never a token.
 */
import type { Grant } from './model';
import { appIdKey, grantsEqual, normaliseGrant } from './normalise';
import { overlayGrants } from './grantList';
import { readGrant } from './readGrants';

/** Longer than the hour Microsoft documents and the 2.5 hours admins have reported. */
export const OWN_WRITE_WINDOW_MS = 3 * 60 * 60 * 1000;

export interface OwnWrite {
  readonly registrationId: string;
  readonly appId: string;
  /** What was written (`undefined`: the grant was deleted), normalised. */
  readonly written: Grant | undefined;
  /** The values a read may still show while the write is not visible (older first). */
  readonly earlier: readonly (Grant | undefined)[];
  /** When the service accepted the write (ms since the epoch). */
  readonly writtenAt: number;
}

/** How a read stands to one remembered write. */
export type OwnWriteSeen = 'visible' | 'not-visible-yet' | 'changed-since';

export function judgeRead(write: OwnWrite, read: Grant | undefined): OwnWriteSeen {
  if (grantsEqual(read, write.written)) return 'visible';
  if (write.earlier.some((value) => grantsEqual(read, value))) return 'not-visible-yet';
  return 'changed-since';
}

export interface SeenThrough {
  /** The grants to plan and show with: the read, with writes not visible yet taking their written value. */
  readonly grants: readonly Grant[];
  /** Per app (key `appIdKey`) with a remembered write: how the read stands to it. */
  readonly seen: ReadonlyMap<string, { readonly write: OwnWrite; readonly seen: OwnWriteSeen }>;
}

function registrationKey(registrationId: string): string {
  return registrationId.trim().toLowerCase();
}

function pushDistinct(values: (Grant | undefined)[], value: Grant | undefined): void {
  if (!values.some((known) => grantsEqual(known, value))) values.push(value);
}

/** Where the memory is kept between reloads (the tab's `sessionStorage`). */
export interface OwnWritesStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OwnWritesOptions {
  readonly now?: () => number;
  readonly storage?: OwnWritesStorage;
  /** One per tenant: `ownWritesKey(tenantId)`. */
  readonly storageKey?: string;
}

export function ownWritesKey(tenantId: string): string {
  return `spe-permission-matrix:own-writes:${tenantId.toLowerCase()}`;
}

/** A stored grant or "no grant"; `null` when the entry cannot be read as either. */
function storedGrant(raw: unknown): Grant | undefined | null {
  if (raw === null || raw === undefined) return undefined;
  return readGrant(raw, 'stored').value ?? null;
}

/** Stored writes, read tolerantly: an entry that cannot be read is dropped, never guessed. */
function readStored(text: string | null): OwnWrite[] {
  if (text === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((raw: unknown): OwnWrite[] => {
    const entry = raw as Partial<Record<keyof OwnWrite, unknown>> | null;
    if (entry === null || typeof entry !== 'object') return [];
    const { registrationId, appId, writtenAt } = entry;
    const written = storedGrant(entry.written);
    const earlier = Array.isArray(entry.earlier) ? entry.earlier.map(storedGrant) : [null];
    if (typeof registrationId !== 'string' || typeof appId !== 'string' || typeof writtenAt !== 'number')
      return [];
    if (written === null || earlier.some((value) => value === null)) return [];
    return [{ registrationId, appId, written, earlier: earlier as (Grant | undefined)[], writtenAt }];
  });
}

/** The writes this browser made and no read has settled yet, across registrations. */
export class OwnWrites {
  /** Per registration (`registrationKey`), per app (`appIdKey`): a read of one registration looks at its own. */
  private readonly writes = new Map<string, Map<string, OwnWrite>>();
  private readonly now: () => number;
  private persistQueued = false;

  public constructor(private readonly options: OwnWritesOptions = {}) {
    this.now = options.now ?? Date.now;
    const { storage, storageKey } = options;
    if (storage === undefined || storageKey === undefined) return;
    let text: string | null = null;
    try {
      text = storage.getItem(storageKey);
    } catch {
      // Storage refused (privacy settings): the memory lives as long as the page.
    }
    for (const write of readStored(text)) this.put(write);
  }

  private put(write: OwnWrite): void {
    const id = registrationKey(write.registrationId);
    let ofRegistration = this.writes.get(id);
    if (ofRegistration === undefined) {
      ofRegistration = new Map();
      this.writes.set(id, ofRegistration);
    }
    ofRegistration.set(appIdKey(write.appId), write);
  }

  /**
   * Stores the memory once, at the end of the current task: a tenant-wide save records a thousand
   * writes, and storing all of them after each one cost seconds of blocked page. No reload can come
   * between (it needs a task of its own), so nothing recorded is lost.
   */
  private persist(): void {
    const { storage, storageKey } = this.options;
    if (storage === undefined || storageKey === undefined || this.persistQueued) return;
    this.persistQueued = true;
    queueMicrotask(() => {
      this.persistQueued = false;
      const all = [...this.writes.values()].flatMap((ofRegistration) => [...ofRegistration.values()]);
      try {
        storage.setItem(storageKey, JSON.stringify(all));
      } catch {
        // Full or refused: the memory still lives as long as the page.
      }
    });
  }

  private forget(write: OwnWrite): void {
    const id = registrationKey(write.registrationId);
    const ofRegistration = this.writes.get(id);
    if (ofRegistration?.delete(appIdKey(write.appId)) !== true) return;
    if (ofRegistration.size === 0) this.writes.delete(id);
    this.persist();
  }

  /**
   * Remembers a write the service accepted. `shown` is the app's grant in the raw read the write was
   * planned on (what the service showed then).
   */
  public record(
    registrationId: string,
    appId: string,
    written: Grant | undefined,
    shown: Grant | undefined,
  ): void {
    const previous = this.active(registrationId, appId);
    const earlier: (Grant | undefined)[] = [];
    // An earlier write still unseen may yet show up, and so may everything before it.
    for (const value of previous?.earlier ?? []) pushDistinct(earlier, value);
    if (previous !== undefined) pushDistinct(earlier, previous.written);
    pushDistinct(earlier, shown);
    this.put({
      registrationId,
      appId,
      written: written === undefined ? undefined : normaliseGrant(written),
      earlier,
      writtenAt: this.now(),
    });
    this.persist();
  }

  /** The remembered write of one app, while it is inside the window. */
  public active(registrationId: string, appId: string): OwnWrite | undefined {
    const write = this.writes.get(registrationKey(registrationId))?.get(appIdKey(appId));
    return write === undefined ? undefined : this.unexpired(write);
  }

  private unexpired(write: OwnWrite): OwnWrite | undefined {
    if (this.now() - write.writtenAt <= OWN_WRITE_WINDOW_MS) return write;
    this.forget(write);
    return undefined;
  }

  /** One registration's raw read, seen through the writes this browser made to it. */
  public seeThrough(registrationId: string, read: readonly Grant[]): SeenThrough {
    const seen = new Map<string, { write: OwnWrite; seen: OwnWriteSeen }>();
    const ofRegistration = this.writes.get(registrationKey(registrationId));
    if (ofRegistration === undefined) return { grants: read, seen };
    const pending: Grant[] = [];
    const pendingIds: string[] = [];
    const byApp = new Map(read.map((grant) => [appIdKey(grant.appId), grant]));
    // A copy: settled writes are forgotten while going through them.
    for (const [appKey, stored] of [...ofRegistration]) {
      const write = this.unexpired(stored);
      if (write === undefined) continue;
      const judged = judgeRead(write, byApp.get(appKey));
      seen.set(appKey, { write, seen: judged });
      if (judged === 'not-visible-yet') {
        pendingIds.push(write.appId);
        if (write.written !== undefined) pending.push(write.written);
      } else if (judged === 'changed-since') {
        this.forget(write);
      } else if (!write.earlier.some((value) => grantsEqual(value, write.written))) {
        // Visible, and no earlier value looks the same: nothing older can show up in its place.
        this.forget(write);
      }
    }
    return {
      grants: pendingIds.length === 0 ? read : overlayGrants(read, pending, pendingIds),
      seen,
    };
  }
}
