import type { LabelTable } from './table';

/** Texts of the priority list (`PriorityList`): sorting, ranks, scores and findings. */
export interface PriorityLabels {
  priorities: string;
  prioritiesHint: string;
  sortBy: string;
  sortPriority: string;
  sortReading: string;
  emotionGap: string;
  rankN: string;
  priorityScore: string;
  noScore: string;
  missingFactors: string;
  findingLowEmotion: string;
  findingEmotionGap: string;
  findingUnderPerforming: string;
  findingHighDropOff: string;
  priorityEmpty: string;
  moreN: string;
}

/** The priority list's texts in every locale. */
export const priorityLabels: LabelTable<PriorityLabels> = {
  en: {
    priorities: 'Where to act first',
    prioritiesHint: 'Touchpoints ranked by importance, risk, poor performance and emotion gap.',
    sortBy: 'Sort by',
    sortPriority: 'Priority',
    sortReading: 'Journey order',
    emotionGap: 'Emotion gap',
    rankN: 'Rank {n}',
    priorityScore: 'Priority score',
    noScore: 'Not enough data to score',
    missingFactors: 'Missing: {factors}',
    findingLowEmotion: 'Low emotion ({value})',
    findingEmotionGap: '{value} below the desired emotion',
    findingUnderPerforming: 'Performs poorly where it matters',
    findingHighDropOff: 'High drop-off ({value})',
    priorityEmpty: 'No touchpoints to rank yet.',
    moreN: '+{n} more',
  },
  de: {
    priorities: 'Wo zuerst handeln',
    prioritiesHint: 'Touchpoints nach Wichtigkeit, Risiko, schwacher Leistung und Emotionslücke gereiht.',
    sortBy: 'Sortieren nach',
    sortPriority: 'Priorität',
    sortReading: 'Reihenfolge der Journey',
    emotionGap: 'Emotionslücke',
    rankN: 'Rang {n}',
    priorityScore: 'Prioritätswert',
    noScore: 'Zu wenige Daten für eine Bewertung',
    missingFactors: 'Fehlt: {factors}',
    findingLowEmotion: 'Negative Emotion ({value})',
    findingEmotionGap: '{value} unter der gewünschten Emotion',
    findingUnderPerforming: 'Schwache Leistung an wichtiger Stelle',
    findingHighDropOff: 'Hohe Abbruchrate ({value})',
    priorityEmpty: 'Noch keine Touchpoints zu bewerten.',
    moreN: '+{n} weitere',
  },
};
