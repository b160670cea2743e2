import { parseJourney } from '../schema/validate';
import { computeJourneyLayout } from './compute-layout';
import { boxesOf, smallDocument, timedJourney } from './test-fixtures';

// timedJourney: t1 day 0, t2 day 2 (p1+p2), t4 day 7, t3 day 10 lasting 3 days, t5 untimed (co).
// With pixelsPerDay 20 the scale starts at x0 = laneHeaderWidth + gap / 2 = 204.

describe('computeJourneyLayout — time axis', () => {
  const layout = computeJourneyLayout(timedJourney(), { axis: 'time', pixelsPerDay: 20 });

  it('puts each card at the x of its day, the untimed one after the last timed card of its phase', () => {
    // t5 = right end of t3 (404 + 168) + gap.
    expect(boxesOf(layout, 'persona:p1').map(([id, x]) => [id, x])).toEqual([
      ['t1', 204],
      ['t2', 244],
      ['t4', 344],
      ['t5', 580],
    ]);
    expect(layout.items.find((item) => item.touchpointId === 't3')).toMatchObject({ x: 404, day: 10, endDay: 13 });
    expect(layout.items.find((item) => item.touchpointId === 't5')).not.toHaveProperty('day');
  });

  it('stacks overlapping cards into rows (first fit) and grows the lane', () => {
    // p1: t1 [204,372) row 0; t2 at 244 overlaps → row 1; t4 at 344 overlaps both → row 2; t5 at 580 fits row 0.
    expect(boxesOf(layout, 'persona:p1')).toEqual([
      ['t1', 204, 88, 0],
      ['t2', 244, 172, 1],
      ['t4', 344, 256, 2],
      ['t5', 580, 88, 0],
    ]);
    expect(boxesOf(layout, 'persona:p2')).toEqual([
      ['t2', 244, 356, 0],
      ['t3', 404, 440, 1],
    ]);
    // 3 rows: 2·12 + 3·76 + 2·8 = 268; 2 rows: 184. Lanes start below the 28px tick row.
    expect(layout.lanes.map((lane) => [lane.id, lane.y, lane.height, lane.rows])).toEqual([
      ['persona:p1', 76, 268, 3],
      ['persona:p2', 344, 184, 2],
    ]);
    expect([layout.width, layout.height]).toEqual([928, 76 + 268 + 184 + 160]);
  });

  it('spans phase bands over their cards and durations; overlapping phases start where the previous band ends', () => {
    // aw cards [204, 412) → band [200, 416). co would start at t4 (340) but aw ends at 416: clamped.
    // co ends after t5 (580 + 168 + 4 = 752); the empty de gets the minimum width.
    expect(layout.phases.map((phase) => [phase.id, phase.x, phase.width])).toEqual([
      ['aw', 200, 216],
      ['co', 416, 336],
      ['de', 752, 176],
    ]);
  });

  it('describes the day scale and lets d3 choose calendar ticks', () => {
    expect(layout.axis).toEqual({
      kind: 'time',
      y: 48,
      height: 28,
      ticks: [
        { x: 324, label: '11 Jan', value: '2026-01-11' },
        { x: 464, label: '18 Jan', value: '2026-01-18' },
      ],
      days: { startDay: 0, endDay: 13, x0: 204, pixelsPerDay: 20, origin: '2026-01-05T00:00:00.000Z' },
    });
  });

  it('derives pixelsPerDay from a target width', () => {
    // (1000 − 204 − 168 − 4) / 13 days = 48 px per day.
    const wide = computeJourneyLayout(timedJourney(), { axis: 'time', width: 1000 });
    expect(wide.axis.days?.pixelsPerDay).toBe(48);
    expect(boxesOf(wide, 'persona:p1').map(([id, x]) => [id, x])).toEqual([
      ['t1', 204],
      ['t2', 300],
      ['t4', 540],
      ['t5', 860],
    ]);
    expect(wide.axis.ticks.slice(0, 2)).toEqual([
      { x: 204, label: '5 Jan', value: '2026-01-05' },
      { x: 300, label: '7 Jan', value: '2026-01-07' },
    ]);
  });

  it('keeps a positive scale in a track narrower than two cards: days stay apart, never all at one x', () => {
    // 450 px: (450 − 204 − 168 − 4) = 74 < (450 − 204) / 2 = 123 → 123 / 13 days.
    const narrow = computeJourneyLayout(timedJourney(), { axis: 'time', width: 450 });
    expect(narrow.axis.days?.pixelsPerDay).toBeCloseTo(123 / 13, 10);
    // 300 px, less than the lane header and a card (the timeline on a phone): half the 96 px track.
    const phone = computeJourneyLayout(timedJourney(), { axis: 'time', width: 300 });
    expect(phone.axis.days?.pixelsPerDay).toBeCloseTo(48 / 13, 10);
    expect(new Set(boxesOf(phone, 'persona:p1').map(([, x]) => x)).size).toBe(4);
    // No track at all: the default scale, not 0.
    expect(computeJourneyLayout(timedJourney(), { axis: 'time', width: 100 }).axis.days?.pixelsPerDay).toBe(32);
  });

  it('uses pixelsPerDay 32 by default and lets pixelsPerDay win over width', () => {
    expect(computeJourneyLayout(timedJourney(), { axis: 'time' }).axis.days?.pixelsPerDay).toBe(32);
    expect(computeJourneyLayout(timedJourney(), { axis: 'time', width: 1000, pixelsPerDay: 10 }).axis.days?.pixelsPerDay).toBe(10);
  });

  it('keeps order within a phase: same-day cards stack in reading order', () => {
    const document = smallDocument();
    const sameDay = parseJourney({ ...document, touchpoints: document.touchpoints.map((item) => ({ ...item, at: 4 })) });
    const stacked = computeJourneyLayout(sameDay, { axis: 'time' });
    expect(boxesOf(stacked, 'persona:p1').map(([id, x, , row]) => [id, x, row])).toEqual([
      ['t1', 204, 0],
      ['t2', 204, 1],
      ['t4', 204, 2],
      ['t5', 204, 3],
    ]);
  });
});

describe('computeJourneyLayout — time axis with lanes by channel and blueprint', () => {
  const cells = (layout: ReturnType<typeof computeJourneyLayout>, laneId: string) =>
    layout.items.filter((item) => item.laneId === laneId).map((item) => [item.touchpointId, item.x, item.row]);

  it('gives a touchpoint the same x in every lane and stacks each lane on its own', () => {
    const byChannel = computeJourneyLayout(timedJourney(), { axis: 'time', lanes: 'channel', pixelsPerDay: 20 });
    expect(cells(byChannel, 'channel:website')).toEqual([
      ['t1', 204, 0],
      ['t5', 580, 0],
    ]);
    expect(byChannel.lanes.map((lane) => [lane.id, lane.rows])).toEqual([
      ['channel:website', 1],
      ['channel:webinar', 1],
      ['channel:phone', 1],
      ['channel:review-portal', 1],
    ]);

    const blueprint = computeJourneyLayout(timedJourney(), { axis: 'time', lanes: 'blueprint', pixelsPerDay: 20 });
    // Customer lane, by x: t1 row 0 (ends 372), t2 row 1, t4 row 2, t3 at 404 fits row 0 (372 + 8 ≤ 404), t5 at 580 too.
    expect(cells(blueprint, 'blueprint:customer')).toEqual([
      ['t1', 204, 0],
      ['t2', 244, 1],
      ['t4', 344, 2],
      ['t3', 404, 0],
      ['t5', 580, 0],
    ]);
    expect(cells(blueprint, 'blueprint:technology')).toEqual([
      ['t1', 204, 0],
      ['t4', 344, 1],
    ]);
    expect(blueprint.lanes.map((lane) => lane.rows)).toEqual([3, 3, 1, 2, 2]); // support: t2 (244) and t4 (344) overlap
  });
});

describe('computeJourneyLayout — time axis edge cases', () => {
  it('lays out phases before the first timed one like ordinal columns and starts the scale after them', () => {
    // Only t4 (day 3) and t3 (day 5) are timed, both in co; aw is untimed.
    const document = smallDocument();
    const at: Record<string, number> = { t4: 3, t3: 5 };
    const journey = parseJourney({ ...document, touchpoints: document.touchpoints.map((item) => (at[item.id] === undefined ? item : { ...item, at: at[item.id] })) });
    const layout = computeJourneyLayout(journey, { axis: 'time', pixelsPerDay: 40 });
    expect(layout.phases.map((phase) => [phase.id, phase.x, phase.width])).toEqual([
      ['aw', 200, 352],
      ['co', 552, 432],
      ['de', 984, 176],
    ]);
    expect(boxesOf(layout, 'persona:p1').map(([id, x]) => [id, x])).toEqual([
      ['t1', 204],
      ['t2', 380],
      ['t4', 556],
      ['t5', 812],
    ]);
    // No calendar: day numbers.
    expect(layout.axis.ticks).toEqual([
      { x: 556, label: 'Day 3', value: 3 },
      { x: 596, label: 'Day 4', value: 4 },
      { x: 636, label: 'Day 5', value: 5 },
    ]);
    expect(layout.axis.days).toEqual({ startDay: 3, endDay: 5, x0: 556, pixelsPerDay: 40 });
  });

  it('places a journey without any time in reading order, with no ticks and no day scale', () => {
    const layout = computeJourneyLayout(parseJourney(smallDocument()), { axis: 'time' });
    expect(boxesOf(layout, 'persona:p1').map(([id, x]) => [id, x])).toEqual([
      ['t1', 204],
      ['t2', 380],
      ['t4', 556],
      ['t5', 732],
    ]);
    expect(boxesOf(layout, 'persona:p2').map(([id, x]) => [id, x])).toEqual([
      ['t2', 380],
      ['t3', 908],
    ]);
    expect(layout.axis).toEqual({ kind: 'time', y: 48, height: 28, ticks: [] });
  });

  it('labels month ticks for a journey of many months', () => {
    const document = smallDocument();
    const dates: Record<string, string> = { t1: '2026-01-10', t2: '2026-03-02', t4: '2026-08-15', t3: '2026-12-20' };
    const journey = parseJourney({ ...document, touchpoints: document.touchpoints.map((item) => ({ ...item, at: dates[item.id] ?? '2026-09-01' })) });
    const layout = computeJourneyLayout(journey, { axis: 'time', width: 1600 });
    expect(layout.axis.days?.origin).toBe('2026-01-10T00:00:00.000Z');
    expect(layout.axis.ticks.map((tick) => tick.label)).toEqual([
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
      'Jul 2026',
      'Aug 2026',
      'Sep 2026',
      'Oct 2026',
      'Nov 2026',
      'Dec 2026',
    ]);
    expect(layout.axis.ticks[0]).toEqual({ x: 204 + 22 * layout.axis.days!.pixelsPerDay, label: 'Feb 2026', value: '2026-02-01' });
  });
});
