import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import type { Dispatch } from 'react';
import { diffGrantsOnce } from '../../core/diffGrants';
import type { GrantChange, ReadResult, ReadWarning, RegistrationWithGrants } from '../../core/model';
import type { GraphError } from '../../graph/errors';
import { toGraphError } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import { clearDraft, createDraft, draftKey, readDraft, writeDraft } from '../session/draft';
import { sessionReducer } from '../session/editingSession';
import { reloadRequested } from '../shared/reloadPage';
import type { SessionAction, SessionState } from '../session/editingSession';

/** Drafts of more changed apps than this are written in a task of their own. */
const DRAFT_IN_ITS_OWN_TASK_ABOVE = 1000;

export type LoadState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly error: GraphError }
  | { readonly phase: 'ready' };

export interface EditingSessionModel {
  readonly load: LoadState;
  /** `undefined` until the registration is loaded. */
  readonly session: SessionState | undefined;
  readonly dispatch: Dispatch<SessionAction>;
  /** The unsaved changes, app by app (core `diffGrants`). */
  readonly changes: readonly GrantChange[];
  readonly dirty: boolean;
  readonly retryLoad: () => void;
  readonly clearStoredDraft: () => void;
}

/**
 * The editing session of one registration: loads it (restoring this tab's draft), keeps the draft
 * in step with every edit, and asks the browser to confirm leaving the page while there are changes.
 */
export function useEditingSession(
  registrationId: string,
  initial?: ReadResult<RegistrationWithGrants>,
  /** `initial` is the list's copy: show it at once, then read the registration again in the background. */
  refreshInitial = false,
): EditingSessionModel {
  const { repository, logger, draftStorage, user } = useEditorHost();
  const key = draftKey(user.tenantId, registrationId);
  // A read registration as the session's 'loaded' action, with this tab's draft of it restored.
  const loadedAction = useCallback(
    (loaded: RegistrationWithGrants, warnings: readonly ReadWarning[]): SessionAction => {
      const { applicationPermissionGrants, ...registration } = loaded;
      const draft = draftStorage ? readDraft(draftStorage, key, logger) : undefined;
      return { type: 'loaded', registration, grants: applicationPermissionGrants, warnings, draft };
    },
    [draftStorage, key, logger],
  );
  // The list's copy is the first render's session: the matrix shows at once, not a frame later.
  const [load, setLoad] = useState<LoadState>(() => (initial ? { phase: 'ready' } : { phase: 'loading' }));
  const [attempt, setAttempt] = useState(0);
  const [session, dispatch] = useReducer(sessionReducer, undefined, () =>
    initial ? sessionReducer(undefined, loadedAction(initial.value, initial.warnings)) : undefined,
  );

  useEffect(() => {
    const controller = new AbortController();
    const apply = (loaded: RegistrationWithGrants, warnings: readonly ReadWarning[]): void => {
      // One render, not two: React 17 renders each update made outside an event handler on its own.
      unstable_batchedUpdates(() => {
        dispatch(loadedAction(loaded, warnings));
        setLoad({ phase: 'ready' });
      });
    };
    const fail = (error: unknown): void => {
      const graphError = toGraphError(error);
      logger.warn('Loading a registration failed', {
        code: graphError.code,
        requestId: graphError.requestId,
      });
      setLoad({ phase: 'failed', error: graphError });
    };
    if (initial && attempt === 0) {
      // Shown already (the first render's session); only the background read is left.
      if (!refreshInitial) return undefined;
      repository.getRegistrationWithGrants(registrationId, { signal: controller.signal }).then(
        (result) => {
          if (controller.signal.aborted) return;
          const { applicationPermissionGrants, ...registration } = result.value;
          dispatch({
            type: 'refreshed',
            registration,
            grants: applicationPermissionGrants,
            warnings: result.warnings,
          });
        },
        (error: unknown) => {
          // Not readable now (gone, no access, the service down): say so as for any failed load, with
          // Retry; edits made meanwhile are in the draft, which the next load restores.
          if (!controller.signal.aborted) fail(error);
        },
      );
      return () => controller.abort();
    }
    setLoad({ phase: 'loading' });
    repository.getRegistrationWithGrants(registrationId, { signal: controller.signal }).then(
      (result) => {
        if (!controller.signal.aborted) apply(result.value, result.warnings);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) fail(error);
      },
    );
    return () => controller.abort();
  }, [repository, logger, loadedAction, registrationId, initial, refreshInitial, attempt]);

  const baseline = session?.baseline;
  const edited = session?.edited;
  const changes = useMemo(
    () => (baseline && edited ? diffGrantsOnce(baseline, edited) : []),
    [baseline, edited],
  );
  const dirty = changes.length > 0;

  // Whether every edit so far is in the stored draft (storage may refuse it: quota, privacy mode).
  const draftStored = useRef(false);
  // The draft follows every edit; a clean session leaves none behind. A large one is written in a task
  // of its own: after a big import it is megabytes, and writing it in the import's task made that task
  // too long. Leaving the editor before that task runs writes it at once.
  const pendingDraft = useRef<() => void>();
  useEffect(() => {
    draftStored.current = false;
    pendingDraft.current = undefined;
    if (!draftStorage || !baseline || !edited) return undefined;
    if (changes.length === 0) {
      clearDraft(draftStorage, key);
      return undefined;
    }
    const write = (): void => {
      pendingDraft.current = undefined;
      const appIds = changes.map((change) => change.appId);
      draftStored.current = writeDraft(draftStorage, key, createDraft(baseline, edited, appIds), logger);
    };
    if (changes.length <= DRAFT_IN_ITS_OWN_TASK_ABOVE) {
      write();
      return undefined;
    }
    pendingDraft.current = write;
    const timer = setTimeout(write, 0);
    return () => clearTimeout(timer);
  }, [draftStorage, key, baseline, edited, changes, logger]);
  useEffect(() => () => pendingDraft.current?.(), []);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      // The admin chose Reload after a part failed, and the draft brings every edit back: no prompt.
      // A draft still waiting for its task is written now, as the page will not run that task.
      pendingDraft.current?.();
      if (reloadRequested() && draftStored.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const retryLoad = useCallback(() => setAttempt((current) => current + 1), []);
  const clearStoredDraft = useCallback(() => {
    if (draftStorage) clearDraft(draftStorage, key);
  }, [draftStorage, key]);

  return { load, session, dispatch, changes, dirty, retryLoad, clearStoredDraft };
}
