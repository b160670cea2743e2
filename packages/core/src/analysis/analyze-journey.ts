import type { Journey } from '../model/types';
import { buyingCenterOf, type BuyingCenter } from './buying-center';
import { channelMixOf, type ChannelMix } from './channel-mix';
import { createAnalysisContext } from './context';
import { coverageMatrixOf, type CoverageMatrix } from './coverage-matrix';
import { emotionCurveOf, type EmotionCurves } from './emotion-curve';
import { funnelOf, type Funnel } from './funnel';
import { journeyTimingOf, type JourneyTiming } from './journey-timing';
import { keyMomentsOf, type KeyMoment } from './key-moments';
import { collectFindings } from './collect-findings';
import type { Opportunity, OpportunityOptions } from './opportunities';
import type { PainPoint, PainPointOptions } from './pain-points';
import { rankTouchpointsOf, type RankedTouchpoint, type RankOptions } from './rank-touchpoints';

/** Options of {@link analyzeJourney}, passed to the single analyses. */
export interface AnalyzeJourneyOptions {
  /** Options of `painPoints`. */
  painPoints?: PainPointOptions;
  /** Options of `opportunities`. */
  opportunities?: OpportunityOptions;
  /** Options of `rankTouchpoints`. */
  ranking?: RankOptions;
}

/** Every analysis of one journey (the result of {@link analyzeJourney}). */
export interface JourneyAnalysis {
  /** `emotionCurve(journey)`: every persona's curve and the aggregate one. */
  emotion: EmotionCurves;
  /** `painPoints(journey)`. */
  painPoints: PainPoint[];
  /** `opportunities(journey)`. */
  opportunities: Opportunity[];
  /** `keyMoments(journey)`. */
  keyMoments: KeyMoment[];
  /** `rankTouchpoints(journey)`. */
  ranking: RankedTouchpoint[];
  /** `coverageMatrix(journey)`. */
  coverage: CoverageMatrix;
  /** `channelMix(journey)`. */
  channelMix: ChannelMix;
  /** `buyingCenter(journey)`. */
  buyingCenter: BuyingCenter;
  /** `journeyTiming(journey)`. */
  timing: JourneyTiming;
  /** `funnel(journey)`. */
  funnel: Funnel;
}

/**
 * Runs every analysis in one call, computing the shared intermediates (time axis, reading
 * order, persona × phase statistics) once. Equal to calling each function on its own, except
 * that a `low-emotion` or `emotion-gap` finding listed in both `painPoints` and `opportunities`
 * is one shared object (when both use the same thresholds).
 * @example
 * const analysis = analyzeJourney(journey);
 * analysis.ranking.slice(0, 3); // where to act first
 */
export function analyzeJourney(journey: Journey, options: AnalyzeJourneyOptions = {}): JourneyAnalysis {
  const context = createAnalysisContext(journey);
  const findings = collectFindings(context, options.painPoints ?? {}, options.opportunities ?? {});
  return {
    emotion: emotionCurveOf(context),
    painPoints: findings.painPoints!,
    opportunities: findings.opportunities!,
    keyMoments: keyMomentsOf(context),
    ranking: rankTouchpointsOf(context, options.ranking),
    coverage: coverageMatrixOf(context),
    channelMix: channelMixOf(context),
    buyingCenter: buyingCenterOf(context),
    timing: journeyTimingOf(context),
    funnel: funnelOf(context),
  };
}
