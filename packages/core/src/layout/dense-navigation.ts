/**
 * Navigating a dense (canvas) map by item position in `layout.items`: which item is under a
 * point, which item an arrow key leads to, which emotion points fall into a horizontal range.
 * Renderers keep a number (an index into `layout.items`) instead of per-item objects in state.
 */
import { hitTest } from './spatial-index';
import type { JourneyLayout, JourneyLayoutEmotionPoint, JourneyLayoutItem } from './types';

/** A key-press direction of {@link stepItem}. */
export type ItemStep = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/** Per `layout.items` array: where each lane's items start (`starts[lane.index]`, plus a final `items.length`). */
const laneStarts = new WeakMap<JourneyLayoutItem[], Int32Array>();

/**
 * Offsets of each lane's items in `layout.items` (which are sorted by lane): lane `i` holds the
 * items `starts[i]` up to (excluding) `starts[i + 1]`; the array has `lanes.length + 1` entries.
 * Computed once per layout (O(n)), then cached.
 */
export function laneItemStarts(layout: JourneyLayout): Int32Array {
  const cached = laneStarts.get(layout.items);
  if (cached) return cached;
  const laneIndex = new Map<string, number>();
  for (const lane of layout.lanes) laneIndex.set(lane.id, lane.index);
  const counts = new Int32Array(layout.lanes.length + 1);
  // Items of one lane are contiguous: look the lane up only when it changes (one Map lookup per item cost ~15 ms at 50,000).
  let lastLaneId: string | undefined;
  let slot = 0;
  for (const item of layout.items) {
    if (item.laneId !== lastLaneId) {
      lastLaneId = item.laneId;
      slot = (laneIndex.get(lastLaneId) ?? -1) + 1;
    }
    counts[slot]! += 1;
  }
  // counts[i + 1] = items of lane i → prefix sums give the starts.
  for (let lane = 1; lane < counts.length; lane++) counts[lane]! += counts[lane - 1]!;
  laneStarts.set(layout.items, counts);
  return counts;
}

/** Index of the lane holding `layout.items[index]` (binary search over {@link laneItemStarts}); -1 when out of range. */
export function laneOfItem(layout: JourneyLayout, index: number): number {
  if (index < 0 || index >= layout.items.length) return -1;
  const starts = laneItemStarts(layout);
  let low = 0;
  let high = layout.lanes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Index in `layout.items` of the item under the point `(x, y)` (map pixels), or -1 — the
 * position of {@link hitTest}'s item. O(log n + items of its lane).
 */
export function itemIndexAt(layout: JourneyLayout, x: number, y: number): number {
  const item = hitTest(layout, x, y);
  if (!item) return -1;
  const lane = layout.lanes.find((candidate) => candidate.id === item.laneId);
  if (!lane) return -1;
  const starts = laneItemStarts(layout);
  for (let at = starts[lane.index]!, end = starts[lane.index + 1]!; at < end; at++) if (layout.items[at] === item) return at;
  return -1;
}

/** Index of the shown item of lane `lane` whose center is nearest to `center` (the first on a tie), or -1 when it has none. */
function nearestInLane(layout: JourneyLayout, starts: Int32Array, lane: number, center: number, visible: Uint8Array | undefined): number {
  let best = -1;
  let distance = Infinity;
  for (let at = starts[lane]!, end = starts[lane + 1]!; at < end; at++) {
    if (visible && !visible[at]) continue;
    const item = layout.items[at]!;
    const gap = Math.abs(item.x + item.width / 2 - center);
    if (gap < distance) {
      distance = gap;
      best = at;
    }
  }
  return best;
}

/** The first shown index from `from` going by `direction` within `[first, last]`, or -1. */
function nextShown(visible: Uint8Array | undefined, from: number, direction: 1 | -1, first: number, last: number): number {
  for (let at = from; at >= first && at <= last; at += direction) if (!visible || visible[at]) return at;
  return -1;
}

/**
 * Where a key press leads from `layout.items[index]`: `left`/`right` to the previous/next item of
 * the same lane (reading order), `home`/`end` to its first/last item, `up`/`down` to the item with
 * the nearest center x in the closest lane above/below that has one. With `visible` (1 per shown
 * item, e.g. `denseView(…).itemVisible`) hidden items are skipped. Returns `index` itself where
 * there is nowhere to go; with `index` -1 (nothing focused yet) or a hidden item, every step
 * leads to the first shown item (-1 when none is).
 * @example
 * focused = stepItem(layout, focused, 'down');
 */
export function stepItem(layout: JourneyLayout, index: number, step: ItemStep, visible?: Uint8Array): number {
  const count = layout.items.length;
  if (index < 0 || index >= count || (visible && !visible[index])) return nextShown(visible, 0, 1, 0, count - 1);
  const starts = laneItemStarts(layout);
  const lane = laneOfItem(layout, index);
  const first = starts[lane]!;
  const last = starts[lane + 1]! - 1;
  const or = (found: number) => (found < 0 ? index : found);
  switch (step) {
    case 'left':
      return or(nextShown(visible, index - 1, -1, first, last));
    case 'right':
      return or(nextShown(visible, index + 1, 1, first, last));
    case 'home':
      return or(nextShown(visible, first, 1, first, last));
    case 'end':
      return or(nextShown(visible, last, -1, first, last));
    default: {
      const item = layout.items[index]!;
      const center = item.x + item.width / 2;
      const direction = step === 'up' ? -1 : 1;
      for (let next = lane + direction; next >= 0 && next < layout.lanes.length; next += direction) {
        const found = nearestInLane(layout, starts, next, center, visible);
        if (found >= 0) return found;
      }
      return index;
    }
  }
}

/**
 * The range `[start, end)` of `points` (sorted by x, as in `layout.emotion.series`) to draw for
 * the horizontal range `[left, right]`: the points inside plus one neighbour on each side, so a
 * line through them reaches the edges. O(log n).
 */
export function emotionPointRange(points: readonly JourneyLayoutEmotionPoint[], left: number, right: number): [start: number, end: number] {
  /** Index of the first point for which `isAfter(point.x)` holds (x ascending, so the predicate is monotone). */
  const firstWhere = (isAfter: (x: number) => boolean) => {
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isAfter(points[middle]!.x)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const start = Math.max(0, firstWhere((x) => x >= left) - 1);
  const end = Math.min(points.length, firstWhere((x) => x > right) + 1);
  return [start, Math.max(start, end)];
}
