/**
 * Filtering a dense (canvas) map without a new layout: items that do not pass the filter are
 * hidden in place, hidden lanes are taken out and the lanes below move up. O(n) with typed
 * arrays, so a filter on a map of 50,000 touchpoints takes milliseconds instead of a relayout.
 */
import type { Journey } from '../model/types';
import { laneItemStarts } from './dense-navigation';
import { hitTest } from './spatial-index';
import { createTouchpointFilter } from './touchpoint-filter';
import type { JourneyLayout, JourneyLayoutFilter } from './types';

const FILTER_KEYS = ['personaIds', 'channels', 'phaseIds', 'modes', 'influences'] as const;

/** What {@link denseView} shows of a layout. */
export interface DenseView {
  /** 1 per touchpoint (by index in `journey.touchpoints`) that passes the filter, else 0. */
  touchpointShown: Uint8Array;
  /** 1 where `layout.items[i]` is shown (its touchpoint passes and its lane is shown), else 0. */
  itemVisible: Uint8Array;
  /** Number of shown items. */
  shownItems: number;
  /** Indexes (in `layout.lanes`) of the shown lanes, top to bottom. */
  lanes: number[];
  /** Per lane of `layout.lanes`: how far it moved down (≤ 0: up, as hidden lanes above were taken out); NaN when hidden. */
  laneShift: Float64Array;
  /** Per phase of `layout.phases`: the number of distinct shown touchpoints. */
  phaseCounts: Int32Array;
  /** Per series of `layout.emotion.series`: whether it is shown, and 1 per shown point of `points` (and of `desired`, which has the same touchpoints). */
  series: { visible: boolean; points: Uint8Array }[];
  /** How far the emotion band moved down (≤ 0). */
  emotionShift: number;
  /** Height of the map once hidden lanes are taken out. */
  height: number;
}

/**
 * Which items, lanes and emotion points of `layout` to show for `filter`, with the semantics of
 * `computeJourneyLayout`'s filter (`createTouchpointFilter`; lanes by persona: a persona left out
 * of `personaIds` loses its lane). Positions stay where the layout put them — only hidden lanes
 * close up — so a filter never moves the marks a user is looking at sideways. Phase filters are
 * the exception to prefer a relayout for (their columns would stay empty); apply `phaseIds` in the
 * layout and the other criteria here.
 * @example
 * const layout = computeJourneyLayout(journey, { filter: { phaseIds } });
 * const view = denseView(journey, layout, { personaIds, channels });
 */
export function denseView(journey: Journey, layout: JourneyLayout, filter: JourneyLayoutFilter = {}): DenseView {
  const touchpoints = journey.touchpoints;
  const touchpointShown = new Uint8Array(touchpoints.length);
  const criteria = FILTER_KEYS.filter((key) => filter[key] !== undefined);
  if (criteria.length === 0) touchpointShown.fill(1);
  else {
    const matches = createTouchpointFilter(filter);
    for (let index = 0; index < touchpoints.length; index++) if (matches(touchpoints[index]!)) touchpointShown[index] = 1;
  }
  // Only personas filtered: every point of a shown persona's curve is a touchpoint of that persona, so it is shown.
  const allPointsOfShownSeries = criteria.every((key) => key === 'personaIds');

  const personas = filter.personaIds ? new Set(filter.personaIds) : undefined;
  const laneShift = new Float64Array(layout.lanes.length);
  const lanes: number[] = [];
  let shift = 0;
  for (const lane of layout.lanes) {
    const hidden = personas !== undefined && lane.personaId !== undefined && !personas.has(lane.personaId);
    if (hidden) {
      laneShift[lane.index] = Number.NaN;
      shift -= lane.height;
    } else {
      laneShift[lane.index] = shift;
      lanes.push(lane.index);
    }
  }

  const starts = laneItemStarts(layout);
  const itemVisible = new Uint8Array(layout.items.length);
  let shownItems = 0;
  for (let lane = 0; lane < layout.lanes.length; lane++) {
    if (Number.isNaN(laneShift[lane])) continue;
    for (let at = starts[lane]!, end = starts[lane + 1]!; at < end; at++)
      if (touchpointShown[layout.items[at]!.touchpointIndex]) {
        itemVisible[at] = 1;
        shownItems++;
      }
  }

  const phaseIndex = new Map(layout.phases.map((phase, index) => [phase.id, index]));
  const counted = new Uint8Array(touchpoints.length);
  const phaseCounts = new Int32Array(layout.phases.length);
  let lastPhaseId: string | undefined;
  let lastColumn: number | undefined;
  for (let at = 0; at < layout.items.length; at++) {
    if (!itemVisible[at]) continue;
    const item = layout.items[at]!;
    if (counted[item.touchpointIndex]) continue;
    counted[item.touchpointIndex] = 1;
    if (item.phaseId !== lastPhaseId) {
      lastPhaseId = item.phaseId;
      lastColumn = phaseIndex.get(item.phaseId);
    }
    if (lastColumn !== undefined) phaseCounts[lastColumn]! += 1;
  }

  let indexOfId: Map<string, number> | undefined;
  const series = layout.emotion.series.map((entry) => {
    const points = new Uint8Array(entry.points.length);
    const visible = personas === undefined || personas.has(entry.personaId);
    if (visible && allPointsOfShownSeries) points.fill(1);
    else if (visible) {
      if (!indexOfId) {
        indexOfId = new Map();
        for (let index = 0; index < touchpoints.length; index++) if (!indexOfId.has(touchpoints[index]!.id)) indexOfId.set(touchpoints[index]!.id, index);
      }
      for (let at = 0; at < entry.points.length; at++) {
        const index = indexOfId.get(entry.points[at]!.touchpointId);
        if (index !== undefined && touchpointShown[index]) points[at] = 1;
      }
    }
    return { visible, points };
  });

  return { touchpointShown, itemVisible, shownItems, lanes, laneShift, phaseCounts, series, emotionShift: shift, height: layout.height + shift };
}

/**
 * Index in `layout.items` of the shown item under `(x, y)` in the coordinates of a map drawn with
 * `view` (lanes moved by `laneShift`), or -1.
 */
export function denseHitTest(layout: JourneyLayout, view: DenseView, x: number, y: number): number {
  for (const laneIndex of view.lanes) {
    const lane = layout.lanes[laneIndex]!;
    const top = lane.y + view.laneShift[laneIndex]!;
    if (y < top || y >= top + lane.height) continue;
    const item = hitTest(layout, x, y - view.laneShift[laneIndex]!);
    if (!item || item.laneId !== lane.id) return -1;
    const starts = laneItemStarts(layout);
    for (let at = starts[laneIndex]!, end = starts[laneIndex + 1]!; at < end; at++) if (layout.items[at] === item) return view.itemVisible[at] ? at : -1;
    return -1;
  }
  return -1;
}
