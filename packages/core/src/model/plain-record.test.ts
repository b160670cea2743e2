import { plainRecord } from './plain-record';

interface Pair {
  a: number;
  b?: string;
}

const PairRecord = plainRecord(function (this: Pair, a: number, b: string | undefined) {
  this.a = a;
  if (b !== undefined) this.b = b;
});

describe('plainRecord', () => {
  it('makes plain objects: Object.prototype, constructor Object, keys in assignment order', () => {
    const pair = new PairRecord(1, 'x');
    expect(Object.getPrototypeOf(pair)).toBe(Object.prototype);
    expect(pair.constructor).toBe(Object);
    expect(Object.keys(pair)).toEqual(['a', 'b']);
    expect(pair).toStrictEqual({ a: 1, b: 'x' });
    expect(structuredClone(pair)).toStrictEqual(pair);
    expect(JSON.stringify(pair)).toBe('{"a":1,"b":"x"}');
  });

  it('leaves out what init does not assign', () => {
    expect(new PairRecord(2, undefined)).toStrictEqual({ a: 2 });
    expect('b' in new PairRecord(2, undefined)).toBe(false);
  });
});
