import { analyzeJourney } from './analyze-journey';
import { buyingCenter } from './buying-center';
import { channelMix } from './channel-mix';
import { coverageMatrix } from './coverage-matrix';
import { emotionCurve } from './emotion-curve';
import { funnel } from './funnel';
import { journeyTiming } from './journey-timing';
import { keyMoments } from './key-moments';
import { opportunities } from './opportunities';
import { painPoints } from './pain-points';
import { rankTouchpoints } from './rank-touchpoints';
import { journeyWith, touchpoint } from './test-fixtures';

const journey = journeyWith(
  [
    touchpoint('a', 'aw', ['ana'], { at: '2026-02-02', emotion: -2, desiredEmotion: 1, importance: 5, risk: 4, keyMoment: true, painPoints: ['Slow'] }),
    touchpoint('b', 'co', ['ana', 'ben'], { at: 10, emotion: 1, performance: 2, importance: 4, metrics: { volume: 120, dropOffRate: 0.4 }, opportunities: ['Demo'] }),
    touchpoint('c', 'de', ['cleo'], { channel: 'phone', mode: 'offline', emotion: 0 }),
  ],
  { startDate: '2026-02-01' },
);

describe('analyzeJourney', () => {
  it('returns exactly what the single analyses return', () => {
    const options = { painPoints: { lowEmotionThreshold: -2 }, opportunities: { dropOffThreshold: 0.5 }, ranking: { weights: { risk: 1 } } };
    expect(analyzeJourney(journey, options)).toEqual({
      emotion: emotionCurve(journey),
      painPoints: painPoints(journey, options.painPoints),
      opportunities: opportunities(journey, options.opportunities),
      keyMoments: keyMoments(journey),
      ranking: rankTouchpoints(journey, options.ranking),
      coverage: coverageMatrix(journey),
      channelMix: channelMix(journey),
      buyingCenter: buyingCenter(journey),
      timing: journeyTiming(journey),
      funnel: funnel(journey),
    });
  });

  it('passes the options on', () => {
    const analysis = analyzeJourney(journey, { opportunities: { dropOffThreshold: 0.5 } });
    expect(analysis.opportunities.map((item) => item.kind)).toEqual(['low-emotion', 'emotion-gap', 'explicit', 'under-performing']);
    expect(analysis.timing).toMatchObject({ originDate: '2026-02-01T00:00:00.000Z', startDay: 1, endDay: 10, totalDays: 9 });
  });

  it('shares the emotion findings of pain points and opportunities', () => {
    const analysis = analyzeJourney(journey);
    const lowEmotion = analysis.painPoints.find((pain) => pain.id === 'a:low-emotion');
    expect(lowEmotion).toMatchObject({ kind: 'low-emotion', severity: 1 });
    expect(analysis.opportunities.find((item) => item.id === 'a:low-emotion')).toBe(lowEmotion);
    const separate = analyzeJourney(journey, { opportunities: { lowEmotionThreshold: -2 } });
    expect(separate.opportunities.find((item) => item.id === 'a:low-emotion')).not.toBe(separate.painPoints.find((pain) => pain.id === 'a:low-emotion'));
  });

  it('refuses a journey whose emotion scale is empty, naming the field', () => {
    expect(() => analyzeJourney({ ...journey, emotionScale: { min: 2, max: 2 } })).toThrow(
      'emotionScale: max (2) must be a number greater than min (2); parse the document with parseJourney first',
    );
  });

  it('survives a JSON round trip unchanged apart from undefined fields', () => {
    const analysis = analyzeJourney(journey);
    const roundTrip = JSON.parse(JSON.stringify(analysis)) as unknown;
    expect(roundTrip).toEqual(analysis); // toEqual treats undefined fields as absent
    expect(JSON.stringify(roundTrip)).toBe(JSON.stringify(analysis));
  });
});
