import { render, unmountComponentAtNode } from 'react-dom';
import type { EditorHost } from './EditorHost';
import { PermissionMatrixApp } from './PermissionMatrixApp';

export interface MountedEditor {
  unmount(): void;
}

/** Mounts the editor into a host's element (React 17: `ReactDOM.render`, no root API). */
export function mountEditor(element: HTMLElement, host: EditorHost): MountedEditor {
  render(<PermissionMatrixApp host={host} />, element);
  return {
    unmount: () => {
      unmountComponentAtNode(element);
    },
  };
}
