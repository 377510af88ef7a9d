import { describe, expect, it } from 'vitest';
import { diffGrants } from '../../src/core/diffGrants';
import type { Grant } from '../../src/core/model';
import { OWN_WRITE_WINDOW_MS, OwnWrites, judgeRead, ownWritesKey } from '../../src/core/ownWrites';
import { planSave, rebaseAfterSave } from '../../src/core/savePlan';

const REG = 'de988700-d700-020e-0a00-0831f3042f00';
const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const g = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const owner = g(OWNER, ['full'], ['full']);
const guest = g(GUEST, ['read', 'write']);

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = Date.UTC(2026, 11, 7, 9, 0);
  return { now: () => time, advance: (ms) => (time += ms) };
}

/**
 * One save as the repository makes it, with the service still showing `stale` (a write inside the
 * propagation window): the plan is made against the read seen through this browser's writes, each
 * write is remembered, and the editor rebases on what was written.
 */
function saveInsideWindow(
  writes: OwnWrites,
  versions: { baseline: readonly Grant[]; edited: readonly Grant[] },
  stale: readonly Grant[],
): { plan: ReturnType<typeof planSave>; next: { baseline: readonly Grant[]; edited: readonly Grant[] } } {
  const changes = diffGrants(versions.baseline, versions.edited);
  const plan = planSave(changes, { ...versions, current: writes.seeThrough(REG, stale).grants });
  for (const write of plan.writes) {
    writes.record(
      REG,
      write.change.appId,
      write.mine,
      stale.find((grant) => grant.appId === write.change.appId),
    );
  }
  const after = writes.seeThrough(REG, stale);
  const applied = [...plan.alreadyApplied, ...plan.writes.map((write) => write.change)];
  const unconfirmed = [...after.seen].flatMap(([, { write, seen }]) =>
    seen === 'not-visible-yet' ? [write.appId] : [],
  );
  return { plan, next: rebaseAfterSave(versions, { applied, after: after.grants, unconfirmed }) };
}

describe('the writes this browser made, inside the propagation window', () => {
  it('sends an undo of a removal: remove a guest, save, add it back with the same permissions, save', () => {
    const writes = new OwnWrites({ now: clock().now });
    const loaded = [owner, guest];
    const first = saveInsideWindow(writes, { baseline: loaded, edited: [owner] }, loaded);
    expect(first.plan.writes.map((write) => write.mine)).toEqual([undefined]);
    // The service still shows the guest; the admin adds it back as it was.
    const undo = saveInsideWindow(writes, { ...first.next, edited: [owner, guest] }, loaded);
    expect(undo.plan.alreadyApplied).toEqual([]);
    expect(undo.plan.conflicts).toEqual([]);
    expect(undo.plan.writes.map((write) => write.mine)).toEqual([guest]);
  });

  it('sends an undo of an addition, and of a granted permission', () => {
    const writes = new OwnWrites({ now: clock().now });
    const added = saveInsideWindow(writes, { baseline: [owner], edited: [owner, guest] }, [owner]);
    const removed = saveInsideWindow(writes, { ...added.next, edited: [owner] }, [owner]);
    expect(removed.plan.writes.map((write) => [write.change.appId, write.mine])).toEqual([
      [GUEST, undefined],
    ]);

    const cells = new OwnWrites({ now: clock().now });
    const more = g(GUEST, ['read', 'write', 'readContent']);
    const granted = saveInsideWindow(cells, { baseline: [owner, guest], edited: [owner, more] }, [
      owner,
      guest,
    ]);
    expect(granted.plan.writes).toHaveLength(1);
    const revoked = saveInsideWindow(cells, { ...granted.next, edited: [owner, guest] }, [owner, guest]);
    expect(revoked.plan.writes.map((write) => write.mine)).toEqual([guest]);
  });

  it('takes a second edit of the admin’s own write for an edit, not for a change made by someone else', () => {
    const writes = new OwnWrites({ now: clock().now });
    const first = saveInsideWindow(
      writes,
      { baseline: [owner, guest], edited: [owner, g(GUEST, ['read'])] },
      [owner, guest],
    );
    const second = saveInsideWindow(
      writes,
      { ...first.next, edited: [owner, g(GUEST, ['read'], ['readContent'])] },
      [owner, guest],
    );
    expect(second.plan.conflicts).toEqual([]);
    expect(second.plan.writes.map((write) => write.mine)).toEqual([g(GUEST, ['read'], ['readContent'])]);
  });

  it('judges a read: the written value, a value from before the write, or another admin’s value', () => {
    const writes = new OwnWrites({ now: clock().now });
    writes.record(REG, GUEST, g(GUEST, ['read']), guest);
    const write = writes.active(REG, GUEST);
    if (write === undefined) throw new Error('expected the write to be remembered');
    expect(judgeRead(write, g(GUEST, ['read']))).toBe('visible');
    expect(judgeRead(write, guest)).toBe('not-visible-yet');
    expect(judgeRead(write, g(GUEST, ['create']))).toBe('changed-since');
    expect(judgeRead(write, undefined)).toBe('changed-since');
  });

  it('lets another admin’s value win and forgets the write; forgets a write once a read shows it', () => {
    const writes = new OwnWrites({ now: clock().now });
    writes.record(REG, GUEST, g(GUEST, ['read']), guest);
    const theirs = g(GUEST, ['create']);
    const seen = writes.seeThrough(REG, [owner, theirs]);
    expect(seen.grants).toEqual([owner, theirs]);
    expect(seen.seen.get(GUEST)?.seen).toBe('changed-since');
    expect(writes.active(REG, GUEST)).toBeUndefined();

    writes.record(REG, GUEST, g(GUEST, ['read']), guest);
    expect(writes.seeThrough(REG, [owner, g(GUEST, ['read'])]).seen.get(GUEST)?.seen).toBe('visible');
    expect(writes.active(REG, GUEST)).toBeUndefined();
  });

  it('keeps a write the read shows while an earlier value looked the same (remove, then add back)', () => {
    const writes = new OwnWrites({ now: clock().now });
    writes.record(REG, GUEST, undefined, guest);
    writes.record(REG, GUEST, guest, guest);
    // The removal may still show up before the addition does: that is not someone else's change.
    expect(writes.seeThrough(REG, [owner, guest]).seen.get(GUEST)?.seen).toBe('visible');
    const removalShowing = writes.seeThrough(REG, [owner]);
    expect(removalShowing.seen.get(GUEST)?.seen).toBe('not-visible-yet');
    expect(removalShowing.grants).toEqual([owner, guest]);
  });

  it('forgets writes after the window, and never mixes registrations', () => {
    const time = clock();
    const writes = new OwnWrites({ now: time.now });
    writes.record(REG, GUEST, undefined, guest);
    expect(writes.seeThrough('another-registration', [owner, guest]).grants).toEqual([owner, guest]);
    expect(writes.seeThrough(REG, [owner, guest]).grants).toEqual([owner]);
    time.advance(OWN_WRITE_WINDOW_MS + 1);
    expect(writes.seeThrough(REG, [owner, guest]).grants).toEqual([owner, guest]);
  });

  /** The tab's storage, counting its writes. */
  function tabStorage(): {
    stored: Map<string, string>;
    writes: () => number;
    getItem: (key: string) => string | null;
    setItem: (key: string, value: string) => void;
  } {
    const stored = new Map<string, string>();
    let writes = 0;
    return {
      stored,
      writes: () => writes,
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => {
        writes += 1;
        stored.set(key, value);
      },
    };
  }

  // The memory is stored at the end of the task that changed it (a reload needs a task of its own).
  const endOfTask = (): Promise<void> => Promise.resolve();

  it('outlives a reload through the tab’s storage, and drops what it cannot read', async () => {
    const storage = tabStorage();
    const { stored } = storage;
    const storageKey = ownWritesKey('TENANT');
    const time = clock();
    new OwnWrites({ now: time.now, storage, storageKey }).record(REG, GUEST, undefined, guest);
    await endOfTask();
    expect(stored.get(storageKey)).toContain(GUEST);
    expect(stored.get(storageKey)).not.toContain('token');
    const reloaded = new OwnWrites({ now: time.now, storage, storageKey });
    expect(reloaded.seeThrough(REG, [owner, guest]).grants).toEqual([owner]);

    stored.set(
      storageKey,
      JSON.stringify([{ registrationId: REG, appId: GUEST, earlier: 'x', writtenAt: 1 }]),
    );
    expect(new OwnWrites({ now: time.now, storage, storageKey }).active(REG, GUEST)).toBeUndefined();
    stored.set(storageKey, '{not json');
    expect(new OwnWrites({ now: time.now, storage, storageKey }).active(REG, GUEST)).toBeUndefined();
  });

  it('stores the writes of one task once, and keeps every one of them', async () => {
    const storage = tabStorage();
    const storageKey = ownWritesKey('TENANT');
    const time = clock();
    const writes = new OwnWrites({ now: time.now, storage, storageKey });
    const registrations = Array.from({ length: 300 }, (_, index) => `registration-${index}`);
    for (const registration of registrations) writes.record(registration, GUEST, undefined, guest);
    await endOfTask();
    expect(storage.writes()).toBe(1);
    const reloaded = new OwnWrites({ now: time.now, storage, storageKey });
    for (const registration of registrations)
      expect(reloaded.seeThrough(registration, [owner, guest]).grants).toEqual([owner]);
    // A read that shows the write settles it, and the storage forgets it too.
    reloaded.seeThrough(registrations[0], [owner]);
    await endOfTask();
    expect(storage.writes()).toBe(2);
    expect(
      new OwnWrites({ now: time.now, storage, storageKey }).active(registrations[0], GUEST),
    ).toBeUndefined();
  });
});
