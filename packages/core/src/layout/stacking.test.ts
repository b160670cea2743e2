import { stackBoxes } from './stacking';

const stack = (xs: number[], width = 168, gap = 8, ranks = xs.map((_, index) => index)) => {
  const { rows, rowCount } = stackBoxes(Float64Array.from(xs), Int32Array.from(ranks), width, gap);
  return { rows: [...rows], rowCount };
};

describe('stackBoxes', () => {
  it('puts boxes that keep a gap into one row', () => {
    expect(stack([0, 176, 352])).toEqual({ rows: [0, 0, 0], rowCount: 1 });
  });

  it('opens a new row when a box would come closer than the gap', () => {
    expect(stack([0, 175])).toEqual({ rows: [0, 1], rowCount: 2 });
  });

  it('takes the first row that has room (first fit)', () => {
    // 0 → row 0 (ends 168); 100 → row 1 (ends 268); 150 → row 2; 290 fits rows 0 and 1: takes row 0.
    expect(stack([0, 100, 150, 290])).toEqual({ rows: [0, 1, 2, 0], rowCount: 3 });
  });

  it('takes boxes by x, equal x by rank', () => {
    expect(stack([300, 0, 0], 168, 8, [0, 2, 1])).toEqual({ rows: [0, 1, 0], rowCount: 2 });
  });

  it('returns no rows for no boxes and grows past many rows', () => {
    expect(stack([])).toEqual({ rows: [], rowCount: 0 });
    const many = stack(new Array(1000).fill(5));
    expect(many.rowCount).toBe(1000);
    expect(many.rows.slice(0, 3)).toEqual([0, 1, 2]);
    expect(many.rows[999]).toBe(999);
  });
});
