import { resolveLocale, type Locale } from '@journeykit/core';
import { createContext, useContext, useMemo } from 'react';
import type { JourneyLabels } from './labels';
import type { LabelTable } from './labels/table';

/** What `JourneyKitProvider` hands down: a locale and label overrides. */
export interface LocaleSettings {
  locale?: string;
  labels?: Partial<JourneyLabels>;
}

/** The surrounding `JourneyKitProvider`'s settings (none outside one). */
export const LocaleContext = createContext<LocaleSettings>({});

/**
 * The locale and the texts of `table` for a component: props over provider over the locale's
 * defaults. `table` is a module-level constant (one area's table, or a `combineLabels` of the
 * areas the component reads), so a component bundles only the texts it can show.
 */
export function useLabels<Labels>(table: LabelTable<Labels>, locale?: string, labels?: Partial<JourneyLabels>): { locale: Locale; labels: Labels } {
  const context = useContext(LocaleContext);
  const resolved = resolveLocale(locale ?? context.locale);
  // Without overrides every component of a table shares the locale's object: a map renders hundreds
  // of cards, and copying the labels for each of them was a measurable part of a mount. Overrides
  // may name keys of other areas; they ride along unread.
  return useMemo(
    () => ({ locale: resolved, labels: !context.labels && !labels ? table[resolved] : ({ ...table[resolved], ...context.labels, ...labels } as Labels) }),
    [table, resolved, context.labels, labels],
  );
}
