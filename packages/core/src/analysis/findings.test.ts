import { TextCache } from './findings';

describe('TextCache', () => {
  it('returns undefined for a pair not stored yet, then the stored text', () => {
    const texts = new TextCache();
    expect(texts.get(1, 2)).toBeUndefined();
    expect(texts.set(1, 2, 'one-two')).toBe('one-two');
    expect(texts.get(1, 2)).toBe('one-two');
  });

  it('keeps pairs apart by both numbers, NaN included', () => {
    const texts = new TextCache();
    texts.set(1, Number.NaN, 'one-none');
    texts.set(1, 3, 'one-three');
    texts.set(2, Number.NaN, 'two-none');
    expect(texts.get(1, Number.NaN)).toBe('one-none');
    expect(texts.get(1, 3)).toBe('one-three');
    expect(texts.get(2, Number.NaN)).toBe('two-none');
    expect(texts.get(2, 3)).toBeUndefined();
  });
});
