import type { JourneyLayoutEmotion, JourneyLayoutPhase } from '@journeykit/core';
import { useMemo } from 'react';
import { EmotionFace } from './EmotionFace';
import type { CurveModel } from './emotion-model';
import { POINT_RADIUS, seriesMarks } from './emotion-marks';
import { markerPath, toneStyle } from './persona-tones';

/** Props of the chart's drawing: everything in layout pixels, inside the given frame. */
export interface EmotionChartProps {
  emotion: JourneyLayoutEmotion;
  model: CurveModel;
  phases: readonly JourneyLayoutPhase[];
  showPhases: boolean;
  showDesired: boolean;
  /** Frame of the whole drawing in layout coordinates. */
  frame: { x: number; y: number; width: number; height: number };
  selection: string | null;
  titleId: string;
  descriptionId: string;
  title: string;
}


/** The SVG of the emotion curve (`role="img"`): band, grid, zero line, phases, lines and marks. Interaction sits on top of it. */
export function EmotionChart({ emotion, model, phases, showPhases, showDesired, frame, selection, titleId, descriptionId, title }: EmotionChartProps) {
  const { min, max } = emotion.scale;
  const neutralY = model.yOf(model.neutral);
  const top = model.yOf(max);
  const bottom = model.yOf(min);
  const left = emotion.x;
  const right = emotion.x + emotion.width;
  const span = Math.max(max - model.neutral, model.neutral - min, 1);
  // Every mark of a series in a few paths, recomputed with the data, not with the selection.
  const marks = useMemo(() => model.series.map((series) => seriesMarks(series, neutralY, showDesired)), [model, neutralY, showDesired]);
  const selectedX = selection === null ? undefined : model.touchpoints.find((touchpoint) => touchpoint.id === selection)?.x;
  const pad = POINT_RADIUS + 1;
  const clipX = left - pad;
  const clipWidth = emotion.width + 2 * pad;

  return (
    <svg
      className="jk-emotion-curve__svg"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      width={frame.width}
      height={frame.height}
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
    >
      <title id={titleId}>{title}</title>
      <rect className="jk-emotion-curve__band" data-tone="positive" x={left} y={top} width={emotion.width} height={Math.max(0, neutralY - top)} />
      <rect className="jk-emotion-curve__band" data-tone="negative" x={left} y={neutralY} width={emotion.width} height={Math.max(0, bottom - neutralY)} />
      {showPhases
        ? phases.map((phase) =>
            phase.x <= left ? null : <line key={phase.id} className="jk-emotion-curve__phase-rule" x1={phase.x} x2={phase.x} y1={frame.y} y2={frame.y + frame.height} />,
          )
        : null}
      <g className="jk-emotion-curve__grid">
        {emotion.yTicks.map((tick) => (
          <g key={tick.value} data-zero={tick.value === model.neutral || undefined}>
            <line className="jk-emotion-curve__grid-line" x1={left} x2={right} y1={tick.y} y2={tick.y} />
            <text className="jk-emotion-curve__grid-label" x={left - 24} y={tick.y} dy="0.34em" textAnchor="end">
              {model.score(tick.value)}
            </text>
            <EmotionFace x={left - 12} y={tick.y} mood={(tick.value - model.neutral) / span} />
          </g>
        ))}
      </g>
      <line className="jk-emotion-curve__zero" x1={left} x2={right} y1={neutralY} y2={neutralY} />
      {/* The curves in a nested svg: it clips them to the band and a marker's radius around it (under a zoomed timeline points lie beyond; left of the band is the scale). */}
      <svg x={clipX} y={frame.y} width={clipWidth} height={frame.height} viewBox={`${clipX} ${frame.y} ${clipWidth} ${frame.height}`}>
        {selectedX !== undefined ? <line className="jk-emotion-curve__selected-rule" x1={selectedX} x2={selectedX} y1={frame.y} y2={frame.y + frame.height} /> : null}
        {model.series.map((series, index) => (
          <g key={series.personaId} className="jk-emotion-curve__series" data-tone={series.tone.tone} style={toneStyle(series.tone)}>
            {showDesired ? <path className="jk-emotion-curve__desired" d={series.desiredPath} /> : null}
            {showDesired && marks[index]!.desiredMarks ? <path className="jk-emotion-curve__desired-mark" d={marks[index]!.desiredMarks} /> : null}
            <path className="jk-emotion-curve__line" d={series.path} />
            {marks[index]!.missing ? <path className="jk-emotion-curve__missing" d={marks[index]!.missing} /> : null}
            {marks[index]!.painRings ? <path className="jk-emotion-curve__pain-ring" d={marks[index]!.painRings} /> : null}
            {marks[index]!.marks ? <path className="jk-emotion-curve__mark" d={marks[index]!.marks} /> : null}
            {marks[index]!.keyMoments ? <path className="jk-emotion-curve__key-moment" d={marks[index]!.keyMoments} /> : null}
            {series.points.map((point) =>
              point.touchpointId === selection && point.y !== undefined ? (
                <g key={point.key} className="jk-emotion-curve__point" transform={`translate(${point.x},${point.y})`} data-pain={point.pain || undefined} data-selected="">
                  <circle className="jk-emotion-curve__halo" r={POINT_RADIUS + 7} />
                  <path className="jk-emotion-curve__mark" d={markerPath(series.tone.shape, POINT_RADIUS + 1.5)} />
                </g>
              ) : null,
            )}
          </g>
        ))}
      </svg>
    </svg>
  );
}
