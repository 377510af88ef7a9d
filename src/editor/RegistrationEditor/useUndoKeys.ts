import { useEventCallback } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { RefObject } from 'react';

/** A text box, where Ctrl+Z undoes typing, not the matrix. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/**
 * Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) step through unsaved changes, as the Undo and Redo buttons do. A text
 * box keeps its own undo, and a dialog's keys are its own (`paused`). Listened to on the editor's element:
 * the keys are shortcuts of the whole screen, not of one control.
 */
export function useUndoKeys(
  scope: RefObject<HTMLElement>,
  paused: boolean,
  step: (action: 'undo' | 'redo') => void,
): void {
  const onKeyDown = useEventCallback((event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || paused) return;
    if (isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    const action = key === 'y' || (key === 'z' && event.shiftKey) ? 'redo' : key === 'z' ? 'undo' : undefined;
    if (action === undefined) return;
    event.preventDefault();
    step(action);
  });
  useEffect(() => {
    const element = scope.current;
    element?.addEventListener('keydown', onKeyDown);
    return () => element?.removeEventListener('keydown', onKeyDown);
  }, [scope, onKeyDown]);
}
