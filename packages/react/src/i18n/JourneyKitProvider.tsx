import { resolveLocale, type Locale } from '@journeykit/core';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LABELS, type JourneyLabels } from './labels';

interface LocaleSettings {
  locale?: string;
  labels?: Partial<JourneyLabels>;
}

const LocaleContext = createContext<LocaleSettings>({});

/** Props of {@link JourneyKitProvider}. */
export interface JourneyKitProviderProps {
  /**
   * Language of every built-in label (`en`, `de`; other tags fall back to English).
   * @default 'en'
   */
  locale?: string;
  /** Your own texts for any built-in label; merged over the locale's labels. */
  labels?: Partial<JourneyLabels>;
  children?: ReactNode;
}

/**
 * Sets locale and label overrides for every journeykit component below it. A component's own
 * `locale` / `labels` props win over the provider.
 * @example <JourneyKitProvider locale="de"><JourneyMap journey={doc} /></JourneyKitProvider>
 */
export function JourneyKitProvider({ locale, labels, children }: JourneyKitProviderProps) {
  const value = useMemo(() => ({ locale, labels }), [locale, labels]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The resolved locale and labels for a component: props over provider over the locale's defaults. */
export function useJourneyLabels(locale?: string, labels?: Partial<JourneyLabels>): { locale: Locale; labels: JourneyLabels } {
  const context = useContext(LocaleContext);
  const resolved = resolveLocale(locale ?? context.locale);
  // Without overrides every component shares the locale's label object: a map renders hundreds of
  // cards, and copying the few hundred labels for each of them was a measurable part of a mount.
  return useMemo(
    () => ({ locale: resolved, labels: !context.labels && !labels ? DEFAULT_LABELS[resolved] : { ...DEFAULT_LABELS[resolved], ...context.labels, ...labels } }),
    [resolved, context.labels, labels],
  );
}
