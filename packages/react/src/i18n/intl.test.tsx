import { dateTimeFormat, listFormat, numberFormat, oneDecimalFormat, pluralRulesOf } from './intl';

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
