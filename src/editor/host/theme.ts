import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { EditorTheme, EditorThemeName } from '../EditorHost';

const THEMES: Readonly<Record<EditorThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** The Fluent theme for what the host asked: a named theme or the host's own `Theme` object. */
export function resolveFluentTheme(theme: EditorTheme): Theme {
  return typeof theme === 'string' ? (THEMES[theme] ?? webLightTheme) : theme;
}
