import { describe, expect, it } from 'vitest';
import { smi, smiIfPresent, smiOrUndefined } from './smi';

describe('smi', () => {
  it('returns every number unchanged in value (Object.is), -0 and fractions included', () => {
    for (const value of [0, -0, 1, -1, 2.5, -0.75, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 1e21, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE])
      expect(Object.is(smi(value), value)).toBe(true);
    expect(Object.is(smi(new Float64Array([306268])[0]!), 306268)).toBe(true);
  });

  it('smiOrUndefined maps NaN to undefined and keeps every other number', () => {
    expect(smiOrUndefined(Number.NaN)).toBeUndefined();
    expect(Object.is(smiOrUndefined(-0), -0)).toBe(true);
    expect(smiOrUndefined(3)).toBe(3);
    expect(smiOrUndefined(0.5)).toBe(0.5);
  });

  it('smiIfPresent keeps undefined and every number', () => {
    expect(smiIfPresent(undefined)).toBeUndefined();
    expect(Object.is(smiIfPresent(-0), -0)).toBe(true);
    expect(smiIfPresent(14)).toBe(14);
    expect(smiIfPresent(1.5)).toBe(1.5);
  });
});
