import type { LabelTable } from './table';

/** What a touchpoint card says about a touchpoint (mode, influence, emotion, pain points, key moment); the legend explains the same marks. */
export interface TouchpointLabels {
  online: string;
  offline: string;
  direct: string;
  indirect: string;
  keyMoment: string;
  painPoint: string;
  painPoints: string;
  emotion: string;
  desiredEmotion: string;
}

/** The touchpoint card's texts in every locale. */
export const touchpointLabels: LabelTable<TouchpointLabels> = {
  en: {
    online: 'Online',
    offline: 'Offline',
    direct: 'Direct',
    indirect: 'Indirect',
    keyMoment: 'Key moment',
    painPoint: 'Pain point',
    painPoints: 'Pain points',
    emotion: 'Emotion',
    desiredEmotion: 'Desired emotion',
  },
  de: {
    online: 'Online',
    offline: 'Offline',
    direct: 'Direkt',
    indirect: 'Indirekt',
    keyMoment: 'Schlüsselmoment',
    painPoint: 'Pain Point',
    painPoints: 'Pain Points',
    emotion: 'Emotion',
    desiredEmotion: 'Gewünschte Emotion',
  },
};
