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
 * The locale and the texts of `table` for a component: props over provider over the journey
 * document's `locale` over English. The app's choice (a prop or a `JourneyKitProvider`) wins over the
 * document's: a German app shows an English document with German labels. `table` is a module-level
 * constant (one area's table, or a `combineLabels` of the areas the component reads), so a
 * component bundles only the texts it can show. `tag` is the chosen tag itself (e.g. `en-GB`), for
 * numbers.
 */
export function useLabels<Labels>(
  table: LabelTable<Labels>,
  locale?: string,
  labels?: Partial<JourneyLabels>,
  documentLocale?: string,
): { locale: Locale; labels: Labels; tag: string | undefined } {
  const context = useContext(LocaleContext);
  const tag = locale ?? context.locale ?? documentLocale;
  const resolved = resolveLocale(tag);
  // Without overrides every component of a table shares the locale's object: a map renders hundreds
  // of cards, and copying the labels for each of them was a measurable part of a mount. Overrides
  // may name keys of other areas; they ride along unread.
  return useMemo(
    () => ({ locale: resolved, tag, labels: !context.labels && !labels ? table[resolved] : ({ ...table[resolved], ...context.labels, ...labels } as Labels) }),
    [table, resolved, tag, context.labels, labels],
  );
}
