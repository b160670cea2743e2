import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';

/** The attribute that marks a roving item and carries its key. */
export const ROVING_KEY_ATTRIBUTE = 'data-jk-roving-key';

/** Options of {@link useRovingGrid}. */
export interface UseRovingGridOptions {
  /** The items as rows of keys, each row in reading order (left to right). Empty rows are skipped. */
  rows: readonly (readonly string[])[];
  /** Horizontal position of an item, for ArrowUp/ArrowDown to land on the nearest item by x. @default its index in its row */
  getX?: (key: string) => number | undefined;
  /** Rows moved by PageUp/PageDown. @default 5 */
  pageSize?: number;
  /** The initial tab stop. @default the first item */
  defaultActiveKey?: string;
}

/** Result of {@link useRovingGrid}. */
export interface RovingGrid {
  /** The item that is the tab stop (`tabIndex` 0), or `null` when there are no items. */
  activeKey: string | null;
  /** Makes `key` the tab stop without moving focus. */
  setActiveKey: (key: string) => void;
  /** Makes `key` the tab stop and focuses it. */
  focusKey: (key: string) => void;
  /** Spread on the element that contains all items: its `ref`, `onKeyDown` and `onFocus` (all stable). */
  containerProps: {
    ref: (element: HTMLElement | null) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Spread on each item: `tabIndex` (0 for the tab stop, else -1) and the key attribute. */
  getItemProps: (key: string) => { tabIndex: number; [ROVING_KEY_ATTRIBUTE]: string };
}

interface Position {
  row: number;
  column: number;
}

function nearestByX(keys: readonly string[], x: number, xOf: (key: string, column: number) => number): string {
  let best = keys[0]!;
  let bestDistance = Infinity;
  keys.forEach((key, column) => {
    const distance = Math.abs(xOf(key, column) - x);
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * Roving-tabindex keyboard navigation over a 2-D arrangement (a swimlane grid, a timeline): one
 * tab stop; ArrowLeft/Right move within a row; ArrowUp/Down move to the nearest item by x in the
 * previous/next non-empty row; Home/End go to the row's ends, Ctrl+Home/End to the first/last item;
 * PageUp/PageDown jump `pageSize` rows. Focus follows the active item; focusing an item by mouse
 * makes it the tab stop. Items are found in the DOM by their key attribute, so handlers stay
 * stable and memoised items do not re-render; an item that is not in the DOM yet (a windowed grid
 * renders the active item wherever it is) is committed first (`flushSync`), then focused.
 * @example
 * const roving = useRovingGrid({ rows: lanes.map((lane) => lane.itemKeys) });
 * <div role="grid" {...roving.containerProps}>{items.map((item) => <Card {...roving.getItemProps(item.key)} />)}</div>
 */
export function useRovingGrid({ rows, getX, pageSize = 5, defaultActiveKey }: UseRovingGridOptions): RovingGrid {
  const [storedKey, setStoredKey] = useState<string | null>(defaultActiveKey ?? null);
  const containerRef = useRef<HTMLElement | null>(null);
  const nonEmpty = useMemo(() => rows.filter((row) => row.length > 0), [rows]);
  const positions = useMemo(() => {
    const map = new Map<string, Position>();
    nonEmpty.forEach((row, rowIndex) => row.forEach((key, column) => map.set(key, { row: rowIndex, column })));
    return map;
  }, [nonEmpty]);
  const activeKey = storedKey !== null && positions.has(storedKey) ? storedKey : (nonEmpty[0]?.[0] ?? null);

  const state = useRef({ nonEmpty, positions, activeKey, getX, pageSize });
  state.current = { nonEmpty, positions, activeKey, getX, pageSize };

  const focusKey = useCallback((key: string) => {
    const container = containerRef.current;
    const find = () => {
      if (container) for (const element of container.querySelectorAll<HTMLElement>(`[${ROVING_KEY_ATTRIBUTE}]`)) if (element.getAttribute(ROVING_KEY_ATTRIBUTE) === key) return element;
      return undefined;
    };
    let element = find();
    if (element) setStoredKey(key);
    else {
      // Not in the DOM (a windowed grid renders the tab stop wherever it is): commit it first.
      flushSync(() => setStoredKey(key));
      element = find();
    }
    if (!element) return;
    element.tabIndex = 0; // before React re-renders, so focus never lands on a -1 item
    element.focus();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const key = (event.target as HTMLElement).getAttribute?.(ROVING_KEY_ATTRIBUTE);
      if (!key || event.altKey || event.metaKey) return;
      const { nonEmpty: grid, positions: map, getX: xFn, pageSize: page } = state.current;
      const here = map.get(key);
      if (!here) return;
      const row = grid[here.row]!;
      const xOf = (item: string, column: number) => xFn?.(item) ?? column;
      const toRow = (target: number) => {
        const clamped = Math.max(0, Math.min(grid.length - 1, target));
        return clamped === here.row ? undefined : nearestByX(grid[clamped]!, xOf(key, here.column), xOf);
      };
      let next: string | undefined;
      switch (event.key) {
        case 'ArrowRight':
          next = row[here.column + 1];
          break;
        case 'ArrowLeft':
          next = row[here.column - 1];
          break;
        case 'ArrowDown':
          next = toRow(here.row + 1);
          break;
        case 'ArrowUp':
          next = toRow(here.row - 1);
          break;
        case 'PageDown':
          next = toRow(here.row + page);
          break;
        case 'PageUp':
          next = toRow(here.row - page);
          break;
        case 'Home':
          next = event.ctrlKey ? grid[0]![0] : row[0];
          break;
        case 'End':
          next = event.ctrlKey ? grid[grid.length - 1]!.at(-1) : row.at(-1);
          break;
        default:
          return;
      }
      event.preventDefault();
      if (next !== undefined && next !== key) focusKey(next);
    },
    [focusKey],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const key = (event.target as HTMLElement).getAttribute?.(ROVING_KEY_ATTRIBUTE);
    if (key && key !== state.current.activeKey && state.current.positions.has(key)) setStoredKey(key);
  }, []);

  const ref = useCallback((element: HTMLElement | null) => {
    containerRef.current = element;
  }, []);
  const containerProps = useMemo(() => ({ ref, onKeyDown, onFocus }), [ref, onKeyDown, onFocus]);
  const getItemProps = useCallback((key: string) => ({ tabIndex: key === activeKey ? 0 : -1, [ROVING_KEY_ATTRIBUTE]: key }), [activeKey]);
  return { activeKey, setActiveKey: setStoredKey, focusKey, containerProps, getItemProps };
}
