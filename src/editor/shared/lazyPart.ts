import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

/**
 * A part's code did not arrive: its file is gone (a newer build replaced the hashed files of the one
 * this page runs), or the network failed. Tagged here, where the download is, so `PartBoundary` tells it
 * from an error thrown while rendering without reading browser- or bundler-specific messages (Vite's
 * "Failed to fetch dynamically imported module", webpack's `ChunkLoadError` in the SharePoint build).
 */
export class PartLoadError extends Error {
  /** The error the download rejected with. */
  public readonly reason: unknown;

  public constructor(reason: unknown) {
    super('A part of the editor could not be downloaded');
    this.name = 'PartLoadError';
    this.reason = reason;
    // The SPFx build targets ES5, where extending Error breaks `instanceof` unless the prototype is reset.
    Object.setPrototypeOf(this, PartLoadError.prototype);
  }
}

/**
 * `React.lazy` whose failed download is a `PartLoadError`. Render it inside a `PartBoundary` (and a
 * `Suspense`): React keeps the rejection, so the part stays failed until the page reloads.
 */
// The component's props are whatever the loaded module's default export takes, as with `React.lazy`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's own
export function lazyPart<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() =>
    load().catch((reason: unknown) => {
      throw new PartLoadError(reason);
    }),
  );
}
