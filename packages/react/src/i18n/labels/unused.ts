import type { LabelTable } from './table';

/**
 * Texts of `JourneyLabels` that no component shows (blueprint lanes are named by core's
 * `blueprintLayerLabel`, the company card shows industry and size unlabelled). Kept for apps that
 * read or override them; only `DEFAULT_LABELS` bundles them. A component that starts showing one
 * moves it to its area's table.
 */
export interface UnusedLabels {
  company: string;
  department: string;
  layerCustomer: string;
  layerFrontstage: string;
  layerBackstage: string;
  layerSupport: string;
  layerTechnology: string;
  openDetails: string;
  timeAxis: string;
  companyIndustry: string;
  companySize: string;
}

/** The texts no component shows, in every locale. */
export const unusedLabels: LabelTable<UnusedLabels> = {
  en: {
    company: 'Company',
    department: 'Department',
    layerCustomer: 'Customer actions',
    layerFrontstage: 'Frontstage',
    layerBackstage: 'Backstage',
    layerSupport: 'Support processes',
    layerTechnology: 'Technology',
    openDetails: 'Open details of {name}',
    timeAxis: 'Time axis',
    companyIndustry: 'Industry',
    companySize: 'Size',
  },
  de: {
    company: 'Unternehmen',
    department: 'Abteilung',
    layerCustomer: 'Kundenaktionen',
    layerFrontstage: 'Frontstage',
    layerBackstage: 'Backstage',
    layerSupport: 'Unterstützende Prozesse',
    layerTechnology: 'Technologie',
    openDetails: 'Details zu {name} öffnen',
    timeAxis: 'Zeitachse',
    companyIndustry: 'Branche',
    companySize: 'Größe',
  },
};
