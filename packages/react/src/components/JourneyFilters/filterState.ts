import type { JourneyLayoutFilter } from '@journeykit/core';

/** The filter keys `JourneyFilters` edits, one per field. */
export type FilterKey = keyof Required<JourneyLayoutFilter>;

/** Whether `value` is shown under `filters[key]` (absent = all). */
export function isShown(filters: JourneyLayoutFilter, key: FilterKey, value: string): boolean {
  const list = filters[key] as readonly string[] | undefined;
  return list === undefined || list.includes(value);
}

/** Whether the filter of `key` narrows anything among `all` (absent, or every option listed, does not). */
export function isNarrowed(filters: JourneyLayoutFilter, key: FilterKey, all: readonly string[]): boolean {
  const list = filters[key] as readonly string[] | undefined;
  return list !== undefined && !all.every((value) => list.includes(value));
}

/** `filters` without `key` (every option of that field shown). */
export function withoutKey(filters: JourneyLayoutFilter, key: FilterKey): JourneyLayoutFilter {
  if (!(key in filters)) return filters;
  const next = { ...filters };
  delete next[key];
  return next;
}

/**
 * Shows or hides one option of a field. Starting from "all" (absent), hiding one lists all the
 * others; listing every option again removes the key (back to "all"). Values the journey does not
 * know (from a controlled `filters` prop) are kept. Unchecking the last one leaves an empty list:
 * nothing of that field is shown.
 */
export function toggleValue(filters: JourneyLayoutFilter, key: FilterKey, value: string, all: readonly string[]): JourneyLayoutFilter {
  const current = (filters[key] as readonly string[] | undefined) ?? all;
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  if (all.every((item) => next.includes(item)) && next.every((item) => all.includes(item))) return withoutKey(filters, key);
  // keep the journey's order for known values, unknown ones after them
  const ordered = [...all.filter((item) => next.includes(item)), ...next.filter((item) => !all.includes(item))];
  return { ...filters, [key]: ordered };
}

/** Whether two filters are equal (same keys, same values in any order). */
export function sameFilters(a: JourneyLayoutFilter, b: JourneyLayoutFilter): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as FilterKey[]);
  for (const key of keys) {
    const left = a[key] as readonly string[] | undefined;
    const right = b[key] as readonly string[] | undefined;
    if (left === undefined || right === undefined) {
      if (left !== right) return false;
      continue;
    }
    if (left.length !== right.length || !left.every((value) => right.includes(value))) return false;
  }
  return true;
}
