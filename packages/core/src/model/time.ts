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
  const ats: unknown[] = new Array(n);
  const durations = new Float64Array(n);
  for (let index = 0; index < n; index++) {
    // `for…in` reads by position: touchpoints come in many shapes, lookups by name are slow.
    const touchpoint = touchpoints[index]! as unknown as Record<string, unknown>;
    for (const key in touchpoint)
      if (key === 'at') ats[index] = touchpoint[key];
      else if (key === 'durationDays') durations[index] = (touchpoint[key] as number | undefined) ?? 0;
  }
  return timelineOf(journey.startDate, ats, durations);
}

/**
 * {@link journeyTimeline} from fields already read: `at` of every touchpoint (`undefined` when
 * absent) and `durationDays` (0 when absent), by index. For callers that walk the touchpoints
 * anyway (analysis and layout read all their fields in one pass). O(n).
 */
export function timelineOf(startDate: string | undefined, ats: readonly unknown[], durations: Float64Array): JourneyTimeline {
  const n = ats.length;
  // ISO dates parsed once each (NaN: no date); a touchpoint mostly shares its neighbour's date.
  const dateMs = new Float64Array(n).fill(Number.NaN);
  let originMs = startDate ? parseIsoDate(startDate) : null;
  let earliest = Number.POSITIVE_INFINITY;
  let lastText: string | undefined;
  let lastMs: number | null = null;
  for (let index = 0; index < n; index++) {
    const at = ats[index];
    if (typeof at !== 'string') continue;
    if (at !== lastText) {
      lastText = at;
      lastMs = parseIsoDate(at);
    }
    if (lastMs !== null) {
      dateMs[index] = lastMs;
      if (lastMs < earliest) earliest = lastMs;
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
