/**
 * Grid keyboard model for the matrix (WAI-ARIA grid pattern): one tab stop, arrow keys between
 * cells, Home/End along a row, Ctrl+Home/End to the corners, PageUp/PageDown by ten rows.
 *
 * Why not tabster's `useArrowNavigationGroup({ axis: 'grid' })`: it finds neighbours by measuring
 * element geometry, which costs a layout read per key press over ~30 000 focusable cells, cannot
 * reach rows a future virtualised list has not rendered, and does not work where there is no layout
 * (jsdom). Index-based roving focus keeps every cell reachable by its coordinates instead.
 * Row 0 holds the column menus, rows 1… the apps; column 0 is each row's action menu.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';

export interface NavCell {
  readonly row: number;
  readonly col: number;
}

const PAGE_ROWS = 10;

function cellOf(element: EventTarget | null): (NavCell & { element: HTMLElement }) | undefined {
  if (!(element instanceof HTMLElement)) return undefined;
  const { navRow, navCol } = element.dataset;
  if (navRow === undefined || navCol === undefined) return undefined;
  return { row: Number(navRow), col: Number(navCol), element };
}

function firstCol(row: number): number {
  return row === 0 ? 1 : 0;
}

export interface MatrixNavigation {
  readonly active: NavCell;
  readonly onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  /** Moves focus to a cell (used to keep focus in the grid when a row disappears). */
  readonly focusCell: (cell: NavCell) => void;
}

/**
 * `lastCol` is the last cell column shown (one plane or both). `reveal` brings a cell that a large
 * grid has not rendered (its row, or its column in the tenant overview) into its window; the focus
 * then moves there once it is rendered.
 */
export function useMatrixNavigation(
  tableRef: RefObject<HTMLElement>,
  rowCount: number,
  lastCol: number,
  reveal?: (cell: NavCell) => void,
): MatrixNavigation {
  const [active, setActive] = useState<NavCell>({ row: 1, col: 1 });
  const pending = useRef<NavCell>();
  const lastRow = rowCount;

  const focusCell = useCallback(
    (cell: NavCell): void => {
      const row = Math.max(0, Math.min(cell.row, lastRow));
      const col = Math.max(firstCol(row), Math.min(cell.col, lastCol));
      const target = tableRef.current?.querySelector<HTMLElement>(
        `[data-nav-row="${row}"][data-nav-col="${col}"]`,
      );
      pending.current = undefined;
      if (target) {
        setActive({ row, col });
        target.focus();
      } else if (reveal !== undefined && row > 0) {
        pending.current = { row, col };
        setActive({ row, col });
        reveal({ row, col });
      }
    },
    [tableRef, lastRow, lastCol, reveal],
  );

  // After a revealed row renders, move the focus that was waiting for it.
  useEffect(() => {
    const waiting = pending.current;
    if (waiting === undefined) return;
    const target = tableRef.current?.querySelector<HTMLElement>(
      `[data-nav-row="${waiting.row}"][data-nav-col="${waiting.col}"]`,
    );
    if (target) {
      pending.current = undefined;
      target.focus();
    }
  });

  // Capture phase: the grid owns arrow keys before a focused menu button would open its menu on ArrowDown.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>): void => {
      if (event.altKey || event.metaKey) return;
      // Menus render in portals: their keys bubble through React but are not inside the table.
      if (!(event.target instanceof Node) || !tableRef.current?.contains(event.target)) return;
      const cell = cellOf(event.target);
      if (!cell) return;
      const { row, col } = cell;
      let next: NavCell | undefined;
      switch (event.key) {
        case 'ArrowRight':
          next = { row, col: col + 1 };
          break;
        case 'ArrowLeft':
          next = { row, col: col - 1 };
          break;
        case 'ArrowDown':
          next = { row: row + 1, col };
          break;
        case 'ArrowUp':
          next = { row: row - 1, col };
          break;
        case 'Home':
          next = event.ctrlKey ? { row: 1, col: 0 } : { row, col: firstCol(row) };
          break;
        case 'End':
          next = event.ctrlKey ? { row: lastRow, col: lastCol } : { row, col: lastCol };
          break;
        case 'PageDown':
          next = { row: Math.min(row + PAGE_ROWS, lastRow), col };
          break;
        case 'PageUp':
          next = { row: Math.max(row - PAGE_ROWS, 1), col };
          break;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
      focusCell(next);
    },
    [tableRef, lastRow, lastCol, focusCell],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>): void => {
    const cell = cellOf(event.target);
    if (cell) setActive((current) => (current.row === cell.row && current.col === cell.col ? current : cell));
  }, []);

  // Keep the tab stop on an existing cell when rows go away or a plane is hidden.
  const row = Math.min(active.row, Math.max(lastRow, 0));
  const col = Math.max(firstCol(row), Math.min(active.col, lastCol));
  const clamped: NavCell = row === active.row && col === active.col ? active : { row, col };
  return { active: clamped, onKeyDownCapture, onFocus, focusCell };
}
