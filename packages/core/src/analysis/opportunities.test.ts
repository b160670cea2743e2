import { opportunities } from './opportunities';
import { journeyWith, touchpoint } from './test-fixtures';

const journey = journeyWith([
  touchpoint('o1', 'aw', ['ana'], { opportunities: ['Add a price calculator'], performance: 2, importance: 4 }),
  touchpoint('o2', 'co', ['ben'], { order: 1, metrics: { dropOffRate: 0.45 }, importance: 5 }),
  touchpoint('o3', 'co', ['ben'], { order: 2, metrics: { dropOffRate: 0.2 }, performance: 1, importance: 3 }),
  touchpoint('o4', 'de', ['cleo'], { order: 1, emotion: -2, desiredEmotion: 2 }),
  touchpoint('o5', 'de', ['cleo'], { order: 2, performance: 2 }),
  touchpoint('o6', 're', ['ana'], { performance: 3, importance: 5 }),
]);

const summary = (list: ReturnType<typeof opportunities>) => list.map((item) => [item.id, item.severity, item.value, item.threshold]);

describe('opportunities', () => {
  it('lists written opportunities, emotion findings, under-performing and high drop-off touchpoints', () => {
    expect(summary(opportunities(journey))).toEqual([
      ['o1:opportunity:0', 0.8, null, null],
      ['o1:under-performing', 0.6, 2, 2], // (5 − 2) / 4 × 4 / 5
      ['o2:high-drop-off', 0.45, 0.45, 0.3], // 0.45 × 5 / 5
      ['o4:low-emotion', 0.6, -2, -1], // 1 × 0.6 (no importance)
      ['o4:emotion-gap', 0.6, 4, 2],
    ]);
  });

  it('writes readable texts and carries the touchpoint context', () => {
    const [written, underPerforming, dropOff] = opportunities(journey);
    expect(written).toMatchObject({ touchpointId: 'o1', phaseId: 'aw', personaIds: ['ana'], index: 0, kind: 'explicit', text: 'Add a price calculator' });
    expect(underPerforming!.text).toBe('Performs poorly (2 of 5) at an important touchpoint (importance 4 of 5)');
    expect(dropOff).toMatchObject({ kind: 'high-drop-off', text: 'High drop-off: 45 % of buyers leave here', index: 1 });
  });

  it('applies custom performance, importance and drop-off thresholds', () => {
    const ids = opportunities(journey, { maxPerformance: 3, minImportance: 5, dropOffThreshold: 0.2, derived: true })
      .filter((item) => item.kind === 'under-performing' || item.kind === 'high-drop-off')
      .map((item) => item.id);
    expect(ids).toEqual(['o2:high-drop-off', 'o3:high-drop-off', 'o6:under-performing']);
  });

  it('needs both performance and importance for under-performing', () => {
    expect(opportunities(journey).some((item) => item.touchpointId === 'o5')).toBe(false);
  });

  it('lists only written opportunities when derived is false', () => {
    expect(summary(opportunities(journey, { derived: false }))).toEqual([['o1:opportunity:0', 0.8, null, null]]);
  });

  it('rejects a bad threshold', () => {
    expect(() => opportunities(journey, { dropOffThreshold: Number.POSITIVE_INFINITY })).toThrow('options.dropOffThreshold: must be a finite number');
  });
});
