/** Which touchpoints, phases and personas a layout shows (the filter), and which cannot be placed. */
import type { Journey, Persona, Phase } from '../model/types';
import { readingOrder } from '../model/order';
import { timelineOf, type JourneyTimeline } from '../model/time';
import { readTouchpoints, type TouchpointColumns } from './touchpoint-columns';
import type { JourneyLayoutFilter } from './types';

/** The shown part of a journey, in reading order, with lookups by touchpoint index. */
export interface LayoutSelection {
  /** Shown phases in document order, with their index in `journey.phases`. */
  phases: { phase: Phase; index: number }[];
  /** Shown personas in document order. */
  personas: Persona[];
  /** Indexes (in `journey.touchpoints`) of the touchpoints to lay out, in reading order. */
  placed: number[];
  /** Reading-order rank of every touchpoint, by index (`touchpointOrder` position). */
  orderOf: Int32Array;
  /** Index in `journey.phases` of every touchpoint's phase, by index; -1 when unknown. */
  phaseIndexOf: Int32Array;
  /** Column (position in `phases`) of every placed touchpoint, by index; -1 when not placed. */
  columnOf: Int32Array;
  /** The known, shown persona ids of every placed touchpoint, by index (deduplicated, in the touchpoint's order); `undefined` when not placed. */
  personasOf: (string[] | undefined)[];
  /** Ids of shown touchpoints with an unknown phase or no known persona, in reading order. */
  unplaced: string[];
  /** The touchpoint fields the layout needs, by index. */
  columns: TouchpointColumns;
  /** The journey's time axis (`journeyTimeline`, from the columns). */
  timeline: JourneyTimeline;
}

/** A Set-based membership test for long filter lists (O(1) per lookup). */
function setOf(list: readonly string[] | undefined): Set<string> | undefined {
  return list === undefined ? undefined : new Set(list);
}

/**
 * Applies `filter` to the journey. A touchpoint is shown when it matches every given criterion
 * (`personaIds`: at least one of its personas is listed). A shown touchpoint whose phase is unknown,
 * or none of whose personas is both known and shown, is *unplaced*: listed, never silently dropped.
 * Persona ids a touchpoint names but the journey does not know are ignored when another is known.
 * `needChannels`: also read the channel column (lanes by channel). Reads every touchpoint once and
 * builds the time axis from what it read. O(n log n) (the reading order sort).
 */
export function selectTouchpoints(journey: Journey, filter: JourneyLayoutFilter, needChannels: boolean): LayoutSelection {
  const phaseFilter = setOf(filter.phaseIds);
  const personaFilter = setOf(filter.personaIds);
  const channelFilter = setOf(filter.channels);
  const modeFilter = setOf(filter.modes);
  const influenceFilter = setOf(filter.influences);
  const phases = journey.phases.map((phase, index) => ({ phase, index })).filter(({ phase }) => phaseFilter === undefined || phaseFilter.has(phase.id));
  const seenPersonas = new Set<string>();
  const personas = journey.personas.filter((persona) => {
    if (seenPersonas.has(persona.id)) return false; // a duplicate id (unvalidated input) gets no second lane
    seenPersonas.add(persona.id);
    return personaFilter === undefined || personaFilter.has(persona.id);
  });

  const phaseIndexById = new Map<string, number>();
  journey.phases.forEach((phase, index) => {
    if (!phaseIndexById.has(phase.id)) phaseIndexById.set(phase.id, index);
  });
  const columnOfPhase = new Map(phases.map(({ index }, column) => [index, column]));
  const knownPersonas = new Set(journey.personas.map((persona) => persona.id));

  const columns = readTouchpoints(journey, { channels: needChannels || channelFilter !== undefined, modes: modeFilter !== undefined, influences: influenceFilter !== undefined });
  const timeline = timelineOf(journey.startDate, columns.ats, columns.durationDays);
  const order = readingOrder(journey.phases, columns.phaseIds, columns.orderKeys, timeline);
  const count = journey.touchpoints.length;
  const orderOf = new Int32Array(count);
  order.forEach((touchpointIndex, rank) => {
    orderOf[touchpointIndex] = rank;
  });
  const phaseIndexOf = new Int32Array(count).fill(-1);
  const columnOf = new Int32Array(count).fill(-1);
  const personasOf: (string[] | undefined)[] = new Array(count);
  // At most every touchpoint: allocated once at full size and trimmed (growing a long list by `push` is slow).
  const placed: number[] = new Array(count);
  let placedCount = 0;
  const unplaced: string[] = [];

  for (let rank = 0; rank < count; rank++) {
    const index = order[rank]!;
    const personaIds = columns.personaIds[index]!;
    if (
      (phaseFilter !== undefined && !phaseFilter.has(columns.phaseIds[index]!)) ||
      (channelFilter !== undefined && !channelFilter.has(columns.channels[index]!)) ||
      (modeFilter !== undefined && !modeFilter.has(columns.modes[index]!)) ||
      (influenceFilter !== undefined && !influenceFilter.has(columns.influences[index]!)) ||
      (personaFilter !== undefined && !personaIds.some((id) => personaFilter.has(id)))
    )
      continue;
    const phaseIndex = phaseIndexById.get(columns.phaseIds[index]!);
    const shown = shownPersonas(personaIds, knownPersonas, personaFilter);
    if (phaseIndex === undefined || shown.length === 0) {
      unplaced.push(columns.ids[index]!);
      continue;
    }
    phaseIndexOf[index] = phaseIndex;
    columnOf[index] = columnOfPhase.get(phaseIndex) ?? 0;
    personasOf[index] = shown;
    placed[placedCount++] = index;
  }
  placed.length = placedCount;
  return { phases, personas, placed, orderOf, phaseIndexOf, columnOf, personasOf, unplaced, columns, timeline };
}

/** The known, shown, distinct persona ids of a touchpoint; its own array when nothing is dropped (the usual case, no copy). */
function shownPersonas(personaIds: string[], known: Set<string>, filter: Set<string> | undefined): string[] {
  let clean = true;
  for (let at = 0; at < personaIds.length && clean; at++) {
    const id = personaIds[at]!;
    clean = known.has(id) && (filter === undefined || filter.has(id)) && personaIds.indexOf(id) === at;
  }
  if (clean) return personaIds;
  const shown: string[] = [];
  for (const id of personaIds) if (known.has(id) && (filter === undefined || filter.has(id)) && !shown.includes(id)) shown.push(id);
  return shown;
}
