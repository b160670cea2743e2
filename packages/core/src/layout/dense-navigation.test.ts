import { describe, expect, it } from 'vitest';
import { computeJourneyLayout } from './compute-layout';
import { emotionPointRange, itemIndexAt, laneItemStarts, laneOfItem, stepItem } from './dense-navigation';
import { hitTest } from './spatial-index';
import { smallJourney, timedJourney } from './test-fixtures';

// Ordinal, lanes by persona: Anna's items t1, t2, t4, t5 (indexes 0–3), Ben's t2, t3 (4–5).
const layout = computeJourneyLayout(smallJourney());
const keyOf = (index: number) => layout.items[index]?.key;

describe('laneItemStarts / laneOfItem', () => {
  it('gives each lane its slice of the items', () => {
    expect([...laneItemStarts(layout)]).toEqual([0, 4, 6]);
    expect([0, 1, 2, 3, 4, 5].map((index) => laneOfItem(layout, index))).toEqual([0, 0, 0, 0, 1, 1]);
    expect(laneOfItem(layout, -1)).toBe(-1);
    expect(laneOfItem(layout, 6)).toBe(-1);
  });

  it('keeps empty lanes as empty slices', () => {
    const filtered = computeJourneyLayout(smallJourney(), { filter: { channels: ['phone'] } });
    const starts = [...laneItemStarts(filtered)];
    expect(starts).toEqual([0, 1, 1]);
    expect(laneOfItem(filtered, 0)).toBe(0);
  });
});

describe('itemIndexAt', () => {
  it('is the position of the hit item in layout.items', () => {
    for (const [x, y] of [
      [210, 70],
      [380, 60],
      [600, 200],
    ] as const) {
      const index = itemIndexAt(layout, x, y);
      expect(layout.items[index]).toBe(hitTest(layout, x, y));
    }
  });

  it('is -1 off the items', () => {
    expect(itemIndexAt(layout, 100, 70)).toBe(-1);
    expect(itemIndexAt(layout, 376, 70)).toBe(-1);
  });
});

describe('stepItem', () => {
  it('moves left and right within a lane and stops at its ends', () => {
    expect(keyOf(stepItem(layout, 0, 'right'))).toBe('t2@persona:p1');
    expect(stepItem(layout, 0, 'left')).toBe(0);
    expect(stepItem(layout, 3, 'right')).toBe(3);
    expect(stepItem(layout, 4, 'left')).toBe(4);
    expect(stepItem(layout, 1, 'end')).toBe(3);
    expect(stepItem(layout, 5, 'home')).toBe(4);
  });

  it('moves up and down to the nearest item by x in the next non-empty lane', () => {
    // t4 (Anna, x 556) → down to Ben's t3 (x 556); t2 of Ben (x 204) → up to Anna's t1 (x 204).
    expect(keyOf(stepItem(layout, 2, 'down'))).toBe('t3@persona:p2');
    expect(keyOf(stepItem(layout, 4, 'up'))).toBe('t1@persona:p1');
    expect(stepItem(layout, 0, 'up')).toBe(0);
    expect(stepItem(layout, 5, 'down')).toBe(5);
  });

  it('starts at the first item when nothing is focused, and is -1 without items', () => {
    expect(stepItem(layout, -1, 'down')).toBe(0);
    const empty = computeJourneyLayout(smallJourney(), { filter: { personaIds: [] } });
    expect(stepItem(empty, -1, 'right')).toBe(-1);
  });

  it('works on the time axis (stacked rows)', () => {
    const timed = computeJourneyLayout(timedJourney(), { axis: 'time' });
    const starts = laneItemStarts(timed);
    for (let index = 0; index < timed.items.length; index++) {
      const lane = laneOfItem(timed, index);
      const next = stepItem(timed, index, 'right');
      expect(next).toBeGreaterThanOrEqual(starts[lane]!);
      expect(next).toBeLessThan(starts[lane + 1]!);
    }
  });
});

describe('emotionPointRange', () => {
  const points = [10, 20, 30, 40, 50].map((x) => ({ touchpointId: `t${x}`, x, y: 0 }));
  it('covers the points inside plus one neighbour each side', () => {
    expect(emotionPointRange(points, 25, 35)).toEqual([1, 4]);
    expect(emotionPointRange(points, 20, 40)).toEqual([0, 5]);
    expect(emotionPointRange(points, 0, 15)).toEqual([0, 2]);
    expect(emotionPointRange(points, 45, 100)).toEqual([3, 5]);
  });
  it('is empty or a single neighbour pair outside the points', () => {
    expect(emotionPointRange([], 0, 10)).toEqual([0, 0]);
    expect(emotionPointRange(points, 60, 70)).toEqual([4, 5]);
  });
});

describe('stepItem with a visibility mask', () => {
  it('skips hidden items and lanes', () => {
    const visible = Uint8Array.from([1, 0, 1, 1, 0, 0]); // t2 hidden in Anna's lane; Ben's lane empty
    expect(keyOf(stepItem(layout, 0, 'right', visible))).toBe('t4@persona:p1');
    expect(stepItem(layout, 2, 'left', visible)).toBe(0);
    expect(stepItem(layout, 2, 'down', visible)).toBe(2);
    expect(stepItem(layout, 1, 'right', visible)).toBe(0); // from a hidden item: the first shown one
    expect(stepItem(layout, -1, 'up', new Uint8Array(6))).toBe(-1);
  });
});
