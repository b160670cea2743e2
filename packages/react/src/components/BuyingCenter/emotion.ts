import type { EmotionScale } from '@journeykit/core';
import type { EmotionToneLabels } from '../../i18n/labels/emotion-tone';
import { emotionTone, formatScore, type EmotionTone } from '../TouchpointCard/touchpointText';
import { listFormat } from '../../i18n/intl';
import { formatSigned } from '../../i18n/numbers';

export { emotionTone, type EmotionTone };

/** Position of `value` on the scale from −1 (min) over 0 (middle) to +1 (max), clamped. */
export function emotionRatio(value: number, scale: EmotionScale): number {
  const half = (scale.max - scale.min) / 2;
  if (!(half > 0)) return 0;
  const ratio = (value - (scale.min + half)) / half;
  return Math.max(-1, Math.min(1, ratio));
}

/** The label of a tone. */
export function toneLabel(tone: EmotionTone, labels: EmotionToneLabels): string {
  return tone === 'negative' ? labels.emotionToneNegative : tone === 'positive' ? labels.emotionTonePositive : labels.emotionToneNeutral;
}

/**
 * Formats a (mean) emotion with at most one decimal: with the scale as the shared `formatScore`
 * does ("+1.5", "−0.5", "0"; unsigned on positive-only scales), without a scale always signed (for changes).
 */
export function formatEmotion(value: number, locale: string, scale?: EmotionScale): string {
  if (scale) return formatScore(value, scale, locale);
  return formatSigned(value, locale);
}

/** Joins names as a list in the locale: "A, B and C" / "A, B und C". */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
