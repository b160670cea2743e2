import type { LabelTable } from './table';

/** Texts of the filters (`JourneyFilters`) and of the "show all / show fewer" lists of the dashboard components. */
export interface FilterLabels {
  filters: string;
  allPersonas: string;
  allChannels: string;
  allPhases: string;
  resetFilters: string;
  filterCount: string;
  showAll: string;
  showFewer: string;
}

/** The filters' texts in every locale. */
export const filterLabels: LabelTable<FilterLabels> = {
  en: {
    filters: 'Filters',
    allPersonas: 'All personas',
    allChannels: 'All channels',
    allPhases: 'All phases',
    resetFilters: 'Reset filters',
    filterCount: '{shown} of {total} touchpoints shown',
    showAll: 'Show all ({n})',
    showFewer: 'Show fewer',
  },
  de: {
    filters: 'Filter',
    allPersonas: 'Alle Personas',
    allChannels: 'Alle Kanäle',
    allPhases: 'Alle Phasen',
    resetFilters: 'Filter zurücksetzen',
    filterCount: '{shown} von {total} Touchpoints angezeigt',
    showAll: 'Alle anzeigen ({n})',
    showFewer: 'Weniger anzeigen',
  },
};
