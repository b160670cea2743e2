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

describe('day arithmetic', () => {
  it('counts days between instants and adds them back', () => {
    const origin = Date.UTC(2026, 0, 5);
    expect(daysBetween(origin, Date.UTC(2026, 1, 2))).toBe(28);
    expect(addDays(origin, 28)).toBe(Date.UTC(2026, 1, 2));
    expect(daysBetween(origin, Date.UTC(2026, 0, 5, 12))).toBe(0.5);
  });
});
