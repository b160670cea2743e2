/** A small seeded pseudo-random number generator for the sample generator (no `Math.random`). */

/** Seeded random helpers; every call advances the same stream. */
export interface SeededRandom {
  /** Next float in `[0, 1)`. */
  next(): number;
  /** Next whole number in `[min, max]` (both inclusive). */
  int(min: number, max: number): number;
  /** `true` with probability `p` (0…1). */
  chance(p: number): boolean;
  /** One element of a non-empty list, chosen uniformly. */
  pick<T>(list: readonly T[]): T;
}

/**
 * Creates a mulberry32 generator: a 32-bit state advanced by the golden-ratio constant and
 * mixed with two multiply-xorshift rounds. Fast (a few ns per number), period 2^32, good enough
 * for sample data — not for cryptography. The seed is truncated to an unsigned 32-bit integer
 * (`seed >>> 0`), so `1` and `1.5` give the same stream.
 * @example
 * const random = createRandom(42);
 * random.int(1, 5); // the same value on every machine
 */
export function createRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
  };
}
