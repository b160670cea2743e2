/** Locales with built-in labels. Other locales fall back to English. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every built-in locale. */
export type Localized = Record<Locale, string>;

/** Picks the built-in locale for a BCP 47 tag: `de-AT` → `de`, unknown → `en`. */
export function resolveLocale(tag: string | undefined): Locale {
  const base = (tag ?? 'en').toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}
