import { alignRows } from './comparison-rows';

/** The rows as text: "a|a" shared, "b|" current only, "|d" future only. */
function picture(current: string[], future: string[]): string[] {
  const { current: left, future: right, count } = alignRows(current, future);
  const rows = Array.from({ length: count }, () => ['', '']);
  left.forEach((row, index) => (rows[row - 1]![0] = current[index]!));
  right.forEach((row, index) => (rows[row - 1]![1] = future[index]!));
  return rows.map(([a, b]) => `${a}|${b}`);
}

describe('alignRows', () => {
  it('shares a row for a touchpoint in both states, and gives removed and added ones their own', () => {
    // The payment sample's decision phase: two removed, two added.
    expect(picture(['sign', 'approved', 'sandbox', 'webhook', 'live'], ['sign', 'guided', 'webhook', 'live', 'webinar'])).toEqual([
      'sign|sign',
      'approved|',
      'sandbox|',
      '|guided',
      'webhook|webhook',
      'live|live',
      '|webinar',
    ]);
  });

  it('keeps each column in its own order: a touchpoint moved past others shows on both sides', () => {
    expect(picture(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual(['|d', 'a|a', 'b|b', 'c|c', 'd|']);
  });

  it('handles empty sides and identical lists', () => {
    expect(picture([], ['x', 'y'])).toEqual(['|x', '|y']);
    expect(picture(['x'], [])).toEqual(['x|']);
    expect(picture(['x', 'y'], ['x', 'y'])).toEqual(['x|x', 'y|y']);
    expect(alignRows([], [])).toEqual({ current: [], future: [], count: 0 });
  });

  it('aligns very large phases greedily in linear time, still in each column’s order', () => {
    const current = Array.from({ length: 2_000 }, (_, index) => `t${index}`);
    const future = [...current.slice(0, 1_000), 'new', ...current.slice(1_001)];
    const { current: left, future: right, count } = alignRows(current, future);
    expect(count).toBe(2_001);
    expect(left[999]).toBe(right[999]); // shared before the change
    expect(right[1_000]).toBe(left[1_000]! + 1); // the added one right after the removed one
    expect(left[1_999]).toBe(right[1_999]); // shared after it
    for (let index = 1; index < left.length; index++) expect(left[index]).toBeGreaterThan(left[index - 1]!);
  });
});
