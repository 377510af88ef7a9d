import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Classifies the width of an element as it changes (`classify` turns pixels into a class): the
 * editor's own width, not the window's, since a web part can be narrow on a wide page. `undefined`
 * where nothing is laid out (jsdom) or there is no ResizeObserver. Renders again only when the class
 * changes.
 */
export function useWidthClass<T extends string>(
  ref: RefObject<HTMLElement>,
  classify: (width: number) => T,
): T | undefined {
  const [widthClass, setWidthClass] = useState<T>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const update = (width: number): void => setWidthClass(width > 0 ? classify(width) : undefined);
    // Measured at once, so the first paint already has the right layout.
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry !== undefined) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, classify]);
  return widthClass;
}
