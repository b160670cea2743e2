import fc from 'fast-check';
import * as v from 'valibot';
import { mutatedDocumentArbitrary } from '../../../../test/fuzz/mutations';
import { journeyDocumentArbitrary } from '../../../../test/support/arbitraries';
import { generateJourney } from '../samples/generate';
import { compileSchema } from './compile';
import { JourneySchema } from './entries';
import { fastParseJourney } from './fast-path';
import { checkSemantics, RESERVED_KEYS } from './semantics';
import { isJourneyModel, safeParseJourney } from './validate';

/** The full path: valibot's output when the document has no problem at all, else `undefined`. */
function fullPath(input: unknown): unknown {
  const structural = v.safeParse(JourneySchema, input, { abortEarly: false });
  let issues = structural.success ? 0 : structural.issues.length;
  checkSemantics(input, { lenient: false }, () => (issues += 1));
  return issues === 0 && structural.success ? structural.output : undefined;
}

/**
 * Walks the fast output beside the input and the full path's output: every object or array is
 * either the input's own (shared, because it passed unchanged — then plain, like valibot's
 * copies) or a copy that lists its keys exactly as valibot's output does.
 */
function expectSharedOrOrderedLikeFull(fast: unknown, input: unknown, full: unknown): void {
  if (typeof fast !== 'object' || fast === null) return;
  const prototype: unknown = Object.getPrototypeOf(fast);
  expect(prototype === Object.prototype || prototype === Array.prototype).toBe(true);
  if (fast === input) return;
  expect(Object.keys(fast)).toEqual(Object.keys(full as object));
  const inputs = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  for (const [key, child] of Object.entries(fast)) expectSharedOrOrderedLikeFull(child, inputs[key], (full as Record<string, unknown>)[key]);
}

function expectSameAsFullPath(input: unknown): unknown {
  const fast = fastParseJourney(input);
  const full = fullPath(input);
  if (fast !== undefined) {
    expect(full).toBeDefined();
    expect(fast).toStrictEqual(full);
    expect(fast).not.toBe(input);
    expectSharedOrOrderedLikeFull(fast, input, full);
  }
  return fast;
}

/** Whether a JSON value has a reserved key (`__proto__`, …) anywhere: documents with one are invalid by design. */
function hasReservedKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasReservedKey);
  return Object.keys(value).some((key) => RESERVED_KEYS.has(key) || hasReservedKey((value as Record<string, unknown>)[key]));
}

// Unknown keys with any JSON value, kept valid: fc.jsonValue also generates `__proto__` keys, which
// the mutated-document test below covers (the fast path must decline them like the full path).
const validExtra = fc.jsonValue({ maxDepth: 3 }).filter((extra) => !hasReservedKey(extra));

const withExtras = journeyDocumentArbitrary({ maxTouchpoints: 8 }).chain((document) =>
  fc.record({ extra: validExtra, at: fc.nat() }).map(({ extra, at }) => {
    const copy = structuredClone(document) as unknown as Record<string, unknown> & { touchpoints: Record<string, unknown>[] };
    copy['x-crm'] = extra;
    const touchpoint = copy.touchpoints[at % Math.max(1, copy.touchpoints.length)];
    if (touchpoint) touchpoint['x-score'] = extra;
    return copy;
  }),
);

describe('the fast path of parseJourney', () => {
  it('compiles the journey schema (otherwise every document would take the slow path)', () => {
    expect(compileSchema(JourneySchema)).not.toBeNull();
  });

  it('accepts every valid generated document and gives exactly the full path’s output', () => {
    fc.assert(
      fc.property(fc.oneof(journeyDocumentArbitrary({ maxTouchpoints: 8 }), withExtras), (document) => {
        expect(fullPath(document)).toBeDefined();
        expect(expectSameAsFullPath(document)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('for mutated documents either declines or gives exactly the full path’s output', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedDocumentArbitrary, (input) => {
        let value: unknown = input;
        if (typeof input === 'string')
          try {
            value = JSON.parse(input);
          } catch {
            return;
          }
        if (expectSameAsFullPath(value) !== undefined) accepted += 1;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('is what parseJourney returns for large generated journeys', () => {
    for (const seed of [1, 42]) {
      const document = generateJourney({ seed, touchpoints: 300, personas: 8, phases: 6 });
      const result = safeParseJourney(document);
      expect(result.success && result.data).toStrictEqual(fullPath(document));
      expect(expectSameAsFullPath(document)).toBeDefined();
    }
  });

  it('declines documents with problems, so the full path reports them', () => {
    const document = generateJourney({ seed: 3, touchpoints: 20 }) as unknown as Record<string, unknown> & { touchpoints: Record<string, unknown>[] };
    // [change, whether the full path accepts it]: valibot's loose objects also take a list.
    const cases: [(copy: typeof document) => void, boolean][] = [
      [(copy) => (copy.touchpoints[2]!.phaseId = 'nowhere'), false],
      [(copy) => (copy.touchpoints[3]!.id = copy.touchpoints[4]!.id), false],
      [(copy) => (copy.touchpoints[1]!.at = '2026-02-30'), false],
      [(copy) => (copy.touchpoints[1]!.emotion = 7), false],
      [(copy) => (copy.touchpoints[5]!.title = ''), false],
      [(copy) => (copy.touchpoints[6]!.owner = []), true],
      [(copy) => Object.defineProperty(copy.touchpoints[0]!, '__proto__', { value: {}, enumerable: true }), false],
      [
        (copy) => {
          const loop: Record<string, unknown> = {};
          loop.self = loop;
          copy.touchpoints[0]!.extra = loop;
        },
        false,
      ],
      [(copy) => (copy.touchpoints[0]!.owner = copy), false],
    ];
    for (const [change, valid] of cases) {
      const copy = structuredClone(document);
      change(copy);
      expect(fastParseJourney(copy)).toBeUndefined();
      expect(safeParseJourney(copy).success).toBe(valid);
    }
  });

  it('keeps nothing from one document for the next (a declined one, then one using the default scale)', () => {
    const declined = { ...generateJourney({ seed: 5, touchpoints: 3 }), emotionScale: { min: 1, max: 5 }, prototype: 1 };
    expect(fastParseJourney(declined)).toBeUndefined();
    const { emotionScale: _unused, ...withoutScale } = generateJourney({ seed: 6, touchpoints: 3 });
    expect(fastParseJourney(withoutScale)?.emotionScale).toEqual({ min: -2, max: 2 });
  });

  it('agrees with the full path on how deep unknown values may nest', () => {
    for (let depth = 26; depth <= 34; depth++) {
      const document = generateJourney({ seed: 7, touchpoints: 2 }) as unknown as { touchpoints: Record<string, unknown>[] };
      let nested: unknown = 'leaf';
      for (let level = 0; level < depth; level++) nested = level % 2 ? [nested] : { inner: nested };
      document.touchpoints[1]!.extra = nested;
      expect(fastParseJourney(document) !== undefined).toBe(safeParseJourney(document).success);
    }
  });

  it('shares what passed unchanged with the document, but the journey and its lists are its own', () => {
    const document = generateJourney({ seed: 8, touchpoints: 40 });
    const journey = fastParseJourney(document)!;
    expect(journey).not.toBe(document);
    for (const list of ['phases', 'personas', 'touchpoints'] as const) expect(journey[list]).not.toBe(document[list]);
    journey.touchpoints.forEach((touchpoint, index) => expect(touchpoint).toBe(document.touchpoints[index]));
    // A document is never recognised as its own parsed model.
    const parsed = safeParseJourney(document);
    expect(parsed.success && isJourneyModel(parsed.data)).toBe(true);
    expect(isJourneyModel(document)).toBe(false);
    expect(journey.personas[0]).toBe(document.personas[0]);
    // Adding to the document's lists afterwards leaves the parsed journey as it was validated.
    document.touchpoints.push({ ...document.touchpoints[0]!, id: 'later', phaseId: 'nowhere' });
    document.phases.pop();
    expect(journey.touchpoints).toHaveLength(40);
    expect(journey.phases).toHaveLength(6);
  });

  it('copies where something differs: a default filled in, an object or list that is not plain', () => {
    const { emotionScale: _unused, ...withoutScale } = generateJourney({ seed: 9, touchpoints: 3 });
    const journey = fastParseJourney(withoutScale)!;
    expect(journey.emotionScale).toEqual({ min: -2, max: 2 });
    expect('emotionScale' in withoutScale).toBe(false);

    const document = generateJourney({ seed: 9, touchpoints: 3 }) as unknown as { touchpoints: Record<string, unknown>[] };
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, document.touchpoints[0]);
    class Needs extends Array<string> {}
    document.touchpoints[0] = bare;
    document.touchpoints[1]!.needs = Needs.from(['Proof of value']);
    const parsed = fastParseJourney(document)!;
    expect(parsed.touchpoints[0]).not.toBe(bare);
    expect(Object.getPrototypeOf(parsed.touchpoints[0])).toBe(Object.prototype);
    expect(parsed.touchpoints[0]).toEqual({ ...bare });
    expect(Object.getPrototypeOf(parsed.touchpoints[1]!.needs)).toBe(Array.prototype);
    expect(parsed.touchpoints[1]!.needs).toEqual(['Proof of value']);
    // The touchpoint around the copied list is a copy too; the untouched one is shared.
    expect(parsed.touchpoints[1]).not.toBe(document.touchpoints[1]);
    expect(parsed.touchpoints[2]).toBe(document.touchpoints[2]);
  });

  it('declines while Object.prototype is polluted', () => {
    const document = generateJourney({ seed: 4, touchpoints: 5 });
    (Object.prototype as Record<string, unknown>).title = 'polluted';
    try {
      expect(fastParseJourney(document)).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>).title;
    }
    expect(fastParseJourney(document)).toBeDefined();
  });
});
