/** Structural equality of JSON-like values, used by `diffJourneys`. */

type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether two JSON-like values (primitives, arrays, plain objects) are deeply equal. A key whose
 * value is `undefined` counts as absent, so `{ a: undefined }` equals `{}`.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return Number.isNaN(a) && Number.isNaN(b);
  for (const key of Object.keys(a)) if (!deepEqual(a[key], b[key])) return false;
  for (const key of Object.keys(b)) if (a[key] === undefined && b[key] !== undefined) return false;
  return true;
}

/** The keys of `a` and `b` whose values differ (deeply), sorted alphabetically; keys in `skip` are not compared. */
export function changedKeys(a: Rec, b: Rec, skip?: ReadonlySet<string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !skip?.has(key) && !deepEqual(a[key], b[key])).sort();
}
