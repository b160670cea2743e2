import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';

/** One persona × phase cell. */
export interface PersonaCoverageCell {
  /** Id of the phase (the column). */
  phaseId: string;
  /** Touchpoints of the persona in the phase. */
  count: number;
  /** The phase comes before the persona's declared `joinsAt` phase: an empty cell here is expected, not a gap. */
  beforeJoin: boolean;
}

/** One channel × phase cell. */
export interface ChannelCoverageCell {
  /** Id of the phase (the column). */
  phaseId: string;
  /** Touchpoints of the channel in the phase. */
  count: number;
}

/** A row of the persona × phase matrix. */
export interface PersonaCoverageRow {
  /** Id of the persona (the row). */
  personaId: string;
  /** One cell per phase, in phase order. */
  cells: PersonaCoverageCell[];
  /** Touchpoints of the persona in known phases. */
  total: number;
}

/** A row of the channel × phase matrix. */
export interface ChannelCoverageRow {
  /** The channel (catalogue id or custom name). */
  channel: string;
  /** One cell per phase, in phase order. */
  cells: ChannelCoverageCell[];
  /** Touchpoints of the channel in known phases. */
  total: number;
}

/** An empty cell: a touchpoint the journey does not use yet. */
export type CoverageGap = { kind: 'persona'; personaId: string; phaseId: string } | { kind: 'channel'; channel: string; phaseId: string };

/** The result of {@link coverageMatrix}. */
export interface CoverageMatrix {
  /** The columns: phase ids in document order. */
  phaseIds: string[];
  /** Persona × phase counts, personas in document order. */
  personas: PersonaCoverageRow[];
  /** Channel × phase counts, channels in order of first appearance in reading order. */
  channels: ChannelCoverageRow[];
  /**
   * Empty cells, persona cells first (row by row), then channel cells. Persona cells before the
   * persona's declared `joinsAt` phase are not gaps and are left out (they have `beforeJoin: true`).
   */
  empty: CoverageGap[];
  /** (touchpoint, persona) pairs not in the persona matrix because the phase or persona is unknown (lenient mode). */
  unplacedPairs: number;
  /** Touchpoints not in the channel matrix because their phase is unknown (lenient mode). */
  unplacedTouchpoints: number;
}

/**
 * Persona × phase and channel × phase counts, and the empty cells among them — "find the
 * touchpoints you don't use yet". A touchpoint shared by several personas counts once per
 * persona (duplicate persona ids in one touchpoint count once), so the persona counts plus
 * `unplacedPairs` add up to the number of distinct (touchpoint, persona) pairs. O(n + pairs +
 * channels × phases).
 * @example
 * const { empty } = coverageMatrix(journey);
 * empty.filter((gap) => gap.kind === 'persona'); // persona has no touchpoint in that phase
 */
export function coverageMatrix(journey: Journey): CoverageMatrix {
  return coverageMatrixOf(createAnalysisContext(journey));
}

/** {@link coverageMatrix} on prepared intermediates. */
export function coverageMatrixOf(context: AnalysisContext): CoverageMatrix {
  const { journey, phaseIndex } = context;
  const phaseIds = journey.phases.map((phase) => phase.id);
  const phaseCount = phaseIds.length;

  const personas: PersonaCoverageRow[] = journey.personas.map((persona, p) => {
    const joinIndex = persona.joinsAt === undefined ? 0 : (phaseIndex.get(persona.joinsAt) ?? 0);
    let total = 0;
    const cells = phaseIds.map((phaseId, k) => {
      const count = context.cells.count[p * phaseCount + k]!;
      total += count;
      return { phaseId, count, beforeJoin: k < joinIndex };
    });
    return { personaId: persona.id, cells, total };
  });

  // Channel × phase counts in one flat array, rows in first-appearance order.
  const counts = new Float64Array(context.channels.length * phaseCount);
  const channelUsed = new Uint8Array(context.channels.length);
  let unplacedTouchpoints = 0;
  let allPairs = 0;
  const { order } = context;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    allPairs += context.personaIdsOf[index]!.length;
    const phase = context.phaseOf[index]!;
    if (phase < 0) {
      unplacedTouchpoints += 1;
      continue;
    }
    const channel = context.channelOf[index]!;
    channelUsed[channel] = 1;
    counts[channel * phaseCount + phase]! += 1;
  }
  // Channels used only by touchpoints of unknown phases get no row.
  const channels: ChannelCoverageRow[] = context.channels.flatMap((channel, c) => {
    if (channelUsed[c] === 0) return [];
    let total = 0;
    const cells = phaseIds.map((phaseId, k) => {
      const count = counts[c * phaseCount + k]!;
      total += count;
      return { phaseId, count };
    });
    return [{ channel, cells, total }];
  });

  const empty: CoverageGap[] = [];
  for (const row of personas)
    for (const cell of row.cells) if (cell.count === 0 && !cell.beforeJoin) empty.push({ kind: 'persona', personaId: row.personaId, phaseId: cell.phaseId });
  for (const row of channels) for (const cell of row.cells) if (cell.count === 0) empty.push({ kind: 'channel', channel: row.channel, phaseId: cell.phaseId });

  const placedPairs = personas.reduce((sum, row) => sum + row.total, 0);
  return { phaseIds, personas, channels, empty, unplacedPairs: allPairs - placedPairs, unplacedTouchpoints };
}
