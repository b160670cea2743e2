import { MAX_TICKS, timeTicks, zoomedTimeTicks } from './time-ticks';

const ORIGIN = Date.UTC(2026, 0, 5); // Monday, 5 January 2026

describe('timeTicks', () => {
  it('labels month ticks "Feb 2026" for a journey of months', () => {
    const ticks = timeTicks({ startDay: 5, endDay: 349, x0: 0, pixelsPerDay: 4 }, ORIGIN, 'en');
    expect(ticks.slice(0, 3)).toEqual([
      { x: 88, label: 'Feb 2026', value: '2026-02-01' },
      { x: 200, label: 'Mar 2026', value: '2026-03-01' },
      { x: 324, label: 'Apr 2026', value: '2026-04-01' },
    ]);
    expect(ticks).toHaveLength(11);
  });

  it('labels year ticks with the year for a journey of years', () => {
    expect(timeTicks({ startDay: 0, endDay: 1500, x0: 0, pixelsPerDay: 0.5 }, ORIGIN, 'en').map((tick) => [tick.label, tick.value])).toEqual([
      ['2027', '2027-01-01'],
      ['2028', '2028-01-01'],
      ['2029', '2029-01-01'],
      ['2030', '2030-01-01'],
    ]);
  });

  it('labels day and week ticks "5 Jan", in German "5. Jan"', () => {
    expect(timeTicks({ startDay: 0, endDay: 60, x0: 10, pixelsPerDay: 10 }, ORIGIN, 'en').slice(0, 4)).toEqual([
      { x: 70, label: '11 Jan', value: '2026-01-11' },
      { x: 140, label: '18 Jan', value: '2026-01-18' },
      { x: 210, label: '25 Jan', value: '2026-01-25' },
      { x: 280, label: '1 Feb', value: '2026-02-01' },
    ]);
    expect(timeTicks({ startDay: 0, endDay: 60, x0: 10, pixelsPerDay: 10 }, ORIGIN, 'de').map((tick) => tick.label).slice(-2)).toEqual(['22. Feb', '1. Mär']);
  });

  it('adds the time of day below one day', () => {
    expect(timeTicks({ startDay: 0, endDay: 1, x0: 0, pixelsPerDay: 600 }, ORIGIN, 'en').map((tick) => [tick.x, tick.label, tick.value])).toEqual([
      [0, '5 Jan 00:00', '2026-01-05T00:00:00.000Z'],
      [150, '5 Jan 06:00', '2026-01-05T06:00:00.000Z'],
      [300, '5 Jan 12:00', '2026-01-05T12:00:00.000Z'],
      [450, '5 Jan 18:00', '2026-01-05T18:00:00.000Z'],
      [600, '6 Jan 00:00', '2026-01-06T00:00:00.000Z'],
    ]);
  });

  it('labels whole day numbers "Day 14" without a calendar', () => {
    expect(timeTicks({ startDay: 0, endDay: 60, x0: 10, pixelsPerDay: 10 }, null, 'en').map((tick) => [tick.x, tick.label, tick.value])).toEqual([
      [10, 'Day 0', 0],
      [110, 'Day 10', 10],
      [210, 'Day 20', 20],
      [310, 'Day 30', 30],
      [410, 'Day 40', 40],
      [510, 'Day 50', 50],
      [610, 'Day 60', 60],
    ]);
    expect(timeTicks({ startDay: 0, endDay: 2, x0: 0, pixelsPerDay: 300 }, null, 'de').map((tick) => tick.label)).toEqual(['Tag 0', 'Tag 1', 'Tag 2']);
  });

  it('gives a single-day scale one tick', () => {
    expect(timeTicks({ startDay: 2, endDay: 2, x0: 10, pixelsPerDay: 10 }, null, 'en')).toEqual([{ x: 10, label: 'Day 2', value: 2 }]);
    expect(timeTicks({ startDay: 2, endDay: 2, x0: 10, pixelsPerDay: 10 }, ORIGIN, 'en')).toEqual([{ x: 10, label: '7 Jan', value: '2026-01-07' }]);
  });

  // Found by the core fuzz test (seed 675854470): durations of 1e-323 days put the whole scale on a
  // subnormal span, where d3-array's ticks threw "RangeError: Invalid array length".
  it('copes with a scale shorter than a day, down to a subnormal span', () => {
    expect(timeTicks({ startDay: 7e-323, endDay: 9e-323, x0: 204, pixelsPerDay: 32 }, null, 'en')).toEqual([]);
    expect(timeTicks({ startDay: 0, endDay: 5e-324, x0: 204, pixelsPerDay: 32 }, null, 'en')).toEqual([{ x: 204, label: 'Day 0', value: 0 }]);
    expect(timeTicks({ startDay: 2.5, endDay: 3.25, x0: 0, pixelsPerDay: 32 }, null, 'en')).toEqual([{ x: 16, label: 'Day 3', value: 3 }]);
    expect(timeTicks({ startDay: 7e-323, endDay: 9e-323, x0: 204, pixelsPerDay: 32 }, ORIGIN, 'en')).toEqual([{ x: 204, label: '5 Jan', value: '2026-01-05' }]);
  });

  it(`asks d3 for at most ${MAX_TICKS} ticks, however wide the scale`, () => {
    const century = { startDay: 0, endDay: 36_500, x0: 0, pixelsPerDay: 10_000 }; // would be ~3 million ticks
    const dayTicks = timeTicks(century, null, 'en');
    const dateTicks = timeTicks(century, ORIGIN, 'en');
    expect(dayTicks.length).toBeGreaterThan(MAX_TICKS / 2);
    expect(dayTicks.length).toBeLessThanOrEqual(2 * MAX_TICKS);
    expect(dateTicks.length).toBeGreaterThan(MAX_TICKS / 4);
    expect(dateTicks.length).toBeLessThanOrEqual(2 * MAX_TICKS);
  });
});

describe('zoomedTimeTicks', () => {
  const days = { startDay: 0, endDay: 60, x0: 10, pixelsPerDay: 10, origin: new Date(ORIGIN).toISOString() };

  it('re-ticks the visible stretch more densely as the zoom grows, with x in layout pixels', () => {
    const atOne = zoomedTimeTicks(days, 10, 610, 1, 'en');
    const atFour = zoomedTimeTicks(days, 10, 610, 4, 'en');
    expect(atOne).toEqual(timeTicks(days, ORIGIN, 'en')); // the whole scale at zoom 1: the layout's own ticks (weekly)
    expect(atFour.slice(0, 3).map((tick) => tick.label)).toEqual(['5 Jan', '7 Jan', '9 Jan']); // every other day
    for (const tick of atFour) expect(tick.x).toBeCloseTo(10 + ((Date.parse(`${tick.value}T00:00:00Z`) - ORIGIN) / 86_400_000) * 10, 6);
  });

  it('uses the given day label without a calendar, and is empty for an empty stretch', () => {
    const noCalendar = { startDay: 0, endDay: 60, x0: 0, pixelsPerDay: 10 };
    expect(zoomedTimeTicks(noCalendar, 0, 300, 1, 'de', (day) => `T${day}`).map((tick) => tick.label)).toEqual(['T0', 'T10', 'T20', 'T30']);
    expect(zoomedTimeTicks(noCalendar, 0, 300, 1, 'de').map((tick) => tick.label)[1]).toBe('Tag 10');
    expect(zoomedTimeTicks(noCalendar, 300, 300, 2, 'en')).toEqual([]);
    // A scale without extent has nothing to tick (it used to throw: Invalid time value).
    expect(zoomedTimeTicks({ ...days, pixelsPerDay: 0 }, 5, 255, 3, 'en')).toEqual([]);
  });
});
