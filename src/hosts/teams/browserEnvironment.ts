/** The plain browser page's theme and locale: the OS / browser preferences, followed live. */
import type { EditorThemeName } from '../../editor';

const DARK = '(prefers-color-scheme: dark)';
const FORCED_COLORS = '(forced-colors: active)';

export function themeFromBrowser(): EditorThemeName {
  if (window.matchMedia(FORCED_COLORS).matches) return 'highContrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

export function subscribeBrowserTheme(listener: (theme: EditorThemeName) => void): () => void {
  const queries = [window.matchMedia(DARK), window.matchMedia(FORCED_COLORS)];
  const onChange = (): void => listener(themeFromBrowser());
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

export function browserLocale(): string {
  return navigator.languages[0] ?? navigator.language;
}
