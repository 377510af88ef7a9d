/**
 * Display names of apps, looked up once per repository and app (the lookup may need a service
 * principal read the token does not allow; then the appId is shown, which is always correct).
 */
import type { RegistrationRepository } from '../../graph/RegistrationRepository';
import { appKey } from '../session/appLabels';

/** `null`: looked up, no name available. */
const caches = new WeakMap<RegistrationRepository, Map<string, string | null>>();

function cacheOf(repository: RegistrationRepository): Map<string, string | null> {
  let cache = caches.get(repository);
  if (!cache) {
    cache = new Map();
    caches.set(repository, cache);
  }
  return cache;
}

export function cachedAppName(repository: RegistrationRepository, appId: string): string | null | undefined {
  return cacheOf(repository).get(appKey(appId));
}

/** The app's display name, or `undefined` when the lookup is not allowed or finds nothing. */
export async function lookupAppName(
  repository: RegistrationRepository,
  appId: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const cached = cachedAppName(repository, appId);
  if (cached !== undefined) return cached ?? undefined;
  let name: string | undefined;
  try {
    name = await repository.lookupAppDisplayName(appId, { signal });
  } catch {
    // A failed lookup only costs the name; the appId stays on screen. Not cached, so it is tried again.
    return undefined;
  }
  if (!signal?.aborted) cacheOf(repository).set(appKey(appId), name ?? null);
  return name;
}
