import type { BuyingCenterRole } from '../schema/enums';
import { resolveLocale, type Localized } from './locales';

interface RoleDescription {
  label: Localized;
  description: Localized;
}

/** The roles of the B2B buying center, with what each does. */
export const BUYING_CENTER_ROLE_INFO: Record<BuyingCenterRole, RoleDescription> = {
  initiator: {
    label: { en: 'Initiator', de: 'Initiator' },
    description: { en: 'Notices the need and starts the purchase.', de: 'Erkennt den Bedarf und stößt den Kauf an.' },
  },
  user: {
    label: { en: 'User', de: 'Anwender' },
    description: { en: 'Works with the product every day; may never buy it.', de: 'Arbeitet täglich mit dem Produkt; kauft es oft nicht selbst.' },
  },
  influencer: {
    label: { en: 'Influencer', de: 'Beeinflusser' },
    description: { en: 'Shapes the requirements and the shortlist with expertise.', de: 'Prägt Anforderungen und Auswahl mit Fachwissen.' },
  },
  decider: {
    label: { en: 'Decider', de: 'Entscheider' },
    description: { en: 'Has the final say, argued with ROI and risk.', de: 'Hat das letzte Wort, begründet mit ROI und Risiko.' },
  },
  buyer: {
    label: { en: 'Buyer', de: 'Einkäufer' },
    description: { en: 'Procurement: negotiates price, terms and the order; may never use it.', de: 'Einkauf: verhandelt Preis, Konditionen und Bestellung; nutzt es oft nicht.' },
  },
  gatekeeper: {
    label: { en: 'Gatekeeper', de: 'Gatekeeper' },
    description: { en: 'Controls access and approval: IT, security, legal, data protection.', de: 'Kontrolliert Zugang und Freigabe: IT, Sicherheit, Recht, Datenschutz.' },
  },
};

/** Display name of a buying-center role in `locale`. */
export function roleLabel(role: BuyingCenterRole, locale?: string): string {
  return BUYING_CENTER_ROLE_INFO[role].label[resolveLocale(locale)];
}

/** One-sentence description of a buying-center role in `locale`. */
export function roleDescription(role: BuyingCenterRole, locale?: string): string {
  return BUYING_CENTER_ROLE_INFO[role].description[resolveLocale(locale)];
}
