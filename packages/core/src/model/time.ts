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
  const n = touchpoints.length;
  // One read of `at`/`durationDays` per touchpoint; ISO dates parsed once (NaN: no date).
  const ats: unknown[] = new Array(n);
  const durations = new Float64Array(n);
  const dateMs = new Float64Array(n).fill(Number.NaN);
  let originMs = journey.startDate ? parseIsoDate(journey.startDate) : null;
  let earliest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < n; index++) {
    // `for…in` reads by position: touchpoints come in many shapes, lookups by name are slow.
    const touchpoint = touchpoints[index]! as unknown as Record<string, unknown>;
    let at: unknown;
    for (const key in touchpoint)
      if (key === 'at') at = touchpoint[key];
      else if (key === 'durationDays') durations[index] = (touchpoint[key] as number | undefined) ?? 0;
    ats[index] = at;
    if (typeof at === 'string') {
      const ms = parseIsoDate(at);
      if (ms !== null) {
        dateMs[index] = ms;
        if (ms < earliest) earliest = ms;
      }
    }
  }
  if (originMs === null && earliest !== Number.POSITIVE_INFINITY) originMs = earliest;

  const startDays: (number | undefined)[] = new Array(n);
  const endDays: (number | undefined)[] = new Array(n);
  let timed = false;
  for (let index = 0; index < n; index++) {
    const at = ats[index];
    const ms = dateMs[index]!;
    const start = typeof at === 'number' ? at : ms === ms && originMs !== null ? daysBetween(originMs, ms) : undefined;
    startDays[index] = start;
    endDays[index] = start === undefined ? undefined : start + durations[index]!;
    if (start !== undefined) timed = true;
  }
  return { originMs, startDays, endDays, timed };
}
