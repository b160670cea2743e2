/**
 * The touchpoint fields the layout reads, copied once into plain arrays (columns).
 *
 * Why: parsed touchpoints have many optional fields, so the engine sees them in many object
 * shapes and each property read is a slow, cache-unfriendly lookup. Reading every needed field in
 * one pass in document order, then working on the columns, keeps a 50,000-touchpoint layout fast.
 */
import type { Journey } from '../model/types';

/** Columns of `journey.touchpoints`, by touchpoint index. */
export interface TouchpointColumns {
  /** `id` of each touchpoint. */
  ids: string[];
  /** `phaseId` of each touchpoint. */
  phaseIds: string[];
  /** `channel` of each touchpoint; empty unless asked for. */
  channels: string[];
  /** `mode` of each touchpoint; empty unless asked for. */
  modes: string[];
  /** `influence` of each touchpoint; empty unless asked for. */
  influences: string[];
  /** The touchpoints' own `personaIds` arrays (not copied; never mutated). */
  personaIds: string[][];
  /** `emotion`, NaN when not recorded (internal sentinel; the layout output omits it instead). */
  emotions: Float64Array;
  /** `desiredEmotion`, NaN when not recorded. */
  desiredEmotions: Float64Array;
}

/** Which optional columns to read (each costs a pass-worth of property reads on 50,000 touchpoints). */
export interface ColumnNeeds {
  channels: boolean;
  modes: boolean;
  influences: boolean;
}

/** Reads the columns in one pass over `journey.touchpoints`. O(n). */
export function readTouchpoints(journey: Journey, needs: ColumnNeeds = { channels: true, modes: true, influences: true }): TouchpointColumns {
  const { touchpoints } = journey;
  const count = touchpoints.length;
  const ids: string[] = [];
  const phaseIds: string[] = [];
  const channels: string[] = [];
  const modes: string[] = [];
  const influences: string[] = [];
  const personaIds: string[][] = [];
  const emotions = new Float64Array(count);
  const desiredEmotions = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const touchpoint = touchpoints[index]!;
    ids.push(touchpoint.id);
    phaseIds.push(touchpoint.phaseId);
    if (needs.channels) channels.push(touchpoint.channel);
    if (needs.modes) modes.push(touchpoint.mode);
    if (needs.influences) influences.push(touchpoint.influence);
    personaIds.push(touchpoint.personaIds);
    emotions[index] = touchpoint.emotion ?? Number.NaN;
    desiredEmotions[index] = touchpoint.desiredEmotion ?? Number.NaN;
  }
  return { ids, phaseIds, channels, modes, influences, personaIds, emotions, desiredEmotions };
}
