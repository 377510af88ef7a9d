import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import type { Grant, ReadResult, Registration } from '../../core/model';
import type { GraphError } from '../../graph/errors';
import type { EditorHost } from '../EditorHost';
import { toGraphError } from '../ErrorExplanation';

export type RegistrationListState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly error: GraphError }
  | { readonly phase: 'ready'; readonly registrations: readonly Registration[] };

/** The apps of a registration, read after the list so that the list shows at once. */
export type GrantSummary =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | {
      readonly status: 'loaded';
      readonly appIds: readonly string[];
      /** As read (or as a save confirmed): opening the registration shows it at once. */
      readonly read: ReadResult<readonly Grant[]>;
    };

export interface RegistrationListModel {
  readonly state: RegistrationListState;
  readonly grants: ReadonlyMap<string, GrantSummary>;
  readonly reload: () => void;
  /** Records the grants a save confirmed, so the list's count is right without re-reading. */
  readonly setGrants: (registrationId: string, grants: readonly Grant[]) => void;
  /**
   * `setGrants` for every registration of one save at once: the list and the overview are then
   * derived again once, not once per registration.
   */
  readonly setGrantsOfMany: (saved: readonly SavedGrants[]) => void;
  /** Records a registration read again (its settings and etag after a settings save). */
  readonly setRegistration: (registration: Registration) => void;
}

/** One registration's grants as a save confirmed them. */
export interface SavedGrants {
  readonly registrationId: string;
  readonly grants: readonly Grant[];
}

/**
 * Loads the registrations, then the grants of all of them for the app count, batched by the
 * repository (`listGrantsOfMany`: 10 registrations take one request, 300 take 15).
 */
export function useRegistrationList(host: Pick<EditorHost, 'repository' | 'logger'>): RegistrationListModel {
  const { repository, logger } = host;
  const [state, setState] = useState<RegistrationListState>({ phase: 'loading' });
  const [grants, setGrantMap] = useState<ReadonlyMap<string, GrantSummary>>(new Map());
  const abortRef = useRef<AbortController>();

  const setSummary = useCallback((registrationId: string, summary: GrantSummary) => {
    setGrantMap((current) => new Map(current).set(registrationId, summary));
  }, []);

  const reload = useCallback(() => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    const { signal } = controller;
    setState({ phase: 'loading' });
    setGrantMap(new Map());
    const run = async (): Promise<void> => {
      let registrations: readonly Registration[];
      try {
        registrations = await repository.listRegistrations({ signal });
      } catch (error) {
        if (signal.aborted) return;
        logger.warn('Listing registrations failed', { code: toGraphError(error).code });
        setState({ phase: 'failed', error: toGraphError(error) });
        return;
      }
      if (signal.aborted) return;
      // One render, not two: React 17 renders each update made outside an event handler on its own.
      unstable_batchedUpdates(() => {
        setState({ phase: 'ready', registrations });
        setGrantMap(
          new Map(registrations.map((registration) => [registration.id, { status: 'loading' } as const])),
        );
      });
      // The grants of every registration through `$batch` (20 a request), each shown as its group
      // comes back; the summaries of one group go into one render.
      let arrived = new Map<string, GrantSummary>();
      const flush = (): void => {
        const summaries = arrived;
        arrived = new Map();
        if (signal.aborted || summaries.size === 0) return;
        setGrantMap((current) => new Map([...current, ...summaries]));
      };
      try {
        await repository.listGrantsOfMany(
          registrations.map((registration) => registration.id),
          {
            signal,
            onRead: (read) => {
              if (read.type === 'failed' && !signal.aborted) {
                logger.warn('Reading grants for the list failed', { code: read.error.code });
              }
              if (arrived.size === 0) queueMicrotask(flush);
              arrived.set(
                read.registrationId,
                read.type === 'read'
                  ? {
                      status: 'loaded',
                      appIds: read.result.value.map((grant) => grant.appId),
                      read: read.result,
                    }
                  : { status: 'failed' },
              );
            },
          },
        );
      } catch (error) {
        if (signal.aborted) return;
        logger.warn('Reading grants for the list failed', { code: toGraphError(error).code });
        flush();
        setGrantMap(
          (current) =>
            new Map(
              [...current].map(([id, summary]) => [
                id,
                summary.status === 'loading' ? { status: 'failed' } : summary,
              ]),
            ),
        );
        return;
      }
      flush();
    };
    void run();
  }, [repository, logger, setSummary]);

  // Asked before the first paint, not after it: the list is the first thing the admin waits for
  // (about 30 ms sooner inside Teams, bench figure 3).
  useLayoutEffect(() => {
    reload();
    return () => abortRef.current?.abort();
  }, [reload]);

  const setGrantsOfMany = useCallback((saved: readonly SavedGrants[]) => {
    if (saved.length === 0) return;
    setGrantMap((current) => {
      const next = new Map(current);
      for (const { registrationId, grants } of saved) {
        next.set(registrationId, {
          status: 'loaded',
          appIds: grants.map((grant) => grant.appId),
          read: { value: grants, warnings: [] },
        });
      }
      return next;
    });
  }, []);
  const setGrants = useCallback(
    (registrationId: string, grants: readonly Grant[]) => setGrantsOfMany([{ registrationId, grants }]),
    [setGrantsOfMany],
  );

  const setRegistration = useCallback((read: Registration) => {
    const key = read.id.toLowerCase();
    setState((current) =>
      current.phase === 'ready'
        ? {
            phase: 'ready',
            registrations: current.registrations.map((registration) =>
              registration.id.toLowerCase() === key ? read : registration,
            ),
          }
        : current,
    );
  }, []);

  return { state, grants, reload, setGrants, setGrantsOfMany, setRegistration };
}
