import { useMemo, type ReactNode } from 'react';
import type { JourneyLabels } from './labels';
import { LocaleContext } from './useLabels';

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
