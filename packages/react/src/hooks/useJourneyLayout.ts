import { computeJourneyLayout, type Journey, type JourneyLayout, type JourneyLayoutFilter, type JourneyLayoutOptions } from '@journeykit/core';
import { useMemo } from 'react';

const OPTION_KEYS = [
  'axis',
  'lanes',
  'cardWidth',
  'cardHeight',
  'gap',
  'lanePadding',
  'phaseHeaderHeight',
  'laneHeaderWidth',
  'axisHeight',
  'minPhaseWidth',
  'minLaneHeight',
  'pixelsPerDay',
  'width',
  'emotionHeight',
  'denseThreshold',
  'locale',
] as const satisfies readonly (keyof JourneyLayoutOptions)[];
const FILTER_KEYS = ['personaIds', 'channels', 'phaseIds', 'modes', 'influences'] as const satisfies readonly (keyof JourneyLayoutFilter)[];

/** A string that changes exactly when an option value changes (not when only the object identity does). */
export function layoutOptionsKey(options: JourneyLayoutOptions): string {
  const filter = options.filter;
  return JSON.stringify([OPTION_KEYS.map((key) => options[key] ?? null), filter ? FILTER_KEYS.map((key) => filter[key] ?? null) : null]);
}

/**
 * `computeJourneyLayout` memoised on the journey and the option *values*: passing a fresh options
 * object (or filter) with the same values each render does not recompute. Returns `null` without a
 * journey. Invalid options throw (a programming error), as in core.
 * @example const layout = useJourneyLayout(journey, { lanes: 'channel', filter });
 */
export function useJourneyLayout(journey: Journey | null | undefined, options: JourneyLayoutOptions = {}): JourneyLayout | null {
  const key = layoutOptionsKey(options);
  // `key` stands for the option values: a new but equal options object reuses the layout.
  return useMemo(() => (journey ? computeJourneyLayout(journey, options) : null), [journey, key]);
}
