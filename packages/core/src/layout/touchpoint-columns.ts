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
  /** `at` of each touchpoint (for `timelineOf`). */
  ats: unknown[];
  /** `durationDays ?? 0` of each touchpoint (for `timelineOf`). */
  durationDays: Float64Array;
  /** `order ?? Infinity` of each touchpoint (for `readingOrder`). */
  orderKeys: Float64Array;
}

/** Which optional columns to read (each costs a pass-worth of property reads on 50,000 touchpoints). */
export interface ColumnNeeds {
  channels: boolean;
  modes: boolean;
  influences: boolean;
}

/**
 * Reads the columns in one pass over `journey.touchpoints` (also the fields of the time axis and
 * the reading order, so the layout walks the touchpoints once). O(n). Each touchpoint's own keys are
 * walked with `for…in`, which reads values by position instead of a megamorphic lookup by name.
 */
export function readTouchpoints(journey: Journey, needs: ColumnNeeds = { channels: true, modes: true, influences: true }): TouchpointColumns {
  const { touchpoints } = journey;
  const count = touchpoints.length;
  const ids: string[] = new Array(count);
  const phaseIds: string[] = new Array(count);
  const channels: string[] = needs.channels ? new Array(count) : [];
  const modes: string[] = needs.modes ? new Array(count) : [];
  const influences: string[] = needs.influences ? new Array(count) : [];
  const personaIds: string[][] = new Array(count);
  const emotions = new Float64Array(count).fill(Number.NaN);
  const desiredEmotions = new Float64Array(count).fill(Number.NaN);
  const ats: unknown[] = new Array(count);
  const durationDays = new Float64Array(count);
  const orderKeys = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  for (let index = 0; index < count; index++) {
    const touchpoint = touchpoints[index]! as unknown as Record<string, unknown>;
    for (const key in touchpoint) {
      const value = touchpoint[key];
      switch (key) {
        case 'id':
          ids[index] = value as string;
          break;
        case 'phaseId':
          phaseIds[index] = value as string;
          break;
        case 'personaIds':
          personaIds[index] = value as string[];
          break;
        case 'channel':
          if (needs.channels) channels[index] = value as string;
          break;
        case 'mode':
          if (needs.modes) modes[index] = value as string;
          break;
        case 'influence':
          if (needs.influences) influences[index] = value as string;
          break;
        case 'at':
          ats[index] = value;
          break;
        case 'durationDays':
          durationDays[index] = (value as number | undefined) ?? 0;
          break;
        case 'order':
          orderKeys[index] = (value as number | undefined) ?? Number.POSITIVE_INFINITY;
          break;
        case 'emotion':
          if (value !== undefined && value !== null) emotions[index] = value as number;
          break;
        case 'desiredEmotion':
          if (value !== undefined && value !== null) desiredEmotions[index] = value as number;
          break;
      }
    }
  }
  return { ids, phaseIds, channels, modes, influences, personaIds, emotions, desiredEmotions, ats, durationDays, orderKeys };
}
