import type { LabelTable } from './table';

/** A mean emotion and how it reads (negative, neutral, positive), as the buying center and the comparison show them. */
export interface EmotionToneLabels {
  emotionToneNegative: string;
  emotionToneNeutral: string;
  emotionTonePositive: string;
  comparisonMeanEmotion: string;
}

/** The emotion tone texts in every locale. */
export const emotionToneLabels: LabelTable<EmotionToneLabels> = {
  en: {
    emotionToneNegative: 'negative',
    emotionToneNeutral: 'neutral',
    emotionTonePositive: 'positive',
    comparisonMeanEmotion: 'Mean emotion',
  },
  de: {
    emotionToneNegative: 'negativ',
    emotionToneNeutral: 'neutral',
    emotionTonePositive: 'positiv',
    comparisonMeanEmotion: 'Mittlere Emotion',
  },
};
