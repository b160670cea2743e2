import type { Journey } from './types';
import type { JourneyTimeline } from './time';
import { journeyTimeline } from './time';

/**
 * Indexes of `journey.touchpoints` in reading order: by phase (the order of `journey.phases`),
 * then by time, then by `order`, then by position in the document. Touchpoints of unknown
 * phases (lenient mode) come last. Every analysis and layout uses this one order.
 */
export function touchpointOrder(journey: Journey, timeline: JourneyTimeline = journeyTimeline(journey)): number[] {
  const phaseRank = new Map(journey.phases.map((phase, index) => [phase.id, index]));
  const unknownPhase = journey.phases.length;
  const indexes = journey.touchpoints.map((_, index) => index);
  const missingLast = (value: number | undefined) => (value === undefined ? Number.POSITIVE_INFINITY : value);
  return indexes.sort((a, b) => {
    const left = journey.touchpoints[a]!;
    const right = journey.touchpoints[b]!;
    return (
      (phaseRank.get(left.phaseId) ?? unknownPhase) - (phaseRank.get(right.phaseId) ?? unknownPhase) ||
      compareNumbers(missingLast(timeline.startDays[a]), missingLast(timeline.startDays[b])) ||
      compareNumbers(missingLast(left.order), missingLast(right.order)) ||
      a - b
    );
  });
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
