/**
 * The fast path of `safeParseJourney` for the common case: a document without any problem.
 * One compiled pass over the document (structure and shape, see `compile.ts`) and one pass of
 * the checks of meaning over its result, with Sets instead of searches. When anything is off —
 * an error, or a warning of lenient mode — it declines and the full path (valibot +
 * `checkSemantics`) runs instead, so every reported problem comes from there, unchanged.
 */
import type { Journey } from '../model/types';
import { compileSchema, compiledKeys, FAIL, prototypeIsPolluted, type Check } from './compile';
import { parseIsoDate } from './dates';
import { DistinctStrings } from './distinct';
import { JourneySchema } from './entries';
import { isSafeCssColor } from './safety';

let compiled: Check | null | undefined;

/** The compiled journey schema, built on first use; `null` when the schema cannot be compiled. */
function journeyCheck(): Check | null {
  // The journey itself is always new (see `ownLists`).
  if (compiled === undefined) compiled = compileSchema(JourneySchema, { copyRoot: true });
  return compiled;
}

/** Adds every id to `seen`; false when one repeats. */
function addDistinct(items: readonly { id: string }[], seen: Set<string>): boolean {
  const before = seen.size;
  for (const item of items) seen.add(item.id);
  return seen.size === before + items.length;
}

/** Whether an emotion lies outside the scale (missing emotions never do). */
function outOfScale(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && (value < min || value > max);
}

/**
 * Whether a structurally valid journey passes every check of `checkSemantics` without a single
 * issue (errors and warnings alike). It reads the parsed result, whose values are the input's.
 */
export function isSemanticallyClean(journey: Journey): boolean {
  const phaseIds = new Set<string>();
  const personaIds = new Set<string>();
  if (!addDistinct(journey.phases, phaseIds) || !addDistinct(journey.personas, personaIds)) return false;
  if (typeof journey.startDate === 'string' && parseIsoDate(journey.startDate) === null) return false;
  const { min, max } = journey.emotionScale;
  if (min >= max) return false;
  for (const persona of journey.personas) {
    if (typeof persona.joinsAt === 'string' && !phaseIds.has(persona.joinsAt)) return false;
    if (typeof persona.color === 'string' && !isSafeCssColor(persona.color)) return false;
  }
  const { touchpoints } = journey;
  const touchpointIds = new DistinctStrings(); // many ids: a Set this large is slow (see distinct.ts)
  let validAt: string | undefined; // the last date that parsed: neighbours mostly share their date
  for (let index = 0; index < touchpoints.length; index++) {
    // One `for…in` reads the fields by position: touchpoints come in hundreds of shapes (which
    // optional and unknown keys they carry), so reading them by name is a slow megamorphic lookup.
    // The prototype is Object.prototype without enumerable keys (checked before), so these are own keys.
    const touchpoint = touchpoints[index] as unknown as Record<string, unknown>;
    let id: unknown, phaseId: unknown, ids: unknown, emotion: unknown, desired: unknown, at: unknown;
    for (const key in touchpoint) {
      switch (key) {
        case 'id':
          id = touchpoint[key];
          break;
        case 'phaseId':
          phaseId = touchpoint[key];
          break;
        case 'personaIds':
          ids = touchpoint[key];
          break;
        case 'emotion':
          emotion = touchpoint[key];
          break;
        case 'desiredEmotion':
          desired = touchpoint[key];
          break;
        case 'at':
          at = touchpoint[key];
          break;
      }
    }
    if (!touchpointIds.add(id as string)) return false;
    if (!phaseIds.has(phaseId as string)) return false;
    const list = ids as string[];
    for (let position = 0; position < list.length; position++) if (!personaIds.has(list[position]!)) return false;
    if (outOfScale(emotion as number | undefined, min, max) || outOfScale(desired as number | undefined, min, max)) return false;
    if (typeof at === 'string' && at !== validAt) {
      if (parseIsoDate(at) === null) return false;
      validAt = at;
    }
  }
  return true;
}

/**
 * Parses a journey document when it has no problem at all, giving a journey equal to what the
 * full path (valibot's output) would give, sharing unchanged values with the document;
 * `undefined` when the document needs the full path. Pure: never caches by input, never mutates it.
 */
export function fastParseJourney(input: unknown): Journey | undefined {
  const check = journeyCheck();
  if (check === null) return undefined;
  // A polluted Object.prototype (inherited keys would count): leave that to valibot.
  if (prototypeIsPolluted(compiledKeys)) return undefined;
  const output = check(input, []);
  if (output === FAIL) return undefined;
  const journey = ownLists(output as Journey, input as Journey);
  return isSemanticallyClean(journey) ? journey : undefined;
}

/**
 * The parsed journey with phase, persona and touchpoint lists of its own. The check shares
 * whatever passed unchanged with the document (see "Structural sharing" in `compile.ts`) but
 * always makes the journey itself a new object (`copyRoot`), because `isJourneyModel` recognises
 * parsed journeys by identity: a document must never count as its own model. The three lists are
 * copied (a few arrays) so that adding to or removing from the document's lists afterwards leaves
 * an already parsed journey as it was validated.
 */
function ownLists(journey: Journey, input: Journey): Journey {
  if (journey.phases === input.phases) journey.phases = journey.phases.slice();
  if (journey.personas === input.personas) journey.personas = journey.personas.slice();
  if (journey.touchpoints === input.touchpoints) journey.touchpoints = journey.touchpoints.slice();
  return journey;
}
