import type { LabelTable } from './table';

/** Headings of inline errors: an invalid journey (`JourneyError`), a part of a map that failed to render. */
export interface ErrorLabels {
  invalidJourney: string;
  renderFailed: string;
}

/** The error texts in every locale. */
export const errorLabels: LabelTable<ErrorLabels> = {
  en: {
    invalidJourney: 'This journey cannot be shown',
    renderFailed: 'This part of the map could not be shown',
  },
  de: {
    invalidJourney: 'Diese Journey kann nicht angezeigt werden',
    renderFailed: 'Dieser Teil der Map konnte nicht angezeigt werden',
  },
};
