/** Finding items by position in a layout: hit testing and viewport queries for dense (canvas) maps. */
import type { JourneyLayout, JourneyLayoutItem } from './types';

/** A rectangle in map pixels. */
export interface LayoutRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The items of one row of one lane: the same y, sorted by x, never overlapping. */
interface RowBucket {
  top: number;
  bottom: number;
  items: JourneyLayoutItem[];
}

/** Index of a layout's items: row buckets sorted by top (their y ranges do not overlap). */
type ItemIndex = RowBucket[];

/** One index per `layout.items` array, built on first use (O(n log n)) and kept while the layout lives. */
const indexes = new WeakMap<JourneyLayoutItem[], ItemIndex>();

function indexOf(layout: JourneyLayout): ItemIndex {
  const cached = indexes.get(layout.items);
  if (cached) return cached;
  const byLane = new Map<string, Map<number, RowBucket>>();
  const buckets: RowBucket[] = [];
  for (const item of layout.items) {
    let rows = byLane.get(item.laneId);
    if (!rows) byLane.set(item.laneId, (rows = new Map()));
    const bucket = rows.get(item.row);
    if (bucket) {
      bucket.items.push(item);
      bucket.top = Math.min(bucket.top, item.y);
      bucket.bottom = Math.max(bucket.bottom, item.y + item.height);
    } else {
      const created = { top: item.y, bottom: item.y + item.height, items: [item] };
      rows.set(item.row, created);
      buckets.push(created);
    }
  }
  const index = buckets.sort((a, b) => a.top - b.top);
  for (const bucket of index) if (!bucket.items.every((item, at) => at === 0 || bucket.items[at - 1]!.x <= item.x)) bucket.items.sort((a, b) => a.x - b.x);
  indexes.set(layout.items, index);
  return index;
}

/** Index of the first element for which `isAfter` is true (`list.length` if none); `isAfter` must be monotone. */
function firstWhere<T>(list: readonly T[], isAfter: (element: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(list[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The item under the point `(x, y)`, or `undefined`. A box contains the points with
 * `item.x ≤ x < item.x + item.width` and `item.y ≤ y < item.y + item.height`.
 * Builds an index on the first call for a layout (O(n log n)); each call then costs O(log n).
 * Relies on what {@link computeJourneyLayout} guarantees: items of one lane row do not overlap.
 * @example
 * canvas.addEventListener('click', (event) => select(hitTest(layout, event.offsetX, event.offsetY)?.touchpointId));
 */
export function hitTest(layout: JourneyLayout, x: number, y: number): JourneyLayoutItem | undefined {
  const index = indexOf(layout);
  const bucket = index[firstWhere(index, (row) => row.top > y) - 1];
  if (!bucket || y >= bucket.bottom) return undefined;
  const item = bucket.items[firstWhere(bucket.items, (candidate) => candidate.x > x) - 1];
  return item && x < item.x + item.width && y >= item.y && y < item.y + item.height ? item : undefined;
}

/**
 * The items whose boxes overlap `rect` (touching edges do not count), for virtualised rendering:
 * draw only these. Ordered top to bottom by lane row, then left to right. O(log n + rows + k)
 * after the first call for a layout builds the index.
 * @example
 * const visible = itemsInViewport(layout, { x: scrollLeft, y: scrollTop, width: 1200, height: 800 });
 */
export function itemsInViewport(layout: JourneyLayout, rect: LayoutRect): JourneyLayoutItem[] {
  const index = indexOf(layout);
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const found: JourneyLayoutItem[] = [];
  for (let row = firstWhere(index, (bucket) => bucket.bottom > rect.y); row < index.length; row++) {
    const bucket = index[row]!;
    if (bucket.top >= bottom) break;
    const { items } = bucket;
    for (let at = firstWhere(items, (item) => item.x + item.width > rect.x); at < items.length; at++) {
      const item = items[at]!;
      if (item.x >= right) break;
      if (item.y < bottom && item.y + item.height > rect.y) found.push(item);
    }
  }
  return found;
}
