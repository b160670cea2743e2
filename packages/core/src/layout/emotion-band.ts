/** The emotion band: one felt and one desired emotion curve per shown persona. */
import { ticks } from 'd3-array';
import { curveMonotoneX, line, type Line } from 'd3-shape';
import { smi } from '../model/smi';
import type { Journey } from '../model/types';
import { BarePoint, ScoredPoint } from './records';
import type { LayoutSelection } from './selection';
import type { JourneyLayoutEmotion, JourneyLayoutEmotionPoint, JourneyLayoutEmotionSeries, JourneyLayoutItem, JourneyLayoutLane } from './types';

/** Where the band sits and how far its curves keep from its edges. */
export interface EmotionBandFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Space kept free above the maximum and below the minimum score (capped at a quarter of the height). */
  padding: number;
}

/** Most horizontal grid lines the band asks d3 for. */
const MAX_Y_TICKS = 10;

/**
 * `x ↦ y` from `[d0, d1]` (d0 < d1) onto `[r0, r1]`, `x` clamped to the domain: exactly what d3's
 * `scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(true)` computes for numbers.
 */
function clampedLinear(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  return (x) => {
    const t = (Math.max(d0, Math.min(d1, x)) - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  };
}

/** The items of one lane. */
export interface LaneItems {
  lane: JourneyLayoutLane;
  items: JourneyLayoutItem[];
}

/**
 * The items each shown persona's curve passes through: in lanes by persona, the items of that
 * persona's lane; otherwise each touchpoint's one item (blueprint: its customer-actions item),
 * for every shown persona of the touchpoint. Sorted by center x, then reading order.
 */
function itemsPerPersona(selection: LayoutSelection, laneItems: LaneItems[]): Map<string, JourneyLayoutItem[]> {
  const perPersona = new Map<string, JourneyLayoutItem[]>(selection.personas.map((persona) => [persona.id, []]));
  for (const { lane, items } of laneItems) {
    if (lane.personaId !== undefined) {
      if (perPersona.get(lane.personaId)?.length === 0) perPersona.set(lane.personaId, items); // the lane's own list, already in order: no copy
    } else if (lane.kind === 'channel' || lane.layer === 'customer')
      for (const item of items) for (const personaId of selection.personasOf[item.touchpointIndex] ?? []) perPersona.get(personaId)?.push(item);
  }
  const byCenter = (a: JourneyLayoutItem, b: JourneyLayoutItem) => a.x + a.width / 2 - (b.x + b.width / 2) || a.order - b.order;
  for (const [personaId, items] of perPersona)
    if (!items.every((item, at) => at === 0 || byCenter(items[at - 1]!, item) <= 0)) perPersona.set(personaId, items.slice().sort(byCenter));
  return perPersona;
}

/**
 * The d3 line generator of every emotion curve: `curveMonotoneX` through the points that have a
 * `y`, with a gap at each point that has none. Canvas renderers can draw a series with it:
 * `emotionLine().context(ctx)(series.points)`.
 */
export function emotionLine(): Line<JourneyLayoutEmotionPoint> {
  return line<JourneyLayoutEmotionPoint>()
    .defined((point) => point.y !== undefined)
    .x((point) => point.x)
    .y((point) => point.y ?? 0)
    .curve(curveMonotoneX);
}

/**
 * The emotion band. `y` of a score is a linear map of the journey's `emotionScale` onto
 * `[frame.y + height − padding, frame.y + padding]` (max at the top), clamped so that
 * out-of-scale values (lenient data) stay inside the band — the same arithmetic as a clamped d3
 * `scaleLinear`, without pulling in d3-scale and its interpolators. Each series lists every one of
 * the persona's shown touchpoints, sorted by x then reading order (see {@link itemsPerPersona});
 * `x` is the center of the item; a touchpoint without a score keeps its x but has no `y`, and the
 * path ({@link emotionLine}) has a gap there. Path strings are built only when `withPaths`
 * (else ''). Grid lines: d3-array ticks, at most about 10, whole scores only. O(n log n).
 */
export function emotionBand(journey: Journey, selection: LayoutSelection, laneItems: LaneItems[], frame: EmotionBandFrame, withPaths: boolean): JourneyLayoutEmotion {
  const { min, max } = journey.emotionScale;
  const padding = Math.min(frame.padding, frame.height / 4);
  const [low, high] = min < max ? [min, max] : [min - 1, max + 1];
  const scale = clampedLinear(low, high, frame.y + frame.height - padding, frame.y + padding);
  const yTicks = ticks(low, high, Math.min(MAX_Y_TICKS, Math.max(1, max - min)))
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, y: scale(value) }));

  // Scores repeat (a handful of values across thousands of points): each is scaled once.
  const yOfScore = new Map<number, number>();
  const yOf = (emotion: number): number => {
    let y = yOfScore.get(emotion);
    if (y === undefined) yOfScore.set(emotion, (y = smi(scale(emotion))));
    return y;
  };
  const pointOf = (touchpointId: string, x: number, emotion: number): JourneyLayoutEmotionPoint =>
    Number.isNaN(emotion) ? new BarePoint(touchpointId, x) : new ScoredPoint(touchpointId, x, yOf(emotion), smi(emotion));
  const { emotions, desiredEmotions } = selection.columns;
  const path = emotionLine();
  const perPersona = itemsPerPersona(selection, laneItems);
  const series = selection.personas.map((persona): JourneyLayoutEmotionSeries => {
    const items = perPersona.get(persona.id) ?? [];
    const points: JourneyLayoutEmotionPoint[] = [];
    const desired: JourneyLayoutEmotionPoint[] = [];
    for (const item of items) {
      const x = smi(item.x + item.width / 2);
      points.push(pointOf(item.touchpointId, x, emotions[item.touchpointIndex]!));
      desired.push(pointOf(item.touchpointId, x, desiredEmotions[item.touchpointIndex]!));
    }
    return { personaId: persona.id, points, desired, path: withPaths ? (path(points) ?? '') : '', desiredPath: withPaths ? (path(desired) ?? '') : '' };
  });

  return { x: frame.x, y: frame.y, width: frame.width, height: frame.height, scale: { min, max }, yTicks, series };
}
