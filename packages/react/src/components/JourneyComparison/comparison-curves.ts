import type { EmotionScale } from '@journeykit/core';
import { scaleLinear, scalePoint } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';

/** Size and margins of a curve chart, in SVG units. */
export interface CurveFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One series to draw: mean emotion per phase id (`null` = no emotion, the line breaks). */
export interface CurveSeries {
  key: 'current' | 'future';
  means: ReadonlyMap<string, number | null>;
}

/** A drawn point. */
export interface CurvePoint {
  phaseId: string;
  x: number;
  y: number;
  value: number;
}

/** The geometry of a chart: x per phase, y ticks, and per series its path and points. */
export interface CurveGeometry {
  phaseX: { phaseId: string; x: number }[];
  ticks: { value: number; y: number }[];
  midY: number;
  plotTop: number;
  plotBottom: number;
  series: { key: CurveSeries['key']; d: string; points: CurvePoint[] }[];
}

/**
 * Scales and paths of the emotion comparison: phases spread evenly across (in the comparison's
 * phase order), the emotion scale up the side. Pure; the component memoises it and renders `<path d>`.
 */
export function curveGeometry(phaseIds: readonly string[], series: readonly CurveSeries[], scale: EmotionScale, frame: CurveFrame): CurveGeometry {
  const x = scalePoint<string>()
    .domain(phaseIds)
    .range([frame.left, frame.width - frame.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([scale.min, scale.max])
    .range([frame.height - frame.bottom, frame.top]);
  const span = scale.max - scale.min;
  const step = span > 8 ? Math.ceil(span / 4) : 1;
  const ticks: CurveGeometry['ticks'] = [];
  for (let value = scale.min; value <= scale.max; value += step) ticks.push({ value, y: y(value) });
  const path = line<{ x: number; y: number | null }>()
    .defined((point) => point.y !== null)
    .x((point) => point.x)
    .y((point) => point.y ?? 0)
    .curve(curveMonotoneX);
  return {
    phaseX: phaseIds.map((phaseId) => ({ phaseId, x: x(phaseId) ?? 0 })),
    ticks,
    midY: y((scale.min + scale.max) / 2),
    plotTop: frame.top,
    plotBottom: frame.height - frame.bottom,
    series: series.map(({ key, means }) => {
      const raw = phaseIds.map((phaseId) => {
        const value = means.get(phaseId) ?? null;
        return { phaseId, x: x(phaseId) ?? 0, y: value === null ? null : y(value), value };
      });
      const points = raw.flatMap((point) => (point.value === null || point.y === null ? [] : [{ phaseId: point.phaseId, x: point.x, y: point.y, value: point.value }]));
      return { key, d: path(raw) ?? '', points };
    }),
  };
}
