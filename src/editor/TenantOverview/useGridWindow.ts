/**
 * Which rows and columns of the tenant overview are rendered: those in the scroller's view plus a
 * margin. 300 registrations × 200 apps are 60 000 cells; an admin sees a few hundred. Like the
 * matrix's row window (`useRowWindow`), but on both axes, and simpler: the overview's grid scrolls
 * only inside its own scroller (it never grows the page), so the view is the scroller's box.
 * Cells have a fixed size (the styles say so); the sizes are measured once rendered, estimated before.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

const OVERSCAN_ROWS = 8;
const OVERSCAN_COLS = 3;
const ESTIMATED_ROW_PX = 52;
const ESTIMATED_COL_PX = 160;
/** Rendered before anything is measured (and where there is no layout, as in jsdom). */
const INITIAL_ROWS = 40;
const INITIAL_COLS = 16;

export interface GridRange {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly colStart: number;
  readonly colEnd: number;
}

export interface GridWindow extends GridRange {
  readonly rowHeight: number;
  readonly colWidth: number;
  /** Brings a row and a column (0-based data indices) into the window. */
  readonly reveal: (rowIndex: number, colIndex: number) => void;
}

function around(index: number, overscan: number, count: number): [number, number] {
  return [Math.max(0, index - overscan), Math.min(count, index + overscan + 1)];
}

export function useGridWindow(
  scrollerRef: RefObject<HTMLElement>,
  rowCount: number,
  colCount: number,
): GridWindow {
  const [range, setRange] = useState<GridRange>({
    rowStart: 0,
    rowEnd: INITIAL_ROWS,
    colStart: 0,
    colEnd: INITIAL_COLS,
  });
  const size = useRef({ row: ESTIMATED_ROW_PX, col: ESTIMATED_COL_PX });
  const frame = useRef<number>();

  const measure = useCallback((): void => {
    const scroller = scrollerRef.current;
    if (scroller === null || scroller.clientHeight === 0) return; // no layout (jsdom): keep the range
    const row = scroller.querySelector<HTMLElement>('tr[data-app-row]');
    const cell = scroller.querySelector<HTMLElement>('td[data-overview-cell]');
    if (row !== null && row.offsetHeight > 0) size.current.row = row.offsetHeight;
    if (cell !== null && cell.offsetWidth > 0) size.current.col = cell.offsetWidth;
    const headerHeight = scroller.querySelector('thead')?.offsetHeight ?? 0;
    const firstColumn = scroller.querySelector<HTMLElement>('th[data-row-header]')?.offsetWidth ?? 0;
    const { scrollTop, scrollLeft, clientHeight, clientWidth } = scroller;
    const firstRow = Math.floor(Math.max(0, scrollTop - 0) / size.current.row);
    const lastRow = Math.ceil((scrollTop + clientHeight - headerHeight) / size.current.row);
    const firstCol = Math.floor(scrollLeft / size.current.col);
    const lastCol = Math.ceil((scrollLeft + clientWidth - firstColumn) / size.current.col);
    const next: GridRange = {
      rowStart: Math.max(0, Math.min(firstRow, rowCount - 1) - OVERSCAN_ROWS),
      rowEnd: Math.min(rowCount, Math.max(lastRow, 0) + OVERSCAN_ROWS),
      colStart: Math.max(0, Math.min(firstCol, colCount - 1) - OVERSCAN_COLS),
      colEnd: Math.min(colCount, Math.max(lastCol, 0) + OVERSCAN_COLS),
    };
    setRange((previous) =>
      previous.rowStart === next.rowStart &&
      previous.rowEnd === next.rowEnd &&
      previous.colStart === next.colStart &&
      previous.colEnd === next.colEnd
        ? previous
        : next,
    );
  }, [scrollerRef, rowCount, colCount]);

  const schedule = useCallback((): void => {
    if (frame.current !== undefined) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = undefined;
      measure();
    });
  }, [measure]);

  useLayoutEffect(() => measure(), [measure]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    scroller?.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      scroller?.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      frame.current = undefined;
    };
  }, [schedule, scrollerRef]);

  const reveal = useCallback(
    (rowIndex: number, colIndex: number): void => {
      setRange((previous) => {
        const rowIn = rowIndex >= previous.rowStart && rowIndex < previous.rowEnd;
        const colIn = colIndex >= previous.colStart && colIndex < previous.colEnd;
        if (rowIn && colIn) return previous;
        const [rowStart, rowEnd] = rowIn
          ? [previous.rowStart, previous.rowEnd]
          : around(rowIndex, OVERSCAN_ROWS, rowCount);
        const [colStart, colEnd] = colIn
          ? [previous.colStart, previous.colEnd]
          : around(colIndex, OVERSCAN_COLS, colCount);
        return { rowStart, rowEnd, colStart, colEnd };
      });
    },
    [rowCount, colCount],
  );

  // Filters shrink the grid: never point past its end.
  const rowEnd = Math.min(range.rowEnd, rowCount);
  const colEnd = Math.min(range.colEnd, colCount);
  return {
    rowStart: Math.min(range.rowStart, rowEnd),
    rowEnd,
    colStart: Math.min(range.colStart, colEnd),
    colEnd,
    rowHeight: size.current.row,
    colWidth: size.current.col,
    reveal,
  };
}
