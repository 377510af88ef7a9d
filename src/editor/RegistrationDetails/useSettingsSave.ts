import { useCallback, useEffect, useRef, useState } from 'react';
import type { Registration } from '../../core/model';
import {
  readSettings,
  settingDifferences,
  settingsLanded,
  settingsPatch,
} from '../../core/registrationSettings';
import type { SettingChange, SettingDifference } from '../../core/registrationSettings';
import { GraphError } from '../../graph/errors';
import type { RegistrationRepository } from '../../graph/RegistrationRepository';
import { toGraphError } from '../ErrorExplanation';

/** Where a settings save stands. Every state but `saved` keeps the admin's edit. */
export type SettingsSaveState =
  | { readonly type: 'idle' }
  | { readonly type: 'saving' }
  | { readonly type: 'rereading' }
  | { readonly type: 'saved' }
  /** 400: the owner does not let this tenant override (one of) these; nothing changed. */
  | { readonly type: 'refused'; readonly changes: readonly SettingChange[] }
  /** Stale etag, or changed elsewhere while the answer was lost: read again, these differ. */
  | { readonly type: 'conflict'; readonly differences: readonly SettingDifference[] }
  /** No answer; the read again shows the values from before. */
  | { readonly type: 'notApplied' }
  /** No answer, and the read again failed too: nothing more is sent until a read succeeds. */
  | { readonly type: 'unknown'; readonly error: GraphError }
  /** The registration was read without an etag (twice): nothing was sent. */
  | { readonly type: 'noEtag' }
  /** Refused for another reason (403, expired sign-in …): nothing changed. */
  | { readonly type: 'failed'; readonly error: GraphError };

/** Failures after which the PATCH may or may not have been applied: only a read can tell. */
const OUTCOME_UNKNOWN = new Set<GraphError['code']>([
  'network',
  'timeout',
  'unavailable',
  'throttled',
  'unknown',
]);

export interface SettingsSave {
  readonly state: SettingsSaveState;
  readonly save: (changes: readonly SettingChange[]) => void;
  /** Reads the registration again and settles what the last save did (after `unknown`). */
  readonly readAgain: () => void;
}

/**
 * Saves setting changes with the etag of the latest read, and says what happened in terms that keep
 * the edit safe: a refused or stale write changes nothing; a lost answer is settled by a read before
 * anything is said. Every read reaches the session (`onRead`), so the next save has the newest etag.
 */
export function useSettingsSave(
  repository: RegistrationRepository,
  registration: Registration,
  onRead: (registration: Registration) => void,
): SettingsSave {
  const [state, setState] = useState<SettingsSaveState>({ type: 'idle' });
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const show = useCallback((next: SettingsSaveState) => {
    if (mounted.current) setState(next);
  }, []);
  const lastChanges = useRef<readonly SettingChange[]>([]);

  /** The registration as the service holds it now, or the read's failure. */
  const reread = useCallback(async (): Promise<Registration | GraphError> => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the grants are the matrix's, not read here
      const { applicationPermissionGrants, ...fresh } = (
        await repository.getRegistrationWithGrants(registration.id)
      ).value;
      onRead(fresh);
      return fresh;
    } catch (error) {
      return toGraphError(error);
    }
  }, [repository, registration.id, onRead]);

  /** After a lost answer: the read decides whether it was applied, not, or something else happened. */
  const settle = useCallback(
    async (changes: readonly SettingChange[], before: Registration): Promise<void> => {
      show({ type: 'rereading' });
      const fresh = await reread();
      if (fresh instanceof GraphError) return show({ type: 'unknown', error: fresh });
      const now = readSettings(fresh.settings);
      const landed = settingsLanded(now, changes);
      if (landed === 'applied') return show({ type: 'saved' });
      if (landed === 'not-applied') return show({ type: 'notApplied' });
      show({ type: 'conflict', differences: settingDifferences(readSettings(before.settings), now) });
    },
    [reread, show],
  );

  const save = useCallback(
    (changes: readonly SettingChange[]): void => {
      lastChanges.current = changes;
      const before = registration;
      show({ type: 'saving' });
      void (async () => {
        try {
          // Graph refuses a PATCH without the etag: a read that lacked one is read again first.
          const current = before.etag === undefined ? await reread() : before;
          if (current instanceof GraphError) return show({ type: 'failed', error: current });
          if (current.etag === undefined) return show({ type: 'noEtag' });
          const moved = settingDifferences(readSettings(before.settings), readSettings(current.settings));
          if (moved.length > 0) return show({ type: 'conflict', differences: moved });
          const updated = await repository.updateSettings(current.id, current.etag, settingsPatch(changes));
          // The answer "might be shortened": without its new etag, the next save needs a read.
          if (updated.etag === undefined) await reread();
          else onRead({ ...current, ...updated });
          show({ type: 'saved' });
        } catch (caught) {
          const error = toGraphError(caught);
          if (error.code === 'setting_not_overridable') return show({ type: 'refused', changes });
          if (OUTCOME_UNKNOWN.has(error.code)) return settle(changes, before);
          if (error.code !== 'conflict') return show({ type: 'failed', error });
          show({ type: 'rereading' });
          const fresh = await reread();
          if (fresh instanceof GraphError) return show({ type: 'failed', error });
          show({
            type: 'conflict',
            differences: settingDifferences(readSettings(before.settings), readSettings(fresh.settings)),
          });
        }
      })();
    },
    [registration, repository, onRead, reread, settle, show],
  );

  const readAgain = useCallback(() => {
    void settle(lastChanges.current, registration);
  }, [settle, registration]);

  return { state, save, readAgain };
}
