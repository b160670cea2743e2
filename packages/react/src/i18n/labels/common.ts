import type { LabelTable } from './table';

/** Words of the journey itself that many components show: phases, personas, channels, touchpoints, lane kinds, counts and empty states. */
export interface CommonLabels {
  phases: string;
  phase: string;
  personas: string;
  persona: string;
  channel: string;
  channels: string;
  lanesByPersona: string;
  lanesByChannel: string;
  lanesBlueprint: string;
  emptyCell: string;
  emptyPhase: string;
  touchpoint: string;
  touchpoints: string;
  notSet: string;
  legend: string;
  mode: string;
  influence: string;
  touchpointCountOne: string;
  touchpointCountOther: string;
}

/** The shared journey vocabulary in every locale. */
export const commonLabels: LabelTable<CommonLabels> = {
  en: {
    phases: 'Phases',
    phase: 'Phase',
    personas: 'Personas',
    persona: 'Persona',
    channel: 'Channel',
    channels: 'Channels',
    lanesByPersona: 'By persona',
    lanesByChannel: 'By channel',
    lanesBlueprint: 'Service blueprint',
    emptyCell: 'No touchpoint',
    emptyPhase: 'No touchpoints in this phase',
    touchpoint: 'Touchpoint',
    touchpoints: 'Touchpoints',
    notSet: 'Not set',
    legend: 'Legend',
    mode: 'Mode',
    influence: 'Influence',
    touchpointCountOne: '{n} touchpoint',
    touchpointCountOther: '{n} touchpoints',
  },
  de: {
    phases: 'Phasen',
    phase: 'Phase',
    personas: 'Personas',
    persona: 'Persona',
    channel: 'Kanal',
    channels: 'Kanäle',
    lanesByPersona: 'Nach Persona',
    lanesByChannel: 'Nach Kanal',
    lanesBlueprint: 'Service Blueprint',
    emptyCell: 'Kein Touchpoint',
    emptyPhase: 'Keine Touchpoints in dieser Phase',
    touchpoint: 'Touchpoint',
    touchpoints: 'Touchpoints',
    notSet: 'Nicht angegeben',
    legend: 'Legende',
    mode: 'Modus',
    influence: 'Einfluss',
    touchpointCountOne: '{n} Touchpoint',
    touchpointCountOther: '{n} Touchpoints',
  },
};
