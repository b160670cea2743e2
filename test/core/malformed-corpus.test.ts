import { JourneyValidationError, parseJourney, safeParseJourney } from '@journeykit/core';
import corpus from '../corpora/malformed-documents.json';
import { buildInput, type MalformedCase } from '../corpora/build-input';

const cases = corpus.cases as MalformedCase[];

describe(`malformed documents corpus (${cases.length} documents)`, () => {
  it('has at least 50 documents', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const input = buildInput(corpus.base, entry);
    const snapshot = typeof input === 'object' && input !== null ? structuredClone(input) : input;
    const started = performance.now();

    const result = safeParseJourney(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const found = result.error.issues.map((issue) => ({ path: issue.path, code: issue.code }));
    for (const expected of entry.expect) expect(found).toContainEqual(expected);
    for (const issue of result.error.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message.length).toBeLessThan(400);
    }

    let thrown: unknown;
    try {
      parseJourney(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(JourneyValidationError);
    expect(input).toEqual(snapshot);
    // A generous bound: these are tiny documents (plus 1 MB strings); a hang or a quadratic blow-up would exceed it by far.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('accepts the base document itself (so every failure above comes from its change)', () => {
    expect(safeParseJourney(corpus.base).success).toBe(true);
  });
});
