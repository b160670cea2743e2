import { painPoints, type Journey, type JourneyLayoutEmotion } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { EmotionCurveLabels } from '../../i18n/labels/emotion-curve';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import { formatScore } from '../TouchpointCard/touchpointText';
import { personaTones, type PersonaTone } from './persona-tones';

/** The texts the curve and its parts read (the areas of `EmotionCurve`'s label table). */
export type CurveLabels = CommonLabels & TouchpointLabels & EmotionCurveLabels;

/** One persona's point at a touchpoint, ready to draw. */
export interface CurvePoint {
  /** `personaId:touchpointId`, unique within the chart. */
  key: string;
  touchpointId: string;
  personaId: string;
  title: string;
  x: number;
  /** y of the felt emotion; absent when not recorded. */
  y?: number;
  emotion?: number;
  /** y of the desired emotion; absent when not recorded. */
  desiredY?: number;
  desired?: number;
  pain: boolean;
  keyMoment: boolean;
}

/** One persona's curve, ready to draw. */
export interface CurveSeries {
  personaId: string;
  name: string;
  tone: PersonaTone;
  path: string;
  desiredPath: string;
  points: CurvePoint[];
}

/** Everything the chart, the table and the summary need. */
export interface CurveModel {
  series: CurveSeries[];
  /** Touchpoints of all shown series, left to right, once each. */
  touchpoints: { id: string; title: string; phaseName: string; x: number }[];
  /** y of a score (linear through the band's grid lines). */
  yOf: (value: number) => number;
  /** The neutral score: 0 when the scale spans it, else its middle. */
  neutral: number;
  /** A score as text in the journey's scale and the locale (`+2`, `−1,5`), or `fallback` when absent. */
  score: (value: number | undefined, fallback?: string) => string;
}

/** A linear score → y mapping through the band's grid lines (they come from the same d3 scale). */
function scoreToY(emotion: JourneyLayoutEmotion): (value: number) => number {
  const [a, b] = [emotion.yTicks[0], emotion.yTicks[emotion.yTicks.length - 1]];
  if (!a || !b || a.value === b.value) return () => emotion.y + emotion.height / 2;
  const slope = (b.y - a.y) / (b.value - a.value);
  return (value) => a.y + (value - a.value) * slope;
}

/** Builds the chart model from a layout's emotion band: which series, their colours, marks and touchpoint titles. */
export function buildCurveModel(journey: Journey, emotion: JourneyLayoutEmotion, locale: string, personaIds?: readonly string[]): CurveModel {
  const tones = personaTones(journey.personas);
  const personaById = new Map(journey.personas.map((persona) => [persona.id, persona]));
  const touchpointById = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const painful = new Set(painPoints(journey).map((pain) => pain.touchpointId));
  const phaseName = new Map(journey.phases.map((phase) => [phase.id, phase.name]));
  const shown = personaIds ? new Set(personaIds) : null;

  const series = emotion.series
    .filter((entry) => (!shown || shown.has(entry.personaId)) && personaById.has(entry.personaId))
    .map((entry): CurveSeries => ({
      personaId: entry.personaId,
      name: personaById.get(entry.personaId)!.name,
      tone: tones.get(entry.personaId)!,
      path: entry.path,
      desiredPath: entry.desiredPath,
      points: entry.points.map((point, index) => {
        const touchpoint = touchpointById.get(point.touchpointId);
        const desired = entry.desired[index];
        return {
          key: `${entry.personaId}:${point.touchpointId}`,
          touchpointId: point.touchpointId,
          personaId: entry.personaId,
          title: touchpoint?.title ?? point.touchpointId,
          x: point.x,
          ...(point.y !== undefined ? { y: point.y, emotion: point.emotion } : {}),
          ...(desired?.y !== undefined ? { desiredY: desired.y, desired: desired.emotion } : {}),
          pain: painful.has(point.touchpointId),
          keyMoment: touchpoint?.keyMoment === true,
        };
      }),
    }));

  const seen = new Map<string, CurveModel['touchpoints'][number]>();
  for (const entry of series)
    for (const point of entry.points)
      if (!seen.has(point.touchpointId)) {
        const touchpoint = touchpointById.get(point.touchpointId);
        seen.set(point.touchpointId, { id: point.touchpointId, title: point.title, phaseName: (touchpoint && phaseName.get(touchpoint.phaseId)) ?? '', x: point.x });
      }
  const touchpoints = [...seen.values()].sort((a, b) => a.x - b.x);
  const { min, max } = emotion.scale;
  const neutral = min <= 0 && max >= 0 ? 0 : (min + max) / 2;
  const score = (value: number | undefined, fallback = '—') => (value === undefined || !Number.isFinite(value) ? fallback : formatScore(value, emotion.scale, locale));
  return { series, touchpoints, yOf: scoreToY(emotion), neutral, score };
}

/** One sentence per series: its lowest and highest moment (for the chart's description). */
export function summarizeCurves(model: CurveModel, labels: EmotionCurveLabels): string {
  if (model.series.every((entry) => entry.points.every((point) => point.emotion === undefined))) return labels.emotionNoData;
  return model.series
    .map((entry) => {
      const recorded = entry.points.filter((point) => point.emotion !== undefined);
      if (recorded.length === 0) return formatLabel(labels.emotionSummaryNone, { name: entry.name });
      const low = recorded.reduce((best, point) => (point.emotion! < best.emotion! ? point : best));
      const high = recorded.reduce((best, point) => (point.emotion! > best.emotion! ? point : best));
      return formatLabel(labels.emotionSummary, { name: entry.name, low: model.score(low.emotion), lowAt: low.title, high: model.score(high.emotion), highAt: high.title });
    })
    .join(' ');
}

/** The accessible name of a point: touchpoint, persona, emotion, desired and markers. */
export function pointName(point: CurvePoint, personaName: string, model: CurveModel, labels: CurveLabels): string {
  const parts = [`${point.title} — ${personaName}`, `${labels.emotion} ${model.score(point.emotion, labels.notSet)}`, `${labels.desired} ${model.score(point.desired, labels.notSet)}`];
  if (point.pain) parts.push(labels.painPoint);
  if (point.keyMoment) parts.push(labels.keyMoment);
  return parts.join(', ');
}
