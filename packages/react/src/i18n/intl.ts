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
