import { useCallback, useRef } from 'react';

/**
 * Remembers where focus was when a dialog opened and puts it back when it closes, so focus is never
 * left on the page body (Fluent restores it only for dialogs opened through a DialogTrigger).
 */
export function useFocusReturn(): {
  readonly remember: (element?: Element | null) => void;
  readonly restore: (fallback?: () => HTMLElement | null | undefined) => void;
} {
  const target = useRef<HTMLElement | null>(null);
  const remember = useCallback((element?: Element | null) => {
    const candidate = element ?? (typeof document === 'undefined' ? null : document.activeElement);
    target.current = candidate instanceof HTMLElement ? candidate : null;
  }, []);
  const restore = useCallback((fallback?: () => HTMLElement | null | undefined) => {
    const element = target.current;
    target.current = null;
    // After the dialog has gone: its own focus handling runs first.
    setTimeout(() => {
      if (element?.isConnected) element.focus();
      else fallback?.()?.focus();
    }, 0);
  }, []);
  return { remember, restore };
}
