/**
 * Numbers as V8 stores them best. Internal (not exported from the package).
 *
 * A number read from a `Float64Array`, or computed with a division, is a heap-allocated double
 * in V8 even when its value is a whole number; stored in an object, it makes that object's field
 * a boxed double (16 bytes more per object, and one more object for the young-generation
 * garbage collector to copy). The same value as a small integer is stored inline. Results hold
 * hundreds of thousands of such coordinates and scores at 10,000 touchpoints.
 */

/**
 * `value` unchanged, as a small integer when it is a whole number in the 32-bit range (`-0`
 * stays `-0`). Never changes what a caller observes: `Object.is(smi(x), x)` for every `x`.
 */
export function smi(value: number): number {
  const int = value | 0;
  return int === value && (int !== 0 || 1 / value > 0) ? int : value;
}

/** {@link smi} of `value`, or `undefined` for `NaN` (a missing column value). */
export function smiOrUndefined(value: number): number | undefined {
  return value !== value ? undefined : smi(value);
}

/** {@link smi} of a value that may be missing: `undefined` stays `undefined` (e.g. an untimed start day). */
export function smiIfPresent(value: number | undefined): number | undefined {
  return value === undefined ? undefined : smi(value);
}
