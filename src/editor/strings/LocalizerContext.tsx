import { createContext, useContext, useEffect, useState } from 'react';
import { loadLocalizer, loadedLocalizer } from './localizer';
import type { Localizer } from './localizer';

const LocalizerContext = createContext<Localizer>(loadedLocalizer('en') as Localizer);

export const LocalizerProvider = LocalizerContext.Provider;

/** The strings and formatters for the host's locale. */
export function useLocalizer(): Localizer {
  return useContext(LocalizerContext);
}

/**
 * The localizer for a host locale: at once when its strings are here, otherwise `undefined` until
 * they have downloaded (the caller shows nothing meanwhile, rather than English first).
 */
export function useHostLocalizer(hostLocale: string): Localizer | undefined {
  const [downloaded, setDownloaded] = useState<{
    readonly hostLocale: string;
    readonly localizer: Localizer;
  }>();
  const ready = loadedLocalizer(hostLocale);
  const missing = ready === undefined;
  useEffect(() => {
    if (!missing) return undefined;
    let current = true;
    void loadLocalizer(hostLocale).then((localizer) => {
      if (current) setDownloaded({ hostLocale, localizer });
    });
    return () => {
      current = false;
    };
  }, [hostLocale, missing]);
  return ready ?? (downloaded?.hostLocale === hostLocale ? downloaded.localizer : undefined);
}
