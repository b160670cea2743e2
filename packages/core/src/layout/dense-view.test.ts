import { describe, expect, it } from 'vitest';
import { computeJourneyLayout } from './compute-layout';
import { denseHitTest, denseView } from './dense-view';
import { smallJourney } from './test-fixtures';

// Ordinal, lanes by persona: Anna (lane 0, y 48…224) t1, t2, t4, t5; Ben (lane 1) t2, t3.
const journey = smallJourney();
const layout = computeJourneyLayout(journey);
const shownKeys = (view: ReturnType<typeof denseView>) => layout.items.filter((_, at) => view.itemVisible[at]).map((item) => item.key);

describe('denseView', () => {
  it('shows everything without a filter', () => {
    const view = denseView(journey, layout);
    expect(view.shownItems).toBe(layout.items.length);
    expect(view.lanes).toEqual([0, 1]);
    expect([...view.laneShift]).toEqual([0, 0]);
    expect(view.height).toBe(layout.height);
    expect([...view.phaseCounts]).toEqual([2, 3, 0]);
    expect(view.series.map((series) => series.visible)).toEqual([true, true]);
  });

  it('takes a hidden persona lane out and moves the lanes below up', () => {
    const view = denseView(journey, layout, { personaIds: ['p2'] });
    expect(view.lanes).toEqual([1]);
    expect(Number.isNaN(view.laneShift[0])).toBe(true);
    expect(view.laneShift[1]).toBe(-layout.lanes[0]!.height);
    expect(view.height).toBe(layout.height - layout.lanes[0]!.height);
    expect(shownKeys(view)).toEqual(['t2@persona:p2', 't3@persona:p2']);
    expect(view.series.map((series) => series.visible)).toEqual([false, true]);
  });

  it('hides items of touchpoints that do not match, in place', () => {
    const view = denseView(journey, layout, { channels: ['webinar'] });
    expect(shownKeys(view)).toEqual(['t2@persona:p1', 't2@persona:p2']);
    expect([...view.laneShift]).toEqual([0, 0]);
    expect([...view.phaseCounts]).toEqual([1, 0, 0]);
    const anna = layout.emotion.series[0]!;
    expect(anna.points.filter((_, at) => view.series[0]!.points[at]).map((point) => point.touchpointId)).toEqual(['t2']);
  });

  it('agrees with the layout of the same filter on which touchpoints are shown', () => {
    for (const filter of [{ personaIds: ['p1'] }, { modes: ['offline' as const] }, { personaIds: [] }]) {
      const view = denseView(journey, layout, filter);
      const relaid = computeJourneyLayout(journey, { filter });
      expect(shownKeys(view).sort()).toEqual(relaid.items.map((item) => item.key).sort());
    }
  });
});

describe('denseHitTest', () => {
  it('finds shown items at their moved position and misses hidden ones', () => {
    const all = denseView(journey, layout);
    const t1 = layout.items[0]!;
    expect(denseHitTest(layout, all, t1.x + 1, t1.y + 1)).toBe(0);
    const benOnly = denseView(journey, layout, { personaIds: ['p2'] });
    const benT2 = layout.items[4]!;
    expect(denseHitTest(layout, benOnly, benT2.x + 1, benT2.y + 1 + benOnly.laneShift[1]!)).toBe(4);
    expect(denseHitTest(layout, benOnly, benT2.x + 1, benT2.y + 1)).toBe(-1);
    const webinar = denseView(journey, layout, { channels: ['webinar'] });
    expect(denseHitTest(layout, webinar, t1.x + 1, t1.y + 1)).toBe(-1);
  });
});
