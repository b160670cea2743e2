import type { LabelTable } from './table';

/** Texts of the journey's key figures (`JourneyStats`). */
export interface StatsLabels {
  journeyStats: string;
  keyMoments: string;
  statTouchpointsCaption: string;
  statTouchpointsCaptionOne: string;
  statPersonasCaption: string;
  statPersonasCaptionOne: string;
  statDurationCaption: string;
  statUntimed: string;
  statPainPointsCaption: string;
  statPainPointsCaptionOne: string;
  statKeyMomentsCaption: string;
  statKeyMomentsUnknown: string;
  statAverageEmotion: string;
  statEmotionCaption: string;
  statNoEmotion: string;
  statOnlineShare: string;
  statOnlineCaption: string;
  statNoTouchpoints: string;
  statFunnelDropOff: string;
  statFunnelCaption: string;
  statNoFunnel: string;
}

/** The key figures' texts in every locale. */
export const statsLabels: LabelTable<StatsLabels> = {
  en: {
    journeyStats: 'Journey at a glance',
    keyMoments: 'Key moments',
    statTouchpointsCaption: 'across {n} phases',
    statTouchpointsCaptionOne: 'in {n} phase',
    statPersonasCaption: '{n} buying-center roles',
    statPersonasCaptionOne: '{n} buying-center role',
    statDurationCaption: 'first to last touchpoint',
    statUntimed: 'No touchpoint has a date or day',
    statPainPointsCaption: 'at {n} touchpoints',
    statPainPointsCaptionOne: 'at {n} touchpoint',
    statKeyMomentsCaption: '{n} at risk',
    statKeyMomentsUnknown: '{n} without emotion',
    statAverageEmotion: 'Average emotion',
    statEmotionCaption: 'desired {desired} · scale {min} to {max}',
    statNoEmotion: 'No emotion recorded',
    statOnlineShare: 'Online share',
    statOnlineCaption: '{online} online · {offline} offline',
    statNoTouchpoints: 'No touchpoints yet',
    statFunnelDropOff: 'Funnel drop-off',
    statFunnelCaption: '{from} to {to}',
    statNoFunnel: 'Needs measured volumes in at least two phases',
  },
  de: {
    journeyStats: 'Journey auf einen Blick',
    keyMoments: 'Schlüsselmomente',
    statTouchpointsCaption: 'in {n} Phasen',
    statTouchpointsCaptionOne: 'in {n} Phase',
    statPersonasCaption: '{n} Rollen im Buying Center',
    statPersonasCaptionOne: '{n} Rolle im Buying Center',
    statDurationCaption: 'vom ersten bis zum letzten Touchpoint',
    statUntimed: 'Kein Touchpoint hat ein Datum oder einen Tag',
    statPainPointsCaption: 'an {n} Touchpoints',
    statPainPointsCaptionOne: 'an {n} Touchpoint',
    statKeyMomentsCaption: '{n} gefährdet',
    statKeyMomentsUnknown: '{n} ohne Emotion',
    statAverageEmotion: 'Durchschnittliche Emotion',
    statEmotionCaption: 'gewünscht {desired} · Skala {min} bis {max}',
    statNoEmotion: 'Keine Emotion erfasst',
    statOnlineShare: 'Online-Anteil',
    statOnlineCaption: '{online} online · {offline} offline',
    statNoTouchpoints: 'Noch keine Touchpoints',
    statFunnelDropOff: 'Funnel-Abbruch',
    statFunnelCaption: '{from} bis {to}',
    statNoFunnel: 'Braucht gemessene Volumen in mindestens zwei Phasen',
  },
};
