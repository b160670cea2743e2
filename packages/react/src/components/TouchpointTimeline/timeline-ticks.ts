/**
 * Ticks of a zoomed time axis (presentation only). Core's layout gives the ticks at scale 1
 * (`layout.axis.ticks`); when the user zooms, the visible part of the day scale is re-ticked here
 * with d3 so that tick density follows the zoom. Labels follow core's style: `Feb 2026`,
 * `5 Jan` / `5. Jan`, `5 Jan 09:30`, `Day 14` / `Tag 14`.
 */
import type { JourneyLayoutDayScale, JourneyLayoutTick } from '@journeykit/core';
import { scaleLinear, scaleUtc } from 'd3-scale';

const MS_PER_DAY = 86_400_000;
/** About one tick per this many pixels, as in core. */
export const TICK_SPACING = 120;

const MONTHS: Record<'en' | 'de', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};

type Granularity = 'year' | 'month' | 'day' | 'time';

function granularityOf(dates: Date[]): Granularity {
  if (dates.some((date) => date.getUTCHours() || date.getUTCMinutes() || date.getUTCSeconds() || date.getUTCMilliseconds())) return 'time';
  if (dates.every((date) => date.getUTCDate() === 1 && date.getUTCMonth() === 0)) return 'year';
  if (dates.every((date) => date.getUTCDate() === 1)) return 'month';
  return 'day';
}

function dateLabel(date: Date, granularity: Granularity, locale: 'en' | 'de'): string {
  const month = MONTHS[locale][date.getUTCMonth()]!;
  const day = locale === 'de' ? `${date.getUTCDate()}. ${month}` : `${date.getUTCDate()} ${month}`;
  if (granularity === 'year') return String(date.getUTCFullYear());
  if (granularity === 'month') return `${month} ${date.getUTCFullYear()}`;
  if (granularity === 'day') return day;
  return `${day} ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** The days shown between two x positions (layout pixels) of the day scale. */
export function daysAt(days: JourneyLayoutDayScale, x: number): number {
  return days.startDay + (x - days.x0) / days.pixelsPerDay;
}

/**
 * Ticks for the visible stretch `[fromX, toX]` (layout pixels at scale 1) at zoom `k`: about one
 * per {@link TICK_SPACING} screen pixels. `x` of each tick is in layout pixels (apply the zoom
 * transform to place it). `dayLabel` formats a day number when the journey has no calendar.
 */
export function zoomedTicks(days: JourneyLayoutDayScale, fromX: number, toX: number, k: number, locale: 'en' | 'de', dayLabel: (day: number) => string): JourneyLayoutTick[] {
  const from = daysAt(days, fromX);
  const to = daysAt(days, toX);
  if (!(to > from)) return [];
  const count = Math.max(2, Math.round(((toX - fromX) * k) / TICK_SPACING));
  const xOf = (day: number) => days.x0 + (day - days.startDay) * days.pixelsPerDay;
  const origin = days.origin === undefined ? Number.NaN : Date.parse(days.origin);
  if (Number.isFinite(origin)) {
    const dates = scaleUtc()
      .domain([new Date(origin + from * MS_PER_DAY), new Date(origin + to * MS_PER_DAY)])
      .ticks(count);
    const granularity = granularityOf(dates);
    return dates.map((date) => {
      const iso = date.toISOString();
      return { x: xOf((date.getTime() - origin) / MS_PER_DAY), label: dateLabel(date, granularity, locale), value: granularity === 'time' ? iso : iso.slice(0, 10) };
    });
  }
  return scaleLinear()
    .domain([from, to])
    .ticks(count)
    .filter((day) => Number.isInteger(day))
    .map((day) => ({ x: xOf(day), label: dayLabel(day), value: day }));
}
