/**
 * The editing session of one registration as a reducer: what was loaded (`baseline`), what the admin
 * wants (`edited`), the read warnings, and the last notice to announce. All rules come from core
 * (`togglePermission`, `applyPreset`, `diffGrants` …); this module only decides which grant changes.
 */
import { diffGrants } from '../../core/diffGrants';
import type { Grant, Plane, ReadWarning, Registration } from '../../core/model';
import { grantsEqual, normalisePlane } from '../../core/normalise';
import type { GrantablePermission } from '../../core/permissions';
import { planImportOnce } from '../../core/importPlan';
import type { FileGrant, ImportMode } from '../../core/importPlan';
import { applyPreset, findPreset } from '../../core/presets';
import { unwritablePlanes } from '../../core/readGrants';
import type { PresetId } from '../../core/presets';
import { effectivePermissions, togglePermission } from '../../core/rules';
import { applyResolutions, rebaseAfterSave, type ConflictResolution } from '../../core/savePlan';
import type { SaveReport } from '../../graph/RegistrationRepository';
import type { Draft } from './draft';
import {
  emptyGrant,
  findGrant,
  overlayGrants,
  planeOf,
  removeGrant,
  reuseUnchanged,
  unknownPermissions,
  upsertGrant,
  withPlane,
} from '../../core/grantList';

// Settling conflicts and rebasing after a save are the core's, shared by every registration's save.
export { applyResolutions, type ConflictResolution };

/** What the last action did beyond the cell the admin touched; announced in an aria-live region. */
export type Notice =
  | {
      readonly kind: 'toggle';
      readonly appId: string;
      readonly plane: Plane;
      readonly alsoGranted: readonly GrantablePermission[];
      readonly alsoRevoked: readonly GrantablePermission[];
    }
  | {
      readonly kind: 'column';
      readonly plane: Plane;
      readonly permission: GrantablePermission;
      readonly checked: boolean;
    }
  | { readonly kind: 'preset'; readonly appId: string; readonly presetId: PresetId }
  | { readonly kind: 'copied'; readonly appId: string; readonly fromAppId: string }
  | { readonly kind: 'cleared'; readonly appId: string; readonly plane: Plane }
  | { readonly kind: 'removed'; readonly appId: string }
  | { readonly kind: 'added'; readonly appId: string }
  | { readonly kind: 'imported'; readonly fileName: string }
  | { readonly kind: 'importCancelled' }
  | { readonly kind: 'draftDiscarded' }
  | { readonly kind: 'conflictsKept'; readonly appIds: readonly string[] }
  | { readonly kind: 'undone' }
  | { readonly kind: 'redone' };

/**
 * Earlier `edited` lists (newest last) and the ones undone (newest last): Undo and Redo step through the
 * unsaved changes. A save, a discarded draft or a fresh load starts again with none.
 */
export interface EditHistory {
  readonly undo: readonly (readonly Grant[])[];
  readonly redo: readonly (readonly Grant[])[];
}

const NO_HISTORY: EditHistory = { undo: [], redo: [] };

/** Steps kept: lists share their unchanged grants, so even a big matrix's steps cost little. */
const HISTORY_LIMIT = 100;

export interface SessionState {
  readonly registration: Registration;
  /** The grants as loaded (and as confirmed by saves): what saves are checked against. */
  readonly baseline: readonly Grant[];
  /** The grants as the admin wants them. */
  readonly edited: readonly Grant[];
  readonly warnings: readonly ReadWarning[];
  readonly warningsDismissed: boolean;
  /** True while edits restored from the tab's draft are on screen. */
  readonly draftRestored: boolean;
  readonly notice?: Notice;
  /** When the last save was acknowledged, for the propagation message. */
  readonly savedAt?: string;
  /**
   * The session as it was before an import, while that import is pending: 'cancelImport' puts it
   * back exactly (unsaved edits made before the import included). A reported save ends it.
   */
  readonly beforeImport?: ImportSnapshot;
  readonly history: EditHistory;
}

/** What cancelling an import restores. */
export type ImportSnapshot = Pick<SessionState, 'baseline' | 'edited' | 'draftRestored' | 'history'>;

export type SessionAction =
  | {
      readonly type: 'loaded';
      readonly registration: Registration;
      readonly grants: readonly Grant[];
      readonly warnings: readonly ReadWarning[];
      readonly draft?: Draft;
    }
  | {
      /** A fresh read after the matrix was shown from the list's copy. */
      readonly type: 'refreshed';
      readonly registration: Registration;
      readonly grants: readonly Grant[];
      readonly warnings: readonly ReadWarning[];
    }
  | {
      readonly type: 'toggle';
      readonly appId: string;
      readonly plane: Plane;
      readonly permission: GrantablePermission;
      readonly checked: boolean;
    }
  | {
      readonly type: 'setColumn';
      readonly plane: Plane;
      readonly permission: GrantablePermission;
      readonly checked: boolean;
    }
  | { readonly type: 'applyPreset'; readonly appId: string; readonly presetId: PresetId }
  | { readonly type: 'copyFrom'; readonly appId: string; readonly fromAppId: string }
  | { readonly type: 'clearPlane'; readonly appId: string; readonly plane: Plane }
  | { readonly type: 'removeApp'; readonly appId: string }
  | { readonly type: 'addApp'; readonly grant: Grant }
  | {
      readonly type: 'import';
      /** The file's grants, as read (core `readImportFile`): a list the file lacks is marked, not revoked. */
      readonly grants: readonly FileGrant[];
      readonly mode: ImportMode;
      readonly fileName: string;
    }
  | { readonly type: 'cancelImport' }
  | { readonly type: 'discardDraft' }
  | { readonly type: 'saved'; readonly report: SaveReport }
  | { readonly type: 'conflictsResolved'; readonly resolutions: readonly ConflictResolution[] }
  | {
      readonly type: 'registrationReplaced';
      readonly registration: Registration;
      readonly grants: readonly Grant[];
    }
  /** The registration read again (its settings and etag changed); the grants stay as they are. */
  | { readonly type: 'registrationRead'; readonly registration: Registration }
  | { readonly type: 'dismissWarnings' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/** The apps whose edited grant differs from the baseline. */
export function changedAppIds(baseline: readonly Grant[], edited: readonly Grant[]): string[] {
  return diffGrants(baseline, edited).map((change) => change.appId);
}

export function loadSession(
  registration: Registration,
  grants: readonly Grant[],
  warnings: readonly ReadWarning[],
  draft?: Draft,
): SessionState {
  const fresh = {
    registration,
    baseline: grants,
    edited: grants,
    warnings,
    warningsDismissed: false,
    history: NO_HISTORY,
  };
  if (!draft || draft.changes.length === 0) return { ...fresh, draftRestored: false };
  // Rebase the draft: apps it changed keep the baseline those edits were made against, so a save
  // still sees (as a conflict) anything changed elsewhere since; every other app shows fresh data.
  const appIds = draft.changes.map((change) => change.appId);
  const draftBaseline = draft.changes.flatMap((change) => (change.baseline ? [change.baseline] : []));
  const draftEdited = draft.changes.flatMap((change) => (change.edited ? [change.edited] : []));
  return {
    ...fresh,
    baseline: overlayGrants(grants, draftBaseline, appIds),
    edited: overlayGrants(grants, draftEdited, appIds),
    draftRestored: true,
  };
}

/** An app the admin may not change: its grant holds values this tool cannot read exactly. */
function isReadOnly(grant: Grant | undefined): boolean {
  return grant !== undefined && unwritablePlanes(grant).length > 0;
}

function updateGrant(state: SessionState, appId: string, update: (grant: Grant) => Grant): readonly Grant[] {
  const grant = findGrant(state.edited, appId);
  return grant && !isReadOnly(grant) ? upsertGrant(state.edited, update(grant)) : state.edited;
}

/** The state after a save: applied apps take the service's value, the rest keep the admin's edits. */
function afterSave(state: SessionState, report: SaveReport): SessionState {
  const next = rebaseAfterSave(state, {
    applied: report.outcomes.flatMap((outcome) => (outcome.status === 'applied' ? [outcome.change] : [])),
    after: report.after,
    unconfirmed: report.unconfirmed,
  });
  return {
    ...state,
    ...next,
    savedAt: report.savedAt ?? state.savedAt,
    draftRestored: state.draftRestored && changedAppIds(next.baseline, next.edited).length > 0,
    notice: undefined,
    // A reported save ends a pending import: what it wrote is now the baseline.
    beforeImport: undefined,
    // Undo steps back through unsaved changes only: what was saved is undone by another edit and save.
    history: NO_HISTORY,
  };
}

/** Actions that change what the admin wants saved. */
const EDITS: ReadonlySet<SessionAction['type']> = new Set<SessionAction['type']>([
  'toggle',
  'setColumn',
  'applyPreset',
  'copyFrom',
  'clearPlane',
  'removeApp',
  'addApp',
  'import',
]);

export function sessionReducer(
  state: SessionState | undefined,
  action: SessionAction,
): SessionState | undefined {
  const next = reduceSession(state, action);
  if (state === undefined || next === undefined || !EDITS.has(action.type) || next.edited === state.edited)
    return next;
  return {
    ...next,
    // An edit is a step Undo can take back; it ends what Redo could bring again.
    history: { undo: [...state.history.undo, state.edited].slice(-HISTORY_LIMIT), redo: [] },
    // "Saved at …" speaks of the last save: once new edits start it would describe them wrongly.
    savedAt: undefined,
  };
}

function reduceSession(state: SessionState | undefined, action: SessionAction): SessionState | undefined {
  if (action.type === 'loaded') {
    return loadSession(action.registration, action.grants, action.warnings, action.draft);
  }
  if (!state) return state;
  switch (action.type) {
    case 'refreshed': {
      // Taken only while nothing is changed or pending: once the admin edits, the matrix stays as they
      // saw it, and the save's freshness read shows any difference as a conflict.
      if (changedAppIds(state.baseline, state.edited).length > 0 || state.beforeImport) return state;
      // What has not changed keeps its objects: the matrix then renders again only the rows that
      // differ, and nothing at all when the service holds what the list read.
      const grants = reuseUnchanged(state.baseline, action.grants);
      const sameAsShown =
        grants === state.baseline &&
        JSON.stringify(action.registration) === JSON.stringify(state.registration) &&
        JSON.stringify(action.warnings) === JSON.stringify(state.warnings);
      if (sameAsShown) return state;
      return {
        ...loadSession(action.registration, grants, action.warnings),
        warningsDismissed: state.warningsDismissed,
        notice: state.notice,
      };
    }
    case 'toggle': {
      let notice: Notice | undefined;
      const edited = updateGrant(state, action.appId, (grant) => {
        const result = togglePermission(planeOf(grant, action.plane), action.permission, action.checked);
        if (result.alsoGranted.length > 0 || result.alsoRevoked.length > 0) {
          notice = {
            kind: 'toggle',
            appId: grant.appId,
            plane: action.plane,
            alsoGranted: result.alsoGranted,
            alsoRevoked: result.alsoRevoked,
          };
        }
        return withPlane(grant, action.plane, result.permissions);
      });
      return { ...state, edited, notice };
    }
    case 'setColumn': {
      const edited = state.edited.map((grant) => {
        const has = effectivePermissions(planeOf(grant, action.plane)).has(action.permission);
        if (has === action.checked || isReadOnly(grant)) return grant;
        const result = togglePermission(planeOf(grant, action.plane), action.permission, action.checked);
        return withPlane(grant, action.plane, result.permissions);
      });
      return {
        ...state,
        edited,
        notice: {
          kind: 'column',
          plane: action.plane,
          permission: action.permission,
          checked: action.checked,
        },
      };
    }
    case 'applyPreset': {
      const preset = findPreset(action.presetId);
      if (!preset) return state;
      return {
        ...state,
        edited: updateGrant(state, action.appId, (grant) => applyPreset(grant, preset)),
        notice: { kind: 'preset', appId: action.appId, presetId: action.presetId },
      };
    }
    case 'copyFrom': {
      const source = findGrant(state.edited, action.fromAppId);
      if (!source) return state;
      return {
        ...state,
        edited: updateGrant(state, action.appId, (grant) => ({
          appId: grant.appId,
          delegatedPermissions: source.delegatedPermissions,
          applicationPermissions: source.applicationPermissions,
        })),
        notice: { kind: 'copied', appId: action.appId, fromAppId: action.fromAppId },
      };
    }
    case 'clearPlane':
      return {
        ...state,
        // Unknown values stay: the editor cannot show them as cells, so it never drops them.
        edited: updateGrant(state, action.appId, (grant) =>
          withPlane(grant, action.plane, normalisePlane(unknownPermissions(planeOf(grant, action.plane)))),
        ),
        notice: { kind: 'cleared', appId: action.appId, plane: action.plane },
      };
    case 'removeApp':
      if (isReadOnly(findGrant(state.edited, action.appId))) return state;
      return {
        ...state,
        edited: removeGrant(state.edited, action.appId),
        notice: { kind: 'removed', appId: action.appId },
      };
    case 'addApp':
      return {
        ...state,
        edited: upsertGrant(state.edited, action.grant),
        notice: { kind: 'added', appId: action.grant.appId },
      };
    case 'import':
      return {
        ...state,
        // The same plan the import dialog showed: read-only apps are never changed.
        edited: planImportOnce(state.edited, action.grants, action.mode).edited,
        notice: { kind: 'imported', fileName: action.fileName },
        beforeImport: state.beforeImport ?? {
          baseline: state.baseline,
          edited: state.edited,
          draftRestored: state.draftRestored,
          history: state.history,
        },
      };
    case 'cancelImport':
      if (!state.beforeImport) return state;
      return {
        ...state,
        ...state.beforeImport,
        beforeImport: undefined,
        notice: { kind: 'importCancelled' },
      };
    case 'discardDraft':
      return {
        ...state,
        edited: state.baseline,
        draftRestored: false,
        notice: { kind: 'draftDiscarded' },
        history: NO_HISTORY,
      };
    case 'saved':
      return afterSave(state, action.report);
    case 'conflictsResolved': {
      const kept = action.resolutions.filter((resolution) =>
        grantsEqual(resolution.chosen, resolution.theirs),
      );
      return {
        ...state,
        ...applyResolutions(state.baseline, state.edited, action.resolutions),
        history: NO_HISTORY,
        notice:
          kept.length > 0
            ? { kind: 'conflictsKept', appIds: kept.map((resolution) => resolution.appId) }
            : state.notice,
      };
    }
    case 'registrationReplaced':
      return loadSession(action.registration, action.grants, []);
    case 'registrationRead':
      return { ...state, registration: action.registration };
    case 'dismissWarnings':
      return { ...state, warningsDismissed: true };
    case 'undo': {
      const { undo, redo } = state.history;
      const previous = undo[undo.length - 1];
      // A pending import is settled by its review (saved or cancelled), not stepped through.
      if (previous === undefined || state.beforeImport) return state;
      return {
        ...state,
        edited: previous,
        history: { undo: undo.slice(0, -1), redo: [...redo, state.edited] },
        notice: { kind: 'undone' },
      };
    }
    case 'redo': {
      const { undo, redo } = state.history;
      const later = redo[redo.length - 1];
      if (later === undefined || state.beforeImport) return state;
      return {
        ...state,
        edited: later,
        history: { undo: [...undo, state.edited], redo: redo.slice(0, -1) },
        notice: { kind: 'redone' },
      };
    }
  }
}

/** A grant for an app the admin adds: empty, or a preset's permissions. */
export function newGrant(appId: string, presetId: PresetId | undefined): Grant {
  const preset = presetId ? findPreset(presetId) : undefined;
  return preset ? applyPreset(emptyGrant(appId), preset) : emptyGrant(appId);
}
