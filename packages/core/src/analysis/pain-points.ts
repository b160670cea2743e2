import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';
import { collectFindings } from './collect-findings';
import type { Finding, FindingOptions } from './findings';

/** A pain point: friction, an obstacle or a negative emotion at a touchpoint. See {@link Finding} for the severity formula. */
export type PainPoint = Finding;

/** Options of {@link painPoints}. */
export type PainPointOptions = FindingOptions;

/**
 * Every pain point of the journey, in reading order (within a touchpoint: the written ones in
 * their order, then `low-emotion`, then `emotion-gap`):
 * - `explicit`: each text of `touchpoint.painPoints`;
 * - `low-emotion`: emotion ≤ `lowEmotionThreshold` (default `min + (max − min) / 4`, the lowest quarter of the scale);
 * - `emotion-gap`: `desiredEmotion − emotion` ≥ `emotionGapThreshold` (default `(max − min) / 2`).
 * Touchpoints without an emotion produce no derived pain point. O(n).
 * @example
 * const worst = painPoints(journey).sort((a, b) => b.severity - a.severity).slice(0, 5);
 */
export function painPoints(journey: Journey, options: PainPointOptions = {}): PainPoint[] {
  return painPointsOf(createAnalysisContext(journey), options);
}

/** {@link painPoints} on prepared intermediates. */
export function painPointsOf(context: AnalysisContext, options: PainPointOptions = {}): PainPoint[] {
  return collectFindings(context, options, null).painPoints!;
}
