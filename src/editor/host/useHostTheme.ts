import { useEffect, useState } from 'react';
import type { EditorHost, EditorTheme } from '../EditorHost';

/** The host's current theme, following its change events while mounted. */
export function useHostTheme(host: Pick<EditorHost, 'theme' | 'subscribeTheme'>): EditorTheme {
  const { theme: initial, subscribeTheme } = host;
  const [theme, setTheme] = useState<EditorTheme>(initial);
  useEffect(() => {
    setTheme(initial);
  }, [initial]);
  useEffect(() => subscribeTheme?.((next) => setTheme(next)), [subscribeTheme]);
  return theme;
}
