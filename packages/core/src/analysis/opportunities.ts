import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';
import { collectFindings, type OpportunityRuleOptions } from './collect-findings';
import type { Finding } from './findings';

/** An opportunity to improve the experience at a touchpoint. See {@link Finding} for the severity formula. */
export type Opportunity = Finding;

/** Options of {@link opportunities}: the thresholds of `painPoints` plus those of the opportunity rules. */
export type OpportunityOptions = OpportunityRuleOptions;

/**
 * Every opportunity of the journey, in reading order (within a touchpoint: the written ones,
 * then `low-emotion`, `emotion-gap`, `under-performing`, `high-drop-off`). A pain point is an
 * opportunity, so the emotion rules of {@link painPoints} apply too:
 * - `explicit`: each text of `touchpoint.opportunities`;
 * - `low-emotion`, `emotion-gap`: as in {@link painPoints};
 * - `under-performing`: `performance ≤ maxPerformance` (2) and `importance ≥ minImportance` (4), both given;
 * - `high-drop-off`: `metrics.dropOffRate ≥ dropOffThreshold` (0.3).
 * O(n).
 * @example
 * const budgetToMove = opportunities(journey).filter((o) => o.kind === 'under-performing');
 */
export function opportunities(journey: Journey, options: OpportunityOptions = {}): Opportunity[] {
  return opportunitiesOf(createAnalysisContext(journey), options);
}

/** {@link opportunities} on prepared intermediates. */
export function opportunitiesOf(context: AnalysisContext, options: OpportunityOptions = {}): Opportunity[] {
  return collectFindings(context, null, options).opportunities!;
}
