/** Ticks of the time axis: d3 chooses the interval for the width, labels are short and readable. */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Locale } from '../presets/locales';
import { addDays, daysBetween } from '../schema/dates';
import type { JourneyLayoutDayScale, JourneyLayoutTick } from './types';

/** About one tick per this many pixels (d3 may choose a few more or fewer). */
export const TICK_SPACING = 120;

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};
const DAY_WORD: Record<Locale, string> = { en: 'Day', de: 'Tag' };

type Granularity = 'year' | 'month' | 'day' | 'time';

/** The coarsest calendar unit every tick falls on: all on 1 January → years, all on the 1st → months, all at midnight → days. */
function granularityOf(dates: Date[]): Granularity {
  const midnight = dates.every((date) => date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0);
  if (!midnight) return 'time';
  if (dates.every((date) => date.getUTCDate() === 1 && date.getUTCMonth() === 0)) return 'year';
  if (dates.every((date) => date.getUTCDate() === 1)) return 'month';
  return 'day';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026`, `Feb 2026`, `5 Jan` (`5. Jan` in German) or `5 Jan 09:30`, all in UTC. */
function dateLabel(date: Date, granularity: Granularity, locale: Locale): string {
  const month = MONTHS[locale][date.getUTCMonth()]!;
  const day = locale === 'de' ? `${date.getUTCDate()}. ${month}` : `${date.getUTCDate()} ${month}`;
  switch (granularity) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'month':
      return `${month} ${date.getUTCFullYear()}`;
    case 'day':
      return day;
    case 'time':
      return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  }
}

/** `2026-01-05` at midnight UTC, else the full ISO date-time. */
function dateValue(date: Date, granularity: Granularity): string {
  const iso = date.toISOString();
  return granularity === 'time' ? iso : iso.slice(0, 10);
}

/**
 * Ticks for the day scale `days`, about one per {@link TICK_SPACING} pixels (at least 2).
 * With a calendar `originMs`, d3 `scaleUtc` picks calendar intervals (hours, days, weeks, months,
 * years) and the labels follow the coarsest unit all ticks share: `Feb 2026` for month ticks,
 * `5 Jan` for day ticks. Without a calendar, a d3 `scaleLinear` over day numbers gives whole-day
 * ticks labelled `Day 14`. A scale of a single day has one tick. A tick's x uses the same
 * formula as the cards: `x0 + (day − startDay) · pixelsPerDay`.
 */
export function timeTicks(days: JourneyLayoutDayScale, originMs: number | null, locale: Locale): JourneyLayoutTick[] {
  const { startDay, endDay, x0, pixelsPerDay } = days;
  const count = Math.max(2, Math.round(((endDay - startDay) * pixelsPerDay) / TICK_SPACING));

  const xOfDay = (day: number) => x0 + (day - startDay) * pixelsPerDay;

  if (originMs !== null) {
    const from = new Date(addDays(originMs, startDay));
    const dates = endDay > startDay ? scaleUtc().domain([from, new Date(addDays(originMs, endDay))]).ticks(count) : [from];
    const granularity = granularityOf(dates);
    return dates.map((date) => ({ x: xOfDay(daysBetween(originMs, date.getTime())), label: dateLabel(date, granularity, locale), value: dateValue(date, granularity) }));
  }

  const dayTicks = endDay > startDay ? scaleLinear().domain([startDay, endDay]).ticks(count) : [startDay];
  return dayTicks.filter((day) => Number.isInteger(day)).map((day) => ({ x: xOfDay(day), label: `${DAY_WORD[locale]} ${day}`, value: day }));
}
