import { useEffect, useMemo, useState } from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import type { AppNamesStatus } from '../../core/appNames';
import type { AppNamesAccess } from '../EditorHost';
import type { RegistrationRepository } from '../../graph/RegistrationRepository';
import { appKey } from '../session/appLabels';
import { runWithConcurrency } from './runWithConcurrency';

const LOOKUPS_IN_PARALLEL = 4;
/** The shortest time between two renders of new names. */
const FLUSH_MS = 250;

/** The app's display name, or `undefined` when none can be had (a failed lookup only costs the name). */
export function lookupAppName(
  repository: RegistrationRepository,
  appId: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  return repository.lookupAppDisplayName(appId, { signal }).catch(() => undefined);
}

/** Where the directory access for names stands, followed as it changes (`undefined`: the host has none). */
export function useAppNamesStatus(access: AppNamesAccess | undefined): AppNamesStatus | undefined {
  const [status, setStatus] = useState(() => access?.status());
  useEffect(() => {
    if (access === undefined) return undefined;
    setStatus(access.status());
    return access.subscribe(() => setStatus(access.status()));
  }, [access]);
  return status;
}

/**
 * Display names (by lower-cased appId) for the given apps: those the repository already knows at
 * once, the others filled in as their lookups finish. `status` changing (a directory token arrived)
 * looks the missing ones up again.
 */
export function useAppNames(
  repository: RegistrationRepository,
  appIds: readonly string[],
  status?: AppNamesStatus,
): ReadonlyMap<string, string> {
  return useAppLookups(repository, appIds, status).names;
}

export interface AppLookups {
  readonly names: ReadonlyMap<string, string>;
  /**
   * Apps (by lower-cased appId) whose lookup finished without a name, once some lookup found one:
   * where no lookup finds any name the directory is not readable with this token, and flagging every
   * app would say nothing.
   */
  readonly unresolved: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** `useAppNames`, and which apps no lookup could name (the tenant overview flags them). */
export function useAppLookups(
  repository: RegistrationRepository,
  appIds: readonly string[],
  status?: AppNamesStatus,
): AppLookups {
  // A stable key: editing a cell must not restart the lookups.
  const idsKey = useMemo(
    () =>
      Array.from(new Set(appIds.map(appKey)))
        .sort()
        .join(','),
    [appIds],
  );
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => knownNames(repository, idsKey));
  const [unresolved, setUnresolved] = useState<ReadonlySet<string>>(new Set());
  const [directoryAnswers, setDirectoryAnswers] = useState(false);

  useEffect(() => {
    const ids = idsKey ? idsKey.split(',') : [];
    const known = knownNames(repository, idsKey);
    const missing = ids.filter((id) => !known.has(id));
    // Names are only ever added: an app just removed is still named in the review and its outcome.
    if (known.size > 0) setNames((current) => new Map([...current, ...known]));
    if (missing.length === 0) return undefined;
    const controller = new AbortController();
    // Answers are shown in batches, at most one render per FLUSH_MS: one render per answer re-rendered
    // the editor (and an open review) once per app, about a minute of blocked page after a big import.
    const found = new Map<string, string>();
    const notFound: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastFlush = -Infinity;
    const flush = (): void => {
      timer = undefined;
      lastFlush = Date.now();
      const foundNow = new Map(found);
      const notFoundNow = notFound.splice(0);
      found.clear();
      // A timer is not a React event: without this, each update below renders on its own.
      unstable_batchedUpdates(() => {
        if (foundNow.size > 0) {
          setNames((current) => new Map([...current, ...foundNow]));
          setDirectoryAnswers(true);
        }
        if (notFoundNow.length > 0) setUnresolved((current) => new Set([...current, ...notFoundNow]));
      });
    };
    const lookUp = (): void => {
      void runWithConcurrency(
        missing,
        LOOKUPS_IN_PARALLEL,
        async (id) => {
          const name = await lookupAppName(repository, id, controller.signal);
          if (controller.signal.aborted) return;
          if (name) found.set(id, name);
          else notFound.push(id);
          // The first answers show at once (answers of the same moment together), later ones in batches.
          timer ??= setTimeout(flush, Math.max(0, lastFlush + FLUSH_MS - Date.now()));
        },
        controller.signal,
      );
    };
    // From the next task: lookups that answer at once (no directory access) run one after another
    // in microtasks, thousands of them after a big import, which would lengthen the task that
    // brought those apps.
    const starting = setTimeout(lookUp, 0);
    return () => {
      clearTimeout(starting);
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [repository, idsKey, status?.type]);

  return useMemo(
    () => ({ names, unresolved: directoryAnswers ? unresolved : NONE }),
    [names, unresolved, directoryAnswers],
  );
}

function knownNames(repository: RegistrationRepository, idsKey: string): Map<string, string> {
  const known = new Map<string, string>();
  for (const id of idsKey ? idsKey.split(',') : []) {
    const name = repository.knownAppDisplayName(id);
    if (name !== undefined) known.set(id, name);
  }
  return known;
}
