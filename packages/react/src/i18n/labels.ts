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
  layerCustomerHint: string;
  layerFrontstageHint: string;
  layerBackstageHint: string;
  layerSupportHint: string;
  layerTechnologyHint: string;
  emptyCell: string;
  /** Dense (canvas) map: how to use the keyboard. */
  denseHint: string;
  /** Dense map: the focused touchpoint, announced; `{title}`, `{phase}`, `{lane}`, `{n}`, `{total}`. */
  denseFocus: string;
  /** Dense map: the name of the focusable map region; `{title}`, `{n}` (touchpoints drawn). */
  denseMapName: string;
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
  evidenceSource: string;
  period: string;
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
  showDataTable: string;
  emotionSummary: string;
  emotionSummaryNone: string;
  emotionNoData: string;
  emotionScale: string;
  emotionNegative: string;
  emotionNeutral: string;
  emotionPositive: string;
  markers: string;
  selected: string;
  channelGroupAdvertising: string;
  channelGroupOwnedDigital: string;
  channelGroupThirdParty: string;
  channelGroupEvents: string;
  channelGroupPrintMedia: string;
  channelGroupPersonal: string;
  channelGroupService: string;
  channelGroupOther: string;
  untimed: string;
  untimedHint: string;
  timelineEmpty: string;
  timeAxis: string;
  zoomLevel: string;
  zoom: string;
  timelineHint: string;
  /** Dense timeline (canvas marks): how to zoom and pan. */
  denseTimelineHint: string;
  // legend & filters
  legend: string;
  filters: string;
  allPersonas: string;
  allChannels: string;
  allPhases: string;
  mode: string;
  influence: string;
  resetFilters: string;
  // dashboard: filters, coverage heatmap, priority list, stats
  filterCount: string;
  touchpointCountOne: string;
  touchpointCountOther: string;
  showAll: string;
  showFewer: string;
  total: string;
  coverage: string;
  coverageHint: string;
  coverageRows: string;
  coverageScale: string;
  coverageGap: string;
  coverageGaps: string;
  coverageNoGaps: string;
  coverageGapPersona: string;
  coverageGapChannel: string;
  coverageBeforeJoin: string;
  coverageBeforeJoinLegend: string;
  coverageCell: string;
  priorities: string;
  prioritiesHint: string;
  sortBy: string;
  sortPriority: string;
  sortReading: string;
  emotionGap: string;
  rankN: string;
  priorityScore: string;
  noScore: string;
  outOfFive: string;
  missingFactors: string;
  findingLowEmotion: string;
  findingEmotionGap: string;
  findingUnderPerforming: string;
  findingHighDropOff: string;
  priorityEmpty: string;
  moreN: string;
  journeyStats: string;
  keyMoments: string;
  dayOne: string;
  weeks: string;
  statTouchpointsCaption: string;
  statTouchpointsCaptionOne: string;
  statPersonasCaption: string;
  statPersonasCaptionOne: string;
  statDurationCaption: string;
  statUntimed: string;
  statPainPointsCaption: string;
  statPainPointsCaptionOne: string;
  statKeyMomentsCaption: string;
  statKeyMomentsUnknown: string;
  statAverageEmotion: string;
  statEmotionCaption: string;
  statNoEmotion: string;
  statOnlineShare: string;
  statOnlineCaption: string;
  statNoTouchpoints: string;
  statFunnelDropOff: string;
  statFunnelCaption: string;
  statNoFunnel: string;
  // journey map toolbar
  exportMap: string;
  exportSvg: string;
  exportPng: string;
  exporting: string;
  exportFailed: string;
  mapToolbar: string;
  // errors
  invalidJourney: string;
  renderFailed: string;
  // company card, buying center, journey comparison
  companyProfile: string;
  companyIndustry: string;
  companySize: string;
  companyEmployees: string;
  companyCustomers: string;
  companyBudget: string;
  companyBuyingProcess: string;
  companyCompetitors: string;
  companyEmpty: string;
  buyingCenter: string;
  buyingCenterCaption: string;
  buyingCenterRoles: string;
  buyingCenterJoinsHere: string;
  buyingCenterDeclaredJoin: string;
  buyingCenterFirstActive: string;
  buyingCenterJoinMismatch: string;
  buyingCenterConsensusRisk: string;
  buyingCenterConsensusExplanation: string;
  buyingCenterTouchpointsOne: string;
  buyingCenterTouchpointsOther: string;
  buyingCenterMeanEmotion: string;
  buyingCenterNoEmotion: string;
  buyingCenterFilterPhase: string;
  buyingCenterFilterPersona: string;
  buyingCenterActivity: string;
  emotionToneNegative: string;
  emotionToneNeutral: string;
  emotionTonePositive: string;
  comparisonTitle: string;
  comparisonCurrent: string;
  comparisonFuture: string;
  comparisonAdded: string;
  comparisonRemoved: string;
  comparisonChanged: string;
  comparisonChangedFields: string;
  comparisonPainFixed: string;
  comparisonPainIntroduced: string;
  comparisonMeanEmotion: string;
  comparisonLayout: string;
  comparisonSideBySide: string;
  comparisonOverlay: string;
  comparisonInvalid: string;
  comparisonEmotionChart: string;
  comparisonNone: string;
  comparisonIdentical: string;
  comparisonFieldTitle: string;
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
  layerCustomerHint: 'What the buyer does',
  layerFrontstageHint: 'Staff and interfaces the buyer meets',
  layerBackstageHint: 'Processes behind the scenes',
  layerSupportHint: 'Departments that make it work',
  layerTechnologyHint: 'Systems involved',
  emptyCell: 'No touchpoint',
  denseHint: 'Arrow keys move between touchpoints, Home and End go to the first and last of a lane, Enter opens the details, Escape closes them.',
  denseFocus: '{title} — {phase}, {lane}. Touchpoint {n} of {total}.',
  denseMapName: '{title} – journey map, {n} touchpoints',
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
  evidenceSource: 'Source',
  period: 'Period',
  when: 'When',
  duration: 'Duration',
  days: '{n} days',
  close: 'Close',
  openDetails: 'Open details of {name}',
  notSet: 'Not set',
  emotionCurve: 'Emotion curve',
  emotionTable: 'Emotion per touchpoint',
  desired: 'Desired',
  showDataTable: 'Show data table',
  emotionSummary: '{name}: lowest {low} at “{lowAt}”, highest {high} at “{highAt}”.',
  emotionSummaryNone: '{name}: no emotion recorded.',
  emotionNoData: 'No emotions recorded.',
  emotionScale: 'Emotion scale',
  emotionNegative: 'Negative',
  emotionNeutral: 'Neutral',
  emotionPositive: 'Positive',
  markers: 'Markers',
  selected: 'Selected',
  channelGroupAdvertising: 'Advertising',
  channelGroupOwnedDigital: 'Own digital channels',
  channelGroupThirdParty: 'Third parties',
  channelGroupEvents: 'Events',
  channelGroupPrintMedia: 'Print & media',
  channelGroupPersonal: 'Personal contact',
  channelGroupService: 'Service',
  channelGroupOther: 'Other channels',
  untimed: 'Untimed',
  untimedHint: 'No date: placed after the last dated touchpoint of its phase.',
  timelineEmpty: 'No touchpoints to show.',
  timeAxis: 'Time axis',
  zoomLevel: 'Zoom {n} %',
  zoom: 'Zoom',
  timelineHint: 'Ctrl + scroll or +/− to zoom · drag to pan',
  denseTimelineHint: '+/− or the buttons to zoom · scroll to pan',
  legend: 'Legend',
  filters: 'Filters',
  allPersonas: 'All personas',
  allChannels: 'All channels',
  allPhases: 'All phases',
  mode: 'Mode',
  influence: 'Influence',
  resetFilters: 'Reset filters',
  filterCount: '{shown} of {total} touchpoints shown',
  touchpointCountOne: '{n} touchpoint',
  touchpointCountOther: '{n} touchpoints',
  showAll: 'Show all ({n})',
  showFewer: 'Show fewer',
  total: 'Total',
  coverage: 'Touchpoint coverage',
  coverageHint: 'Select a cell to show only its touchpoints; select it again to show all.',
  coverageRows: 'Rows',
  coverageScale: 'Touchpoints per cell',
  coverageGap: 'Gap',
  coverageGaps: 'Gaps',
  coverageNoGaps: 'No gaps: every cell has at least one touchpoint.',
  coverageGapPersona: 'No touchpoint for {persona} in {phase}',
  coverageGapChannel: 'No touchpoint via {channel} in {phase}',
  coverageBeforeJoin: 'Before {persona} joins',
  coverageBeforeJoinLegend: 'Before the persona joins (not a gap)',
  coverageCell: '{row} in {phase}: {count}',
  priorities: 'Where to act first',
  prioritiesHint: 'Touchpoints ranked by importance, risk, poor performance and emotion gap.',
  sortBy: 'Sort by',
  sortPriority: 'Priority',
  sortReading: 'Journey order',
  emotionGap: 'Emotion gap',
  rankN: 'Rank {n}',
  priorityScore: 'Priority score',
  noScore: 'Not enough data to score',
  outOfFive: '{n} of 5',
  missingFactors: 'Missing: {factors}',
  findingLowEmotion: 'Low emotion ({value})',
  findingEmotionGap: '{value} below the desired emotion',
  findingUnderPerforming: 'Performs poorly where it matters',
  findingHighDropOff: 'High drop-off ({value})',
  priorityEmpty: 'No touchpoints to rank yet.',
  moreN: '+{n} more',
  journeyStats: 'Journey at a glance',
  keyMoments: 'Key moments',
  dayOne: '{n} day',
  weeks: '{n} weeks',
  statTouchpointsCaption: 'across {n} phases',
  statTouchpointsCaptionOne: 'in {n} phase',
  statPersonasCaption: '{n} buying-center roles',
  statPersonasCaptionOne: '{n} buying-center role',
  statDurationCaption: 'first to last touchpoint',
  statUntimed: 'No touchpoint has a date or day',
  statPainPointsCaption: 'at {n} touchpoints',
  statPainPointsCaptionOne: 'at {n} touchpoint',
  statKeyMomentsCaption: '{n} at risk',
  statKeyMomentsUnknown: '{n} without emotion',
  statAverageEmotion: 'Average emotion',
  statEmotionCaption: 'desired {desired} · scale {min} to {max}',
  statNoEmotion: 'No emotion recorded',
  statOnlineShare: 'Online share',
  statOnlineCaption: '{online} online · {offline} offline',
  statNoTouchpoints: 'No touchpoints yet',
  statFunnelDropOff: 'Funnel drop-off',
  statFunnelCaption: '{from} to {to}',
  statNoFunnel: 'Needs measured volumes in at least two phases',
  exportMap: 'Export',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  exporting: 'Exporting…',
  exportFailed: 'Export failed: {message}',
  mapToolbar: 'Map options',
  invalidJourney: 'This journey cannot be shown',
  renderFailed: 'This part of the map could not be shown',
  companyProfile: 'Ideal customer profile',
  companyIndustry: 'Industry',
  companySize: 'Size',
  companyEmployees: 'Employees',
  companyCustomers: 'Customers',
  companyBudget: 'Budget',
  companyBuyingProcess: 'Buying process',
  companyCompetitors: 'Competitors',
  companyEmpty: 'No company profile recorded yet.',
  buyingCenter: 'Buying center',
  buyingCenterCaption: 'Activity and mean emotion of each persona per phase',
  buyingCenterRoles: 'Roles',
  buyingCenterJoinsHere: 'Joins here',
  buyingCenterDeclaredJoin: 'Declared join',
  buyingCenterFirstActive: 'First active',
  buyingCenterJoinMismatch: 'Declared to join in {declared}, first touchpoint in {actual}',
  buyingCenterConsensusRisk: 'Consensus risk',
  buyingCenterConsensusExplanation: 'Emotion falls for {falling} while it rises for {rising}',
  buyingCenterTouchpointsOne: '{n} touchpoint',
  buyingCenterTouchpointsOther: '{n} touchpoints',
  buyingCenterMeanEmotion: 'mean emotion {value} ({tone})',
  buyingCenterNoEmotion: 'no emotion recorded',
  buyingCenterFilterPhase: 'Show only this phase',
  buyingCenterFilterPersona: 'Show only this persona',
  buyingCenterActivity: 'Activity',
  emotionToneNegative: 'negative',
  emotionToneNeutral: 'neutral',
  emotionTonePositive: 'positive',
  comparisonTitle: 'Current vs. future state',
  comparisonCurrent: 'Current state',
  comparisonFuture: 'Future state',
  comparisonAdded: 'Added',
  comparisonRemoved: 'Removed',
  comparisonChanged: 'Changed',
  comparisonChangedFields: 'Changed: {fields}',
  comparisonPainFixed: 'Pain points fixed',
  comparisonPainIntroduced: 'Pain points introduced',
  comparisonMeanEmotion: 'Mean emotion',
  comparisonLayout: 'Layout',
  comparisonSideBySide: 'Side by side',
  comparisonOverlay: 'Overlay',
  comparisonInvalid: '{side}: this journey cannot be shown',
  comparisonEmotionChart: 'Mean emotion per phase',
  comparisonNone: 'None',
  comparisonIdentical: 'Both states are identical.',
  comparisonFieldTitle: 'Title',
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
  layerCustomerHint: 'Was der Kunde tut',
  layerFrontstageHint: 'Mitarbeitende und Schnittstellen, die der Kunde erlebt',
  layerBackstageHint: 'Prozesse hinter den Kulissen',
  layerSupportHint: 'Abteilungen, die es möglich machen',
  layerTechnologyHint: 'Beteiligte Systeme',
  emptyCell: 'Kein Touchpoint',
  denseHint: 'Pfeiltasten wechseln zwischen Touchpoints, Pos1 und Ende springen zum ersten und letzten einer Lane, Enter öffnet die Details, Escape schließt sie.',
  denseFocus: '{title} — {phase}, {lane}. Touchpoint {n} von {total}.',
  denseMapName: '{title} – Customer Journey Map, {n} Touchpoints',
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
  evidenceSource: 'Quelle',
  period: 'Zeitraum',
  when: 'Wann',
  duration: 'Dauer',
  days: '{n} Tage',
  close: 'Schließen',
  openDetails: 'Details zu {name} öffnen',
  notSet: 'Nicht angegeben',
  emotionCurve: 'Emotionskurve',
  emotionTable: 'Emotion je Touchpoint',
  desired: 'Gewünscht',
  showDataTable: 'Datentabelle anzeigen',
  emotionSummary: '{name}: Tiefpunkt {low} bei „{lowAt}“, Höhepunkt {high} bei „{highAt}“.',
  emotionSummaryNone: '{name}: keine Emotion erfasst.',
  emotionNoData: 'Keine Emotionen erfasst.',
  emotionScale: 'Emotionsskala',
  emotionNegative: 'Negativ',
  emotionNeutral: 'Neutral',
  emotionPositive: 'Positiv',
  markers: 'Markierungen',
  selected: 'Ausgewählt',
  channelGroupAdvertising: 'Werbung',
  channelGroupOwnedDigital: 'Eigene digitale Kanäle',
  channelGroupThirdParty: 'Dritte',
  channelGroupEvents: 'Veranstaltungen',
  channelGroupPrintMedia: 'Print & Medien',
  channelGroupPersonal: 'Persönlicher Kontakt',
  channelGroupService: 'Service',
  channelGroupOther: 'Weitere Kanäle',
  untimed: 'Ohne Zeitangabe',
  untimedHint: 'Ohne Datum: nach dem letzten datierten Touchpoint der Phase platziert.',
  timelineEmpty: 'Keine Touchpoints anzuzeigen.',
  timeAxis: 'Zeitachse',
  zoomLevel: 'Zoom {n} %',
  zoom: 'Zoom',
  timelineHint: 'Strg + Mausrad oder +/− zum Zoomen · ziehen zum Verschieben',
  denseTimelineHint: '+/− oder die Schaltflächen zum Zoomen · scrollen zum Verschieben',
  legend: 'Legende',
  filters: 'Filter',
  allPersonas: 'Alle Personas',
  allChannels: 'Alle Kanäle',
  allPhases: 'Alle Phasen',
  mode: 'Modus',
  influence: 'Einfluss',
  resetFilters: 'Filter zurücksetzen',
  filterCount: '{shown} von {total} Touchpoints angezeigt',
  touchpointCountOne: '{n} Touchpoint',
  touchpointCountOther: '{n} Touchpoints',
  showAll: 'Alle anzeigen ({n})',
  showFewer: 'Weniger anzeigen',
  total: 'Gesamt',
  coverage: 'Touchpoint-Abdeckung',
  coverageHint: 'Zelle wählen, um nur ihre Touchpoints zu zeigen; erneut wählen, um alle zu zeigen.',
  coverageRows: 'Zeilen',
  coverageScale: 'Touchpoints je Zelle',
  coverageGap: 'Lücke',
  coverageGaps: 'Lücken',
  coverageNoGaps: 'Keine Lücken: Jede Zelle hat mindestens einen Touchpoint.',
  coverageGapPersona: 'Kein Touchpoint für {persona} in {phase}',
  coverageGapChannel: 'Kein Touchpoint über {channel} in {phase}',
  coverageBeforeJoin: 'Bevor {persona} einsteigt',
  coverageBeforeJoinLegend: 'Vor dem Einstieg der Persona (keine Lücke)',
  coverageCell: '{row} in {phase}: {count}',
  priorities: 'Wo zuerst handeln',
  prioritiesHint: 'Touchpoints nach Wichtigkeit, Risiko, schwacher Leistung und Emotionslücke gereiht.',
  sortBy: 'Sortieren nach',
  sortPriority: 'Priorität',
  sortReading: 'Reihenfolge der Journey',
  emotionGap: 'Emotionslücke',
  rankN: 'Rang {n}',
  priorityScore: 'Prioritätswert',
  noScore: 'Zu wenige Daten für eine Bewertung',
  outOfFive: '{n} von 5',
  missingFactors: 'Fehlt: {factors}',
  findingLowEmotion: 'Negative Emotion ({value})',
  findingEmotionGap: '{value} unter der gewünschten Emotion',
  findingUnderPerforming: 'Schwache Leistung an wichtiger Stelle',
  findingHighDropOff: 'Hohe Abbruchrate ({value})',
  priorityEmpty: 'Noch keine Touchpoints zu bewerten.',
  moreN: '+{n} weitere',
  journeyStats: 'Journey auf einen Blick',
  keyMoments: 'Schlüsselmomente',
  dayOne: '{n} Tag',
  weeks: '{n} Wochen',
  statTouchpointsCaption: 'in {n} Phasen',
  statTouchpointsCaptionOne: 'in {n} Phase',
  statPersonasCaption: '{n} Rollen im Buying Center',
  statPersonasCaptionOne: '{n} Rolle im Buying Center',
  statDurationCaption: 'vom ersten bis zum letzten Touchpoint',
  statUntimed: 'Kein Touchpoint hat ein Datum oder einen Tag',
  statPainPointsCaption: 'an {n} Touchpoints',
  statPainPointsCaptionOne: 'an {n} Touchpoint',
  statKeyMomentsCaption: '{n} gefährdet',
  statKeyMomentsUnknown: '{n} ohne Emotion',
  statAverageEmotion: 'Durchschnittliche Emotion',
  statEmotionCaption: 'gewünscht {desired} · Skala {min} bis {max}',
  statNoEmotion: 'Keine Emotion erfasst',
  statOnlineShare: 'Online-Anteil',
  statOnlineCaption: '{online} online · {offline} offline',
  statNoTouchpoints: 'Noch keine Touchpoints',
  statFunnelDropOff: 'Funnel-Abbruch',
  statFunnelCaption: '{from} bis {to}',
  statNoFunnel: 'Braucht gemessene Volumen in mindestens zwei Phasen',
  exportMap: 'Exportieren',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  exporting: 'Wird exportiert…',
  exportFailed: 'Export fehlgeschlagen: {message}',
  mapToolbar: 'Optionen der Map',
  invalidJourney: 'Diese Journey kann nicht angezeigt werden',
  renderFailed: 'Dieser Teil der Map konnte nicht angezeigt werden',
  companyProfile: 'Ideales Kundenprofil',
  companyIndustry: 'Branche',
  companySize: 'Größe',
  companyEmployees: 'Mitarbeitende',
  companyCustomers: 'Kunden',
  companyBudget: 'Budget',
  companyBuyingProcess: 'Einkaufsprozess',
  companyCompetitors: 'Wettbewerber',
  companyEmpty: 'Noch kein Unternehmensprofil erfasst.',
  buyingCenter: 'Buying Center',
  buyingCenterCaption: 'Aktivität und mittlere Emotion jeder Persona je Phase',
  buyingCenterRoles: 'Rollen',
  buyingCenterJoinsHere: 'Steigt hier ein',
  buyingCenterDeclaredJoin: 'Geplanter Einstieg',
  buyingCenterFirstActive: 'Erstmals aktiv',
  buyingCenterJoinMismatch: 'Einstieg geplant in {declared}, erster Touchpoint in {actual}',
  buyingCenterConsensusRisk: 'Konsensrisiko',
  buyingCenterConsensusExplanation: 'Die Emotion sinkt bei {falling}, während sie bei {rising} steigt',
  buyingCenterTouchpointsOne: '{n} Touchpoint',
  buyingCenterTouchpointsOther: '{n} Touchpoints',
  buyingCenterMeanEmotion: 'mittlere Emotion {value} ({tone})',
  buyingCenterNoEmotion: 'keine Emotion erfasst',
  buyingCenterFilterPhase: 'Nur diese Phase zeigen',
  buyingCenterFilterPersona: 'Nur diese Persona zeigen',
  buyingCenterActivity: 'Aktivität',
  emotionToneNegative: 'negativ',
  emotionToneNeutral: 'neutral',
  emotionTonePositive: 'positiv',
  comparisonTitle: 'Ist- vs. Soll-Zustand',
  comparisonCurrent: 'Ist-Zustand',
  comparisonFuture: 'Soll-Zustand',
  comparisonAdded: 'Neu',
  comparisonRemoved: 'Entfällt',
  comparisonChanged: 'Geändert',
  comparisonChangedFields: 'Geändert: {fields}',
  comparisonPainFixed: 'Behobene Pain Points',
  comparisonPainIntroduced: 'Neue Pain Points',
  comparisonMeanEmotion: 'Mittlere Emotion',
  comparisonLayout: 'Darstellung',
  comparisonSideBySide: 'Nebeneinander',
  comparisonOverlay: 'Überlagert',
  comparisonInvalid: '{side}: Diese Journey kann nicht angezeigt werden',
  comparisonEmotionChart: 'Mittlere Emotion je Phase',
  comparisonNone: 'Keine',
  comparisonIdentical: 'Beide Zustände sind identisch.',
  comparisonFieldTitle: 'Titel',
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
