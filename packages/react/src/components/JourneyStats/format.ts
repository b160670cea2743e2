import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import { numberFormat, pluralRulesOf } from '../../i18n/intl';


/** A number in the locale, e.g. `1,234` / `1.234`, with at most `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A signed number (`+1.5`, `−0.5`, `0`), for emotion scores and gaps. */
export function formatSigned(value: number, locale: string, digits = 1): string {
  return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** A share 0…1 as a percentage in the locale (`64 %` in German, `64%` in English). */
export function formatPercent(value: number, locale: string, digits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** `one` or `other` template by the locale's plural rules, filled with the formatted `n`. */
export function pluralLabel(n: number, locale: string, one: string, other: string): string {
  const rule = pluralRulesOf(locale).select(n);
  return formatLabel(rule === 'one' ? one : other, { n: formatNumber(n, locale, 1) });
}

/** "1 touchpoint" / "3 touchpoints" in the locale. */
export function touchpointCount(n: number, locale: string, labels: Pick<CommonLabels, 'touchpointCountOne' | 'touchpointCountOther'>): string {
  return pluralLabel(n, locale, labels.touchpointCountOne, labels.touchpointCountOther);
}
