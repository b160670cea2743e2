import type { LabelTable } from './table';

/** Texts of the company card (`CompanyCard`): the ideal customer profile. */
export interface CompanyLabels {
  companyProfile: string;
  companyEmployees: string;
  companyCustomers: string;
  companyBudget: string;
  companyBuyingProcess: string;
  companyCompetitors: string;
  companyEmpty: string;
}

/** The company card's texts in every locale. */
export const companyLabels: LabelTable<CompanyLabels> = {
  en: {
    companyProfile: 'Ideal customer profile',
    companyEmployees: 'Employees',
    companyCustomers: 'Customers',
    companyBudget: 'Budget',
    companyBuyingProcess: 'Buying process',
    companyCompetitors: 'Competitors',
    companyEmpty: 'No company profile recorded yet.',
  },
  de: {
    companyProfile: 'Ideales Kundenprofil',
    companyEmployees: 'Mitarbeitende',
    companyCustomers: 'Kunden',
    companyBudget: 'Budget',
    companyBuyingProcess: 'Einkaufsprozess',
    companyCompetitors: 'Wettbewerber',
    companyEmpty: 'Noch kein Unternehmensprofil erfasst.',
  },
};
