import { describe, expect, it } from 'vitest';
import { grantsEqual } from '../../src/core/normalise';
import type { Grant } from '../../src/core/model';
import { GraphError } from '../../src/graph/errors';
import type { SaveReport } from '../../src/graph/RegistrationRepository';
import { createDraft } from '../../src/editor/session/draft';
import { changedAppIds, loadSession, sessionReducer } from '../../src/editor/session/editingSession';
import type { SessionState } from '../../src/editor/session/editingSession';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const g = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const registration = { id: 'cccccccc-0000-4000-8000-000000000003', name: 'Test', owningAppId: A };

describe('the editing session', () => {
  const loaded = (): SessionState =>
    loadSession(registration, [g(A, ['full'], ['full']), g(B, ['readContent'])], []);

  it('keeps the session as it is when the background read brings what is shown (no render again)', () => {
    const state = loaded();
    const next = sessionReducer(state, {
      type: 'refreshed',
      registration: { ...registration },
      grants: [g(A, ['full'], ['full']), g(B, ['readContent'])],
      warnings: [],
    });
    expect(next).toBe(state);
  });

  it('takes what the background read changed, as read, and keeps every other app as it was', () => {
    const state = loaded();
    const next = must(
      sessionReducer(state, {
        type: 'refreshed',
        registration,
        // B spelled in another order counts as new: the matrix shows what the service sent.
        grants: [g(A, ['full'], ['full']), g(B, ['readContent', 'create'])],
        warnings: [],
      }),
    );
    expect(next.baseline[0]).toBe(state.baseline[0]);
    expect(next.baseline[1]).toEqual(g(B, ['readContent', 'create']));
    expect(next.edited).toBe(next.baseline);
    const renamed = must(
      sessionReducer(next, {
        type: 'refreshed',
        registration: { ...registration, name: 'Renamed' },
        grants: [g(A, ['full'], ['full']), g(B, ['readContent', 'create'])],
        warnings: [],
      }),
    );
    expect(renamed.registration.name).toBe('Renamed');
    expect(renamed.baseline).toBe(next.baseline);
  });

  it('after a save, takes applied apps from the service and keeps failed and conflicting edits pending', () => {
    let state = loaded();
    state = must(
      sessionReducer(state, {
        type: 'toggle',
        appId: A,
        plane: 'delegated',
        permission: 'full',
        checked: false,
      }),
    );
    state = must(
      sessionReducer(state, {
        type: 'toggle',
        appId: B,
        plane: 'delegated',
        permission: 'read',
        checked: true,
      }),
    );
    expect(changedAppIds(state.baseline, state.edited).sort()).toEqual([A, B].sort());
    const [changeA, changeB] = [A, B].map((appId) => ({
      type: 'changed' as const,
      appId,
      before: must(state.baseline.find((grant) => grant.appId === appId)),
      after: must(state.edited.find((grant) => grant.appId === appId)),
      delegated: { added: [], removed: [], included: [] },
      application: { added: [], removed: [], included: [] },
    }));
    const report: SaveReport = {
      registrationId: registration.id,
      outcomes: [
        { appId: B, status: 'applied', change: changeB },
        { appId: A, status: 'failed', change: changeA, error: new GraphError({ code: 'network' }) },
      ],
      after: [g(A, ['full'], ['full']), g(B, ['readContent', 'read'])],
      unconfirmed: [],
      changedSince: [],
      savedAt: '2025-08-11T14:03:00Z',
    };
    const next = must(sessionReducer(state, { type: 'saved', report }));
    expect(changedAppIds(next.baseline, next.edited)).toEqual([A]);
    expect(next.savedAt).toBe('2025-08-11T14:03:00Z');
    expect(
      grantsEqual(
        next.baseline.find((grant) => grant.appId === B),
        g(B, ['readContent', 'read']),
      ),
    ).toBe(true);
  });

  it('forgets when it last saved once new edits start', () => {
    const saved: SessionState = { ...loaded(), savedAt: '2025-08-11T14:03:00Z' };
    const toggle = {
      type: 'toggle',
      appId: B,
      plane: 'delegated',
      permission: 'read',
      checked: true,
    } as const;
    expect(must(sessionReducer(saved, toggle)).savedAt).toBeUndefined();
    expect(
      must(
        sessionReducer(saved, { type: 'addApp', grant: g('dddddddd-0000-4000-8000-000000000004', ['read']) }),
      ).savedAt,
    ).toBeUndefined();
    // Not an edit: the banner stays.
    expect(must(sessionReducer(saved, { type: 'dismissWarnings' })).savedAt).toBe(saved.savedAt);
  });

  it('rebases a draft: changed apps keep the baseline they were edited against', () => {
    const draft = createDraft([g(B, ['readContent'])], [g(B, ['readContent', 'read'])], [B]);
    const fresh = [g(A, ['full'], ['full']), g(B, ['readContent', 'create'])];
    const state = loadSession(registration, fresh, [], draft);
    expect(state.draftRestored).toBe(true);
    expect(
      grantsEqual(
        state.baseline.find((grant) => grant.appId === B),
        g(B, ['readContent']),
      ),
    ).toBe(true);
    expect(
      grantsEqual(
        state.edited.find((grant) => grant.appId === B),
        g(B, ['readContent', 'read']),
      ),
    ).toBe(true);
    expect(state.edited.find((grant) => grant.appId === A)).toEqual(fresh[0]);
  });

  it('changes nothing for an app whose grant holds a value this tool cannot read exactly', () => {
    const future: Grant = {
      ...g(B, ['readContent'], ['unknownFutureValue']),
      unreadablePlanes: ['application'],
    };
    const state = loadSession(registration, [g(A, ['full'], ['full']), future], []);
    const actions = [
      { type: 'toggle', appId: B, plane: 'delegated', permission: 'create', checked: true },
      { type: 'setColumn', plane: 'delegated', permission: 'create', checked: true },
      { type: 'applyPreset', appId: B, presetId: 'readOnly' },
      { type: 'copyFrom', appId: B, fromAppId: A },
      { type: 'clearPlane', appId: B, plane: 'application' },
      { type: 'removeApp', appId: B },
    ] as const;
    for (const action of actions) {
      const after = must(sessionReducer(state, action));
      expect(after.edited.find((grant) => grant.appId === B)).toEqual(future);
      expect(changedAppIds(after.baseline, after.edited)).not.toContain(B);
    }
  });

  describe('import', () => {
    const C = 'cccccccc-1111-4000-8000-000000000004';
    const withEdit = (): SessionState =>
      must(
        sessionReducer(loaded(), {
          type: 'toggle',
          appId: B,
          plane: 'delegated',
          permission: 'read',
          checked: true,
        }),
      );

    it('merges the file’s apps into the matrix and leaves the others as they are', () => {
      const state = withEdit();
      const next = must(
        sessionReducer(state, {
          type: 'import',
          grants: [g(C, ['read'])],
          mode: 'merge',
          fileName: 'f.json',
        }),
      );
      expect(next.edited).toEqual([...state.edited, g(C, ['read'])]);
      expect(next.baseline).toBe(state.baseline);
      expect(next.notice).toEqual({ kind: 'imported', fileName: 'f.json' });
    });

    it('cancelling puts baseline and edits back exactly as before the import, unsaved edits included', () => {
      const state = withEdit();
      const imported = must(
        sessionReducer(state, {
          type: 'import',
          grants: [g(C, ['read'])],
          mode: 'replace',
          fileName: 'f.json',
        }),
      );
      expect(imported.edited).toEqual([g(C, ['read'])]);
      const cancelled = must(sessionReducer(imported, { type: 'cancelImport' }));
      expect(cancelled.baseline).toBe(state.baseline);
      expect(cancelled.edited).toBe(state.edited);
      expect(cancelled.draftRestored).toBe(state.draftRestored);
      expect(cancelled.beforeImport).toBeUndefined();
      expect(cancelled.notice).toEqual({ kind: 'importCancelled' });
      // Nothing pending: a second cancel changes nothing.
      expect(sessionReducer(cancelled, { type: 'cancelImport' })).toBe(cancelled);
    });

    it('a reported save ends the pending import: closing afterwards restores nothing', () => {
      const imported = must(
        sessionReducer(withEdit(), {
          type: 'import',
          grants: [g(C, ['read'])],
          mode: 'merge',
          fileName: 'f.json',
        }),
      );
      const report: SaveReport = {
        registrationId: registration.id,
        outcomes: [],
        after: imported.edited,
        unconfirmed: [],
        changedSince: [],
        savedAt: '2025-08-11T14:03:00Z',
      };
      const saved = must(sessionReducer(imported, { type: 'saved', report }));
      expect(saved.beforeImport).toBeUndefined();
      expect(sessionReducer(saved, { type: 'cancelImport' })).toBe(saved);
    });

    it('never changes a read-only app', () => {
      const readOnly: Grant = { ...g(B, ['unknownFutureValue']), unreadablePlanes: ['delegated'] };
      const state = loadSession(registration, [g(A, ['full'], ['full']), readOnly], []);
      for (const mode of ['merge', 'replace'] as const) {
        const next = must(
          sessionReducer(state, {
            type: 'import',
            grants: [g(A, ['full'], ['full']), g(B, ['none'])],
            mode,
            fileName: 'f.json',
          }),
        );
        expect(next.edited).toEqual(state.edited);
      }
    });

    it('drafts a 20,000-app import and cancels it', () => {
      const grants = Array.from({ length: 20_000 }, (_, index) =>
        g(`${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, ['read']),
      );
      const state = withEdit();
      const imported = must(
        sessionReducer(state, { type: 'import', grants, mode: 'merge', fileName: 'big.json' }),
      );
      const changed = changedAppIds(imported.baseline, imported.edited);
      expect(changed).toHaveLength(20_001);
      const draft = createDraft(imported.baseline, imported.edited, changed);
      expect(draft.changes[20_000]).toEqual({
        appId: grants[19_999]?.appId,
        baseline: undefined,
        edited: grants[19_999],
      });
      const restored = loadSession(registration, state.baseline, [], draft);
      expect(restored.edited).toEqual(imported.edited);
      expect(must(sessionReducer(imported, { type: 'cancelImport' })).edited).toBe(state.edited);
    }, 120_000);
  });
});

describe('undo and redo', () => {
  const C = 'dddddddd-0000-4000-8000-000000000004';
  const loaded = (): SessionState =>
    loadSession(registration, [g(A, ['full'], ['full']), g(B, ['readContent'])], []);
  const run = (state: SessionState, ...actions: Parameters<typeof sessionReducer>[1][]): SessionState =>
    actions.reduce((current, action) => must(sessionReducer(current, action)), state);
  const grantRead = {
    type: 'toggle',
    appId: B,
    plane: 'delegated',
    permission: 'read',
    checked: true,
  } as const;

  it('steps back through cells, rows added and removed, and presets, then forward again', () => {
    const start = loaded();
    const edits = [
      grantRead,
      { type: 'addApp', grant: g(C, ['readContent']) },
      { type: 'applyPreset', appId: C, presetId: 'backupReader' },
      { type: 'removeApp', appId: B },
    ] as const;
    const states = [start];
    for (const edit of edits) states.push(run(states[states.length - 1] ?? start, edit));
    let state = states[states.length - 1] ?? start;
    expect(state.edited.map((grant) => grant.appId)).toEqual([A, C]);
    for (let step = states.length - 2; step >= 0; step--) {
      state = run(state, { type: 'undo' });
      expect(state.edited).toEqual(states[step]?.edited);
    }
    expect(state.notice).toEqual({ kind: 'undone' });
    expect(changedAppIds(state.baseline, state.edited)).toEqual([]);
    // Nothing further back: Undo changes nothing.
    expect(run(state, { type: 'undo' }).edited).toBe(state.edited);
    for (let step = 1; step < states.length; step++) {
      state = run(state, { type: 'redo' });
      expect(state.edited).toEqual(states[step]?.edited);
    }
    expect(state.notice).toEqual({ kind: 'redone' });
  });

  it('forgets what Redo could bring back once a new edit is made', () => {
    const state = run(loaded(), grantRead, { type: 'undo' });
    expect(state.history.redo).toHaveLength(1);
    const edited = run(state, { type: 'removeApp', appId: B });
    expect(edited.history.redo).toEqual([]);
    expect(run(edited, { type: 'redo' }).edited).toBe(edited.edited);
  });

  it('steps back only through unsaved changes: a save starts again', () => {
    const state = run(loaded(), grantRead);
    const saved = run(state, {
      type: 'saved',
      report: {
        registrationId: registration.id,
        outcomes: [],
        after: state.edited,
        unconfirmed: [],
        changedSince: [],
        savedAt: '2025-08-11T14:03:00Z',
      },
    });
    expect(saved.history).toEqual({ undo: [], redo: [] });
    expect(run(saved, { type: 'undo' }).edited).toBe(saved.edited);
  });

  it('leaves a pending import to its review, and cancelling it brings the steps before it back', () => {
    const edited = run(loaded(), grantRead);
    const imported = run(edited, {
      type: 'import',
      grants: [g(C, ['read'])],
      mode: 'merge',
      fileName: 'grants.json',
    });
    expect(run(imported, { type: 'undo' }).edited).toBe(imported.edited);
    const cancelled = run(imported, { type: 'cancelImport' });
    expect(cancelled.edited).toBe(edited.edited);
    expect(run(cancelled, { type: 'undo' }).edited).toEqual(loaded().edited);
  });
});
