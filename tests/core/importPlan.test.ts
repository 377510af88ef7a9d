import { describe, expect, it } from 'vitest';
import { applyChanges, diffGrants } from '../../src/core/diffGrants';
import { readImportFile } from '../../src/core/grantsDocument';
import { overlayGrants } from '../../src/core/grantList';
import { planImport, type FileGrant } from '../../src/core/importPlan';
import type { Grant } from '../../src/core/model';
import { detectLockOutRisk, validateGrants } from '../../src/core/validate';

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
const NEWCOMER = 'c0ffee00-1234-4abc-8def-0123456789ab';
const g = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const owner = g(OWNER, ['full'], ['full']);
/** A grant the service sent with a value newer than this tool: read-only. */
const future = (appId: string): Grant => ({
  ...g(appId, ['unknownFutureValue'], ['readContent']),
  unreadablePlanes: ['delegated'],
});

describe('planning an import', () => {
  const current = [owner, g(GUEST, ['readContent']), g(BACKUP, ['none'], ['readContent'])];

  it('merges by default: sets the file’s apps and leaves every other app as it is', () => {
    const plan = planImport(current, [g(GUEST, ['readContent', 'read']), g(NEWCOMER, ['read'])], 'merge');
    expect(plan.edited).toEqual([
      owner,
      g(GUEST, ['readContent', 'read']),
      g(BACKUP, ['none'], ['readContent']),
      g(NEWCOMER, ['read']),
    ]);
    expect(diffGrants(current, plan.edited).map((change) => [change.type, change.appId])).toEqual([
      ['changed', GUEST],
      ['added', NEWCOMER],
    ]);
    // What Replace would remove is known in either mode, so the dialog can state it.
    expect(plan.notInFile).toEqual([owner, g(BACKUP, ['none'], ['readContent'])]);
    expect(plan.skipped).toEqual([]);
  });

  it('replaces only when asked: the apps the file leaves out are removed, the owner included', () => {
    const plan = planImport(current, [g(GUEST, ['readContent'])], 'replace');
    expect(plan.edited).toEqual([g(GUEST, ['readContent'])]);
    expect(plan.notInFile.map((grant) => grant.appId)).toEqual([OWNER, BACKUP]);
    // The review then asks to confirm the owner's removal.
    expect(detectLockOutRisk(current, plan.edited, OWNER)).toEqual({
      kind: 'owning_app_removed',
      planes: ['delegated', 'application'],
    });
  });

  it('keeps the matrix’s spelling of an app id, so a row stays where it is', () => {
    const plan = planImport(current, [g(GUEST.toUpperCase(), ['read'])], 'merge');
    expect(plan.edited[1]).toEqual(g(GUEST, ['read']));
  });

  it('never changes a read-only app, in either mode, and says so per app', () => {
    const withReadOnly = [owner, future(GUEST), g(BACKUP, ['readContent'])];
    const file = [owner, g(GUEST, ['none'])];
    const merged = planImport(withReadOnly, file, 'merge');
    expect(merged.edited).toEqual(withReadOnly);
    expect(merged.skipped).toEqual([{ appId: GUEST, reason: 'readOnly' }]);

    const replaced = planImport(withReadOnly, [owner], 'replace');
    expect(replaced.edited).toEqual([owner, future(GUEST)]);
    expect(replaced.notInFile.map((grant) => grant.appId)).toEqual([BACKUP]);
    expect(replaced.skipped).toEqual([{ appId: GUEST, reason: 'readOnlyNotInFile' }]);
  });

  it('never writes a grant the file holds as unknownFutureValue: the app stays or is not added', () => {
    const plan = planImport(current, [future(GUEST), future(NEWCOMER)], 'merge');
    expect(plan.edited).toEqual(current);
    expect(plan.skipped).toEqual([
      { appId: GUEST, reason: 'fileUnwritable' },
      { appId: NEWCOMER, reason: 'fileUnwritable' },
    ]);
  });

  it('merge keeps what the matrix holds for a list the file does not have, and says so per app and plane', () => {
    const matrix = [owner, g(GUEST, ['readContent'], ['read']), g(BACKUP, ['none'], ['readContent'])];
    const file: FileGrant[] = [
      { ...g(GUEST, ['read']), missingPlanes: ['application'] },
      // Both lists missing: nothing of the backup app changes.
      { ...g(BACKUP, ['none']), missingPlanes: ['delegated', 'application'] },
    ];
    const merged = planImport(matrix, file, 'merge');
    expect(merged.edited).toEqual([
      owner,
      g(GUEST, ['read'], ['read']),
      g(BACKUP, ['none'], ['readContent']),
    ]);
    expect(diffGrants(matrix, merged.edited).map((change) => change.type)).toEqual(['changed']);
    // Only planes that hold something are noted: the backup app's delegated plane is none either way.
    expect(merged.skipped).toEqual([
      { appId: GUEST, reason: 'noApplicationList' },
      { appId: BACKUP, reason: 'noApplicationList' },
    ]);
    const counted = [
      { appId: GUEST, plane: 'application' },
      { appId: BACKUP, plane: 'application' },
    ];
    expect(merged.missingLists).toEqual(counted);

    // Only Replace clears them, and they are counted before it is chosen.
    const replaced = planImport(matrix, file, 'replace');
    expect(replaced.edited).toEqual([g(GUEST, ['read'], ['none']), g(BACKUP, ['none'], ['none'])]);
    expect(replaced.missingLists).toEqual(counted);
    expect(replaced.skipped).toEqual([]);
  });

  it('an explicit empty list is a value, not a missing one: merge writes it', () => {
    const plan = planImport(current, [g(BACKUP, ['none'], [])], 'merge');
    expect(plan.edited[2]).toEqual(g(BACKUP, ['none'], []));
    expect(diffGrants(current, plan.edited)).toHaveLength(1);
    expect(plan.missingLists).toEqual([]);
  });

  it('keeps an app id that is not a GUID out of the plan, in either mode, with a note', () => {
    const odd = 'not-a-guid-0001';
    const matrix = [owner, g(odd, ['read'])];
    const file = [owner, g(odd, ['full'], ['full']), g('also-not-a-guid', ['read'])];
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planImport(matrix, file, mode);
      expect(plan.edited).toEqual(matrix);
      expect(plan.skipped).toEqual([
        { appId: odd, reason: 'notAGuid' },
        { appId: 'also-not-a-guid', reason: 'notAGuid' },
      ]);
    }
  });

  it('imports a 20,000-app legacy file: read, planned, diffed, validated and applied', () => {
    const count = 20_000;
    const appId = (index: number): string =>
      `${index.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
    const file = JSON.stringify({
      value: Array.from({ length: count }, (_, index) => ({
        appId: appId(index),
        delegated: index % 2 === 0 ? ['ReadContent'] : ['none'],
        appOnly: ['Read'],
      })),
    });
    const read = readImportFile(file, 'de988700-d700-020e-0a00-0831f3042f00');
    if (!read.ok) throw new Error(`the file was refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
    expect(read.form).toBe('legacySharePoint');
    expect(read.conversions).toEqual({
      legacyKeys: 2 * count,
      pascalCase: count + count / 2,
      pluralDeleteOwn: 0,
    });
    expect(read.grants).toHaveLength(count);
    expect(read.grants[count - 1]).toEqual(g(appId(count - 1), ['none'], ['read']));

    const baseline = [owner, g(appId(7), ['full'])];
    const plan = planImport(baseline, read.grants, 'merge');
    expect(plan.edited).toHaveLength(count + 1);
    expect(plan.edited[0]).toEqual(owner);
    expect(plan.edited[1]).toEqual(g(appId(7), ['none'], ['read']));

    const changes = diffGrants(baseline, plan.edited);
    expect(changes).toHaveLength(count);
    expect(changes.filter((change) => change.type === 'added')).toHaveLength(count - 1);
    expect(validateGrants(plan.edited, OWNER)).toEqual([]);
    expect(detectLockOutRisk(baseline, plan.edited, OWNER)).toBeUndefined();

    // What the session does with it after a save: every change applied, every app overlaid.
    const saved = applyChanges(baseline, changes);
    expect(saved).toEqual(plan.edited);
    const appIds = changes.map((change) => change.appId);
    expect(overlayGrants(baseline, plan.edited, appIds)).toEqual(plan.edited);

    const replaced = planImport(plan.edited, read.grants.slice(1), 'replace');
    expect(replaced.notInFile.map((grant) => grant.appId)).toEqual([OWNER, appId(0)]);
  }, 120_000);
});
