import { describe, expect, it } from 'vitest';
import { createRegistrationReceipt, type Receipt } from '../../src/core/receipt';
import {
  clearReceipts,
  filterReceipts,
  lastSavedWrite,
  lastSavedWrites,
  MAX_STORED_CHARS,
  MAX_STORED_RECEIPTS,
  readReceipts,
  receiptsKey,
  storeReceipt,
  type ReceiptStorage,
} from '../../src/core/receiptLog';
import { BACKUP, context, grant, GUEST, guestRead, owner, REG, REG_2, saveOf } from '../support/receipts';

const KEY = receiptsKey('TENANT');

/** Local storage as a browser keeps it: `quota` characters at most, past which `setItem` throws. */
function browserStorage(quota = Number.POSITIVE_INFINITY): ReceiptStorage & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return {
    stored,
    getItem: (key) => stored.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      stored.set(key, value);
    },
    removeItem: (key) => {
      stored.delete(key);
    },
  };
}

/** Receipt number `n` (its id ends in n): `apps` guest apps added to `registrationId`, each saved. */
function receipt(
  n: number,
  registrationId = REG,
  apps = 1,
  outcome: 'saved' | 'not-saved' = 'saved',
): Receipt {
  const guests = Array.from({ length: apps }, (_, index) =>
    index === 0
      ? guestRead
      : grant(`a0a0a0a0-0000-4000-8000-${String(index).padStart(12, '0')}`, ['read'], ['none']),
  );
  const save = saveOf(registrationId, [owner], [owner, ...guests]);
  return createRegistrationReceipt(
    { ...context, id: `5e1f7a2b-3c4d-4e5f-8a9b-${String(n).padStart(12, '0')}` },
    save.request,
    {
      registrationId,
      outcomes: guests.map((guest) =>
        outcome === 'saved'
          ? {
              appId: guest.appId,
              status: 'applied',
              change: save.change(guest.appId),
              clientRequestId: `c${n}`,
            }
          : {
              appId: guest.appId,
              status: 'failed',
              change: save.change(guest.appId),
              error: { code: 'network' },
            },
      ),
      after: [owner, ...guests],
      unconfirmed: [],
      changedSince: [],
    },
  );
}

const ids = (receipts: readonly Receipt[]): string[] => receipts.map((each) => each.id.slice(-3));

describe('the receipts of this browser', () => {
  it('lists them newest first, per tenant; storing one again replaces it', () => {
    const storage = browserStorage();
    for (const n of [1, 2, 3])
      expect(storeReceipt(storage, KEY, receipt(n))).toEqual({ type: 'stored', dropped: 0 });
    storeReceipt(storage, KEY, receipt(1));
    expect(ids(readReceipts(storage, KEY))).toEqual(['001', '003', '002']);
    expect(readReceipts(storage, receiptsKey('other'))).toEqual([]);
    expect(receiptsKey(' Tenant ')).toBe(KEY.replace('TENANT', 'tenant'));
    expect(KEY).toBe('spe-permission-matrix:receipts:tenant');
  });

  it(`keeps the newest ${MAX_STORED_RECEIPTS}, and says how many older ones it dropped`, () => {
    const storage = browserStorage();
    for (let n = 1; n <= MAX_STORED_RECEIPTS; n += 1) storeReceipt(storage, KEY, receipt(n));
    expect(storeReceipt(storage, KEY, receipt(MAX_STORED_RECEIPTS + 1))).toEqual({
      type: 'stored',
      dropped: 1,
    });
    const kept = readReceipts(storage, KEY);
    expect(kept).toHaveLength(MAX_STORED_RECEIPTS);
    expect(kept[0]?.id.endsWith(String(MAX_STORED_RECEIPTS + 1))).toBe(true);
    expect(kept.at(-1)?.id.endsWith('002')).toBe(true);
  });

  it('keeps within its share of the storage: older receipts go to make room, one too large alone is not kept', () => {
    const storage = browserStorage();
    const large = receipt(2, REG, 2000);
    const size = JSON.stringify(large).length;
    expect(size).toBeLessThan(MAX_STORED_CHARS);
    const fit = Math.floor(MAX_STORED_CHARS / size);
    for (let n = 1; n <= fit + 1; n += 1) storeReceipt(storage, KEY, { ...large, id: receipt(n).id });
    expect(readReceipts(storage, KEY)).toHaveLength(fit);
    expect(storage.stored.get(KEY)?.length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    const before = storage.stored.get(KEY);
    const huge = receipt(999, REG, Math.ceil((2000 * MAX_STORED_CHARS) / size) + 10);
    expect(storeReceipt(storage, KEY, huge)).toEqual({ type: 'not-stored', reason: 'too-large' });
    expect(storage.stored.get(KEY)).toBe(before);
  });

  it('makes room when the storage is full of other things, and leaves the list alone when even one will not go', () => {
    const one = JSON.stringify(receipt(1)).length;
    const storage = browserStorage(one * 3 + 10);
    for (const n of [1, 2, 3]) storeReceipt(storage, KEY, receipt(n));
    const result = storeReceipt(storage, KEY, receipt(4));
    expect(result.type === 'stored' && result.dropped).toBeGreaterThan(0);
    expect(ids(readReceipts(storage, KEY))[0]).toBe('004');
    const full = browserStorage(10);
    expect(storeReceipt(full, KEY, receipt(1))).toEqual({ type: 'not-stored', reason: 'refused' });
  });

  it('drops what it cannot read and never guesses; a storage that refuses lists nothing', () => {
    const storage = browserStorage();
    storeReceipt(storage, KEY, receipt(1));
    const [good] = JSON.parse(storage.stored.get(KEY) ?? '[]') as Record<string, unknown>[];
    storage.stored.set(
      KEY,
      JSON.stringify([
        { ...good, id: 'x', registrations: [{ registrationId: REG, apps: [{ appId: GUEST }] }] },
        'text',
        null,
        good,
      ]),
    );
    expect(ids(readReceipts(storage, KEY))).toEqual(['001']);
    // Storing writes back only what could be read.
    storeReceipt(storage, KEY, receipt(2));
    expect(JSON.parse(storage.stored.get(KEY) ?? '')).toHaveLength(2);
    storage.stored.set(KEY, '{not json');
    expect(readReceipts(storage, KEY)).toEqual([]);
    storage.stored.set(KEY, '{"format":"spe-permission-matrix/receipt"}');
    expect(readReceipts(storage, KEY)).toEqual([]);
    const refusing: ReceiptStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readReceipts(refusing, KEY)).toEqual([]);
    expect(storeReceipt(refusing, KEY, receipt(3))).toEqual({ type: 'not-stored', reason: 'refused' });
    expect(() => clearReceipts(refusing, KEY)).not.toThrow();
  });

  it('clears the list', () => {
    const storage = browserStorage();
    storeReceipt(storage, KEY, receipt(1));
    clearReceipts(storage, KEY);
    expect(readReceipts(storage, KEY)).toEqual([]);
    expect(storage.stored.has(KEY)).toBe(false);
  });

  it('filters by registration and by app, whatever the case, keeping each receipt whole', () => {
    const receipts = [receipt(3, REG_2), receipt(2, REG, 2), receipt(1, REG)];
    expect(ids(filterReceipts(receipts, { registrationId: REG.toUpperCase() }))).toEqual(['002', '001']);
    expect(ids(filterReceipts(receipts, { appId: 'A0A0A0A0-0000-4000-8000-000000000001' }))).toEqual(['002']);
    expect(ids(filterReceipts(receipts, { registrationId: REG_2, appId: GUEST }))).toEqual(['003']);
    expect(ids(filterReceipts(receipts, { registrationId: REG_2, appId: BACKUP }))).toEqual([]);
    expect(filterReceipts(receipts, {})).toEqual(receipts);
    expect(
      filterReceipts(receipts, { appId: 'A0A0A0A0-0000-4000-8000-000000000001' })[0]?.registrations[0]?.apps,
    ).toHaveLength(2);
  });

  it('finds when this browser last saved a write for an app', () => {
    const receipts = [receipt(3, REG, 1, 'not-saved'), receipt(2, REG), receipt(1, REG)];
    expect(lastSavedWrite(receipts, REG, GUEST.toUpperCase())?.receipt.id).toBe(receipts[1]?.id);
    expect(lastSavedWrite(receipts, REG_2, GUEST)).toBeUndefined();
    expect(lastSavedWrite(receipts, REG, BACKUP)).toBeUndefined();
  });

  it('says when this browser last saved a write for every app of a registration, in one pass', () => {
    const receipts = [receipt(3, REG, 1, 'not-saved'), receipt(2, REG, 2), receipt(1, REG_2)];
    const saved = lastSavedWrites(receipts, REG.toUpperCase());
    // The newest receipt's write was not saved: the one before it counts.
    expect([...saved.keys()].sort()).toEqual([GUEST.toLowerCase(), 'a0a0a0a0-0000-4000-8000-000000000001']);
    expect(saved.get(GUEST.toLowerCase())).toBe(receipts[1]?.createdAt);
    expect(saved.has(BACKUP.toLowerCase())).toBe(false);
    expect([...lastSavedWrites(receipts, REG_2).keys()]).toEqual([GUEST.toLowerCase()]);
  });
});
