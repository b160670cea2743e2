import type { LabelTable } from './table';

/** Texts of the emotion curve (`EmotionCurve`): its name, data table and spoken summary. */
export interface EmotionCurveLabels {
  emotionCurve: string;
  emotionTable: string;
  desired: string;
  showDataTable: string;
  emotionSummary: string;
  emotionSummaryNone: string;
  emotionNoData: string;
}

/** The emotion curve's texts in every locale. */
export const emotionCurveLabels: LabelTable<EmotionCurveLabels> = {
  en: {
    emotionCurve: 'Emotion curve',
    emotionTable: 'Emotion per touchpoint',
    desired: 'Desired',
    showDataTable: 'Show data table',
    emotionSummary: '{name}: lowest {low} at “{lowAt}”, highest {high} at “{highAt}”.',
    emotionSummaryNone: '{name}: no emotion recorded.',
    emotionNoData: 'No emotions recorded.',
  },
  de: {
    emotionCurve: 'Emotionskurve',
    emotionTable: 'Emotion je Touchpoint',
    desired: 'Gewünscht',
    showDataTable: 'Datentabelle anzeigen',
    emotionSummary: '{name}: Tiefpunkt {low} bei „{lowAt}“, Höhepunkt {high} bei „{highAt}“.',
    emotionSummaryNone: '{name}: keine Emotion erfasst.',
    emotionNoData: 'Keine Emotionen erfasst.',
  },
};
