/**
 * Cached `Intl` formatters. Creating one costs far more than formatting with it (a typical map
 * formats a few thousand scores, dates and counts per render), so each locale + options pair is
 * built once per page and reused. The caches are bounded by the few option sets the components use.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T, O>(cache: Map<string, T>, locale: string, options: O, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = create()));
  return value;
}

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

const oneDecimal = new Map<string, Intl.NumberFormat>();
/**
 * The locale's number format with at most one decimal — scores, days — looked up by locale alone:
 * it runs for every card and curve point, where even building the options key would show.
 */
export function oneDecimalFormat(locale: string): Intl.NumberFormat {
  let format = oneDecimal.get(locale);
  if (format === undefined) oneDecimal.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format;
}

/** `new Intl.DateTimeFormat(locale, options)`, built once per locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.PluralRules(locale)`, built once per locale. */
export function pluralRulesOf(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, null, () => new Intl.PluralRules(locale));
}

/** `new Intl.ListFormat(locale, options)`, built once per locale and options. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options));
}

/**
 * Locales whose one-decimal numbers below 1,000 are plain ASCII digits with this decimal separator
 * and no grouping — for them `formatOneDecimal` needs no `Intl` at all. The first `Intl.NumberFormat`
 * of a page loads ICU's number data (≈ 40 ms in headless Chromium on a 2-core machine), which a map
 * would otherwise pay at mount for the first card's emotion score. Checked against `Intl` in the tests.
 */
const PLAIN_DECIMAL_SEPARATOR: ReadonlyMap<string, '.' | ','> = /* @__PURE__ */ new Map([
  ['en', '.'],
  ['en-US', '.'],
  ['en-GB', '.'],
  ['de', ','],
  ['de-DE', ','],
  ['de-AT', ','],
]);

/**
 * `oneDecimalFormat(locale).format(value)` — at most one decimal, rounded half away from zero —
 * without building a formatter for values below 999.5 (no grouping after rounding) in the locales journeykit ships (en, de).
 */
export function formatOneDecimal(value: number, locale: string): string {
  const separator = PLAIN_DECIMAL_SEPARATOR.get(locale);
  if (separator === undefined || !(Math.abs(value) < 999.5)) return oneDecimalFormat(locale).format(value);
  // Intl rounds the shortest decimal that round-trips (0.35 → "0.4"), not the binary value
  // (which toFixed rounds: 0.35 → "0.3"), so round the digits of String(value), half away from zero.
  const digits = String(Math.abs(value));
  if (digits.includes('e')) return oneDecimalFormat(locale).format(value);
  const point = digits.indexOf('.');
  const whole = point === -1 ? digits : digits.slice(0, point);
  const fraction = point === -1 ? '' : digits.slice(point + 1);
  let tenths = Number(whole) * 10 + (fraction.length > 0 ? Number(fraction[0]) : 0);
  if (fraction.length > 1 && fraction.charCodeAt(1) >= 53 /* '5' */) tenths += 1;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const rest = tenths % 10;
  return `${sign}${Math.floor(tenths / 10)}${rest === 0 ? '' : separator + rest}`;
}
