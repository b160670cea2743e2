import type { LabelTable } from './table';

/** Texts of the swimlane grid (`PhaseSwimlanes`; lanes of the timeline and the dense map too): empty lanes, unplaced touchpoints, the service-blueprint layers' names and what each holds. */
export interface SwimlaneLabels {
  map: string;
  viewSwimlanes: string;
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
  emptyLane: string;
  unplaced: string;
  unplacedHint: string;
}

/** The swimlanes' texts in every locale. */
export const swimlaneLabels: LabelTable<SwimlaneLabels> = {
  en: {
    map: 'Journey map',
    viewSwimlanes: 'Swimlanes',
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
    emptyLane: 'No touchpoints for {name}',
    unplaced: 'Unplaced touchpoints',
    unplacedHint: 'Their phase or persona is not part of this journey.',
  },
  de: {
    map: 'Customer Journey Map',
    viewSwimlanes: 'Swimlanes',
    layerCustomer: 'Kundenaktionen',
    layerFrontstage: 'Frontstage',
    layerBackstage: 'Backstage',
    layerSupport: 'Unterstützungsprozesse',
    layerTechnology: 'Technologie',
    layerCustomerHint: 'Was der Kunde tut',
    layerFrontstageHint: 'Mitarbeitende und Schnittstellen, die der Kunde erlebt',
    layerBackstageHint: 'Prozesse hinter den Kulissen',
    layerSupportHint: 'Abteilungen, die es möglich machen',
    layerTechnologyHint: 'Beteiligte Systeme',
    emptyLane: 'Keine Touchpoints für {name}',
    unplaced: 'Nicht zugeordnete Touchpoints',
    unplacedHint: 'Ihre Phase oder Persona gehört nicht zu dieser Journey.',
  },
};
