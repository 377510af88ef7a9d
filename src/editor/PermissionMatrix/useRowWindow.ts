/**
 * Which app rows a large matrix renders: those on screen plus a margin. A thousand apps are 30 000
 * checkboxes; rendered at once they cost seconds of layout per click and well over 100 MB, while an
 * admin sees about twenty rows. Rows outside the window are stand-in space of the same height, so
 * the scrollbar and `aria-rowcount` still describe the whole grid.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/** Below this many apps every row is rendered (no jumps, nothing to estimate). */
export const WINDOW_ABOVE_ROWS = 60;
const OVERSCAN_ROWS = 15;
const ESTIMATED_ROW_PX = 48;
/** Rows shown before anything is measured (and where there is no layout, as in jsdom). */
const INITIAL_ROWS = 40;
/**
 * A matrix that renders every row shows this many in its first frame and the rest in the next: the
 * top of the matrix is usable about a hundred milliseconds sooner (20 rows: 560 checkboxes).
 */
const FIRST_FRAME_ROWS = 12;

export interface RowWindow {
  /** First rendered row index (0-based, into the app rows). */
  readonly start: number;
  /** One past the last rendered row. */
  readonly end: number;
  readonly rowHeight: number;
  /** Brings a row into the window (keyboard navigation to a row that is not rendered). */
  readonly reveal: (rowIndex: number) => void;
}

export function useRowWindow(
  geometry: { readonly scrollerRef: RefObject<HTMLElement>; readonly bodyRef: RefObject<HTMLElement> },
  rowCount: number,
): RowWindow {
  const windowed = rowCount > WINDOW_ABOVE_ROWS;
  const [range, setRange] = useState({ start: 0, end: Math.min(rowCount, INITIAL_ROWS) });
  const [firstFrameDone, setFirstFrameDone] = useState(false);
  const rowHeight = useRef(ESTIMATED_ROW_PX);
  const frame = useRef<number>();

  const measure = useCallback((): void => {
    const scroller = geometry.scrollerRef.current;
    const body = geometry.bodyRef.current;
    if (scroller === null || body === null) return;
    const rendered = body.querySelector<HTMLElement>('tr[data-app-row]');
    if (rendered !== null && rendered.offsetHeight > 0) rowHeight.current = rendered.offsetHeight;
    const bodyTop = body.getBoundingClientRect().top;
    const scrollerBox = scroller.getBoundingClientRect();
    // The visible band is where the scroller and the browser window overlap (the page may scroll too).
    const visibleTop = Math.max(scrollerBox.top, 0);
    const visibleBottom = Math.min(scrollerBox.bottom, window.innerHeight);
    if (visibleBottom <= visibleTop) return; // no layout (jsdom) or off screen: keep what is rendered
    const first = Math.floor((visibleTop - bodyTop) / rowHeight.current);
    const last = Math.ceil((visibleBottom - bodyTop) / rowHeight.current);
    const start = Math.max(0, Math.min(first, rowCount - 1) - OVERSCAN_ROWS);
    const end = Math.min(rowCount, Math.max(last, 0) + OVERSCAN_ROWS);
    setRange((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
  }, [geometry.scrollerRef, geometry.bodyRef, rowCount]);

  const schedule = useCallback((): void => {
    if (frame.current !== undefined) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = undefined;
      measure();
    });
  }, [measure]);

  useLayoutEffect(() => {
    if (windowed) measure();
  }, [windowed, measure]);

  useEffect(() => {
    if (!windowed) return undefined;
    const scroller = geometry.scrollerRef.current;
    scroller?.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      scroller?.removeEventListener('scroll', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      frame.current = undefined;
    };
  }, [windowed, schedule, geometry.scrollerRef]);

  // After the first frame is painted (a frame, then a task), every row.
  useEffect(() => {
    if (firstFrameDone || windowed) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frameId = requestAnimationFrame(() => {
      timer = setTimeout(() => setFirstFrameDone(true), 0);
    });
    return () => {
      cancelAnimationFrame(frameId);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [firstFrameDone, windowed]);

  const reveal = useCallback(
    (rowIndex: number): void => {
      setRange((previous) => {
        if (rowIndex >= previous.start && rowIndex < previous.end) return previous;
        const start = Math.max(0, rowIndex - OVERSCAN_ROWS);
        return { start, end: Math.min(rowCount, rowIndex + OVERSCAN_ROWS + 1) };
      });
    },
    [rowCount],
  );

  if (!windowed) {
    const end = firstFrameDone ? rowCount : Math.min(rowCount, FIRST_FRAME_ROWS);
    return { start: 0, end, rowHeight: rowHeight.current, reveal };
  }
  // Rows were removed since the last measurement: never point past the end.
  const end = Math.min(range.end, rowCount);
  return { start: Math.min(range.start, end), end, rowHeight: rowHeight.current, reveal };
}
