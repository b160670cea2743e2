/** Presentation bookkeeping of the swimlanes: items grouped per cell, roving rows, counts and card styles — derived from the core layout, no geometry computed here. */
import type { Journey, JourneyLayout, JourneyLayoutItem, Touchpoint } from '@journeykit/core';
import type { CSSProperties } from 'react';

/** What {@link swimlaneModel} derives from a layout. */
export interface SwimlaneModel {
  /** Items per cell, keyed `<laneId>|<phaseId>`, left to right. */
  cells: Map<string, JourneyLayoutItem[]>;
  /** Item keys per lane in reading order (left to right, then top to bottom): the rows of keyboard navigation. */
  rows: string[][];
  /** Center x of every item, by key. */
  centers: Map<string, number>;
  /** Distinct touchpoints per phase id. */
  phaseCounts: Map<string, number>;
  /** Items per lane id. */
  laneCounts: Map<string, number>;
  /** Position of every card inside its cell, by key (stable objects, so memoised cards keep their props). */
  styles: Map<string, CSSProperties>;
  /** Touchpoints by id (first of a repeated id wins). */
  touchpoints: Map<string, Touchpoint>;
  /** The unplaced touchpoints. */
  unplaced: Touchpoint[];
}

/** Key of the cell of a lane and a phase. */
export const cellKey = (laneId: string, phaseId: string) => `${laneId}|${phaseId}`;

/** Groups the layout's items for rendering. O(n log n). */
export function swimlaneModel(journey: Journey, layout: JourneyLayout): SwimlaneModel {
  const phaseX = new Map(layout.phases.map((phase) => [phase.id, phase.x]));
  const laneY = new Map(layout.lanes.map((lane) => [lane.id, lane.y]));
  const cells = new Map<string, JourneyLayoutItem[]>();
  const byLane = new Map<string, JourneyLayoutItem[]>();
  const centers = new Map<string, number>();
  const styles = new Map<string, CSSProperties>();
  const phaseTouchpoints = new Map<string, Set<string>>();
  for (const item of layout.items) {
    const key = cellKey(item.laneId, item.phaseId);
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(item);
    (byLane.get(item.laneId) ?? byLane.set(item.laneId, []).get(item.laneId)!).push(item);
    (phaseTouchpoints.get(item.phaseId) ?? phaseTouchpoints.set(item.phaseId, new Set()).get(item.phaseId)!).add(item.touchpointId);
    centers.set(item.key, item.x + item.width / 2);
    styles.set(item.key, { left: item.x - (phaseX.get(item.phaseId) ?? 0), top: item.y - (laneY.get(item.laneId) ?? 0), width: item.width, height: item.height });
  }
  const byPosition = (a: JourneyLayoutItem, b: JourneyLayoutItem) => a.x - b.x || a.y - b.y;
  for (const items of cells.values()) items.sort(byPosition);
  const rows = layout.lanes.map((lane) => (byLane.get(lane.id) ?? []).sort(byPosition).map((item) => item.key));
  const touchpoints = new Map<string, Touchpoint>();
  for (const touchpoint of journey.touchpoints) if (!touchpoints.has(touchpoint.id)) touchpoints.set(touchpoint.id, touchpoint);
  return {
    cells,
    rows,
    centers,
    phaseCounts: new Map([...phaseTouchpoints].map(([id, set]) => [id, set.size])),
    laneCounts: new Map(layout.lanes.map((lane) => [lane.id, byLane.get(lane.id)?.length ?? 0])),
    styles,
    touchpoints,
    unplaced: layout.unplaced.map((id) => touchpoints.get(id)).filter((touchpoint): touchpoint is Touchpoint => touchpoint !== undefined),
  };
}
