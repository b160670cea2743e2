/** Ticks of the time axis: d3 chooses the interval for the width, labels are short and readable. */
import { ticks } from 'd3-array';
import { utcTicks } from 'd3-time';
import type { Locale } from '../presets/locales';
import { addDays, daysBetween } from '../schema/dates';
import type { JourneyLayoutDayScale, JourneyLayoutTick } from './types';

/** About one tick per this many pixels (d3 may choose a few more or fewer). */
export const TICK_SPACING = 120;

/**
 * At most this many ticks are asked of d3, however wide the scale (a century at a large
 * `pixelsPerDay` would otherwise ask for hundreds of thousands).
 */
export const MAX_TICKS = 1000;

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
 * With a calendar `originMs`, d3-time's `utcTicks` picks calendar intervals (hours, days, weeks,
 * months, years) and the labels follow the coarsest unit all ticks share: `Feb 2026` for month
 * ticks, `5 Jan` for day ticks. Without a calendar, d3-array's `ticks` over day numbers gives
 * whole-day ticks labelled `Day 14`. A scale of a single day has one tick. A tick's x uses the
 * same formula as the cards: `x0 + (day − startDay) · pixelsPerDay`.
 */
export function timeTicks(days: JourneyLayoutDayScale, originMs: number | null, locale: Locale): JourneyLayoutTick[] {
  const { startDay, endDay, pixelsPerDay } = days;
  if (!(endDay > startDay)) return ticksBetween(days, startDay, startDay, 1, originMs, locale);
  const count = Math.max(2, Math.round(((endDay - startDay) * pixelsPerDay) / TICK_SPACING));
  return ticksBetween(days, startDay, endDay, count, originMs, locale);
}

/**
 * Ticks of a zoomed time axis: the stretch of the day scale between the layout x positions
 * `fromX` and `toX` (pixels at zoom 1) shown at zoom `k`, about one tick per
 * {@link TICK_SPACING} screen pixels, labelled like {@link timeTicks}. Each tick's `x` is in
 * layout pixels (apply the zoom transform to place it). `dayLabel` formats a day number when the
 * journey has no calendar (default `Day 14` / `Tag 14`). Empty when `toX ≤ fromX` or the scale has
 * no extent (`pixelsPerDay` 0).
 */
export function zoomedTimeTicks(
  days: JourneyLayoutDayScale,
  fromX: number,
  toX: number,
  k: number,
  locale: Locale,
  dayLabel?: (day: number) => string,
): JourneyLayoutTick[] {
  if (!(days.pixelsPerDay > 0)) return []; // no scale to tick
  const from = days.startDay + (fromX - days.x0) / days.pixelsPerDay;
  const to = days.startDay + (toX - days.x0) / days.pixelsPerDay;
  if (!(to > from)) return [];
  const origin = days.origin === undefined ? Number.NaN : Date.parse(days.origin);
  const count = Math.max(2, Math.round(((toX - fromX) * k) / TICK_SPACING));
  return ticksBetween(days, from, to, count, Number.isFinite(origin) ? origin : null, locale, dayLabel);
}

/** The whole days from `from` to `to`, for a stretch shorter than a day (d3's `ticks` fails on a subnormal span). */
function wholeDaysWithin(from: number, to: number): number[] {
  const first = Math.ceil(from);
  return first <= to ? [first] : [];
}

/**
 * About `count` (at most {@link MAX_TICKS}) ticks from day `from` to day `to` (one tick at `from`
 * when they are equal). Day-number ticks are whole days, so a stretch under a day has at most one.
 */
function ticksBetween(
  days: JourneyLayoutDayScale,
  from: number,
  to: number,
  count: number,
  originMs: number | null,
  locale: Locale,
  dayLabel: (day: number) => string = (day) => `${DAY_WORD[locale]} ${day}`,
): JourneyLayoutTick[] {
  const xOfDay = (day: number) => days.x0 + (day - days.startDay) * days.pixelsPerDay;
  const boundedCount = Math.min(count, MAX_TICKS);

  if (originMs !== null) {
    const start = new Date(addDays(originMs, from));
    const stop = new Date(addDays(originMs, to));
    const dates = stop > start ? utcTicks(start, stop, boundedCount) : [start];
    const granularity = granularityOf(dates);
    return dates.map((date) => ({ x: xOfDay(daysBetween(originMs, date.getTime())), label: dateLabel(date, granularity, locale), value: dateValue(date, granularity) }));
  }

  const dayTicks = to - from >= 1 ? ticks(from, to, boundedCount) : to > from ? wholeDaysWithin(from, to) : [from];
  return dayTicks.filter((day) => Number.isInteger(day)).map((day) => ({ x: xOfDay(day), label: dayLabel(day), value: day }));
}
