import type { LabelTable } from './table';

/** Texts of the persona card (`PersonaCard`); its section titles also name a phase's goals and a touchpoint's needs. */
export interface PersonaLabels {
  motivations: string;
  frustrations: string;
  goals: string;
  needs: string;
  age: string;
  location: string;
  seniority: string;
  joinsAt: string;
  personaRole: string;
}

/** The persona card's texts in every locale. */
export const personaLabels: LabelTable<PersonaLabels> = {
  en: {
    motivations: 'Motivations',
    frustrations: 'Frustrations',
    goals: 'Goals',
    needs: 'Needs',
    age: 'Age',
    location: 'Location',
    seniority: 'Career level',
    joinsAt: 'Joins in',
    personaRole: 'Role in the buying center',
  },
  de: {
    motivations: 'Motivationen',
    frustrations: 'Frustrationen',
    goals: 'Ziele',
    needs: 'Informationsbedarf',
    age: 'Alter',
    location: 'Ort',
    seniority: 'Karrierestufe',
    joinsAt: 'Steigt ein in',
    personaRole: 'Rolle im Buying Center',
  },
};
