import { useEffect, useMemo, useState } from 'react';
import type { RegistrationRepository } from '../../graph/RegistrationRepository';
import { appKey } from '../session/appLabels';
import { cachedAppName, lookupAppName } from './appNames';
import { runWithConcurrency } from './runWithConcurrency';

const LOOKUPS_IN_PARALLEL = 4;

/** Display names (by lower-cased appId) for the given apps, filled in as lookups finish. */
export function useAppNames(
  repository: RegistrationRepository,
  appIds: readonly string[],
): ReadonlyMap<string, string> {
  // A stable key: editing a cell must not restart the lookups.
  const idsKey = useMemo(
    () =>
      Array.from(new Set(appIds.map(appKey)))
        .sort()
        .join(','),
    [appIds],
  );
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    const ids = idsKey ? idsKey.split(',') : [];
    const known = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = cachedAppName(repository, id);
      if (typeof cached === 'string') known.set(id, cached);
      else if (cached === undefined) missing.push(id);
    }
    // Names are only ever added: an app just removed is still named in the review and its outcome.
    if (known.size > 0) setNames((current) => new Map([...current, ...known]));
    if (missing.length === 0) return undefined;
    const controller = new AbortController();
    void runWithConcurrency(
      missing,
      LOOKUPS_IN_PARALLEL,
      async (id) => {
        const name = await lookupAppName(repository, id, controller.signal);
        if (name && !controller.signal.aborted) setNames((current) => new Map(current).set(id, name));
      },
      controller.signal,
    );
    return () => controller.abort();
  }, [repository, idsKey]);

  return names;
}
