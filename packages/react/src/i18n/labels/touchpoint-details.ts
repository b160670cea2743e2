import type { LabelTable } from './table';

/** The sections and facts of a touchpoint's details (`TouchpointDetails`, `TouchpointPopover`): action, owner, scores, metrics, evidence, links. */
export interface TouchpointDetailLabels {
  opportunities: string;
  action: string;
  thoughts: string;
  owner: string;
  ownerDepartment: string;
  ownerRole: string;
  ownerSystem: string;
  ownerProcess: string;
  importance: string;
  risk: string;
  performance: string;
  metrics: string;
  volume: string;
  conversionRate: string;
  dropOffRate: string;
  csat: string;
  nps: string;
  evidence: string;
  confidence: string;
  links: string;
  evidenceSource: string;
  period: string;
  close: string;
  outOfFive: string;
}

/** The touchpoint details' texts in every locale. */
export const touchpointDetailLabels: LabelTable<TouchpointDetailLabels> = {
  en: {
    opportunities: 'Opportunities',
    action: 'Action',
    thoughts: 'Thoughts',
    owner: 'Owner',
    ownerDepartment: 'Department',
    ownerRole: 'Staff role',
    ownerSystem: 'System',
    ownerProcess: 'Backstage process',
    importance: 'Importance',
    risk: 'Risk',
    performance: 'Performance',
    metrics: 'Metrics',
    volume: 'Volume',
    conversionRate: 'Conversion',
    dropOffRate: 'Drop-off',
    csat: 'CSAT',
    nps: 'NPS',
    evidence: 'Evidence',
    confidence: 'Confidence',
    links: 'Links',
    evidenceSource: 'Source',
    period: 'Period',
    close: 'Close',
    outOfFive: '{n} of 5',
  },
  de: {
    opportunities: 'Chancen',
    action: 'Aktion',
    thoughts: 'Gedanken',
    owner: 'Verantwortlich',
    ownerDepartment: 'Abteilung',
    ownerRole: 'Rolle',
    ownerSystem: 'System',
    ownerProcess: 'Backstage-Prozess',
    importance: 'Wichtigkeit',
    risk: 'Risiko',
    performance: 'Leistung',
    metrics: 'Kennzahlen',
    volume: 'Volumen',
    conversionRate: 'Konversion',
    dropOffRate: 'Abbruchrate',
    csat: 'CSAT',
    nps: 'NPS',
    evidence: 'Datenbasis',
    confidence: 'Sicherheit',
    links: 'Links',
    evidenceSource: 'Quelle',
    period: 'Zeitraum',
    close: 'Schließen',
    outOfFive: '{n} von 5',
  },
};
