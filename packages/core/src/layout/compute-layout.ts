/** The layout engine's entry point: a journey in, every pixel position out. */
import { smi, smiIfPresent } from '../model/smi';
import type { Journey } from '../model/types';
import { emotionBand, type LaneItems } from './emotion-band';
import { buildLanes, type LaneSpec } from './lanes';
import { resolveLayoutOptions, type ResolvedLayoutOptions } from './options';
import { ordinalTicks, placeOrdinal, type HorizontalPlacement } from './ordinal-axis';
import { selectTouchpoints, type LayoutSelection } from './selection';
import { stackBoxes, type Stacking } from './stacking';
import { OrdinalItem, TimedItem } from './records';
import { placeOnTimeAxis } from './time-axis';
import { timeTicks } from './time-ticks';
import type { JourneyLayout, JourneyLayoutAxis, JourneyLayoutItem, JourneyLayoutLane, JourneyLayoutOptions } from './types';

/** Rows of every lane: on the ordinal axis all cards stand in row 0; on the time axis overlapping cards are stacked. */
function stackLanes(lanes: LaneSpec[], placement: HorizontalPlacement, selection: LayoutSelection, options: ResolvedLayoutOptions): Stacking[] {
  return lanes.map((lane, laneIndex) => {
    if (options.axis === 'ordinal') return { rows: new Int32Array(lane.touchpoints.length), rowCount: lane.touchpoints.length > 0 ? 1 : 0 };
    const ranks = new Int32Array(lane.touchpoints.length);
    lane.touchpoints.forEach((touchpointIndex, entryIndex) => (ranks[entryIndex] = selection.orderOf[touchpointIndex]!));
    return stackBoxes(placement.xs[laneIndex]!, ranks, options.cardWidth, options.gap);
  });
}

/**
 * Lane height: `max(minLaneHeight, 2 · lanePadding + r · cardHeight + (r − 1) · gap)` with
 * `r = max(1, rows)`, so an empty lane is as tall as a lane with one row.
 */
function laneHeight(rows: number, options: ResolvedLayoutOptions): number {
  const r = Math.max(1, rows);
  return Math.max(options.minLaneHeight, 2 * options.lanePadding + r * options.cardHeight + (r - 1) * options.gap);
}

/**
 * Lays out a journey map: phases across (columns, or bands on a time axis), lanes down (by
 * persona, channel or service-blueprint layer), a card per touchpoint and lane, and an emotion
 * band below. Pure and deterministic: the same journey and options always give the same,
 * JSON-serialisable result. O(n log n) in the number of touchpoints.
 *
 * - **Ordinal axis**: within a phase column each lane cell lays its cards left to right in
 *   reading order (`touchpointOrder`), slot `s` at `x = phase.x + gap/2 + s·(cardWidth + gap)`;
 *   a column is `max(minPhaseWidth, fullest cell · (cardWidth + gap))` wide. Blueprint layers
 *   reuse the slots of the customer lane, so a touchpoint's items stand in one vertical line.
 * - **Time axis**: a card's left edge at its start day, `x = x0 + (day − startDay)·pixelsPerDay`
 *   (the same x in every lane); cards that would come closer than `gap` are stacked into rows,
 *   first fit taken by x, and the lane grows. Touchpoints without `at` follow the last timed
 *   card of their phase, one card pitch apart, in reading order; phases before the first timed
 *   one are laid out like ordinal columns and the scale starts after them. Phase bands cover
 *   their cards and durations and never overlap: when phases overlap in time, a band starts
 *   where the previous one ends (some early cards then stand in the previous band).
 * - Card `y = lane.y + lanePadding + row·(cardHeight + gap)`; lane height
 *   `max(minLaneHeight, 2·lanePadding + rows·cardHeight + (rows − 1)·gap)` (at least one row).
 * - Shown touchpoints with an unknown phase or no known persona go to `unplaced`.
 * - `dense` when there are more items than `denseThreshold` (default 2000); emotion path strings
 *   are then left '' unless `emotionPaths: true` (canvas renderers draw `points` with `emotionLine`).
 *   They are also left '' when `emotionHeight` is 0 (no band to draw them in), unless asked for.
 *
 * @throws {RangeError | TypeError} for a bad option, naming it (e.g. `options.cardWidth`).
 * @example
 * const layout = computeJourneyLayout(parseJourney(doc), { axis: 'time', lanes: 'persona' });
 * for (const item of layout.items) drawCard(item.x, item.y, item.width, item.height, item.touchpointId);
 */
export function computeJourneyLayout(journey: Journey, options: JourneyLayoutOptions = {}): JourneyLayout {
  const resolved = resolveLayoutOptions(journey, options);
  const { cardWidth, cardHeight, gap, lanePadding, laneHeaderWidth, phaseHeaderHeight, axisHeight } = resolved;
  const selection = selectTouchpoints(journey, resolved.filter, resolved.lanes === 'channel');
  const { timeline } = selection;
  const laneSpecs = buildLanes(journey, selection, resolved.lanes, resolved.locale);
  const time = resolved.axis === 'time' ? placeOnTimeAxis(timeline, selection, laneSpecs, resolved) : undefined;
  const placement = time ?? placeOrdinal(selection, laneSpecs, resolved, resolved.lanes === 'blueprint');
  const stacks = stackLanes(laneSpecs, placement, selection, resolved);

  let y = phaseHeaderHeight + axisHeight;
  const lanes = laneSpecs.map((spec, index): JourneyLayoutLane => {
    const rows = stacks[index]!.rowCount;
    const lane: JourneyLayoutLane = { id: spec.id, kind: spec.kind, label: spec.label, y, height: laneHeight(rows, resolved), rows, index };
    if (spec.personaId !== undefined) lane.personaId = spec.personaId;
    if (spec.channel !== undefined) lane.channel = spec.channel;
    if (spec.layer !== undefined) lane.layer = spec.layer;
    y += lane.height;
    return lane;
  });

  const { ids, phaseIds } = selection.columns;
  const laneItems: LaneItems[] = laneSpecs.map((spec, laneIndex) => {
    const lane = lanes[laneIndex]!;
    const xs = placement.xs[laneIndex]!;
    const rows = stacks[laneIndex]!.rows;
    const keySuffix = `@${lane.id}`;
    const laneId = lane.id;
    const laneTop = lane.y + lanePadding;
    const labels = spec.labels;
    const items = spec.touchpoints.map((touchpointIndex, entryIndex): JourneyLayoutItem => {
      const id = ids[touchpointIndex]!;
      const row = rows[entryIndex]!;
      const key = id + keySuffix;
      const phaseId = phaseIds[touchpointIndex]!;
      const x = smi(xs[entryIndex]!);
      const y = laneTop + row * (cardHeight + gap);
      const order = selection.orderOf[touchpointIndex]!;
      const day = time ? smiIfPresent(timeline.startDays[touchpointIndex]) : undefined;
      const label = labels?.[entryIndex];
      // Made by constructors, not object literals (see `records.ts`); keys in the same order as ever.
      if (day === undefined) return new OrdinalItem(key, id, touchpointIndex, phaseId, laneId, x, y, cardWidth, cardHeight, row, order, label);
      const endDay = smi(timeline.endDays[touchpointIndex] ?? day);
      return new TimedItem(key, id, touchpointIndex, phaseId, laneId, x, y, cardWidth, cardHeight, row, order, day, endDay, label);
    });
    return { lane, items };
  });

  const items = ([] as JourneyLayoutItem[]).concat(...laneItems.map((lane) => lane.items)); // concat: far faster than flatMap for long lists
  const dense = items.length > resolved.denseThreshold;
  const width = Math.max(placement.right, laneHeaderWidth);
  const emotionFrame = { x: laneHeaderWidth, y, width: width - laneHeaderWidth, height: resolved.emotionHeight, padding: lanePadding };
  const emotion = emotionBand(journey, selection, laneItems, emotionFrame, resolved.emotionPaths ?? (!dense && resolved.emotionHeight > 0));

  const axis: JourneyLayoutAxis = { kind: resolved.axis, y: phaseHeaderHeight, height: axisHeight, ticks: [] };
  if (!time) axis.ticks = ordinalTicks(placement.phases);
  else if (time.days) {
    axis.days = timeline.originMs === null ? time.days : { ...time.days, origin: new Date(timeline.originMs).toISOString() };
    axis.ticks = timeTicks(time.days, timeline.originMs, resolved.locale);
  }

  return {
    width,
    height: y + resolved.emotionHeight,
    dense,
    laneKind: resolved.lanes,
    phaseHeader: { y: 0, height: phaseHeaderHeight },
    laneHeader: { x: 0, width: laneHeaderWidth },
    phases: placement.phases,
    lanes,
    items,
    unplaced: selection.unplaced,
    emotion,
    axis,
  };
}
