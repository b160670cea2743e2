import type { Phase } from '../model/types';
import { resolveLocale, type Localized } from './locales';

interface PhaseTemplate {
  id: string;
  name: Localized;
  description: Localized;
}

const offboarding: PhaseTemplate = {
  id: 'offboarding',
  name: { en: 'Offboarding', de: 'Offboarding' },
  description: { en: 'The end of the business relationship, handled well.', de: 'Das Ende der Geschäftsbeziehung, gut gestaltet.' },
};

/** Phase models from the B2B literature; pick one with {@link phasePreset}. */
export const PHASE_MODELS = {
  /** Awareness → Consideration → Decision → Retention → Advocacy. */
  'five-phase': [
    { id: 'awareness', name: { en: 'Awareness', de: 'Wahrnehmung' }, description: { en: 'The buyer notices a need and the brand.', de: 'Der Käufer erkennt einen Bedarf und die Marke.' } },
    { id: 'consideration', name: { en: 'Consideration', de: 'Überlegung' }, description: { en: 'Options are researched and compared.', de: 'Optionen werden recherchiert und verglichen.' } },
    { id: 'decision', name: { en: 'Decision', de: 'Entscheidung' }, description: { en: 'The buying center decides and buys.', de: 'Das Buying Center entscheidet und kauft.' } },
    { id: 'retention', name: { en: 'Retention', de: 'Bindung' }, description: { en: 'The product is used; the relationship is kept.', de: 'Das Produkt wird genutzt; die Beziehung gepflegt.' } },
    { id: 'advocacy', name: { en: 'Advocacy', de: 'Weiterempfehlung' }, description: { en: 'Satisfied customers recommend and buy more.', de: 'Zufriedene Kunden empfehlen weiter und kaufen mehr.' } },
  ],
  /** The four-phase B2B funnel. */
  'b2b-funnel': [
    { id: 'awareness', name: { en: 'Awareness', de: 'Wahrnehmung' }, description: { en: 'A need arises; first contact.', de: 'Ein Bedarf entsteht; erster Kontakt.' } },
    { id: 'consideration-decision', name: { en: 'Consideration & decision', de: 'Überlegung & Entscheidung' }, description: { en: 'Suppliers are evaluated and chosen.', de: 'Anbieter werden bewertet und ausgewählt.' } },
    { id: 'purchase-delivery', name: { en: 'Purchase & delivery', de: 'Kauf & Lieferung' }, description: { en: 'Order, contract, payment and delivery.', de: 'Bestellung, Vertrag, Zahlung und Lieferung.' } },
    { id: 'use-post-purchase', name: { en: 'Use & post-purchase', de: 'Nutzung & Nachkauf' }, description: { en: 'Use, service and the relationship after the sale.', de: 'Nutzung, Service und die Beziehung nach dem Kauf.' } },
  ],
  /** The e-commerce variant. */
  ecommerce: [
    { id: 'awareness', name: { en: 'Awareness', de: 'Wahrnehmung' }, description: { en: 'The shop is found.', de: 'Der Shop wird gefunden.' } },
    { id: 'consideration', name: { en: 'Consideration', de: 'Überlegung' }, description: { en: 'Products and terms are compared.', de: 'Produkte und Konditionen werden verglichen.' } },
    { id: 'purchase', name: { en: 'Purchase', de: 'Kauf' }, description: { en: 'Cart, checkout and payment.', de: 'Warenkorb, Checkout und Zahlung.' } },
    { id: 'post-purchase', name: { en: 'Post-purchase', de: 'Nach dem Kauf' }, description: { en: 'Delivery, service, reorders.', de: 'Lieferung, Service, Nachbestellung.' } },
  ],
} as const satisfies Record<string, readonly PhaseTemplate[]>;

/** Name of a built-in phase model. */
export type PhaseModelName = keyof typeof PHASE_MODELS;

/** Options of {@link phasePreset}. */
export interface PhasePresetOptions {
  /** Language of names and descriptions. @default 'en' */
  locale?: string;
  /** Append an offboarding / end-of-relationship phase. @default false */
  offboarding?: boolean;
}

/**
 * The phases of a built-in model, ready for a journey document.
 * @example phasePreset('five-phase', { locale: 'de', offboarding: true })
 */
export function phasePreset(model: PhaseModelName, options: PhasePresetOptions = {}): Phase[] {
  const locale = resolveLocale(options.locale);
  const templates: readonly PhaseTemplate[] = options.offboarding ? [...PHASE_MODELS[model], offboarding] : PHASE_MODELS[model];
  return templates.map((template) => ({ id: template.id, name: template.name[locale], description: template.description[locale] }));
}
