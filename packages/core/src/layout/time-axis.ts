/** The time axis: cards at the x of their day, phases as bands over their time span. */
import type { JourneyTimeline } from '../model/time';
import { DEFAULT_LAYOUT_SIZES, type ResolvedLayoutOptions } from './options';
import type { HorizontalPlacement } from './ordinal-axis';
import type { LaneSpec } from './lanes';
import type { LayoutSelection } from './selection';
import type { JourneyLayoutDayScale, JourneyLayoutPhase } from './types';

/** Horizontal placement on the time axis, with the day → x mapping. */
export interface TimePlacement extends HorizontalPlacement {
  /** The day scale; `undefined` when no shown touchpoint has a time. */
  days: JourneyLayoutDayScale | undefined;
}

/**
 * `pixelsPerDay` when given; else derived from a target `width` so that the time span fills
 * `width − x0 − cardWidth − gap / 2`, the last card ending at `width`; else the default (32).
 * A track narrower than about two cards spreads the span over at least half of it (the last cards
 * run past its end), and one with no room at all gets the default: never 0, which put every card
 * at one x and made a zoomed axis divide by zero.
 */
function pixelsPerDayFor(options: ResolvedLayoutOptions, x0: number, spanDays: number): number {
  if (options.pixelsPerDay !== undefined) return options.pixelsPerDay;
  if (options.width !== undefined && spanDays > 0) {
    const room = Math.max(options.width - x0 - options.cardWidth - options.gap / 2, (options.width - x0) / 2);
    if (room > 0) return room / spanDays;
  }
  return DEFAULT_LAYOUT_SIZES.pixelsPerDay;
}

/**
 * Places every shown touchpoint at one x, the same in every lane (stacking into rows happens
 * later, per lane). Rules:
 *
 * - **Timed** touchpoints: `x = x0 + (startDay − startDayOfAxis) · pixelsPerDay`, the card's
 *   left edge at its day.
 * - **Untimed** touchpoints (no `at`): after the last timed one of their phase, in reading order,
 *   one card pitch (`cardWidth + gap`) apart; the first starts a gap after the right end of that
 *   last card (or of its duration, if longer). A phase without timed touchpoints places them from
 *   its band start. Phases before the first phase with a timed touchpoint are laid out first,
 *   like ordinal columns; the time scale starts after them.
 * - **Bands**: a phase's band spans from its first card (less half a gap) to its last card or
 *   duration end (plus half a gap), at least `minPhaseWidth`. Bands follow phase order and never
 *   overlap: when phases overlap in time, a later band starts where the previous one ends, so
 *   cards early in the later phase stand inside the previous band. An empty phase gets a band of
 *   `minPhaseWidth` right after the previous band.
 *
 * O(n).
 */
export function placeOnTimeAxis(timeline: JourneyTimeline, selection: LayoutSelection, lanes: LaneSpec[], options: ResolvedLayoutOptions): TimePlacement {
  const { cardWidth, gap, minPhaseWidth } = options;
  const pitch = cardWidth + gap;
  const groups: number[][] = selection.phases.map(() => []);
  let startDay = Number.POSITIVE_INFINITY;
  let endDay = Number.NEGATIVE_INFINITY;
  let firstTimedColumn = groups.length;
  const { placed } = selection;
  for (let position = 0; position < placed.length; position++) {
    const touchpointIndex = placed[position]!;
    const column = Math.max(0, selection.columnOf[touchpointIndex]!);
    groups[column]!.push(touchpointIndex);
    const start = timeline.startDays[touchpointIndex];
    if (start === undefined) continue;
    startDay = Math.min(startDay, start);
    endDay = Math.max(endDay, timeline.endDays[touchpointIndex] ?? start);
    firstTimedColumn = Math.min(firstTimedColumn, column);
  }
  const timed = firstTimedColumn < groups.length;

  const xOf = new Float64Array(selection.columnOf.length);
  let cursor = options.laneHeaderWidth;
  let x0 = cursor + gap / 2;
  let pixelsPerDay = 0;
  const phases = selection.phases.map(({ phase, index }, column): JourneyLayoutPhase => {
    if (column === firstTimedColumn) {
      x0 = cursor + gap / 2;
      pixelsPerDay = pixelsPerDayFor(options, x0, endDay - startDay);
    }
    const xOfDay = (day: number) => x0 + (day - startDay) * pixelsPerDay;
    let contentStart = Number.POSITIVE_INFINITY;
    let contentEnd = Number.NEGATIVE_INFINITY;
    let lastTimedRight: number | undefined;
    const untimed: number[] = [];
    const members = groups[column]!;
    for (let position = 0; position < members.length; position++) {
      const touchpointIndex = members[position]!;
      const start = timeline.startDays[touchpointIndex];
      if (start === undefined || column < firstTimedColumn) {
        untimed.push(touchpointIndex);
        continue;
      }
      const x = xOfDay(start);
      xOf[touchpointIndex] = x;
      const right = Math.max(x + cardWidth, xOfDay(timeline.endDays[touchpointIndex] ?? start));
      lastTimedRight = Math.max(lastTimedRight ?? right, right);
      contentStart = Math.min(contentStart, x - gap / 2);
      contentEnd = Math.max(contentEnd, right + gap / 2);
    }
    const bandStart = Math.max(cursor, contentStart === Number.POSITIVE_INFINITY ? cursor : contentStart);
    const firstUntimedX = lastTimedRight === undefined ? bandStart + gap / 2 : lastTimedRight + gap;
    untimed.forEach((touchpointIndex, slot) => {
      const x = firstUntimedX + slot * pitch;
      xOf[touchpointIndex] = x;
      contentEnd = Math.max(contentEnd, x + cardWidth + gap / 2);
    });
    const bandEnd = Math.max(bandStart + minPhaseWidth, contentEnd);
    cursor = bandEnd;
    return { id: phase.id, name: phase.name, index, x: bandStart, width: bandEnd - bandStart };
  });

  const xs = lanes.map((lane) => {
    const laneXs = new Float64Array(lane.touchpoints.length);
    lane.touchpoints.forEach((touchpointIndex, entryIndex) => (laneXs[entryIndex] = xOf[touchpointIndex]!));
    return laneXs;
  });
  const days = timed ? { startDay, endDay, x0, pixelsPerDay } : undefined;
  return { phases, xs, right: cursor, days };
}
