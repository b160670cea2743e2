/** When a map switches from HTML cards to canvas marks. */
import type { Journey, JourneyLayoutOptions } from '@journeykit/core';

/**
 * How touchpoints are drawn: `'cards'` (an HTML card each, ARIA grid), `'dense'` (marks on a
 * `<canvas>`, for big maps) or `'auto'` (dense beyond {@link DENSE_TOUCHPOINT_THRESHOLD} touchpoints).
 */
export type JourneyDensity = 'auto' | 'cards' | 'dense';

/**
 * `density="auto"` draws marks on a canvas for journeys with more touchpoints than this: beyond
 * about a thousand cards (each ~15 DOM elements) the DOM, not the data, makes the map slow.
 */
export const DENSE_TOUCHPOINT_THRESHOLD = 1000;

/** Whether a map of `journey` is drawn dense. */
export function isDense(density: JourneyDensity | undefined, journey: Journey | null): boolean {
  if (density === 'dense') return true;
  if (density === 'cards' || !journey) return false;
  return journey.touchpoints.length > DENSE_TOUCHPOINT_THRESHOLD;
}

/** Sizes of a dense map: a mark is a narrow bar, so a lane holds thousands side by side; headers as in the swimlanes. */
export const DENSE_SIZES = {
  cardWidth: 10,
  cardHeight: 60,
  gap: 4,
  lanePadding: 19,
  phaseHeaderHeight: 84,
  laneHeaderWidth: 232,
  minLaneHeight: 98,
} as const satisfies JourneyLayoutOptions;

/** Sizes of a dense timeline: shorter bars, as overlapping touchpoints stack into rows. */
export const DENSE_TIMELINE_SIZES = { ...DENSE_SIZES, cardHeight: 18, gap: 3, lanePadding: 12, axisHeight: 28, minLaneHeight: 98 } as const satisfies JourneyLayoutOptions;
