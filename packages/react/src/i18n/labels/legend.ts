import type { LabelTable } from './table';

/** Texts of the legend (`Legend`): markers, the emotion scale and the channel groups. */
export interface LegendLabels {
  emotionScale: string;
  emotionNegative: string;
  emotionNeutral: string;
  emotionPositive: string;
  markers: string;
  selected: string;
  channelGroupAdvertising: string;
  channelGroupOwnedDigital: string;
  channelGroupThirdParty: string;
  channelGroupEvents: string;
  channelGroupPrintMedia: string;
  channelGroupPersonal: string;
  channelGroupService: string;
  channelGroupOther: string;
}

/** The legend's texts in every locale. */
export const legendLabels: LabelTable<LegendLabels> = {
  en: {
    emotionScale: 'Emotion scale',
    emotionNegative: 'Negative',
    emotionNeutral: 'Neutral',
    emotionPositive: 'Positive',
    markers: 'Markers',
    selected: 'Selected',
    channelGroupAdvertising: 'Advertising',
    channelGroupOwnedDigital: 'Own digital channels',
    channelGroupThirdParty: 'Third parties',
    channelGroupEvents: 'Events',
    channelGroupPrintMedia: 'Print & media',
    channelGroupPersonal: 'Personal contact',
    channelGroupService: 'Service',
    channelGroupOther: 'Other channels',
  },
  de: {
    emotionScale: 'Emotionsskala',
    emotionNegative: 'Negativ',
    emotionNeutral: 'Neutral',
    emotionPositive: 'Positiv',
    markers: 'Markierungen',
    selected: 'Ausgewählt',
    channelGroupAdvertising: 'Werbung',
    channelGroupOwnedDigital: 'Eigene digitale Kanäle',
    channelGroupThirdParty: 'Dritte',
    channelGroupEvents: 'Veranstaltungen',
    channelGroupPrintMedia: 'Print & Medien',
    channelGroupPersonal: 'Persönlicher Kontakt',
    channelGroupService: 'Service',
    channelGroupOther: 'Weitere Kanäle',
  },
};
