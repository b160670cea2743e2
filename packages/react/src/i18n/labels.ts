import type { Locale } from '@journeykit/core';

/**
 * Every built-in text of the components. Texts with `{name}` placeholders are filled by
 * {@link formatLabel}. Override any of them through the `labels` prop or `JourneyKitProvider`.
 */
export interface JourneyLabels {
  // persona card
  motivations: string;
  frustrations: string;
  goals: string;
  needs: string;
  age: string;
  location: string;
  seniority: string;
  company: string;
  department: string;
  joinsAt: string;
  personaRole: string;
  // map & timeline
  map: string;
  phases: string;
  phase: string;
  personas: string;
  persona: string;
  channel: string;
  channels: string;
  lane: string;
  lanesByPersona: string;
  lanesByChannel: string;
  lanesBlueprint: string;
  viewSwimlanes: string;
  viewTimeline: string;
  view: string;
  layerCustomer: string;
  layerFrontstage: string;
  layerBackstage: string;
  layerSupport: string;
  layerTechnology: string;
  emptyCell: string;
  emptyPhase: string;
  emptyLane: string;
  unplaced: string;
  unplacedHint: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  dayN: string;
  // touchpoint
  touchpoint: string;
  touchpoints: string;
  online: string;
  offline: string;
  direct: string;
  indirect: string;
  keyMoment: string;
  painPoint: string;
  painPoints: string;
  opportunities: string;
  action: string;
  thoughts: string;
  emotion: string;
  desiredEmotion: string;
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
  when: string;
  duration: string;
  days: string;
  close: string;
  openDetails: string;
  notSet: string;
  // emotion curve
  emotionCurve: string;
  emotionTable: string;
  desired: string;
  // legend & filters
  legend: string;
  filters: string;
  allPersonas: string;
  allChannels: string;
  allPhases: string;
  mode: string;
  influence: string;
  resetFilters: string;
  // errors
  invalidJourney: string;
  renderFailed: string;
}

const en: JourneyLabels = {
  motivations: 'Motivations',
  frustrations: 'Frustrations',
  goals: 'Goals',
  needs: 'Needs',
  age: 'Age',
  location: 'Location',
  seniority: 'Career level',
  company: 'Company',
  department: 'Department',
  joinsAt: 'Joins in',
  personaRole: 'Role in the buying center',
  map: 'Journey map',
  phases: 'Phases',
  phase: 'Phase',
  personas: 'Personas',
  persona: 'Persona',
  channel: 'Channel',
  channels: 'Channels',
  lane: 'Lane',
  lanesByPersona: 'By persona',
  lanesByChannel: 'By channel',
  lanesBlueprint: 'Service blueprint',
  viewSwimlanes: 'Swimlanes',
  viewTimeline: 'Timeline',
  view: 'View',
  layerCustomer: 'Customer actions',
  layerFrontstage: 'Frontstage',
  layerBackstage: 'Backstage',
  layerSupport: 'Support processes',
  layerTechnology: 'Technology',
  emptyCell: 'No touchpoint',
  emptyPhase: 'No touchpoints in this phase',
  emptyLane: 'No touchpoints for {name}',
  unplaced: 'Unplaced touchpoints',
  unplacedHint: 'Their phase or persona is not part of this journey.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  dayN: 'Day {n}',
  touchpoint: 'Touchpoint',
  touchpoints: 'Touchpoints',
  online: 'Online',
  offline: 'Offline',
  direct: 'Direct',
  indirect: 'Indirect',
  keyMoment: 'Key moment',
  painPoint: 'Pain point',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  action: 'Action',
  thoughts: 'Thoughts',
  emotion: 'Emotion',
  desiredEmotion: 'Desired emotion',
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
  when: 'When',
  duration: 'Duration',
  days: '{n} days',
  close: 'Close',
  openDetails: 'Open details of {name}',
  notSet: 'Not set',
  emotionCurve: 'Emotion curve',
  emotionTable: 'Emotion per touchpoint',
  desired: 'Desired',
  legend: 'Legend',
  filters: 'Filters',
  allPersonas: 'All personas',
  allChannels: 'All channels',
  allPhases: 'All phases',
  mode: 'Mode',
  influence: 'Influence',
  resetFilters: 'Reset filters',
  invalidJourney: 'This journey cannot be shown',
  renderFailed: 'This part of the map could not be shown',
};

const de: JourneyLabels = {
  motivations: 'Motivationen',
  frustrations: 'Frustrationen',
  goals: 'Ziele',
  needs: 'Informationsbedarf',
  age: 'Alter',
  location: 'Ort',
  seniority: 'Karrierestufe',
  company: 'Unternehmen',
  department: 'Abteilung',
  joinsAt: 'Steigt ein in',
  personaRole: 'Rolle im Buying Center',
  map: 'Customer Journey Map',
  phases: 'Phasen',
  phase: 'Phase',
  personas: 'Personas',
  persona: 'Persona',
  channel: 'Kanal',
  channels: 'Kanäle',
  lane: 'Bahn',
  lanesByPersona: 'Nach Persona',
  lanesByChannel: 'Nach Kanal',
  lanesBlueprint: 'Service Blueprint',
  viewSwimlanes: 'Swimlanes',
  viewTimeline: 'Zeitachse',
  view: 'Ansicht',
  layerCustomer: 'Kundenaktionen',
  layerFrontstage: 'Frontstage',
  layerBackstage: 'Backstage',
  layerSupport: 'Unterstützende Prozesse',
  layerTechnology: 'Technologie',
  emptyCell: 'Kein Touchpoint',
  emptyPhase: 'Keine Touchpoints in dieser Phase',
  emptyLane: 'Keine Touchpoints für {name}',
  unplaced: 'Nicht zugeordnete Touchpoints',
  unplacedHint: 'Ihre Phase oder Persona gehört nicht zu dieser Journey.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomReset: 'Zoom zurücksetzen',
  dayN: 'Tag {n}',
  touchpoint: 'Touchpoint',
  touchpoints: 'Touchpoints',
  online: 'Online',
  offline: 'Offline',
  direct: 'Direkt',
  indirect: 'Indirekt',
  keyMoment: 'Schlüsselmoment',
  painPoint: 'Pain Point',
  painPoints: 'Pain Points',
  opportunities: 'Chancen',
  action: 'Aktion',
  thoughts: 'Gedanken',
  emotion: 'Emotion',
  desiredEmotion: 'Gewünschte Emotion',
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
  when: 'Wann',
  duration: 'Dauer',
  days: '{n} Tage',
  close: 'Schließen',
  openDetails: 'Details zu {name} öffnen',
  notSet: 'Nicht angegeben',
  emotionCurve: 'Emotionskurve',
  emotionTable: 'Emotion je Touchpoint',
  desired: 'Gewünscht',
  legend: 'Legende',
  filters: 'Filter',
  allPersonas: 'Alle Personas',
  allChannels: 'Alle Kanäle',
  allPhases: 'Alle Phasen',
  mode: 'Modus',
  influence: 'Einfluss',
  resetFilters: 'Filter zurücksetzen',
  invalidJourney: 'Diese Journey kann nicht angezeigt werden',
  renderFailed: 'Dieser Teil der Map konnte nicht angezeigt werden',
};

/** The built-in labels of every locale. */
export const DEFAULT_LABELS: Record<Locale, JourneyLabels> = { en, de };

/**
 * Fills `{name}` placeholders of a label.
 * @example formatLabel('Day {n}', { n: 14 }) // 'Day 14'
 */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
