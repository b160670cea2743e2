import { keyMoments } from './key-moments';
import { journeyWith, touchpoint } from './test-fixtures';

describe('keyMoments', () => {
  const journey = journeyWith([
    touchpoint('k1', 'aw', ['ana'], { keyMoment: true, emotion: 1, desiredEmotion: 2 }),
    touchpoint('n1', 'aw', ['ana'], { keyMoment: false, emotion: -2 }),
    touchpoint('k2', 'co', ['ben', 'ana'], { keyMoment: true, emotion: -1 }),
    touchpoint('n2', 'co', ['ben'], { emotion: -2 }),
    touchpoint('k3', 'de', ['cleo'], { keyMoment: true, emotion: 2, desiredEmotion: 1, order: 1 }),
    touchpoint('k4', 'de', ['cleo'], { keyMoment: true, desiredEmotion: 2, order: 2 }),
    touchpoint('k5', 're', ['ana'], { keyMoment: true, emotion: -2, desiredEmotion: -1 }),
  ]);

  it('lists flagged touchpoints in reading order with emotion against desired and risk', () => {
    expect(keyMoments(journey)).toEqual([
      { touchpointId: 'k1', title: 'Title k1', phaseId: 'aw', personaIds: ['ana'], index: 0, emotion: 1, desired: 2, gap: -1, atRisk: true, reasons: ['below-desired'] },
      { touchpointId: 'k2', title: 'Title k2', phaseId: 'co', personaIds: ['ben', 'ana'], index: 2, emotion: -1, desired: undefined, gap: null, atRisk: true, reasons: ['negative-emotion'] },
      { touchpointId: 'k3', title: 'Title k3', phaseId: 'de', personaIds: ['cleo'], index: 4, emotion: 2, desired: 1, gap: 1, atRisk: false, reasons: [] },
      { touchpointId: 'k4', title: 'Title k4', phaseId: 'de', personaIds: ['cleo'], index: 5, emotion: undefined, desired: 2, gap: null, atRisk: null, reasons: [] },
      {
        touchpointId: 'k5',
        title: 'Title k5',
        phaseId: 're',
        personaIds: ['ana'],
        index: 6,
        emotion: -2,
        desired: -1,
        gap: -1,
        atRisk: true,
        reasons: ['below-desired', 'negative-emotion'],
      },
    ]);
  });

  it('uses the midpoint as neutral on a scale that does not span 0', () => {
    const positive = journeyWith(
      [
        touchpoint('a', 'aw', ['ana'], { keyMoment: true, emotion: 2, desiredEmotion: 2 }),
        touchpoint('b', 'co', ['ana'], { keyMoment: true, emotion: 3 }),
      ],
      { emotionScale: { min: 1, max: 5 } },
    );
    expect(keyMoments(positive).map((moment) => [moment.touchpointId, moment.atRisk, moment.reasons])).toEqual([
      ['a', true, ['negative-emotion']],
      ['b', false, []],
    ]);
  });

  it('returns an empty list when nothing is flagged', () => {
    expect(keyMoments(journeyWith([touchpoint('a', 'aw', ['ana'], { emotion: -2 })]))).toEqual([]);
  });
});
