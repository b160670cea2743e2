import fc from 'fast-check';
import { addDays, daysBetween, parseIsoDate } from './dates';

describe('parseIsoDate', () => {
  it('reads dates as UTC midnight and date-times with or without offsets', () => {
    expect(parseIsoDate('2026-03-02')).toBe(Date.UTC(2026, 2, 2));
    expect(parseIsoDate('2026-03-02T09:30:00Z')).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(parseIsoDate('2026-03-02T09:30')).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(parseIsoDate('2026-03-02T09:30:00+01:00')).toBe(Date.UTC(2026, 2, 2, 8, 30));
    expect(parseIsoDate('2026-03-02T09:30:00+0100')).toBe(Date.UTC(2026, 2, 2, 8, 30));
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-03-02T24:00', '2026-03-02T10:60', '2026-03-02T10:00+25:00', '02.03.2026', 'soon'])(
    'refuses %s',
    (text) => expect(parseIsoDate(text)).toBeNull(),
  );
});

describe('parseIsoDate on plain dates (read without a regular expression)', () => {
  it('agrees with the date-time reading of the same day', () => {
    const digits = fc.constantFrom(...'0123456789');
    const char = fc.oneof({ weight: 9, arbitrary: digits }, { weight: 1, arbitrary: fc.constantFrom('-', 'x', ' ', '٣') });
    const text = fc.array(char, { minLength: 10, maxLength: 10 }).map((chars) => chars.join(''));
    const dated = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(text, dated), (date) => {
        // 'T00:00Z' sends the same day through the regular-expression path.
        expect(parseIsoDate(date)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(date) ? parseIsoDate(`${date}T00:00Z`) : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIsoDate on plain dates (calendar arithmetic)', () => {
  it('gives what Date.UTC gives for every valid day, years 0000 to 9999', () => {
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
    fc.assert(
      fc.property(day, ([y, m, d]) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(parseIsoDate(text)).toBe(Date.UTC(y, m - 1, d));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['2024-02-29', '2000-02-29', '1970-01-01', '1969-12-31', '0000-03-01', '0099-12-31', '0100-01-01', '1600-02-29'])
      expect(parseIsoDate(text)).toBe(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8))));
  });
});

describe('day arithmetic', () => {
  it('counts days between instants and adds them back', () => {
    const origin = Date.UTC(2026, 0, 5);
    expect(daysBetween(origin, Date.UTC(2026, 1, 2))).toBe(28);
    expect(addDays(origin, 28)).toBe(Date.UTC(2026, 1, 2));
    expect(daysBetween(origin, Date.UTC(2026, 0, 5, 12))).toBe(0.5);
  });
});
