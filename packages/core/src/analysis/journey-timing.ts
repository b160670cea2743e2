import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';
import { medianOf } from './numbers';

/** Timing of one phase. */
export interface PhaseTiming {
  /** Id of the phase. */
  phaseId: string;
  /** Earliest start day of its timed touchpoints, `null` when none is timed. */
  startDay: number | null;
  /** Latest end day (`start + durationDays`) of its timed touchpoints, `null` when none is timed. */
  endDay: number | null;
  /** `endDay − startDay`, `null` when none is timed. */
  durationDays: number | null;
  /** All touchpoints of the phase, timed or not. */
  touchpointCount: number;
  /** Touchpoints of the phase with a time. */
  timedCount: number;
}

/** The result of {@link journeyTiming}. Every figure is `null` when the journey (or phase) is untimed. */
export interface JourneyTiming {
  /** Whether any touchpoint has a time. */
  timed: boolean;
  /** Day 0 as an ISO date-time (`2026-03-01T00:00:00.000Z`): the journey's `startDate`, else its earliest dated touchpoint; `null` for journeys timed in day offsets only (or untimed). */
  originDate: string | null;
  /** Earliest start day of any touchpoint. */
  startDay: number | null;
  /** Latest end day of any touchpoint. */
  endDay: number | null;
  /** Total duration in days: first start → last end. */
  totalDays: number | null;
  /** Median of the start-to-start intervals between consecutive timed touchpoints (sorted by start day); `null` with fewer than 2 timed touchpoints. */
  medianGapDays: number | null;
  /** Touchpoints with a time. */
  timedCount: number;
  /** Per phase, in phase order. */
  phases: PhaseTiming[];
}

/**
 * How long the journey and each phase take, on the day axis of `journeyTimeline` (ISO dates
 * and day offsets alike; touchpoints of unknown phases count in the totals only). O(n log n).
 * @example
 * const { totalDays, medianGapDays } = journeyTiming(journey); // e.g. 28.2 and 3
 */
export function journeyTiming(journey: Journey): JourneyTiming {
  return journeyTimingOf(createAnalysisContext(journey));
}

/** {@link journeyTiming} on prepared intermediates. */
export function journeyTimingOf(context: AnalysisContext): JourneyTiming {
  const { journey, timeline } = context;
  const { startDays, endDays } = timeline;
  const starts: number[] = [];
  let startDay: number | null = null;
  let endDay: number | null = null;
  for (let index = 0; index < startDays.length; index += 1) {
    const start = startDays[index];
    if (start === undefined) continue;
    const end = endDays[index]!;
    starts.push(start);
    if (startDay === null || start < startDay) startDay = start;
    if (endDay === null || end > endDay) endDay = end;
  }

  const phases: PhaseTiming[] = journey.phases.map((phase, k) => {
    let first: number | null = null;
    let last: number | null = null;
    let timedCount = 0;
    const members = context.byPhase[k]!;
    for (let position = 0; position < members.length; position += 1) {
      const index = members[position]!;
      const start = startDays[index];
      if (start === undefined) continue;
      const end = endDays[index]!;
      timedCount += 1;
      if (first === null || start < first) first = start;
      if (last === null || end > last) last = end;
    }
    return {
      phaseId: phase.id,
      startDay: first,
      endDay: last,
      durationDays: first === null || last === null ? null : last - first,
      touchpointCount: members.length,
      timedCount,
    };
  });

  const sorted = Float64Array.from(starts).sort();
  const gaps = new Float64Array(Math.max(0, sorted.length - 1));
  for (let i = 1; i < sorted.length; i += 1) gaps[i - 1] = sorted[i]! - sorted[i - 1]!;

  return {
    timed: timeline.timed,
    originDate: timeline.timed && timeline.originMs !== null ? new Date(timeline.originMs).toISOString() : null,
    startDay,
    endDay,
    totalDays: startDay === null || endDay === null ? null : endDay - startDay,
    medianGapDays: medianOf(gaps),
    timedCount: starts.length,
    phases,
  };
}
