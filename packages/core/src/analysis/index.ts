/**
 * Analyses of a parsed journey: pure, deterministic functions returning plain JSON-serialisable
 * objects. Conventions shared by all of them:
 * - "reading order" is `touchpointOrder` and time is `journeyTimeline` (never re-implemented);
 * - values copied from a touchpoint that may be absent (`emotion`, `desired`, `day`) are
 *   `undefined` when missing; computed figures that cannot be computed (means, shares, scores,
 *   durations) are `null` — missing data is never counted as 0;
 * - touchpoints of unknown phases or personas (lenient mode) are kept where a list makes sense
 *   and left out of per-phase or per-persona figures.
 */
export { analyzeJourney, type AnalyzeJourneyOptions, type JourneyAnalysis } from './analyze-journey';
export {
  buyingCenter,
  type BuyingCenter,
  type BuyingCenterPersona,
  type BuyingCenterPhase,
  type ConsensusRisk,
  type EmotionShift,
  type PersonaActivity,
  type PersonaPhaseEmotion,
  type RoleActivity,
} from './buying-center';
export { channelMix, type ChannelCount, type ChannelMix, type ChannelMixEntry, type PhaseChannelMix } from './channel-mix';
export {
  coverageMatrix,
  type ChannelCoverageCell,
  type ChannelCoverageRow,
  type CoverageGap,
  type CoverageMatrix,
  type PersonaCoverageCell,
  type PersonaCoverageRow,
} from './coverage-matrix';
export {
  diffJourneys,
  type ChangedEntity,
  type EntityDiff,
  type FieldChange,
  type JourneyDiff,
  type PainPointChange,
  type PersonaEmotionChange,
  type PhaseEmotionChange,
} from './diff-journeys';
export {
  emotionCurve,
  type EmotionCurve,
  type EmotionCurveOptions,
  type EmotionCurves,
  type EmotionGap,
  type EmotionPoint,
  type PhaseEmotion,
} from './emotion-curve';
export type { Finding, FindingKind, FindingOptions } from './findings';
export { funnel, type Funnel, type FunnelPhase, type FunnelStep } from './funnel';
export { journeyTiming, type JourneyTiming, type PhaseTiming } from './journey-timing';
export { keyMoments, type KeyMoment, type KeyMomentRiskReason } from './key-moments';
export { opportunities, type Opportunity, type OpportunityOptions } from './opportunities';
export { painPoints, type PainPoint, type PainPointOptions } from './pain-points';
export {
  DEFAULT_RANK_WEIGHTS,
  RANK_FACTORS,
  rankTouchpoints,
  type RankedTouchpoint,
  type RankFactor,
  type RankOptions,
  type RankReasons,
  type RankWeights,
} from './rank-touchpoints';
