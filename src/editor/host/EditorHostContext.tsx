import { createContext, useContext } from 'react';
import type { EditorHost } from '../EditorHost';

const EditorHostContext = createContext<EditorHost | undefined>(undefined);

export const EditorHostProvider = EditorHostContext.Provider;

/** The host port; only valid below `PermissionMatrixApp`. */
export function useEditorHost(): EditorHost {
  const host = useContext(EditorHostContext);
  if (!host) throw new Error('useEditorHost must be used inside PermissionMatrixApp');
  return host;
}

/** The host's clock, or the real one. */
export function hostNow(host: Pick<EditorHost, 'now'>): Date {
  return host.now ? host.now() : new Date();
}
