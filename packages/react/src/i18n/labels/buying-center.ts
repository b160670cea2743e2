import type { LabelTable } from './table';

/** Texts of the buying-center matrix (`BuyingCenter`): activity, joins and consensus risks. */
export interface BuyingCenterLabels {
  buyingCenter: string;
  buyingCenterCaption: string;
  buyingCenterRoles: string;
  buyingCenterJoinsHere: string;
  buyingCenterDeclaredJoin: string;
  buyingCenterFirstActive: string;
  buyingCenterJoinMismatch: string;
  buyingCenterConsensusRisk: string;
  buyingCenterConsensusExplanation: string;
  buyingCenterTouchpointsOne: string;
  buyingCenterTouchpointsOther: string;
  buyingCenterMeanEmotion: string;
  buyingCenterNoEmotion: string;
  buyingCenterFilterPhase: string;
  buyingCenterFilterPersona: string;
  buyingCenterActivity: string;
}

/** The buying center's texts in every locale. */
export const buyingCenterLabels: LabelTable<BuyingCenterLabels> = {
  en: {
    buyingCenter: 'Buying center',
    buyingCenterCaption: 'Activity and mean emotion of each persona per phase',
    buyingCenterRoles: 'Roles',
    buyingCenterJoinsHere: 'Joins here',
    buyingCenterDeclaredJoin: 'Declared join',
    buyingCenterFirstActive: 'First active',
    buyingCenterJoinMismatch: 'Declared to join in {declared}, first touchpoint in {actual}',
    buyingCenterConsensusRisk: 'Consensus risk',
    buyingCenterConsensusExplanation: 'Emotion falls for {falling} while it rises for {rising}',
    buyingCenterTouchpointsOne: '{n} touchpoint',
    buyingCenterTouchpointsOther: '{n} touchpoints',
    buyingCenterMeanEmotion: 'mean emotion {value} ({tone})',
    buyingCenterNoEmotion: 'no emotion recorded',
    buyingCenterFilterPhase: 'Show only this phase',
    buyingCenterFilterPersona: 'Show only this persona',
    buyingCenterActivity: 'Activity',
  },
  de: {
    buyingCenter: 'Buying Center',
    buyingCenterCaption: 'Aktivität und mittlere Emotion jeder Persona je Phase',
    buyingCenterRoles: 'Rollen',
    buyingCenterJoinsHere: 'Steigt hier ein',
    buyingCenterDeclaredJoin: 'Geplanter Einstieg',
    buyingCenterFirstActive: 'Erstmals aktiv',
    buyingCenterJoinMismatch: 'Einstieg geplant in {declared}, erster Touchpoint in {actual}',
    buyingCenterConsensusRisk: 'Konsensrisiko',
    buyingCenterConsensusExplanation: 'Die Emotion sinkt bei {falling}, während sie bei {rising} steigt',
    buyingCenterTouchpointsOne: '{n} Touchpoint',
    buyingCenterTouchpointsOther: '{n} Touchpoints',
    buyingCenterMeanEmotion: 'mittlere Emotion {value} ({tone})',
    buyingCenterNoEmotion: 'keine Emotion erfasst',
    buyingCenterFilterPhase: 'Nur diese Phase zeigen',
    buyingCenterFilterPersona: 'Nur diese Persona zeigen',
    buyingCenterActivity: 'Aktivität',
  },
};
