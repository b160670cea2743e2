import { pluralLabel, touchpointCount } from './numbers';

const templates = ['{n} touchpoint', '{n} touchpoints'] as const;

describe('pluralLabel', () => {
  it('picks the template as Intl.PluralRules does and formats the number as Intl does, in English and German', () => {
    for (const locale of ['en', 'de', 'en-GB', 'de-AT'])
      for (const n of [0, 1, 1.5, 2, 0.5, 21, 999, 1_000, 3_334, 12_345.6]) {
        const one = new Intl.PluralRules(locale).select(n) === 'one';
        const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
        expect(pluralLabel(n, locale, ...templates)).toBe(`${number} ${one ? 'touchpoint' : 'touchpoints'}`);
      }
  });

  it('groups thousands in the locale', () => {
    expect(touchpointCount(3_334, 'en', { touchpointCountOne: '{n} touchpoint', touchpointCountOther: '{n} touchpoints' })).toBe('3,334 touchpoints');
    expect(touchpointCount(3_334, 'de', { touchpointCountOne: '{n} Touchpoint', touchpointCountOther: '{n} Touchpoints' })).toBe('3.334 Touchpoints');
  });

  it('asks Intl.PluralRules for other locales (French counts 0 as one)', () => {
    expect(pluralLabel(0, 'fr', ...templates)).toBe('0 touchpoint');
    expect(pluralLabel(2, 'fr', ...templates)).toBe('2 touchpoints');
  });
});
