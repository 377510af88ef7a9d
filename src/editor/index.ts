/** The editor's public surface: hosts (Teams tab, SharePoint web part, web page) use only this. */
export { PermissionMatrixApp } from './PermissionMatrixApp';
export type { PermissionMatrixAppProps } from './PermissionMatrixApp';
export { mountEditor } from './mountEditor';
export type { MountedEditor } from './mountEditor';
export { resolveFluentTheme } from './host/theme';
export type {
  AppNamesAccess,
  DraftStorage,
  EditorHost,
  EditorLayout,
  EditorLogger,
  EditorScopeMode,
  EditorTheme,
  EditorThemeName,
  EditorUser,
} from './EditorHost';
export { loadLocalizer } from './strings';
export type { Localizer, Strings } from './strings';
