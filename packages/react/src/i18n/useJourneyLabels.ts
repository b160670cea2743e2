import type { Locale } from '@journeykit/core';
import { useMemo } from 'react';
import { DEFAULT_LABELS, type JourneyLabels } from './labels';
import { useLabels } from './useLabels';

/**
 * The resolved locale and every built-in label: props over provider over the locale's defaults.
 * Without overrides the result is `DEFAULT_LABELS[locale]` itself. (The components resolve only
 * the label tables they show; this hook brings all of them into an app's bundle.)
 */
export function useJourneyLabels(locale?: string, labels?: Partial<JourneyLabels>): { locale: Locale; labels: JourneyLabels } {
  const { locale: resolved, labels: all } = useLabels(DEFAULT_LABELS, locale, labels);
  return useMemo(() => ({ locale: resolved, labels: all }), [resolved, all]);
}
