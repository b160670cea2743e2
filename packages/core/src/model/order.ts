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
  const { touchpoints } = journey;
  const n = touchpoints.length;
  // Sort keys read once (no lookups per comparison); a missing time or order sorts last.
  const phaseKey = new Int32Array(n);
  const startKey = new Float64Array(n);
  const orderKey = new Float64Array(n);
  const indexes: number[] = new Array(n);
  for (let index = 0; index < n; index++) {
    // `for…in` reads by position: touchpoints come in many shapes, lookups by name are slow.
    const touchpoint = touchpoints[index]! as unknown as Record<string, unknown>;
    let phaseId: unknown;
    let order: unknown;
    for (const key in touchpoint)
      if (key === 'phaseId') phaseId = touchpoint[key];
      else if (key === 'order') order = touchpoint[key];
    phaseKey[index] = phaseRank.get(phaseId as string) ?? unknownPhase;
    startKey[index] = timeline.startDays[index] ?? Number.POSITIVE_INFINITY;
    orderKey[index] = (order as number | undefined) ?? Number.POSITIVE_INFINITY;
    indexes[index] = index;
  }
  return indexes.sort(
    (a, b) =>
      phaseKey[a]! - phaseKey[b]! ||
      compareNumbers(startKey[a]!, startKey[b]!) ||
      compareNumbers(orderKey[a]!, orderKey[b]!) ||
      a - b,
  );
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
