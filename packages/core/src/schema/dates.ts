/** Calendar checks for the ISO dates of a journey document (shared by validation and layout). */

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const MS_PER_DAY = 86_400_000;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return leap ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** The digit at `index` of `text` (0…9), or NaN for any other character. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** `parseIsoDate` for ten characters, without a regular expression: `YYYY-MM-DD` or `null`. */
function parsePlainDate(text: string): number | null {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  // NaN (a non-digit) fails every comparison below.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return daysFromCivil(year < 100 ? year + 1900 : year, month, day) * MS_PER_DAY;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`): what
 * `Date.UTC` computes, without its call (years below 100 are mapped to 19xx by the caller, as
 * `Date.UTC` does).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Parses an ISO date (`2026-03-14`) or date-time (`2026-03-14T09:30:00+01:00`) into epoch
 * milliseconds, or returns `null` when the text is not a real calendar moment (`2026-02-30`,
 * `24:00`). Dates without a time are UTC midnight; date-times without an offset are read as UTC
 * so that the same document lays out the same on every machine.
 */
export function parseIsoDate(text: string): number | null {
  if (text.length === 10) return parsePlainDate(text);
  const match = ISO_PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) return Date.UTC(year, month - 1, day);
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  if (zone && zone !== 'Z') {
    const offset = zone.replace(':', '');
    if (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(3, 5)) > 59) return null;
  }
  const normalised = text.replace(' ', 'T') + (zone ? '' : 'Z');
  const ms = Date.parse(normalised.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : null;
}

/** Whole and fractional days between two epoch-millisecond instants. */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MS_PER_DAY;
}

/** Epoch milliseconds `days` after `originMs`. */
export function addDays(originMs: number, days: number): number {
  return originMs + days * MS_PER_DAY;
}
