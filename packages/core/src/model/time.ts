import { daysBetween, parseIsoDate } from '../schema/dates';
import type { Journey } from './types';

/** When each touchpoint happens, in days on one axis for the whole journey. */
export interface JourneyTimeline {
  /**
   * Epoch milliseconds of day 0: the journey's `startDate`, else the earliest ISO date among
   * the touchpoints, else `null` (the journey is timed in day offsets only, or not at all).
   */
  originMs: number | null;
  /** Start day of each touchpoint, by index in `journey.touchpoints`; `undefined` when it has no `at`. */
  startDays: (number | undefined)[];
  /** End day of each touchpoint (`start + durationDays`), by index; `undefined` when it has no `at`. */
  endDays: (number | undefined)[];
  /** Whether at least one touchpoint has a time. */
  timed: boolean;
}

/**
 * Puts every touchpoint on one day axis. ISO dates count from the origin; numbers are already
 * days since the journey start. Pure and deterministic; O(n).
 */
export function journeyTimeline(journey: Journey): JourneyTimeline {
  const { touchpoints } = journey;
  const dateMs = touchpoints.map((touchpoint) => (typeof touchpoint.at === 'string' ? parseIsoDate(touchpoint.at) : null));
  let originMs = journey.startDate ? parseIsoDate(journey.startDate) : null;
  if (originMs === null)
    for (const ms of dateMs) if (ms !== null && (originMs === null || ms < originMs)) originMs = ms;

  const startDays: (number | undefined)[] = new Array(touchpoints.length);
  const endDays: (number | undefined)[] = new Array(touchpoints.length);
  let timed = false;
  touchpoints.forEach((touchpoint, index) => {
    const ms = dateMs[index];
    const start = typeof touchpoint.at === 'number' ? touchpoint.at : ms !== null && ms !== undefined && originMs !== null ? daysBetween(originMs, ms) : undefined;
    startDays[index] = start;
    endDays[index] = start === undefined ? undefined : start + (touchpoint.durationDays ?? 0);
    if (start !== undefined) timed = true;
  });
  return { originMs, startDays, endDays, timed };
}
