import type { JourneyLayoutEmotion, JourneyLayoutPhase } from '@journeykit/core';
import { EmotionFace } from './EmotionFace';
import type { CurveModel } from './emotion-model';
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

const POINT_RADIUS = 5;

/** The SVG of the emotion curve (`role="img"`): band, grid, zero line, phases, lines and marks. Interaction sits on top of it. */
export function EmotionChart({ emotion, model, phases, showPhases, showDesired, frame, selection, titleId, descriptionId, title }: EmotionChartProps) {
  const { min, max } = emotion.scale;
  const neutralY = model.yOf(model.neutral);
  const top = model.yOf(max);
  const bottom = model.yOf(min);
  const left = emotion.x;
  const right = emotion.x + emotion.width;
  const span = Math.max(max - model.neutral, model.neutral - min, 1);
  const selectedX = selection === null ? undefined : model.touchpoints.find((touchpoint) => touchpoint.id === selection)?.x;

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
        ? phases.map((phase, index) =>
            index === 0 ? null : <line key={phase.id} className="jk-emotion-curve__phase-rule" x1={phase.x} x2={phase.x} y1={frame.y} y2={frame.y + frame.height} />,
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
      {selectedX !== undefined ? <line className="jk-emotion-curve__selected-rule" x1={selectedX} x2={selectedX} y1={frame.y} y2={frame.y + frame.height} /> : null}
      {model.series.map((series) => (
        <g key={series.personaId} className="jk-emotion-curve__series" data-tone={series.tone.tone} style={toneStyle(series.tone)}>
          {showDesired ? <path className="jk-emotion-curve__desired" d={series.desiredPath} /> : null}
          {showDesired
            ? series.points.map((point) => (point.desiredY === undefined ? null : <circle key={`d-${point.key}`} className="jk-emotion-curve__desired-mark" cx={point.x} cy={point.desiredY} r={2.5} />))
            : null}
          <path className="jk-emotion-curve__line" d={series.path} />
          {series.points.map((point) => {
            const selected = point.touchpointId === selection;
            if (point.y === undefined)
              return <circle key={point.key} className="jk-emotion-curve__missing" cx={point.x} cy={neutralY} r={3.5} data-selected={selected || undefined} />;
            return (
              <g key={point.key} className="jk-emotion-curve__point" transform={`translate(${point.x},${point.y})`} data-pain={point.pain || undefined} data-selected={selected || undefined}>
                {selected ? <circle className="jk-emotion-curve__halo" r={POINT_RADIUS + 7} /> : null}
                {point.pain ? <circle className="jk-emotion-curve__pain-ring" r={POINT_RADIUS + 3.5} /> : null}
                <path className="jk-emotion-curve__mark" d={markerPath(series.tone.shape, selected ? POINT_RADIUS + 1.5 : POINT_RADIUS)} />
                {point.keyMoment ? <path className="jk-emotion-curve__key-moment" transform={`translate(0,${-POINT_RADIUS - 9})`} d={markerPath('star', 3.6)} /> : null}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
