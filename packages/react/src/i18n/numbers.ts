/** Numbers, shares and counted texts in the locale, for every component. */
import { formatLabel } from './format-label';
import type { CommonLabels } from './labels/common';
import { formatOneDecimal, numberFormat, pluralRulesOf } from './intl';

/** A number in the locale, e.g. `1,234` / `1.234`, with at most `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A signed number (`+1.5`, `−0.5` with a true minus sign, `0`), for emotion scores and gaps. */
export function formatSigned(value: number, locale: string, digits = 1): string {
  return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value + 0).replace('-', '\u2212');
}

/** A share 0…1 as a percentage in the locale (`64 %` in German, `64%` in English). */
export function formatPercent(value: number, locale: string, digits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** English and German: `one` is exactly 1 (`1 Tag`, `1.5 days`), so they need no `Intl.PluralRules`. */
const ONE_IS_EXACTLY_ONE = /^(?:en|de)(?:-|$)/;

/**
 * `one` or `other` template by the locale's plural rules, filled with `n` in the locale (at most
 * one decimal). For English and German neither rule nor number builds an `Intl` object (phase
 * headers show counts at mount, where the page's first `Intl` formatter would load ICU data).
 */
export function pluralLabel(n: number, locale: string, one: string, other: string): string {
  const isOne = ONE_IS_EXACTLY_ONE.test(locale) ? n === 1 : pluralRulesOf(locale).select(n) === 'one';
  return formatLabel(isOne ? one : other, { n: formatOneDecimal(n, locale) });
}

/** "1 touchpoint" / "3 touchpoints" in the locale. */
export function touchpointCount(n: number, locale: string, labels: Pick<CommonLabels, 'touchpointCountOne' | 'touchpointCountOther'>): string {
  return pluralLabel(n, locale, labels.touchpointCountOne, labels.touchpointCountOther);
}
