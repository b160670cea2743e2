import { journeyTiming } from './journey-timing';
import { journeyWith, touchpoint } from './test-fixtures';

describe('journeyTiming', () => {
  it('measures a journey timed with ISO dates', () => {
    const journey = journeyWith([
      touchpoint('t1', 'aw', ['ana'], { at: '2026-03-02', durationDays: 1 }),
      touchpoint('t2', 'aw', ['ana'], { at: '2026-03-04' }),
      touchpoint('t3', 'co', ['ana'], { at: '2026-03-10', durationDays: 4 }),
      touchpoint('t4', 'de', ['ana']),
      touchpoint('t5', 're', ['ana'], { at: '2026-03-06' }),
    ]);
    expect(journeyTiming(journey)).toEqual({
      timed: true,
      originDate: '2026-03-02T00:00:00.000Z',
      startDay: 0,
      endDay: 12,
      totalDays: 12,
      medianGapDays: 2, // starts 0, 2, 4, 8 → gaps 2, 2, 4
      timedCount: 4,
      phases: [
        { phaseId: 'aw', startDay: 0, endDay: 2, durationDays: 2, touchpointCount: 2, timedCount: 2 },
        { phaseId: 'co', startDay: 8, endDay: 12, durationDays: 4, touchpointCount: 1, timedCount: 1 },
        { phaseId: 'de', startDay: null, endDay: null, durationDays: null, touchpointCount: 1, timedCount: 0 },
        { phaseId: 're', startDay: 4, endDay: 4, durationDays: 0, touchpointCount: 1, timedCount: 1 },
      ],
    });
  });

  it('measures day offsets from the journey start date', () => {
    const journey = journeyWith(
      [touchpoint('a', 'aw', ['ana'], { at: 3 }), touchpoint('b', 'co', ['ana'], { at: 10.5, durationDays: 2 })],
      { startDate: '2026-01-05' },
    );
    expect(journeyTiming(journey)).toMatchObject({ timed: true, originDate: '2026-01-05T00:00:00.000Z', startDay: 3, endDay: 12.5, totalDays: 9.5, medianGapDays: 7.5, timedCount: 2 });
  });

  it('has no origin date for day offsets without a start date, and takes the mean middle gap for an even count', () => {
    const journey = journeyWith([0, 1, 4, 8, 18].map((at, i) => touchpoint(`t${i}`, 'aw', ['ana'], { at })));
    expect(journeyTiming(journey)).toMatchObject({ timed: true, originDate: null, startDay: 0, endDay: 18, totalDays: 18, medianGapDays: 3.5 });
  });

  it('gives null for everything in an untimed journey', () => {
    const journey = journeyWith([touchpoint('a', 'aw', ['ana'], { order: 1 }), touchpoint('b', 'co', ['ana'])], { startDate: '2026-01-05' });
    expect(journeyTiming(journey)).toEqual({
      timed: false,
      originDate: null,
      startDay: null,
      endDay: null,
      totalDays: null,
      medianGapDays: null,
      timedCount: 0,
      phases: [
        { phaseId: 'aw', startDay: null, endDay: null, durationDays: null, touchpointCount: 1, timedCount: 0 },
        { phaseId: 'co', startDay: null, endDay: null, durationDays: null, touchpointCount: 1, timedCount: 0 },
        { phaseId: 'de', startDay: null, endDay: null, durationDays: null, touchpointCount: 0, timedCount: 0 },
        { phaseId: 're', startDay: null, endDay: null, durationDays: null, touchpointCount: 0, timedCount: 0 },
      ],
    });
  });

  it('has no median gap with a single timed touchpoint', () => {
    expect(journeyTiming(journeyWith([touchpoint('a', 'aw', ['ana'], { at: 5, durationDays: 1 })]))).toMatchObject({ totalDays: 1, medianGapDays: null });
  });
});
