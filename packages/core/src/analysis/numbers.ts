/** Small numeric helpers shared by the analyses. */

/** `10 ** digits` for the usual digits, without a `Math.pow` call per rounding. */
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** Rounds to `digits` decimals (half away from zero), so that results compare and print cleanly. */
export function roundTo(value: number, digits: number): number {
  const factor = POWERS_OF_TEN[digits] ?? 10 ** digits;
  return Math.sign(value) * (Math.round(Math.abs(value) * factor) / factor) + 0;
}

/** Mean of the values, or `null` for none. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Median of the values (mean of the two middle ones for an even count), or `null` for none. Does not modify `values`. */
export function medianOf(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `part / whole`, or `null` when `whole` is 0. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Clamps into 0…1. */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
