/**
 * The receipts of this browser, for the Changes list: newest first, kept in the storage the host
 * passes (the browser's local storage, so they outlive the tab), one list per tenant. Bounded: at most
 * `MAX_STORED_RECEIPTS`, and about `MAX_STORED_CHARS` characters in all, since local storage is small
 * and, in a SharePoint page, shared with SharePoint itself; the oldest go first, and the caller hears
 * how many. Read tolerantly: an entry that is not a receipt exactly as this version writes it is
 * dropped, never guessed at (`readReceipt`). A receipt holds no token, and so neither does the storage.
 */
import { appIdKey } from './normalise';
import { readReceipt, type Receipt, type ReceiptApp, type ReceiptRegistration } from './receipt';

export const MAX_STORED_RECEIPTS = 200;

/** Local storage holds about five million characters per site, for everything the site keeps there. */
export const MAX_STORED_CHARS = 1_500_000;

/** Where the receipts are kept (hosts pass `window.localStorage`). */
export interface ReceiptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One list per tenant: a tenant's Changes never show another's saves. */
export function receiptsKey(tenantId: string): string {
  return `spe-permission-matrix:receipts:${tenantId.trim().toLowerCase()}`;
}

function parseStored(text: string | null): unknown[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The stored receipts, newest first; what cannot be read is left out (storage refused: none). */
export function readReceipts(storage: ReceiptStorage, key: string): Receipt[] {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    // Storage refused (privacy settings): there is nothing to list.
    return [];
  }
  return parseStored(text).flatMap((entry) => {
    const receipt = readReceipt(entry);
    return receipt === undefined ? [] : [receipt];
  });
}

export type StoreReceiptResult =
  /** Stored; `dropped` older receipts went to make room (their downloads are the record then). */
  | { readonly type: 'stored'; readonly dropped: number }
  /**
   * Not stored, and the list left as it was: `too-large`, the receipt alone is over the size kept;
   * `refused`, the storage would not take it. The download is then its only copy.
   */
  | { readonly type: 'not-stored'; readonly reason: 'too-large' | 'refused' };

/** Keeps a receipt as the newest (a receipt stored again replaces its earlier copy). */
export function storeReceipt(storage: ReceiptStorage, key: string, receipt: Receipt): StoreReceiptResult {
  const older = readReceipts(storage, key).filter((stored) => stored.id !== receipt.id);
  // Each receipt serialised once: making room only joins fewer of them.
  const texts = [receipt, ...older].map((entry) => JSON.stringify(entry));
  const size = (count: number): number =>
    texts.slice(0, count).reduce((total, text) => total + text.length + 1, 1);
  if (size(1) > MAX_STORED_CHARS) return { type: 'not-stored', reason: 'too-large' };
  let kept = Math.min(texts.length, MAX_STORED_RECEIPTS);
  while (kept > 1 && size(kept) > MAX_STORED_CHARS) kept -= 1;
  for (;;) {
    try {
      storage.setItem(key, `[${texts.slice(0, kept).join(',')}]`);
      return { type: 'stored', dropped: texts.length - kept };
    } catch {
      // Full (other data of the site) or refused: keep half as many, down to this receipt alone.
      if (kept === 1) return { type: 'not-stored', reason: 'refused' };
      kept = Math.max(1, Math.floor(kept / 2));
    }
  }
}

/** Forgets every receipt of the list (the downloads already made stay the admin's). */
export function clearReceipts(storage: ReceiptStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage refused: nothing was kept either.
  }
}

/** Which receipts to show: those naming this registration and/or this app. */
export interface ReceiptFilter {
  readonly registrationId?: string;
  readonly appId?: string;
}

function sameRegistration(registration: ReceiptRegistration, registrationId: string): boolean {
  return registration.registrationId.trim().toLowerCase() === registrationId.trim().toLowerCase();
}

function sameApp(app: ReceiptApp, appId: string): boolean {
  return appIdKey(app.appId) === appIdKey(appId);
}

function matches(registration: ReceiptRegistration, filter: ReceiptFilter): boolean {
  const { registrationId, appId } = filter;
  if (registrationId !== undefined && !sameRegistration(registration, registrationId)) return false;
  return appId === undefined || registration.apps.some((app) => sameApp(app, appId));
}

/** The receipts, whole and in their order, that name the registration and/or app (case aside). */
export function filterReceipts(receipts: readonly Receipt[], filter: ReceiptFilter): Receipt[] {
  return receipts.filter((receipt) =>
    receipt.registrations.some((registration) => matches(registration, filter)),
  );
}

/**
 * The newest write this browser saved for an app of a registration ("this tool last changed this
 * grant on …"): a receipt whose entry for it is `saved` with a write sent. `undefined` when none.
 */
export function lastSavedWrite(
  receipts: readonly Receipt[],
  registrationId: string,
  appId: string,
): { readonly receipt: Receipt; readonly app: ReceiptApp } | undefined {
  for (const receipt of receipts) {
    for (const registration of receipt.registrations) {
      if (!sameRegistration(registration, registrationId)) continue;
      const app = registration.apps.find(
        (entry) => sameApp(entry, appId) && entry.outcome === 'saved' && entry.write !== undefined,
      );
      if (app !== undefined) return { receipt, app };
    }
  }
  return undefined;
}

/**
 * When this browser last saved a write for each app of a registration (the receipt's `createdAt`), by
 * `appIdKey`: the matrix's "Saved here" marks, in one pass over the receipts (newest first) however many
 * apps the registration has.
 */
export function lastSavedWrites(receipts: readonly Receipt[], registrationId: string): Map<string, string> {
  const savedAt = new Map<string, string>();
  for (const receipt of receipts) {
    for (const registration of receipt.registrations) {
      if (!sameRegistration(registration, registrationId)) continue;
      for (const app of registration.apps) {
        const key = appIdKey(app.appId);
        if (app.outcome === 'saved' && app.write !== undefined && !savedAt.has(key))
          savedAt.set(key, receipt.createdAt);
      }
    }
  }
  return savedAt;
}
