import { analyzeJourney, computeJourneyLayout, safeParseJourney, serializeJourney } from '@journeykit/core';
import { SAMPLE_JOURNEYS } from '@journeykit/core/samples';
import { injectPayload } from '../corpora/inject-payload';
import corpus from '../corpora/xss-payloads.json';

const base = SAMPLE_JOURNEYS.find((sample) => sample.id === 'software-purchase')!.document;
const payloads = corpus.payloads as { name: string; payload: string; kind: 'text' | 'url' | 'color' }[];

describe(`XSS payloads in every field (${payloads.length} payloads)`, () => {
  it('has at least 40 payloads', () => expect(payloads.length).toBeGreaterThanOrEqual(40));

  it.each(payloads.map((entry) => [entry.name, entry] as const))('%s: kept literally by the model, refused only in colours', (_name, entry) => {
    const { document, fields } = injectPayload(base, entry.payload, entry.kind);
    expect(fields.length).toBeGreaterThan(100);
    const result = safeParseJourney(document);
    if (entry.kind === 'color') {
      // A colour that is not a plain CSS colour never reaches a style: the document is refused, naming the field.
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.every((issue) => /^personas\.\d+\.color$/.test(issue.path))).toBe(true);
      return;
    }
    expect(result.success).toBe(true);
    if (!result.success) return;
    const journey = result.data;
    expect(journey.title).toBe(entry.payload);
    expect(journey.touchpoints[0]!.title).toBe(entry.payload);
    // The whole pipeline handles the document without throwing.
    expect(() => analyzeJourney(journey)).not.toThrow();
    expect(computeJourneyLayout(journey, { lanes: 'blueprint', axis: 'time' }).items.length).toBeGreaterThan(0);
    expect(JSON.parse(serializeJourney(journey)).title).toBe(entry.payload);
  });
});
