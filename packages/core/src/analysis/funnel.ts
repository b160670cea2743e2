import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';

/** Funnel figures of one phase, from the measured `metrics` of its touchpoints. */
export interface FunnelPhase {
  /** Id of the phase. */
  phaseId: string;
  /**
   * The LARGEST `metrics.volume` among the phase's touchpoints (not the sum: the same buyers
   * pass several touchpoints of a phase, so summing would count them twice). `null` when no
   * touchpoint of the phase has a volume.
   */
  volume: number | null;
  /** Plain mean of the phase's `metrics.conversionRate` values (0…1), `null` when none is given. */
  conversionRate: number | null;
  /** Plain mean of the phase's `metrics.dropOffRate` values (0…1), `null` when none is given. */
  dropOffRate: number | null;
  /** Touchpoints in the phase. */
  touchpointCount: number;
  /** Touchpoints with at least one of volume, conversion rate or drop-off rate. */
  measuredCount: number;
}

/** The move from one phase to the next (adjacent phases in phase order). */
export interface FunnelStep {
  /** The earlier phase. */
  fromPhaseId: string;
  /** The next phase. */
  toPhaseId: string;
  /** Volume of the earlier phase, `null` when unmeasured. */
  fromVolume: number | null;
  /** Volume of the next phase, `null` when unmeasured. */
  toVolume: number | null;
  /** `(fromVolume − toVolume) / fromVolume`; negative when the volume grows; `null` unless both volumes are known and `fromVolume > 0`. */
  dropOffRate: number | null;
}

/** The result of {@link funnel}. */
export interface Funnel {
  /** Per phase, in phase order. */
  phases: FunnelPhase[];
  /** Between each pair of adjacent phases. */
  steps: FunnelStep[];
  /** Phases without any volume, conversion or drop-off figure (their values are `null`, not 0). */
  phasesWithoutMetrics: string[];
  /** Volume of the last measured phase divided by the volume of the first measured phase; `null` with fewer than two phases with volume or a first volume of 0. */
  overallConversion: number | null;
}

/**
 * The journey as a funnel, from the measured touchpoint metrics: volume, conversion and drop-off
 * per phase, and drop-off from phase to phase. Unmeasured phases are `null` and listed in
 * `phasesWithoutMetrics`, never counted as 0. O(n).
 * @example
 * const { steps } = funnel(journey);
 * const leak = steps.filter((s) => (s.dropOffRate ?? 0) > 0.5);
 */
export function funnel(journey: Journey): Funnel {
  return funnelOf(createAnalysisContext(journey));
}

/** {@link funnel} on prepared intermediates. */
export function funnelOf(context: AnalysisContext): Funnel {
  const { journey } = context;
  const phases: FunnelPhase[] = journey.phases.map((phase, k) => {
    let volume: number | null = null;
    let conversionSum = 0;
    let conversionCount = 0;
    let dropOffSum = 0;
    let dropOffCount = 0;
    let measuredCount = 0;
    const members = context.byPhase[k]!;
    const { columns } = context;
    for (let position = 0; position < members.length; position += 1) {
      const index = members[position]!;
      // NaN marks a missing figure: every comparison with it is false.
      const v = columns.volume[index]!;
      const conversionRate = columns.conversionRate[index]!;
      const dropOffRate = columns.dropOffRate[index]!;
      if (v === v && (volume === null || v > volume)) volume = v;
      if (conversionRate === conversionRate) {
        conversionSum += conversionRate;
        conversionCount += 1;
      }
      if (dropOffRate === dropOffRate) {
        dropOffSum += dropOffRate;
        dropOffCount += 1;
      }
      if (v === v || conversionRate === conversionRate || dropOffRate === dropOffRate) measuredCount += 1;
    }
    return {
      phaseId: phase.id,
      volume,
      conversionRate: conversionCount === 0 ? null : conversionSum / conversionCount,
      dropOffRate: dropOffCount === 0 ? null : dropOffSum / dropOffCount,
      touchpointCount: members.length,
      measuredCount,
    };
  });

  const steps: FunnelStep[] = [];
  for (let k = 1; k < phases.length; k += 1) {
    const from = phases[k - 1]!;
    const to = phases[k]!;
    steps.push({
      fromPhaseId: from.phaseId,
      toPhaseId: to.phaseId,
      fromVolume: from.volume,
      toVolume: to.volume,
      dropOffRate: from.volume !== null && to.volume !== null && from.volume > 0 ? (from.volume - to.volume) / from.volume : null,
    });
  }

  const measured = phases.filter((phase) => phase.volume !== null);
  const first = measured[0]?.volume;
  const last = measured[measured.length - 1]?.volume;
  return {
    phases,
    steps,
    phasesWithoutMetrics: phases.filter((phase) => phase.measuredCount === 0).map((phase) => phase.phaseId),
    overallConversion: measured.length >= 2 && first != null && last != null && first > 0 ? last / first : null,
  };
}
