import { analyzeJourney, computeJourneyLayout, parseJourney, safeParseJourney, serializeJourney } from '@journeykit/core';
import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../support/arbitraries';
import { FUZZ_RUNS, FUZZ_TIMEOUT, mutatedDocumentArbitrary } from './mutations';

const settings = { numRuns: FUZZ_RUNS };

describe(`fuzzing the core pipeline (${FUZZ_RUNS} cases per property)`, () => {
  it('safeParseJourney never throws and never mutates, whatever it is given', () => {
    fc.assert(
      fc.property(mutatedDocumentArbitrary, (input) => {
        const before = typeof input === 'string' ? input : structuredClone(input);
        const result = safeParseJourney(input);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) expect(typeof issue.path).toBe('string');
        }
        expect(input).toEqual(before);
      }),
      settings,
    );
  }, FUZZ_TIMEOUT);

  it('whatever it accepts goes through analysis and every layout without an exception', () => {
    fc.assert(
      fc.property(mutatedDocumentArbitrary, fc.boolean(), (input, lenient) => {
        const result = safeParseJourney(input, { lenient });
        if (!result.success) return;
        analyzeJourney(result.data);
        for (const axis of ['ordinal', 'time'] as const)
          for (const lanes of ['persona', 'channel', 'blueprint'] as const) {
            const layout = computeJourneyLayout(result.data, { axis, lanes });
            expect(Number.isFinite(layout.width) && Number.isFinite(layout.height)).toBe(true);
          }
      }),
      settings,
    );
  }, FUZZ_TIMEOUT);

  it('serialize → parse is the identity on valid journeys', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary(), (document) => {
        const journey = parseJourney(document);
        expect(parseJourney(serializeJourney(journey))).toEqual(journey);
      }),
      settings,
    );
  }, FUZZ_TIMEOUT);
});
