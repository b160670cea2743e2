/** Stacking of overlapping cards into rows: greedy (first-fit) interval partitioning. */

/** Rows of one lane: the row of every box, and how many rows there are. */
export interface Stacking {
  /** Row of each box, by its index in the input. */
  rows: Int32Array;
  /** Number of rows used (0 when there are no boxes). */
  rowCount: number;
}

/**
 * A min segment tree over row ends that finds, in O(log rows), the first row whose last box
 * ends early enough. Unused rows hold +∞ and never match.
 */
class RowEnds {
  private size = 1;
  private tree = new Float64Array(2).fill(Number.POSITIVE_INFINITY);

  /** Index of the first row whose end is ≤ `limit`, or -1. */
  firstAtMost(limit: number, rowCount: number): number {
    if (rowCount === 0 || this.tree[1]! > limit) return -1;
    let node = 1;
    while (node < this.size) node = this.tree[2 * node]! <= limit ? 2 * node : 2 * node + 1;
    return node - this.size;
  }

  set(row: number, end: number): void {
    if (row >= this.size) this.grow(row + 1);
    let node = row + this.size;
    this.tree[node] = end;
    for (node >>= 1; node >= 1; node >>= 1) this.tree[node] = Math.min(this.tree[2 * node]!, this.tree[2 * node + 1]!);
  }

  private grow(needed: number): void {
    let size = this.size;
    while (size < needed) size *= 2;
    const tree = new Float64Array(2 * size).fill(Number.POSITIVE_INFINITY);
    tree.set(this.tree.subarray(this.size, 2 * this.size), size);
    for (let node = size - 1; node >= 1; node--) tree[node] = Math.min(tree[2 * node]!, tree[2 * node + 1]!);
    this.size = size;
    this.tree = tree;
  }
}

/**
 * Assigns each box `[xs[i], xs[i] + width)` of one lane to a row so that boxes in one row keep at
 * least `gap` between them. Boxes are taken by x (ties: by `ranks`, lower first, i.e. reading
 * order), and each goes into the first row whose last box ends at least `gap` before it starts
 * (`rowEnd + gap ≤ x`), else into a new row. Taken by x, this greedy uses the fewest rows
 * possible for equal-width boxes. Deterministic; O(n log n).
 * @example
 * stackBoxes(Float64Array.of(0, 100, 200), Int32Array.of(0, 1, 2), 168, 8)
 * // → { rows: [0, 1, 0], rowCount: 2 }
 */
export function stackBoxes(xs: Float64Array, ranks: Int32Array, width: number, gap: number): Stacking {
  const count = xs.length;
  const byX: number[] = new Array(count);
  for (let index = 0; index < count; index++) byX[index] = index;
  byX.sort((a, b) => xs[a]! - xs[b]! || ranks[a]! - ranks[b]! || a - b);
  const rows = new Int32Array(count);
  const ends = new RowEnds();
  let rowCount = 0;
  for (let position = 0; position < count; position++) {
    const index = byX[position]!;
    const x = xs[index]!;
    let row = ends.firstAtMost(x - gap, rowCount);
    if (row === -1) row = rowCount++;
    rows[index] = row;
    ends.set(row, x + width);
  }
  return { rows, rowCount };
}
