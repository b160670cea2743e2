import type { Journey } from '../model/types';
import { present } from './columns';
import { createAnalysisContext, type AnalysisContext } from './context';

/** Why a key moment is at risk. */
export type KeyMomentRiskReason =
  /** The felt emotion is below the desired emotion. */
  | 'below-desired'
  /** The felt emotion is below the neutral point of the scale. */
  | 'negative-emotion';

/** A moment of truth: a touchpoint flagged `keyMoment`. */
export interface KeyMoment {
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Its title. */
  title: string;
  /** Id of its phase. */
  phaseId: string;
  /** Personas that meet it (distinct, document order). */
  personaIds: string[];
  /** Position in reading order. */
  index: number;
  /** Felt emotion, `undefined` when not recorded. */
  emotion: number | undefined;
  /** Desired emotion, `undefined` when not recorded. */
  desired: number | undefined;
  /** `emotion − desired` (negative: worse than wanted), `null` unless both are recorded. */
  gap: number | null;
  /**
   * Whether the relationship is at risk here: the emotion is below the desired emotion or below
   * the neutral point (0 when the scale spans 0, else its midpoint). `null` when the emotion is
   * not recorded (unknown, not "safe").
   */
  atRisk: boolean | null;
  /** The reasons for `atRisk` (empty when not at risk or unknown). */
  reasons: KeyMomentRiskReason[];
}

/**
 * The key moments of the journey in reading order, with emotion against desired emotion and
 * whether each is at risk. O(n).
 * @example
 * const fragile = keyMoments(journey).filter((moment) => moment.atRisk);
 */
export function keyMoments(journey: Journey): KeyMoment[] {
  return keyMomentsOf(createAnalysisContext(journey));
}

/** {@link keyMoments} on prepared intermediates. */
export function keyMomentsOf(context: AnalysisContext): KeyMoment[] {
  const { min, max } = context.scale;
  const neutral = min <= 0 && max >= 0 ? 0 : (min + max) / 2;
  const moments: KeyMoment[] = [];
  const { order } = context;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    if (context.columns.keyMoment[index] !== 1) continue;
    const emotion = present(context.columns.emotion[index]!);
    const desired = present(context.columns.desired[index]!);
    const reasons: KeyMomentRiskReason[] = [];
    if (emotion !== undefined && desired !== undefined && emotion < desired) reasons.push('below-desired');
    if (emotion !== undefined && emotion < neutral) reasons.push('negative-emotion');
    moments.push({
      touchpointId: context.columns.id[index]!,
      title: context.columns.title[index]!,
      phaseId: context.columns.phaseId[index]!,
      personaIds: context.personaIdsOf[index]!,
      index: context.readingIndex[index]!,
      emotion,
      desired,
      gap: emotion !== undefined && desired !== undefined ? emotion - desired : null,
      atRisk: emotion === undefined ? null : reasons.length > 0,
      reasons,
    });
  }
  return moments;
}
