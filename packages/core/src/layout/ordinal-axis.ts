/** The ordinal axis: phases as columns, cards side by side in reading order within each lane cell. */
import type { LaneSpec } from './lanes';
import type { ResolvedLayoutOptions } from './options';
import type { LayoutSelection } from './selection';
import type { JourneyLayoutPhase, JourneyLayoutTick } from './types';

/** Horizontal placement of every lane entry. */
export interface HorizontalPlacement {
  /** Shown phase columns or bands, left to right. */
  phases: JourneyLayoutPhase[];
  /** Left edge of each entry: `xs[laneIndex][entryIndex]`. */
  xs: Float64Array[];
  /** Right edge of the content (the last phase's end, or the rightmost card plus half a gap). */
  right: number;
}

/**
 * Lays out phase columns. A *cell* is the part of a lane inside a phase column; its cards stand
 * left to right in reading order, slot `s` at
 * `x = phase.x + gap / 2 + s · (cardWidth + gap)`.
 * A column is as wide as its fullest cell needs:
 * `width = max(minPhaseWidth, maxCellCount · (cardWidth + gap))`, so half a gap stays free at
 * each column edge. Columns follow each other from `laneHeaderWidth`.
 *
 * With `sharedSlots` (blueprint lanes) every lane uses the slots of lane 0 (the customer lane,
 * which holds every touchpoint), so all items of one touchpoint stand in one vertical line.
 * O(n).
 */
export function placeOrdinal(selection: LayoutSelection, lanes: LaneSpec[], options: ResolvedLayoutOptions, sharedSlots: boolean): HorizontalPlacement {
  const { cardWidth, gap, laneHeaderWidth, minPhaseWidth } = options;
  const pitch = cardWidth + gap;
  const { columnOf } = selection;

  const columnCount = selection.phases.length;
  const fullest = new Array<number>(columnCount).fill(0);
  const slots: Int32Array[] = [];
  const sharedSlotOf = new Int32Array(sharedSlots ? columnOf.length : 0);
  lanes.forEach((lane, laneIndex) => {
    const laneSlots = new Int32Array(lane.touchpoints.length);
    const used = new Array<number>(columnCount).fill(0);
    lane.touchpoints.forEach((touchpointIndex, entryIndex) => {
      const column = Math.max(0, columnOf[touchpointIndex]!);
      let slot: number;
      if (sharedSlots && laneIndex > 0) slot = sharedSlotOf[touchpointIndex]!;
      else {
        slot = used[column]!;
        used[column] = slot + 1;
        if (sharedSlots) sharedSlotOf[touchpointIndex] = slot;
      }
      laneSlots[entryIndex] = slot;
      if (slot >= fullest[column]!) fullest[column] = slot + 1;
    });
    slots.push(laneSlots);
  });

  let cursor = laneHeaderWidth;
  const phases = selection.phases.map(({ phase, index }, column): JourneyLayoutPhase => {
    const width = Math.max(minPhaseWidth, fullest[column]! * pitch);
    const placed = { id: phase.id, name: phase.name, index, x: cursor, width };
    cursor += width;
    return placed;
  });

  const xs = lanes.map((lane, laneIndex) => {
    const laneXs = new Float64Array(lane.touchpoints.length);
    const laneSlots = slots[laneIndex]!;
    lane.touchpoints.forEach((touchpointIndex, entryIndex) => {
      laneXs[entryIndex] = phases[Math.max(0, columnOf[touchpointIndex]!)]!.x + gap / 2 + laneSlots[entryIndex]! * pitch;
    });
    return laneXs;
  });
  return { phases, xs, right: cursor };
}

/** Ordinal ticks: one per phase column center, labelled with the phase name, valued with its id. */
export function ordinalTicks(phases: JourneyLayoutPhase[]): JourneyLayoutTick[] {
  return phases.map((phase) => ({ x: phase.x + phase.width / 2, label: phase.name, value: phase.id }));
}
