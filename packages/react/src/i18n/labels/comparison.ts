import type { LabelTable } from './table';

/** Texts of the current-vs-future comparison (`JourneyComparison`). */
export interface ComparisonLabels {
  comparisonTitle: string;
  comparisonCurrent: string;
  comparisonFuture: string;
  comparisonAdded: string;
  comparisonRemoved: string;
  comparisonChanged: string;
  comparisonChangedFields: string;
  comparisonPainFixed: string;
  comparisonPainIntroduced: string;
  comparisonLayout: string;
  comparisonSideBySide: string;
  comparisonOverlay: string;
  comparisonInvalid: string;
  comparisonEmotionChart: string;
  comparisonNone: string;
  comparisonIdentical: string;
  comparisonFieldTitle: string;
}

/** The comparison's texts in every locale. */
export const comparisonLabels: LabelTable<ComparisonLabels> = {
  en: {
    comparisonTitle: 'Current vs. future state',
    comparisonCurrent: 'Current state',
    comparisonFuture: 'Future state',
    comparisonAdded: 'Added',
    comparisonRemoved: 'Removed',
    comparisonChanged: 'Changed',
    comparisonChangedFields: 'Changed: {fields}',
    comparisonPainFixed: 'Pain points fixed',
    comparisonPainIntroduced: 'Pain points introduced',
    comparisonLayout: 'Layout',
    comparisonSideBySide: 'Side by side',
    comparisonOverlay: 'Overlay',
    comparisonInvalid: '{side}: this journey cannot be shown',
    comparisonEmotionChart: 'Mean emotion per phase',
    comparisonNone: 'None',
    comparisonIdentical: 'Both states are identical.',
    comparisonFieldTitle: 'Title',
  },
  de: {
    comparisonTitle: 'Ist- vs. Soll-Zustand',
    comparisonCurrent: 'Ist-Zustand',
    comparisonFuture: 'Soll-Zustand',
    comparisonAdded: 'Neu',
    comparisonRemoved: 'Entfällt',
    comparisonChanged: 'Geändert',
    comparisonChangedFields: 'Geändert: {fields}',
    comparisonPainFixed: 'Behobene Pain Points',
    comparisonPainIntroduced: 'Neue Pain Points',
    comparisonLayout: 'Darstellung',
    comparisonSideBySide: 'Nebeneinander',
    comparisonOverlay: 'Überlagert',
    comparisonInvalid: '{side}: Diese Journey kann nicht angezeigt werden',
    comparisonEmotionChart: 'Mittlere Emotion je Phase',
    comparisonNone: 'Keine',
    comparisonIdentical: 'Beide Zustände sind identisch.',
    comparisonFieldTitle: 'Titel',
  },
};
