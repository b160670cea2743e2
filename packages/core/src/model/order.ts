import type { Journey } from './types';
import type { JourneyTimeline } from './time';
import { journeyTimeline } from './time';

/**
 * Indexes of `journey.touchpoints` in reading order: by phase (the order of `journey.phases`),
 * then by time, then by `order`, then by position in the document. Touchpoints of unknown
 * phases (lenient mode) come last. Every analysis and layout uses this one order.
 */
export function touchpointOrder(journey: Journey, timeline: JourneyTimeline = journeyTimeline(journey)): number[] {
  const { touchpoints } = journey;
  const n = touchpoints.length;
  const phaseIds: unknown[] = new Array(n);
  const orderKeys = new Float64Array(n);
  for (let index = 0; index < n; index++) {
    // `for…in` reads by position: touchpoints come in many shapes, lookups by name are slow.
    const touchpoint = touchpoints[index]! as unknown as Record<string, unknown>;
    let order: unknown;
    for (const key in touchpoint)
      if (key === 'phaseId') phaseIds[index] = touchpoint[key];
      else if (key === 'order') order = touchpoint[key];
    orderKeys[index] = (order as number | undefined) ?? Number.POSITIVE_INFINITY;
  }
  return readingOrder(journey.phases, phaseIds, orderKeys, timeline);
}

/**
 * {@link touchpointOrder} from fields already read: every touchpoint's `phaseId` and its
 * `order ?? Infinity`, by index. For callers that walk the touchpoints anyway. O(n log n).
 */
export function readingOrder(phases: readonly { id: string }[], phaseIds: readonly unknown[], orderKeys: Float64Array, timeline: JourneyTimeline): number[] {
  const phaseRank = new Map(phases.map((phase, index) => [phase.id, index]));
  const unknownPhase = phases.length;
  const n = phaseIds.length;
  // Sort keys read once (no lookups per comparison); a missing time or order sorts last.
  const phaseKey = new Int32Array(n);
  const startKey = new Float64Array(n);
  const indexes: number[] = new Array(n);
  for (let index = 0; index < n; index++) {
    phaseKey[index] = phaseRank.get(phaseIds[index] as string) ?? unknownPhase;
    startKey[index] = timeline.startDays[index] ?? Number.POSITIVE_INFINITY;
    indexes[index] = index;
  }
  return indexes.sort(
    (a, b) =>
      phaseKey[a]! - phaseKey[b]! ||
      compareNumbers(startKey[a]!, startKey[b]!) ||
      compareNumbers(orderKeys[a]!, orderKeys[b]!) ||
      a - b,
  );
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
