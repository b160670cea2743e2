import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analysis/analyze-journey';
import { generateJourney } from '../samples/generate';
import { parseJourney } from '../schema/validate';
import { computeJourneyLayout } from './compute-layout';

/** Plain in every observable way: the prototype, `constructor`, and a structured clone (a literal) equal to it. */
function expectPlain(value: object): void {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(value.constructor).toBe(Object);
  expect(Object.prototype.toString.call(value)).toBe('[object Object]');
  const literal: object = structuredClone(value);
  expect(value).toStrictEqual(literal);
  expect(Object.keys(value)).toEqual(Object.keys(literal));
}

describe('records made by constructors (records.ts, FindingRecord, RankedRecord, PointRecord)', () => {
  const journey = parseJourney(generateJourney({ seed: 7, touchpoints: 60, personas: 3, phases: 4 }));

  it('layout items and emotion points are plain objects, keys in their documented order', () => {
    for (const options of [{}, { axis: 'time' as const }, { lanes: 'blueprint' as const }]) {
      const layout = computeJourneyLayout(journey, options);
      const item = layout.items[0]!;
      expectPlain(item);
      const keys = ['key', 'touchpointId', 'touchpointIndex', 'phaseId', 'laneId', 'x', 'y', 'width', 'height', 'row', 'order'];
      if (options.axis === 'time') keys.push('day', 'endDay');
      expect(Object.keys(item)).toEqual(keys);
      const labelled = layout.items.find((entry) => entry.label !== undefined);
      if (options.lanes === 'blueprint') expect(Object.keys(labelled!).at(-1)).toBe('label');
      const points = layout.emotion.series.flatMap((series) => [...series.points, ...series.desired]);
      for (const point of [points.find((p) => p.y !== undefined)!, points.find((p) => p.y === undefined)].filter((p) => p !== undefined)) expectPlain(point);
      expect(Object.keys(points.find((p) => p.y !== undefined)!)).toEqual(['touchpointId', 'x', 'y', 'emotion']);
    }
  });

  it('findings, ranking entries and curve points are plain objects', () => {
    const analysis = analyzeJourney(journey);
    expectPlain(analysis.painPoints[0]!);
    expect(Object.keys(analysis.painPoints[0]!)).toEqual(['id', 'touchpointId', 'phaseId', 'personaIds', 'index', 'kind', 'text', 'severity', 'value', 'threshold']);
    expectPlain(analysis.ranking[0]!);
    expect(Object.keys(analysis.ranking[0]!)).toEqual(['touchpointId', 'title', 'phaseId', 'index', 'rank', 'score', 'confidence', 'missing', 'reasons']);
    expectPlain(analysis.emotion.all!.points[0]!);
    expect(Object.keys(analysis.emotion.all!.points[0]!)).toEqual(['touchpointId', 'phaseId', 'index', 'day', 'emotion', 'desired']);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(structuredClone(analysis));
  });
});
