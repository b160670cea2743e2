import { plainRecord } from '../model/plain-record';
import { smiIfPresent } from '../model/smi';
import type { Journey } from '../model/types';
import { present } from './columns';
import { createAnalysisContext, meanDesired, meanEmotion, type AnalysisContext, type CellStats } from './context';

/** One touchpoint on an emotion curve. */
export interface EmotionPoint {
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Id of its phase. */
  phaseId: string;
  /** Position of the touchpoint in the journey's reading order (0-based, shared by all curves). */
  index: number;
  /** Start day on the journey's time axis, `undefined` when the touchpoint has no `at`. */
  day: number | undefined;
  /** Felt emotion, `undefined` when not recorded. */
  emotion: number | undefined;
  /** Desired emotion, `undefined` when not recorded. */
  desired: number | undefined;
}

/** Phases in which the curve's persona has no touchpoint, lying between two of its points. */
export interface EmotionGap {
  /** The last point before the gap. */
  afterTouchpointId: string;
  /** The first point after the gap. */
  beforeTouchpointId: string;
  /** The phases skipped, in phase order. */
  phaseIds: string[];
}

/** Mean emotion of a curve within one phase. */
export interface PhaseEmotion {
  /** Id of the phase. */
  phaseId: string;
  /** Mean felt emotion of the curve's touchpoints in the phase, `null` when none has an emotion. */
  meanEmotion: number | null;
  /** Mean desired emotion, `null` when none has one. */
  meanDesired: number | null;
  /** Touchpoints of the curve in the phase. */
  touchpointCount: number;
}

/**
 * The emotion curve of one persona (or of all personas).
 *
 * How to draw it: `points` are every touchpoint of the persona in reading order (with or without
 * emotion). `segments` are the lines to draw: maximal runs of consecutive points that all have
 * an emotion and lie in the same or adjacent phases. A line breaks at a point without emotion
 * (it belongs to no segment) and across phases where the persona has no touchpoint (listed in
 * `gaps`). A segment of one point is an isolated dot. Segments hold the same point objects as
 * `points`.
 */
export interface EmotionCurve {
  /** The persona, or `null` for the aggregate curve of all personas. */
  personaId: string | null;
  /** Touchpoints of the persona in reading order. Touchpoints of unknown phases (lenient mode) are left out. */
  points: EmotionPoint[];
  /** Connected runs of points, see {@link EmotionCurve}. */
  segments: EmotionPoint[][];
  /** Breaks caused by phases without any touchpoint of the persona, between two points. */
  gaps: EmotionGap[];
  /** Every phase without a touchpoint of the persona (also before its first and after its last point). */
  absentPhaseIds: string[];
  /** Mean emotion per phase, in phase order (all phases). */
  phases: PhaseEmotion[];
}

/** Options of {@link emotionCurve}. */
export interface EmotionCurveOptions {
  /** Only this persona's curve. An unknown id throws a `RangeError`. @default every persona */
  personaId?: string;
  /** Also compute the aggregate curve of all personas. @default true */
  all?: boolean;
}

/** The result of {@link emotionCurve}. */
export interface EmotionCurves {
  /** One curve per persona, in `journey.personas` order (or only the one asked for). */
  personas: EmotionCurve[];
  /**
   * The aggregate curve (`personaId: null`): every touchpoint once, in reading order. Emotion is
   * recorded per touchpoint, so the mean over the touchpoint's personas is the touchpoint's
   * emotion; `phases` gives the mean over all touchpoints of each phase. Gaps are phases without
   * any touchpoint. `null` when `options.all` is `false`.
   */
  all: EmotionCurve | null;
}

/**
 * Emotion curves per persona and for all personas, ready to draw (see {@link EmotionCurve} for
 * how lines break). O(touchpoint × persona pairs).
 * @example
 * const { personas, all } = emotionCurve(journey);
 * for (const segment of personas[0].segments) drawLine(segment.map((p) => [p.index, p.emotion!]));
 */
export function emotionCurve(journey: Journey, options: EmotionCurveOptions = {}): EmotionCurves {
  return emotionCurveOf(createAnalysisContext(journey), options);
}

/** Makes an {@link EmotionPoint} (a plain object, by `new` — see {@link plainRecord} for why). */
const PointRecord = /* @__PURE__ */ plainRecord(function (
  this: EmotionPoint,
  touchpointId: string,
  phaseId: string,
  index: number,
  day: number | undefined,
  emotion: number | undefined,
  desired: number | undefined,
) {
  this.touchpointId = touchpointId;
  this.phaseId = phaseId;
  this.index = index;
  this.day = day;
  this.emotion = emotion;
  this.desired = desired;
});

/** {@link emotionCurve} on prepared intermediates. */
export function emotionCurveOf(context: AnalysisContext, options: EmotionCurveOptions = {}): EmotionCurves {
  const { journey, personaIndex, phaseOf, order } = context;
  let only: number | undefined;
  if (options.personaId !== undefined) {
    only = personaIndex.get(options.personaId);
    if (only === undefined)
      throw new RangeError(`options.personaId: unknown persona "${options.personaId}"; known personas: ${journey.personas.map((p) => `"${p.id}"`).join(', ')}`);
  }

  // One point object per touchpoint, shared by the persona curves and the aggregate curve.
  const pointByIndex: EmotionPoint[] = new Array(journey.touchpoints.length);
  const perPersona: number[][] = journey.personas.map(() => []);
  // At most every touchpoint: allocated once at full size and trimmed (growing a long list by `push` is slow).
  const placed: number[] = new Array(order.length);
  let placedCount = 0;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    if (phaseOf[index]! < 0) continue;
    pointByIndex[index] = new PointRecord(
      context.columns.id[index]!,
      context.columns.phaseId[index]!,
      context.readingIndex[index]!,
      smiIfPresent(context.timeline.startDays[index]), // whole days as small integers
      present(context.columns.emotion[index]!),
      present(context.columns.desired[index]!),
    );
    placed[placedCount++] = index;
    for (let pair = context.pairStart[index]!; pair < context.pairStart[index + 1]!; pair += 1) {
      const persona = context.pairPersona[pair]!;
      if (persona >= 0 && (only === undefined || persona === only)) perPersona[persona]!.push(index);
    }
  }
  placed.length = placedCount;

  const phaseCount = journey.phases.length;
  const personas = journey.personas.flatMap((persona, p) =>
    only === undefined || p === only ? [buildCurve(context, persona.id, perPersona[p]!, pointByIndex, context.cells, p * phaseCount)] : [],
  );
  const all = options.all === false ? null : buildCurve(context, null, placed, pointByIndex, context.phaseStats, 0);
  return { personas, all };
}

function buildCurve(
  context: AnalysisContext,
  personaId: string | null,
  indexes: number[],
  pointByIndex: EmotionPoint[],
  stats: CellStats,
  offset: number,
): EmotionCurve {
  const { phases } = context.journey;
  const phaseEmotions: PhaseEmotion[] = phases.map((phase, k) => ({
    phaseId: phase.id,
    meanEmotion: meanEmotion(stats, offset + k),
    meanDesired: meanDesired(stats, offset + k),
    touchpointCount: stats.count[offset + k]!,
  }));
  const absentPhaseIds = phaseEmotions.filter((phase) => phase.touchpointCount === 0).map((phase) => phase.phaseId);

  const points: EmotionPoint[] = new Array(indexes.length);
  const segments: EmotionPoint[][] = [];
  const gaps: EmotionGap[] = [];
  // A segment is a run of consecutive `points`: each is sliced out once it ends, at its exact size.
  let segmentStart = -1;
  let previousPhase = -1;
  for (let position = 0; position < indexes.length; position += 1) {
    const touchpointIndex = indexes[position]!;
    const point = pointByIndex[touchpointIndex]!;
    points[position] = point;
    const phase = context.phaseOf[touchpointIndex]!;
    const skipsPhases = position > 0 && phase - previousPhase > 1;
    if (skipsPhases)
      gaps.push({
        afterTouchpointId: points[position - 1]!.touchpointId,
        beforeTouchpointId: point.touchpointId,
        phaseIds: phases.slice(previousPhase + 1, phase).map((p) => p.id),
      });
    if ((point.emotion === undefined || skipsPhases) && segmentStart >= 0) {
      segments.push(points.slice(segmentStart, position));
      segmentStart = -1;
    }
    if (point.emotion !== undefined && segmentStart < 0) segmentStart = position;
    previousPhase = phase;
  }
  if (segmentStart >= 0) segments.push(points.slice(segmentStart));
  return { personaId, points, segments, gaps, absentPhaseIds, phases: phaseEmotions };
}
