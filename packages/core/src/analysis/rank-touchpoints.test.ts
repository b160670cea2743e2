import { rankTouchpoints } from './rank-touchpoints';
import { journeyWith, touchpoint } from './test-fixtures';

// Default weights: importance 0.3, risk 0.3, performance 0.2, emotionGap 0.2.
const journey = journeyWith([
  touchpoint('r3', 'aw', ['ana'], { order: 1 }),
  touchpoint('r4', 'aw', ['ana'], { order: 2, importance: 3, risk: 3 }),
  touchpoint('r2', 'co', ['ben'], { importance: 3 }),
  touchpoint('r5', 'de', ['cleo'], { order: 1, performance: 5, emotion: 1, desiredEmotion: 0 }),
  touchpoint('r6', 'de', ['cleo'], { order: 2, importance: 5, performance: 3 }),
  touchpoint('r1', 're', ['ana'], { importance: 5, risk: 5, performance: 1, emotion: -2, desiredEmotion: 2 }),
]);

describe('rankTouchpoints', () => {
  const ranked = rankTouchpoints(journey);

  it('scores the weighted mean of the present factors and sorts by score, ties in reading order', () => {
    expect(ranked.map((entry) => [entry.touchpointId, entry.rank, entry.score])).toEqual([
      ['r1', 1, 1],
      ['r6', 2, 0.8], // (0.3 × 1 + 0.2 × 0.5) / (0.3 + 0.2)
      ['r4', 3, 0.5], // reading order: r4 (aw) before r2 (co)
      ['r2', 3, 0.5], // only importance present: 0.5, not 0.15
      ['r5', 5, 0], // performance 5 and an emotion above the desired one
      ['r3', 6, null], // no factor at all
    ]);
  });

  it('reports missing factors, confidence and each factor’s contribution', () => {
    const byId = Object.fromEntries(ranked.map((entry) => [entry.touchpointId, entry]));
    expect(byId.r1).toEqual({
      touchpointId: 'r1',
      title: 'Title r1',
      phaseId: 're',
      index: 5,
      rank: 1,
      score: 1,
      confidence: 1,
      missing: [],
      reasons: { importance: 0.3, risk: 0.3, performance: 0.2, emotionGap: 0.2 },
    });
    expect(byId.r6).toMatchObject({ confidence: 0.5, missing: ['risk', 'emotionGap'], reasons: { importance: 0.6, performance: 0.2 } });
    expect(byId.r2).toMatchObject({ confidence: 0.25, missing: ['risk', 'performance', 'emotionGap'], reasons: { importance: 0.5 } });
    expect(byId.r5).toMatchObject({ confidence: 0.5, missing: ['importance', 'risk'], reasons: { performance: 0, emotionGap: 0 } });
    expect(byId.r3).toMatchObject({ score: null, confidence: 0, missing: ['importance', 'risk', 'performance', 'emotionGap'], reasons: {} });
  });

  it('gives every unscored touchpoint the same last rank', () => {
    const unscored = journeyWith([touchpoint('a', 'aw', ['ana']), touchpoint('b', 'co', ['ana']), touchpoint('c', 'de', ['ana'], { risk: 1 })]);
    expect(rankTouchpoints(unscored).map((entry) => [entry.touchpointId, entry.rank, entry.score])).toEqual([
      ['c', 1, 0],
      ['a', 2, null],
      ['b', 2, null],
    ]);
  });

  it('accepts overridden weights; a zero weight drops the factor', () => {
    const byPerformance = rankTouchpoints(journey, { weights: { importance: 0, risk: 0, emotionGap: 0 } });
    expect(byPerformance.map((entry) => [entry.touchpointId, entry.rank, entry.score, entry.confidence])).toEqual([
      ['r1', 1, 1, 1],
      ['r6', 2, 0.5, 1],
      ['r5', 3, 0, 1],
      ['r3', 4, null, 0],
      ['r4', 4, null, 0],
      ['r2', 4, null, 0],
    ]);
    const withoutGap = rankTouchpoints(journey, { weights: { emotionGap: 0 } });
    expect(withoutGap.find((entry) => entry.touchpointId === 'r5')).toMatchObject({ score: 0, confidence: 0.3333, missing: ['importance', 'risk'] });
  });

  it('rejects negative, non-finite or all-zero weights', () => {
    expect(() => rankTouchpoints(journey, { weights: { risk: -1 } })).toThrow('options.weights.risk: must be a finite number ≥ 0; received -1');
    expect(() => rankTouchpoints(journey, { weights: { importance: Number.NaN } })).toThrow('options.weights.importance');
    expect(() => rankTouchpoints(journey, { weights: { importance: 0, risk: 0, performance: 0, emotionGap: 0 } })).toThrow('options.weights: at least one weight must be greater than 0');
  });

  it('handles fractional scores and shares the reasons of equal factor values', () => {
    const fractional = rankTouchpoints(
      journeyWith([
        touchpoint('a', 'aw', ['ana'], { importance: 2.5 }),
        touchpoint('b', 'co', ['ana'], { importance: 4, risk: 2 }),
        touchpoint('c', 'de', ['ana'], { importance: 4, risk: 2 }),
      ]),
    );
    expect(fractional.map((entry) => [entry.touchpointId, entry.rank, entry.score, entry.reasons])).toEqual([
      ['b', 1, 0.5, { importance: 0.375, risk: 0.125 }], // 0.3 × 0.75 / 0.6 and 0.3 × 0.25 / 0.6
      ['c', 1, 0.5, { importance: 0.375, risk: 0.125 }],
      ['a', 3, 0.375, { importance: 0.375 }],
    ]);
    expect(fractional[0]!.reasons).toBe(fractional[1]!.reasons);
    expect(Object.isFrozen(fractional[0]!.reasons)).toBe(true);
  });

  it('returns an empty list for a journey without touchpoints', () => {
    expect(rankTouchpoints(journeyWith([]))).toEqual([]);
  });
});
