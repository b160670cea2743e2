import { painPoints } from './pain-points';
import { journeyWith, touchpoint } from './test-fixtures';

// Scale −2…2: low-emotion at ≤ −1, emotion gap at ≥ 2. Document order differs from reading order.
const journey = journeyWith([
  touchpoint('p5', 'de', ['cleo'], { order: 2, painPoints: ['Late delivery'], importance: 3 }),
  touchpoint('p1', 'aw', ['ana'], { painPoints: ['Slow site', 'No prices'], emotion: -2, desiredEmotion: 1, importance: 5 }),
  touchpoint('p2', 'co', ['ben'], { order: 1, emotion: -1 }),
  touchpoint('p3', 'co', ['ana', 'ben'], { order: 2, emotion: 0, desiredEmotion: 2 }),
  touchpoint('p4', 'de', ['cleo'], { order: 1, painPoints: ['Contract unclear'], importance: 2 }),
  touchpoint('p6', 're', ['ana'], { emotion: 2, desiredEmotion: 2, painPoints: [] }),
]);

describe('painPoints', () => {
  it('lists written and derived pain points in reading order with severities', () => {
    expect(painPoints(journey)).toEqual([
      { id: 'p1:pain:0', touchpointId: 'p1', phaseId: 'aw', personaIds: ['ana'], index: 0, kind: 'explicit', text: 'Slow site', severity: 1, value: null, threshold: null },
      { id: 'p1:pain:1', touchpointId: 'p1', phaseId: 'aw', personaIds: ['ana'], index: 0, kind: 'explicit', text: 'No prices', severity: 1, value: null, threshold: null },
      { id: 'p1:low-emotion', touchpointId: 'p1', phaseId: 'aw', personaIds: ['ana'], index: 0, kind: 'low-emotion', text: 'Low emotion: -2 on a scale of -2 to 2', severity: 1, value: -2, threshold: -1 },
      { id: 'p1:emotion-gap', touchpointId: 'p1', phaseId: 'aw', personaIds: ['ana'], index: 0, kind: 'emotion-gap', text: 'Emotion -2 is 3 below the desired 1', severity: 0.75, value: 3, threshold: 2 },
      // (2 − (−1)) / 4 = 0.75, times 0.6 for the missing importance
      { id: 'p2:low-emotion', touchpointId: 'p2', phaseId: 'co', personaIds: ['ben'], index: 1, kind: 'low-emotion', text: 'Low emotion: -1 on a scale of -2 to 2', severity: 0.45, value: -1, threshold: -1 },
      { id: 'p3:emotion-gap', touchpointId: 'p3', phaseId: 'co', personaIds: ['ana', 'ben'], index: 2, kind: 'emotion-gap', text: 'Emotion 0 is 2 below the desired 2', severity: 0.3, value: 2, threshold: 2 },
      { id: 'p4:pain:0', touchpointId: 'p4', phaseId: 'de', personaIds: ['cleo'], index: 3, kind: 'explicit', text: 'Contract unclear', severity: 0.4, value: null, threshold: null },
      { id: 'p5:pain:0', touchpointId: 'p5', phaseId: 'de', personaIds: ['cleo'], index: 4, kind: 'explicit', text: 'Late delivery', severity: 0.6, value: null, threshold: null },
    ]);
  });

  it('lists only written pain points when derived is false', () => {
    expect(painPoints(journey, { derived: false }).map((pain) => pain.id)).toEqual([
      'p1:pain:0',
      'p1:pain:1',
      'p4:pain:0',
      'p5:pain:0',
    ]);
  });

  it('applies custom thresholds', () => {
    const ids = painPoints(journey, { lowEmotionThreshold: -2, emotionGapThreshold: 3 }).filter((pain) => pain.kind !== 'explicit').map((pain) => pain.id);
    expect(ids).toEqual(['p1:low-emotion', 'p1:emotion-gap']);
  });

  it('derives the default thresholds from the emotion scale', () => {
    // Scale −3…3: low-emotion at ≤ −1.5, gap at ≥ 3.
    const wide = journeyWith(
      [
        touchpoint('a', 'aw', ['ana'], { emotion: -1, desiredEmotion: 1 }),
        touchpoint('b', 'co', ['ana'], { emotion: -2, desiredEmotion: 1 }),
      ],
      { emotionScale: { min: -3, max: 3 } },
    );
    expect(painPoints(wide).map((pain) => [pain.id, pain.severity, pain.threshold])).toEqual([
      ['b:low-emotion', 0.5, -1.5], // (3 − (−2)) / 6 × 0.6
      ['b:emotion-gap', 0.3, 3], // 3 / 6 × 0.6
    ]);
  });

  it('derives nothing from touchpoints without emotion', () => {
    expect(painPoints(journeyWith([touchpoint('a', 'aw', ['ana'], { desiredEmotion: 2, importance: 5 })]))).toEqual([]);
  });

  it('rejects a threshold that is not a finite number', () => {
    expect(() => painPoints(journey, { lowEmotionThreshold: Number.NaN })).toThrow('options.lowEmotionThreshold: must be a finite number; received NaN');
  });
});
