import fc from 'fast-check';
import { DistinctStrings } from './distinct';

describe('DistinctStrings', () => {
  it('tells new strings from repeated ones, the empty string included', () => {
    const seen = new DistinctStrings();
    expect(seen.add('tp-1')).toBe(true);
    expect(seen.add('tp-2')).toBe(true);
    expect(seen.add('')).toBe(true);
    expect(seen.add('tp-1')).toBe(false);
    expect(seen.add('')).toBe(false);
    expect(seen.add('TP-1')).toBe(true);
  });

  it('answers exactly like one Set for any list of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'tp-1', 'tp-10')), { maxLength: 60 }), (values) => {
        const seen = new DistinctStrings();
        const reference = new Set<string>();
        for (const value of values) {
          const isNew = !reference.has(value);
          reference.add(value);
          expect(seen.add(value)).toBe(isNew);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the one repeated id among 50,000', () => {
    const seen = new DistinctStrings();
    for (let index = 0; index < 50_000; index++) expect(seen.add(`tp-${index}`)).toBe(true);
    expect(seen.add('tp-31337')).toBe(false);
  });
});
