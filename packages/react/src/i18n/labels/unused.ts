import type { LabelTable } from './table';

/**
 * Texts of `JourneyLabels` that no component shows (persona cards show department and company, and
 * the company card industry and size, without a caption). Kept so that apps that read or override
 * them still compile; only `DEFAULT_LABELS` bundles them. A component that starts showing one moves
 * it to its area's table.
 */
export interface UnusedLabels {
  /** @deprecated No component shows it; overriding it has no effect. */
  company: string;
  /** @deprecated No component shows it; overriding it has no effect. */
  department: string;
  /** @deprecated No component shows it (a card's accessible name is its title); overriding it has no effect. */
  openDetails: string;
  /** @deprecated No component shows it; overriding it has no effect. */
  timeAxis: string;
  /** @deprecated No component shows it; overriding it has no effect. */
  companyIndustry: string;
  /** @deprecated No component shows it; overriding it has no effect. */
  companySize: string;
}

/** The texts no component shows, in every locale. */
export const unusedLabels: LabelTable<UnusedLabels> = {
  en: {
    company: 'Company',
    department: 'Department',
    openDetails: 'Open details of {name}',
    timeAxis: 'Time axis',
    companyIndustry: 'Industry',
    companySize: 'Size',
  },
  de: {
    company: 'Unternehmen',
    department: 'Abteilung',
    openDetails: 'Details zu {name} öffnen',
    timeAxis: 'Zeitachse',
    companyIndustry: 'Branche',
    companySize: 'Größe',
  },
};
