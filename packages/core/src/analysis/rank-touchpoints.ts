import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';
import { clamp01, roundTo } from './numbers';
import { plainRecord } from '../model/plain-record';

/** The factors of the priority score. */
export type RankFactor = 'importance' | 'risk' | 'performance' | 'emotionGap';

/** The factors in the order they are reported. */
export const RANK_FACTORS: readonly RankFactor[] = ['importance', 'risk', 'performance', 'emotionGap'];

/** Relative weights of the factors (any non-negative numbers; only their ratios matter). */
export type RankWeights = Record<RankFactor, number>;

/**
 * The default weights: importance and risk 0.3 each, poor performance and emotion gap 0.2 each.
 */
export const DEFAULT_RANK_WEIGHTS: Readonly<RankWeights> = { importance: 0.3, risk: 0.3, performance: 0.2, emotionGap: 0.2 };

/** Options of {@link rankTouchpoints}. */
export interface RankOptions {
  /** Weights to override; a weight of 0 leaves the factor out entirely. @default DEFAULT_RANK_WEIGHTS */
  weights?: Partial<RankWeights>;
}

/**
 * What each PRESENT factor adds to a touchpoint's score: `weight × normalised / (sum of the
 * weights of the present factors)`, rounded to 4 decimals. The contributions add up to the score
 * (up to rounding); absent factors have no key (see `missing`).
 */
export type RankReasons = Partial<Record<RankFactor, number>>;

/** A touchpoint with its priority. */
export interface RankedTouchpoint {
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Its title. */
  title: string;
  /** Id of its phase. */
  phaseId: string;
  /** Position in reading order (the tie-breaker). */
  index: number;
  /** 1-based competition rank ("1, 2, 2, 4"): equal scores share a rank; all unscored touchpoints share the last rank. */
  rank: number;
  /** Priority 0…1 (rounded to 4 decimals), `null` when no factor is present. */
  score: number | null;
  /** Share of the (non-zero-weighted) factors that are present, 0…1. */
  confidence: number;
  /** The factors that could not be computed because data is missing, in {@link RANK_FACTORS} order. Frozen and shared between entries. */
  missing: readonly RankFactor[];
  /** Each present factor's contribution to the score, keys in {@link RANK_FACTORS} order. Frozen; entries with equal factor values share it. */
  reasons: Readonly<RankReasons>;
}

function resolveWeights(weights: Partial<RankWeights> | undefined): RankWeights {
  const resolved = { ...DEFAULT_RANK_WEIGHTS };
  for (const factor of RANK_FACTORS) {
    const weight = weights?.[factor];
    if (weight === undefined) continue;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      throw new RangeError(`options.weights.${factor}: must be a finite number ≥ 0; received ${String(weight)}`);
    resolved[factor] = weight;
  }
  if (RANK_FACTORS.every((factor) => resolved[factor] === 0)) throw new RangeError('options.weights: at least one weight must be greater than 0');
  return resolved;
}

/** The factor of touchpoint `index` normalised to 0…1 (1 = most urgent), or `NaN` when its data is missing. */
function normalisedFactor(factor: RankFactor, context: AnalysisContext, index: number): number {
  const { columns } = context;
  switch (factor) {
    case 'importance':
      return (columns.importance[index]! - 1) / 4;
    case 'risk':
      return (columns.risk[index]! - 1) / 4;
    case 'performance':
      return (5 - columns.performance[index]!) / 4;
    case 'emotionGap': {
      const gap = (columns.desired[index]! - columns.emotion[index]!) / context.scale.range;
      return gap === gap ? clamp01(gap) : Number.NaN;
    }
  }
}

/** Scores are rounded to 4 decimals, so there are 10,001 possible scores: ranking is a counting sort. */
const SCORE_STEPS = 10_000;
/** Scale of each normalised factor back to whole steps: 1…5 scores have 4 steps, the gap has `range`. */
const MAX_CACHED_STEP = 64;

/**
 * A small integer naming the factor values of a touchpoint when each is a whole number of steps
 * (the usual 1…5 scores and integer emotions), so that equal combinations share one reasons
 * object; `-1` when some value is fractional (the reasons object is then built afresh).
 */
function valuesCode(values: Float64Array, scales: readonly number[]): number {
  let code = 0;
  for (let f = 0; f < values.length; f += 1) {
    const value = values[f]!;
    let digit = 0; // missing
    if (value === value) {
      const steps = value * scales[f]!;
      const whole = Math.round(steps);
      if (Math.abs(steps - whole) > 1e-9 || whole > MAX_CACHED_STEP) return -1;
      digit = whole + 1;
    }
    code = code * (MAX_CACHED_STEP + 2) + digit;
  }
  return code;
}

/**
 * Ranks every touchpoint by priority: where to act first.
 *
 * Factors, each normalised to 0…1 (1 = most urgent):
 * - `importance`: `(importance − 1) / 4`;
 * - `risk`: `(risk − 1) / 4`;
 * - `performance` (poor performance): `(5 − performance) / 4`;
 * - `emotionGap`: `clamp((desiredEmotion − emotion) / (max − min), 0, 1)` (needs both emotions;
 *   a touchpoint felt better than desired counts 0).
 *
 * `score = Σ wᵢ·xᵢ / Σ wᵢ` over the factors that are PRESENT (weight > 0 and data given): a
 * missing factor is left out of the mean, never counted as 0. `missing` lists the absent
 * factors, `confidence = present / (factors with weight > 0)`. A touchpoint without any factor
 * has `score: null` and `confidence: 0`.
 *
 * Sorted by score descending (unscored last), ties by reading order; `rank` is competition
 * ranking on the rounded score ("1, 2, 2, 4"). O(n) (a counting sort on the rounded score).
 * @example
 * const [top] = rankTouchpoints(journey, { weights: { risk: 0.5 } });
 * console.log(top.touchpointId, top.score, top.reasons);
 */
export function rankTouchpoints(journey: Journey, options: RankOptions = {}): RankedTouchpoint[] {
  return rankTouchpointsOf(createAnalysisContext(journey), options);
}

/** Makes a {@link RankedTouchpoint} with `rank` 0 until sorted (a plain object, by `new` — see {@link plainRecord} for why). */
const RankedRecord = /* @__PURE__ */ plainRecord(function (
  this: RankedTouchpoint,
  touchpointId: string,
  title: string,
  phaseId: string,
  index: number,
  score: number | null,
  confidence: number,
  missing: readonly RankFactor[],
  reasons: Readonly<RankReasons>,
) {
  this.touchpointId = touchpointId;
  this.title = title;
  this.phaseId = phaseId;
  this.index = index;
  this.rank = 0;
  this.score = score;
  this.confidence = confidence;
  this.missing = missing;
  this.reasons = reasons;
});

/** {@link rankTouchpoints} on prepared intermediates. */
export function rankTouchpointsOf(context: AnalysisContext, options: RankOptions = {}): RankedTouchpoint[] {
  const weights = resolveWeights(options.weights);
  const active = RANK_FACTORS.filter((factor) => weights[factor] > 0);
  const { order } = context;
  const range = context.scale.range;

  const missingByMask = new Map<number, readonly RankFactor[]>();
  const missingList = (mask: number) => {
    let list = missingByMask.get(mask);
    if (list === undefined) missingByMask.set(mask, (list = Object.freeze(active.filter((_, f) => mask & (1 << f)))));
    return list;
  };
  const activeWeights = active.map((factor) => weights[factor]);
  const scales = active.map((factor) => (factor === 'emotionGap' ? range : 4));
  const reasonsByCode = new Map<number, Readonly<RankReasons>>();
  const values = new Float64Array(active.length);
  const buckets = new Int32Array(order.length);
  const bucketSizes = new Int32Array(SCORE_STEPS + 3);
  const entries: RankedTouchpoint[] = new Array(order.length);

  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    let weightSum = 0;
    let weighted = 0;
    let missingMask = 0;
    let presentCount = 0;
    for (let f = 0; f < active.length; f += 1) {
      const value = normalisedFactor(active[f]!, context, index);
      values[f] = value;
      if (value !== value) missingMask |= 1 << f;
      else {
        presentCount += 1;
        weightSum += activeWeights[f]!;
        weighted += activeWeights[f]! * value;
      }
    }
    const code = valuesCode(values, scales);
    let reasons = code < 0 ? undefined : reasonsByCode.get(code);
    if (reasons === undefined) {
      const built: RankReasons = {};
      for (let f = 0; f < active.length; f += 1)
        if (!(missingMask & (1 << f))) built[active[f]!] = roundTo((activeWeights[f]! * values[f]!) / weightSum, 4);
      reasons = Object.freeze(built);
      if (code >= 0) reasonsByCode.set(code, reasons);
    }
    const score = weightSum > 0 ? roundTo(weighted / weightSum, 4) : null;
    // Bucket 0 holds score 1, bucket 10,000 score 0, bucket 10,001 the unscored.
    const bucket = score === null ? SCORE_STEPS + 1 : SCORE_STEPS - Math.round(score * SCORE_STEPS);
    buckets[position] = bucket;
    bucketSizes[bucket + 1]! += 1;
    entries[position] = new RankedRecord(
      context.columns.id[index]!,
      context.columns.title[index]!,
      context.columns.phaseId[index]!,
      position,
      score,
      roundTo(presentCount / active.length, 4),
      missingList(missingMask),
      reasons,
    );
  }

  // Stable counting sort: highest score first, ties in reading order. An entry's rank is 1 + the
  // number of entries in better buckets (competition ranking).
  for (let bucket = 1; bucket < bucketSizes.length; bucket += 1) bucketSizes[bucket]! += bucketSizes[bucket - 1]!;
  const ranked: RankedTouchpoint[] = new Array(entries.length);
  const next = bucketSizes.slice();
  for (let position = 0; position < entries.length; position += 1) {
    const bucket = buckets[position]!;
    const entry = entries[position]!;
    entry.rank = bucketSizes[bucket]! + 1;
    ranked[next[bucket]!] = entry;
    next[bucket]! += 1;
  }
  return ranked;
}
