/**
 * Display names of apps, looked up once per app for as long as the signed-in session lasts: the one
 * cache of names in the tool. A lookup may need a directory read the token does not allow; then the
 * app id is shown, which is always correct. Microsoft's well-known apps (`wellKnownAppName`) are named
 * at once, without a request: their service principals are often missing from the customer's directory.
 */
import { appIdKey } from '../core/normalise';
import { wellKnownAppName } from '../core/wellKnownApps';

interface Entry {
  readonly lookup: Promise<string | undefined>;
  /** Set once the lookup settled: the name, or `null` when there is none to show. */
  name?: string | null;
}

export class AppDisplayNames {
  private readonly entries = new Map<string, Entry>();

  /** The name of a well-known app, or the one a lookup already found; `undefined` while unknown. */
  public known(appId: string): string | undefined {
    return wellKnownAppName(appId) ?? this.entries.get(appIdKey(appId))?.name ?? undefined;
  }

  /**
   * The cached lookup, or a new one through `fetchName` (ask `known` first: it needs no request). A lookup that failed for a passing reason
   * (`retry` true) is forgotten, so it is tried again next time.
   */
  public lookup(
    appId: string,
    fetchName: () => Promise<{ readonly name: string | undefined; readonly retry: boolean }>,
  ): Promise<string | undefined> {
    const key = appIdKey(appId);
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached.lookup;
    const entry: Entry = {
      lookup: fetchName().then(({ name, retry }) => {
        if (retry) this.entries.delete(key);
        else entry.name = name ?? null;
        return name;
      }),
    };
    this.entries.set(key, entry);
    return entry.lookup;
  }
}
