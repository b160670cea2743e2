import fc from 'fast-check';
import type { Journey } from '../model/types';
import { generateJourney } from '../samples/generate';
import { parseJourney } from '../schema/validate';
import { analyzeJourney } from './analyze-journey';
import { coverageMatrix } from './coverage-matrix';
import { diffJourneys } from './diff-journeys';
import { emotionCurve } from './emotion-curve';
import { painPoints } from './pain-points';
import { rankTouchpoints } from './rank-touchpoints';

const generatedJourney: fc.Arbitrary<Journey> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    touchpoints: fc.integer({ min: 0, max: 80 }),
    personas: fc.integer({ min: 1, max: 6 }),
    phases: fc.integer({ min: 1, max: 7 }),
    timed: fc.boolean(),
    timeFormat: fc.constantFrom('date' as const, 'days' as const),
  })
  .map((options) => parseJourney(generateJourney(options)));

describe('analysis properties on generated journeys', () => {
  it('diffJourneys(j, j) and diffJourneys(j, copy of j) are empty', () => {
    fc.assert(
      fc.property(generatedJourney, (journey) => {
        const copy = parseJourney(JSON.parse(JSON.stringify(journey)));
        for (const diff of [diffJourneys(journey, journey), diffJourneys(journey, copy)]) {
          expect(diff.identical).toBe(true);
          expect(diff.touchpoints).toEqual({ added: [], removed: [], changed: [] });
          expect(diff.emotionByPersonaPhase).toEqual([]);
          expect(diff.painPointsFixed).toEqual([]);
        }
      }),
    );
  });

  it('diffJourneys finds exactly the removed touchpoints and all their pain points', () => {
    fc.assert(
      fc.property(generatedJourney, fc.integer({ min: 2, max: 5 }), (journey, every) => {
        const kept = journey.touchpoints.filter((_, index) => index % every !== 0);
        const gone = journey.touchpoints.filter((_, index) => index % every === 0);
        const diff = diffJourneys(journey, { ...journey, touchpoints: kept });
        expect([...diff.touchpoints.removed].sort()).toEqual(gone.map((touchpoint) => touchpoint.id).sort());
        expect(diff.touchpoints.added).toEqual([]);
        expect(diff.touchpoints.changed).toEqual([]);
        expect(diff.painPointsFixed.length).toBe(gone.reduce((sum, touchpoint) => sum + new Set(touchpoint.painPoints ?? []).size, 0));
        expect(diff.identical).toBe(gone.length === 0);
      }),
    );
  });

  it('rankTouchpoints is a deterministic total order with ranks consistent with scores', () => {
    fc.assert(
      fc.property(generatedJourney, (journey) => {
        const ranked = rankTouchpoints(journey);
        expect(rankTouchpoints(journey)).toEqual(ranked);
        expect(new Set(ranked.map((entry) => entry.touchpointId)).size).toBe(journey.touchpoints.length);
        ranked.forEach((entry, position) => {
          const previous = ranked[position - 1];
          if (previous === undefined) {
            expect(entry.rank).toBe(1);
            return;
          }
          const before = previous.score ?? -1;
          const after = entry.score ?? -1;
          expect(before).toBeGreaterThanOrEqual(after);
          if (before === after) {
            expect(entry.index).toBeGreaterThan(previous.index);
            expect(entry.rank).toBe(previous.rank);
          } else expect(entry.rank).toBe(position + 1);
        });
      }),
    );
  });

  it('coverage counts add up to the (touchpoint, persona) pairs and the touchpoints', () => {
    fc.assert(
      fc.property(generatedJourney, (journey) => {
        const coverage = coverageMatrix(journey);
        const pairs = journey.touchpoints.reduce((sum, touchpoint) => sum + new Set(touchpoint.personaIds).size, 0);
        const personaCells = coverage.personas.flatMap((row) => row.cells.map((cell) => cell.count));
        const channelCells = coverage.channels.flatMap((row) => row.cells.map((cell) => cell.count));
        expect(personaCells.reduce((a, b) => a + b, 0) + coverage.unplacedPairs).toBe(pairs);
        expect(channelCells.reduce((a, b) => a + b, 0) + coverage.unplacedTouchpoints).toBe(journey.touchpoints.length);
      }),
    );
  });

  it('emotion curves draw only points with emotion, each point once, in reading order', () => {
    fc.assert(
      fc.property(generatedJourney, (journey) => {
        const { personas, all } = emotionCurve(journey);
        for (const curve of [...personas, all!]) {
          const segmentPoints = curve.segments.flat();
          expect(segmentPoints.every((point) => point.emotion !== undefined)).toBe(true);
          expect(segmentPoints).toEqual(curve.points.filter((point) => point.emotion !== undefined));
          expect(curve.points.every((point, i) => i === 0 || point.index > curve.points[i - 1]!.index)).toBe(true);
        }
        expect(all!.points.length).toBe(journey.touchpoints.length);
      }),
    );
  });

  it('analyses are deterministic and pain points come in reading order', () => {
    fc.assert(
      fc.property(generatedJourney, (journey) => {
        expect(analyzeJourney(journey)).toEqual(analyzeJourney(journey));
        const indexes = painPoints(journey).map((pain) => pain.index);
        expect(indexes.every((index, i) => i === 0 || index >= indexes[i - 1]!)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
