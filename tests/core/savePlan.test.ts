import { describe, expect, it } from 'vitest';
import { diffGrants } from '../../src/core/diffGrants';
import type { Grant } from '../../src/core/model';
import { applyResolutions, planSave, rebaseAfterSave, writeLanded } from '../../src/core/savePlan';

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
const g = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const owner = g(OWNER, ['full'], ['full']);

function plan(versions: {
  baseline: Grant[];
  edited: Grant[];
  current: Grant[];
  resolved?: Grant[];
}): ReturnType<typeof planSave> {
  return planSave(diffGrants(versions.baseline, versions.edited), versions);
}

describe('planning a save against baseline, theirs and mine', () => {
  it('writes what nobody else touched, a removal as a write with nothing to keep', () => {
    const result = plan({
      baseline: [owner, g(GUEST, ['none']), g(BACKUP, ['read'])],
      edited: [owner, g(GUEST, ['readContent'])],
      current: [owner, g(GUEST, ['none']), g(BACKUP, ['read'])],
    });
    expect(result.writes.map((write) => [write.change.appId, write.mine])).toEqual([
      [GUEST, g(GUEST, ['readContent'])],
      [BACKUP, undefined],
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.alreadyApplied).toEqual([]);
  });

  it('turns an app changed elsewhere into a conflict with all three versions, and never writes it', () => {
    const theirs = g(BACKUP, ['readContent', 'writeContent']);
    const result = plan({
      baseline: [owner, g(BACKUP, ['read'])],
      edited: [owner, g(BACKUP, ['create'])],
      current: [owner, theirs],
    });
    expect(result.writes).toEqual([]);
    expect(result.conflicts.map((entry) => entry.conflict)).toEqual([
      { appId: BACKUP, baseline: g(BACKUP, ['read']), theirs, mine: g(BACKUP, ['create']) },
    ]);
  });

  it('sees an app removed elsewhere as a conflict too', () => {
    const result = plan({
      baseline: [owner, g(BACKUP, ['read'])],
      edited: [owner, g(BACKUP, ['create'])],
      current: [owner],
    });
    expect(result.conflicts[0]?.conflict.theirs).toBeUndefined();
  });

  it('counts a change someone else already made as done, compared by meaning and app id case', () => {
    const result = plan({
      baseline: [owner, g(GUEST, ['none'])],
      edited: [owner, g(GUEST, ['readContent', 'writeContent'])],
      current: [owner, g(GUEST.toUpperCase(), ['writeContent', 'readContent'])],
    });
    expect(result.alreadyApplied.map((change) => change.appId)).toEqual([GUEST]);
    expect(result.writes).toEqual([]);
  });

  it('writes a conflict the admin resolved, even though the service changed it', () => {
    const chosen = g(BACKUP, ['readContent'], ['readContent']);
    const result = plan({
      baseline: [owner, g(BACKUP, ['read'])],
      edited: [owner, chosen],
      current: [owner, g(BACKUP, ['full'])],
      resolved: [chosen],
    });
    expect(result.writes.map((write) => write.mine)).toEqual([chosen]);
  });

  it('tells whether the read-back shows what a write asked for', () => {
    const [write] = plan({
      baseline: [owner],
      edited: [owner, g(GUEST, ['readContent'])],
      current: [owner],
    }).writes;
    if (write === undefined) throw new Error('expected one write');
    expect(writeLanded(write, [owner, g(GUEST, ['readContent'])])).toBe(true);
    expect(writeLanded(write, [owner])).toBe(false);
  });

  it('never writes an app whose grant holds a value this tool cannot read exactly, whichever version holds it', () => {
    const future = g(GUEST, ['readContent'], ['unknownFutureValue']);
    const fromService = plan({
      baseline: [owner, g(GUEST, ['readContent'], ['manageSensitivityLabels'])],
      edited: [owner, g(GUEST, ['readContent', 'writeContent'], ['manageSensitivityLabels'])],
      current: [owner, future],
    });
    expect(fromService.writes).toEqual([]);
    expect(fromService.blocked.map((change) => change.appId)).toEqual([GUEST]);
    const notAList: Grant = { ...g(GUEST, ['read']), unreadablePlanes: ['application'] };
    const removal = plan({ baseline: [owner, notAList], edited: [owner], current: [owner, notAList] });
    expect(removal.writes).toEqual([]);
    expect(removal.blocked.map((change) => change.type)).toEqual(['removed']);
  });
});

describe('after a save, the versions rebase on what the service confirmed', () => {
  it('takes what was applied as the new baseline and keeps what failed as an edit, so a retry sends only that', () => {
    const baseline = [owner];
    const edited = [owner, g(GUEST, ['readContent'], ['none']), g(BACKUP, ['none'], ['read'])];
    const applied = diffGrants(baseline, edited).filter((change) => change.appId === GUEST);
    const next = rebaseAfterSave(
      { baseline, edited },
      { applied, after: [owner, g(GUEST, ['readContent'], ['none'])], unconfirmed: [] },
    );
    expect(next.baseline).toEqual([owner, g(GUEST, ['readContent'], ['none'])]);
    expect(next.edited).toEqual([owner, g(GUEST, ['readContent'], ['none']), g(BACKUP, ['none'], ['read'])]);
  });

  it('keeps the value just written for an app the read-back does not show yet', () => {
    const written = g(GUEST, ['readContent'], ['none']);
    const next = rebaseAfterSave(
      { baseline: [owner], edited: [owner, written] },
      { applied: [{ type: 'added', appId: GUEST, after: written }], after: [owner], unconfirmed: [GUEST] },
    );
    expect(next).toEqual({ baseline: [owner, written], edited: [owner, written] });
  });

  it('settles a conflict as a write of exactly the choice, checked against theirs', () => {
    const theirs = g(GUEST, ['full'], ['none']);
    const chosen = g(GUEST, ['readContent'], ['none']);
    const next = applyResolutions(
      [owner, g(GUEST, ['read'], ['none'])],
      [owner, g(GUEST, ['none'], ['none'])],
      [{ appId: GUEST, theirs, chosen }],
    );
    expect(next).toEqual({ baseline: [owner, theirs], edited: [owner, chosen] });
  });
});
