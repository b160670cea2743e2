import { readingOrder } from '../model/order';
import { timelineOf, type JourneyTimeline } from '../model/time';
import type { Journey } from '../model/types';
import { readColumns, type TouchpointColumns } from './columns';

/**
 * Intermediates shared by every analysis, computed once per journey in O(n log n) (the reading
 * order sort) plus O(touchpoint × persona pairs). Internal: the public functions build it, and
 * `analyzeJourney` builds it once for all of them.
 */
export interface AnalysisContext {
  /** The journey analysed. */
  journey: Journey;
  /** Its time axis (`journeyTimeline`). */
  timeline: JourneyTimeline;
  /** Indexes into `journey.touchpoints`, in reading order (`touchpointOrder`). */
  order: number[];
  /** Position in reading order, by index in `journey.touchpoints`. */
  readingIndex: Int32Array;
  /** Index in `journey.phases` by touchpoint index; `-1` for an unknown phase (lenient mode). */
  phaseOf: Int32Array;
  /** Index in `journey.phases` by phase id. */
  phaseIndex: Map<string, number>;
  /** Index in `journey.personas` by persona id. */
  personaIndex: Map<string, number>;
  /** Distinct persona ids of each touchpoint (duplicates in a document count once), by touchpoint index. */
  personaIdsOf: string[][];
  /**
   * The (touchpoint, persona) pairs as persona indexes (`-1` for an unknown persona): those of
   * touchpoint `i` are `pairPersona[pairStart[i]] … pairPersona[pairStart[i + 1] - 1]`, in the
   * order of `personaIdsOf[i]`.
   */
  pairPersona: Int32Array;
  /** Offsets into `pairPersona` by touchpoint index (length `touchpoints + 1`). */
  pairStart: Int32Array;
  /** Every touchpoint field the analyses read, as columns by touchpoint index (see `readColumns`). */
  columns: TouchpointColumns;
  /** Emotion scale bounds and their range (`max − min`, always > 0 for a valid journey). */
  scale: { min: number; max: number; range: number };
  /** Distinct channels in order of first appearance in reading order (all touchpoints). */
  channels: string[];
  /** Index into `channels` by touchpoint index. */
  channelOf: Int32Array;
  /** Touchpoint indexes of each known phase, in reading order, by phase index. */
  byPhase: number[][];
  /** Statistics per persona × phase cell, at `personaIndex * phaseCount + phaseIndex`. */
  cells: CellStats;
  /** Statistics per phase (all personas), by phase index. */
  phaseStats: CellStats;
}

/** Sums kept per cell so that means are computed without a second pass. */
export interface CellStats {
  /** Touchpoints in the cell. */
  count: Float64Array;
  /** Sum of the emotions recorded in the cell. */
  emotionSum: Float64Array;
  /** Touchpoints of the cell that have an emotion. */
  emotionCount: Float64Array;
  /** Sum of the desired emotions recorded in the cell. */
  desiredSum: Float64Array;
  /** Touchpoints of the cell that have a desired emotion. */
  desiredCount: Float64Array;
}

function cellStats(size: number): CellStats {
  return {
    count: new Float64Array(size),
    emotionSum: new Float64Array(size),
    emotionCount: new Float64Array(size),
    desiredSum: new Float64Array(size),
    desiredCount: new Float64Array(size),
  };
}

function addToCell(stats: CellStats, cell: number, emotion: number, desired: number): void {
  stats.count[cell]! += 1;
  if (emotion === emotion) {
    stats.emotionSum[cell]! += emotion;
    stats.emotionCount[cell]! += 1;
  }
  if (desired === desired) {
    stats.desiredSum[cell]! += desired;
    stats.desiredCount[cell]! += 1;
  }
}

/** Mean emotion of a cell, or `null` when no touchpoint of it has an emotion. */
export function meanEmotion(stats: CellStats, cell: number): number | null {
  const n = stats.emotionCount[cell] ?? 0;
  return n === 0 ? null : stats.emotionSum[cell]! / n;
}

/** Mean desired emotion of a cell, or `null` when no touchpoint of it has one. */
export function meanDesired(stats: CellStats, cell: number): number | null {
  const n = stats.desiredCount[cell] ?? 0;
  return n === 0 ? null : stats.desiredSum[cell]! / n;
}

/** The distinct ids of a touchpoint's `personaIds`, in their document order. */
export function distinctPersonaIds(ids: string[]): string[] {
  if (ids.length < 2) return ids;
  if (ids.length === 2) return ids[0] === ids[1] ? [ids[0]!] : ids;
  return [...new Set(ids)];
}

/** Builds the shared intermediates of one journey. */
export function createAnalysisContext(journey: Journey): AnalysisContext {
  const { min, max } = journey.emotionScale;
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min))
    throw new RangeError(`emotionScale: max (${max}) must be a number greater than min (${min}); parse the document with parseJourney first`);
  const { touchpoints, phases, personas } = journey;
  // One pass over the touchpoints reads every field, those of the time axis and order included.
  const { columns, channel: channelNames, personaIds: personaIdLists, at, durationDays, orderKey } = readColumns(touchpoints);
  const timeline = timelineOf(journey.startDate, at, durationDays);
  const order = readingOrder(phases, columns.phaseId, orderKey, timeline);
  const phaseIndex = new Map(phases.map((phase, index) => [phase.id, index]));
  const personaIndex = new Map(personas.map((persona, index) => [persona.id, index]));
  const phaseCount = phases.length;

  const n = touchpoints.length;
  const readingIndex = new Int32Array(n);
  order.forEach((touchpointIndex, position) => (readingIndex[touchpointIndex] = position));
  const phaseOf = new Int32Array(n);
  const personaIdsOf: string[][] = new Array(n);
  const pairStart = new Int32Array(n + 1);
  const byPhase: number[][] = phases.map(() => []);
  const cells = cellStats(personas.length * phaseCount);
  const phaseStats = cellStats(phaseCount);
  const channels: string[] = [];
  const channelIndex = new Map<string, number>();
  const channelOf = new Int32Array(n);

  // Pairs are laid out by document index so that `pairStart` is a plain prefix sum. Counted
  // first, then written into an array of the final size: growing a list of 50,000 pairs by
  // `push` costs more than the whole pass (each growth past ~16,000 entries copies a large object).
  let pairCount = 0;
  for (let index = 0; index < n; index += 1) {
    const ids = distinctPersonaIds(personaIdLists[index]!);
    personaIdsOf[index] = ids;
    pairStart[index] = pairCount;
    pairCount += ids.length;
    phaseOf[index] = phaseIndex.get(columns.phaseId[index]!) ?? -1;
  }
  pairStart[n] = pairCount;
  const pairPersona = new Int32Array(pairCount);
  for (let index = 0, pair = 0; index < n; index += 1) {
    const ids = personaIdsOf[index]!;
    for (let k = 0; k < ids.length; k += 1) pairPersona[pair++] = personaIndex.get(ids[k]!) ?? -1;
  }

  for (let position = 0; position < n; position += 1) {
    const index = order[position]!;
    const name = channelNames[index]!;
    let channel = channelIndex.get(name);
    if (channel === undefined) {
      channel = channels.length;
      channelIndex.set(name, channel);
      channels.push(name);
    }
    channelOf[index] = channel;
    const phase = phaseOf[index]!;
    if (phase < 0) continue;
    byPhase[phase]!.push(index);
    const emotion = columns.emotion[index]!;
    const desired = columns.desired[index]!;
    addToCell(phaseStats, phase, emotion, desired);
    for (let pair = pairStart[index]!; pair < pairStart[index + 1]!; pair += 1) {
      const persona = pairPersona[pair]!;
      if (persona >= 0) addToCell(cells, persona * phaseCount + phase, emotion, desired);
    }
  }

  return {
    journey,
    timeline,
    order,
    readingIndex,
    phaseOf,
    phaseIndex,
    personaIndex,
    personaIdsOf,
    pairPersona,
    pairStart,
    columns,
    scale: { min, max, range: max - min },
    channels,
    channelOf,
    byPhase,
    cells,
    phaseStats,
  };
}
