/**
 * JSON text of a journey with a stable key order, so that saving the same journey twice gives
 * the same bytes and version control shows small diffs.
 */
import {
  companyEntries,
  emotionScaleEntries,
  evidenceEntries,
  journeyEntries,
  linkEntries,
  metricsEntries,
  ownerEntries,
  personaEntries,
  phaseEntries,
  touchpointEntries,
} from '../../schema/entries';
import type { Journey } from '../../model/types';

/** Options of {@link serializeJourney}. */
export interface SerializeJourneyOptions {
  /**
   * Indentation passed to `JSON.stringify`: a number of spaces, a string such as `'\t'`, or `0`
   * for one compact line.
   * @default 2
   */
  space?: number | string;
}

/** How to order the keys of one object: its known keys in schema order, and the order of nested objects. */
interface KeyOrder {
  keys: readonly string[];
  /** The same keys as a set, built once. */
  known: ReadonlySet<string>;
  /** Nested objects (or lists of objects, `list: true`) that have an order of their own. */
  nested?: Readonly<Record<string, { order: KeyOrder; list: boolean }>>;
}

const flat = (entries: object): KeyOrder => ({ keys: Object.keys(entries), known: new Set(Object.keys(entries)) });

const TOUCHPOINT_ORDER: KeyOrder = {
  ...flat(touchpointEntries),
  nested: {
    owner: { order: flat(ownerEntries), list: false },
    metrics: { order: flat(metricsEntries), list: false },
    evidence: { order: flat(evidenceEntries), list: false },
    links: { order: flat(linkEntries), list: true },
  },
};

/** The key order of a whole v1 document, read from the schema entries (`schema/entries.ts`). */
const JOURNEY_ORDER: KeyOrder = {
  ...flat(journeyEntries),
  nested: {
    emotionScale: { order: flat(emotionScaleEntries), list: false },
    company: { order: flat(companyEntries), list: false },
    phases: { order: flat(phaseEntries), list: true },
    personas: { order: flat(personaEntries), list: true },
    touchpoints: { order: TOUCHPOINT_ORDER, list: true },
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function put(out: Record<string, unknown>, value: Record<string, unknown>, key: string, order: KeyOrder): void {
  const item = value[key];
  if (item === undefined) return;
  const nested = order.nested?.[key];
  let copy = item;
  if (nested && nested.list && Array.isArray(item)) copy = item.map((element: unknown) => (isRecord(element) ? ordered(element, nested.order) : element));
  else if (nested && !nested.list && isRecord(item)) copy = ordered(item, nested.order);
  // `__proto__` as data (never valid in a parsed journey, but never a prototype change either).
  if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  else out[key] = copy;
}

/**
 * A copy of `value` whose own keys are: the known keys in schema order, then every other key
 * in its original order; keys whose value is `undefined` are left out. (As everywhere in
 * JavaScript, integer-like keys such as `"42"` still come first.)
 */
function ordered(value: Record<string, unknown>, order: KeyOrder): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order.keys) if (Object.hasOwn(value, key)) put(out, value, key, order);
  for (const key of Object.keys(value)) if (!order.known.has(key)) put(out, value, key, order);
  return out;
}

/**
 * The JSON text of a journey as a v1 document. Keys come in the schema's field order (as in
 * `schema/entries.ts`), then keys the schema does not know in their original order; fields
 * that are `undefined` are left out. Same journey, same text.
 *
 * Round trip: `parseJourney(JSON.parse(serializeJourney(journey)))` deep-equals `journey`.
 * @example
 * await writeFile('journey.json', serializeJourney(journey));
 * serializeJourney(journey, { space: 0 }); // one line
 */
export function serializeJourney(journey: Journey, options: SerializeJourneyOptions = {}): string {
  return JSON.stringify(ordered(journey as unknown as Record<string, unknown>, JOURNEY_ORDER), null, options.space ?? 2);
}
