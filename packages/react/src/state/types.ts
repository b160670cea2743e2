import type { AxisKind, JourneyLayoutFilter, LaneKind } from '@journeykit/core';

/** Which touchpoints are shown: personas, channels, phases, modes and influences (absent = all). */
export type JourneyFilters = JourneyLayoutFilter;

/** How the map is drawn. */
export interface JourneyView {
  /** Swimlanes by phase column (`'ordinal'`) or the real time axis (`'time'`). */
  axis: AxisKind;
  /** What the lanes stand for. */
  lanes: LaneKind;
}

/** The selected touchpoint id, or `null`. */
export type JourneySelection = string | null;

/** The default view: swimlanes by persona. */
export const DEFAULT_VIEW: JourneyView = { axis: 'ordinal', lanes: 'persona' };
/** No filter: everything shown. */
export const NO_FILTERS: JourneyFilters = {};
