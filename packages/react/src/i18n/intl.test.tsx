import { dateTimeFormat, formatOneDecimal, listFormat, numberFormat, oneDecimalFormat, pluralRulesOf } from './intl';

describe('cached Intl formatters', () => {
  it('builds a formatter once per locale and options, and formats like a fresh one', () => {
    const options = { maximumFractionDigits: 1 };
    expect(numberFormat('de', options)).toBe(numberFormat('de', { maximumFractionDigits: 1 }));
    expect(numberFormat('de', options)).not.toBe(numberFormat('en', options));
    expect(numberFormat('de', options)).not.toBe(numberFormat('de', { maximumFractionDigits: 2 }));
    expect(numberFormat('de', options).format(1234.56)).toBe(new Intl.NumberFormat('de', options).format(1234.56));
    expect(oneDecimalFormat('de')).toBe(oneDecimalFormat('de'));
    expect(oneDecimalFormat('de').format(1.25)).toBe('1,3');
    const day = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('en', day)).toBe(dateTimeFormat('en', day));
    expect(dateTimeFormat('en', day).format(Date.UTC(2026, 2, 14))).toBe('Mar 14, 2026');
    expect(pluralRulesOf('en')).toBe(pluralRulesOf('en'));
    expect(pluralRulesOf('de').select(1)).toBe('one');
    expect(listFormat('de', { type: 'conjunction' }).format(['A', 'B', 'C'])).toBe('A, B und C');
  });
});

describe('formatOneDecimal', () => {
  const values = [0, -0, 0.05, 0.25, 0.35, 0.45, -0.25, -0.05, 1, -1, 1.25, -1.75, 2.05, 9.95, 10.05, 99.95, 123.45, -123.45, 999.4, 999.45, 999.49, 999.5, 999.95, 1000, 1234.56, -98765.4, 1e21, Number.NaN, Infinity, -Infinity];
  // A seeded spread of scores, days and sums on the scales the components use.
  let seed = 7;
  for (let index = 0; index < 2000; index += 1) {
    seed = (seed * 16807) % 2147483647;
    values.push(((seed / 2147483647) * 2 - 1) * (index % 3 === 0 ? 5 : index % 3 === 1 ? 400 : 1200));
    values.push(Math.round(values[values.length - 1]! * 100) / 100);
  }
  for (const locale of ['en', 'en-US', 'en-GB', 'de', 'de-DE', 'de-AT', 'fr', 'de-CH', 'ar-EG']) {
    it(`formats like Intl.NumberFormat in ${locale}`, () => {
      const reference = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const mismatches = values.filter((value) => formatOneDecimal(value, locale) !== reference.format(value));
      expect(mismatches.map((value) => [value, formatOneDecimal(value, locale), reference.format(value)])).toEqual([]);
    });
  }
});
