import type { EvidenceSource, JourneyType, TouchpointInfluence, TouchpointMode } from '../schema/enums';
import { resolveLocale, type Localized } from './locales';

const JOURNEY_TYPE_LABELS: Record<JourneyType, Localized> = {
  'current-state': { en: 'Current state', de: 'Ist-Zustand' },
  'future-state': { en: 'Future state', de: 'Soll-Zustand' },
  'day-in-the-life': { en: 'Day in the life', de: 'Ein Tag im Leben' },
  blueprint: { en: 'Service blueprint', de: 'Service Blueprint' },
  tactical: { en: 'Tactical', de: 'Taktisch' },
};
const MODE_LABELS: Record<TouchpointMode, Localized> = { online: { en: 'Online', de: 'Online' }, offline: { en: 'Offline', de: 'Offline' } };
const INFLUENCE_LABELS: Record<TouchpointInfluence, Localized> = {
  direct: { en: 'Direct', de: 'Direkt' },
  indirect: { en: 'Indirect', de: 'Indirekt' },
};
const EVIDENCE_LABELS: Record<EvidenceSource, Localized> = {
  crm: { en: 'CRM', de: 'CRM' },
  analytics: { en: 'Web analytics', de: 'Web-Analyse' },
  survey: { en: 'Survey', de: 'Umfrage' },
  interview: { en: 'Interview', de: 'Interview' },
  assumption: { en: 'Assumption', de: 'Annahme' },
};

/** Display name of a journey map type. */
export const journeyTypeLabel = (type: JourneyType, locale?: string): string => JOURNEY_TYPE_LABELS[type][resolveLocale(locale)];
/** Display name of a touchpoint mode. */
export const modeLabel = (mode: TouchpointMode, locale?: string): string => MODE_LABELS[mode][resolveLocale(locale)];
/** Display name of a touchpoint influence. */
export const influenceLabel = (influence: TouchpointInfluence, locale?: string): string => INFLUENCE_LABELS[influence][resolveLocale(locale)];
/** Display name of an evidence source. */
export const evidenceSourceLabel = (source: EvidenceSource, locale?: string): string => EVIDENCE_LABELS[source][resolveLocale(locale)];
