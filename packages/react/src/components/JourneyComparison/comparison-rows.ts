/**
 * Row alignment of the side-by-side comparison, as a split diff aligns lines: a touchpoint in both
 * states stands in one row in both columns; one only in the current state (removed, moved to
 * another phase, or reordered past others) gets a row with a gap on the future side, and the
 * other way round. Each column keeps its own order.
 */

/** The grid row (1-based) of every entry of both columns, and how many rows there are. */
export interface AlignedRows {
  /** Row of each current-state entry, by its position in the current list. */
  current: number[];
  /** Row of each future-state entry, by its position in the future list. */
  future: number[];
  /** Rows in the phase. */
  count: number;
}

/** Above this many cells (current × future entries of one phase) the alignment is greedy instead of a longest common subsequence. */
const MAX_LCS_CELLS = 1_000_000;

/**
 * Aligns two id sequences: the longest common subsequence shares rows (where a phase is small
 * enough, see {@link MAX_LCS_CELLS}; beyond, a greedy match in the future's order); an entry
 * only on one side gets a row of its own — current-only rows before future-only ones where both
 * fall between the same shared rows, as a diff shows deletions before additions.
 */
export function alignRows(currentIds: readonly string[], futureIds: readonly string[]): AlignedRows {
  const pairs = currentIds.length * futureIds.length <= MAX_LCS_CELLS ? lcsPairs(currentIds, futureIds) : greedyPairs(currentIds, futureIds);
  const current = new Array<number>(currentIds.length);
  const future = new Array<number>(futureIds.length);
  let row = 0;
  let i = 0;
  let j = 0;
  for (const [pairI, pairJ] of [...pairs, [currentIds.length, futureIds.length] as const]) {
    while (i < pairI) current[i++] = ++row;
    while (j < pairJ) future[j++] = ++row;
    if (pairI < currentIds.length) {
      row += 1;
      current[i++] = row;
      future[j++] = row;
    }
  }
  return { current, future, count: row };
}

/** Index pairs (current, future) of a longest common subsequence, in order. */
function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  // lengths[i * width + j]: LCS length of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Greedy pairs for very large phases: each future id matched to its first current position after the last match. */
function greedyPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const positions = new Map(a.map((id, index) => [id, index]));
  const pairs: [number, number][] = [];
  let next = 0;
  b.forEach((id, j) => {
    const i = positions.get(id);
    if (i !== undefined && i >= next) {
      pairs.push([i, j]);
      next = i + 1;
    }
  });
  return pairs;
}
