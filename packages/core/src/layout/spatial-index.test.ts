import { computeJourneyLayout } from './compute-layout';
import { hitTest, itemsInViewport } from './spatial-index';
import { smallJourney, timedJourney } from './test-fixtures';

// Ordinal, lanes by persona: Anna's cards at x 204, 380, 556, 732 (y 60…136); Ben's at 204, 556 (y 160…236).
const layout = computeJourneyLayout(smallJourney());
const keyAt = (x: number, y: number) => hitTest(layout, x, y)?.key;

describe('hitTest', () => {
  it('finds the card under a point', () => {
    expect(keyAt(210, 70)).toBe('t1@persona:p1');
    expect(keyAt(380, 60)).toBe('t2@persona:p1');
    expect(keyAt(723, 135)).toBe('t4@persona:p1');
    expect(keyAt(600, 200)).toBe('t3@persona:p2');
  });

  it('treats boxes as half-open: the right and bottom edges are outside', () => {
    expect(keyAt(372, 70)).toBeUndefined();
    expect(keyAt(210, 136)).toBeUndefined();
    expect(keyAt(204, 60)).toBe('t1@persona:p1');
  });

  it('misses gaps, headers, empty cells and the outside', () => {
    expect(keyAt(376, 70)).toBeUndefined(); // gap between t1 and t2
    expect(keyAt(100, 70)).toBeUndefined(); // lane header
    expect(keyAt(300, 20)).toBeUndefined(); // phase header
    expect(keyAt(380, 200)).toBeUndefined(); // Ben has no card there
    expect(keyAt(-5, -5)).toBeUndefined();
    expect(keyAt(5000, 5000)).toBeUndefined();
  });

  it('finds stacked cards of the time axis by row', () => {
    const timed = computeJourneyLayout(timedJourney(), { axis: 'time', pixelsPerDay: 20 });
    // Anna's t1 (row 0, y 88), t2 (row 1, y 172) and t4 (row 2, y 256) overlap in x around 350.
    expect([100, 180, 260].map((y) => hitTest(timed, 350, y)?.touchpointId)).toEqual(['t1', 't2', 't4']);
  });
});

describe('itemsInViewport', () => {
  it('returns the cards overlapping a rectangle, by row then x', () => {
    expect(itemsInViewport(layout, { x: 500, y: 0, width: 100, height: 150 }).map((item) => item.key)).toEqual(['t2@persona:p1', 't4@persona:p1']);
    expect(itemsInViewport(layout, { x: 0, y: 140, width: 2000, height: 100 }).map((item) => item.key)).toEqual(['t2@persona:p2', 't3@persona:p2']);
  });

  it('does not count touching edges', () => {
    expect(itemsInViewport(layout, { x: 372, y: 60, width: 8, height: 10 })).toEqual([]);
    expect(itemsInViewport(layout, { x: 0, y: 136, width: 2000, height: 24 })).toEqual([]);
  });

  it('returns every item for a rectangle around the whole map', () => {
    expect(itemsInViewport(layout, { x: 0, y: 0, width: layout.width, height: layout.height })).toHaveLength(layout.items.length);
  });
});
