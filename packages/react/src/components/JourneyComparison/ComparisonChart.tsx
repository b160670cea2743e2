import type { EmotionScale } from '@journeykit/core';
import { useId, useMemo, useRef } from 'react';
import type { CommonLabels } from '../../i18n/labels/common';
import type { ComparisonLabels } from '../../i18n/labels/comparison';
import { formatEmotion } from '../BuyingCenter/emotion';
import { curveGeometry, type CurveFrame, type CurveSeries } from './comparison-curves';
import { useElementWidth } from '../../hooks/useElementWidth';

/** Props of {@link ComparisonChart}. */
export interface ComparisonChartProps {
  /** Phases across, in comparison order. */
  phases: readonly { phaseId: string; name: string }[];
  /** The series to draw in this chart (one or both). */
  series: readonly CurveSeries[];
  /** The journey's emotion scale. */
  scale: EmotionScale;
  /** Caption of the chart. */
  caption: string;
  /** Narrow chart (side-by-side): shorter phase names. */
  small?: boolean;
  /** Resolved built-in labels. */
  labels: ComparisonLabels & Pick<CommonLabels, 'phase'>;
  /** Locale for numbers and lists. */
  locale: string;
}

const WIDE: CurveFrame = { width: 720, height: 210, top: 12, right: 12, bottom: 28, left: 30 };
const NARROW: CurveFrame = { width: 360, height: 180, top: 12, right: 8, bottom: 28, left: 30 };

const shorten = (name: string, max: number) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);

/**
 * Mean emotion per phase as lines: current dashed and muted, future solid. The SVG is an image
 * named by its caption; the values are also in a table for screen readers.
 */
export function ComparisonChart({ phases, series, scale, caption, small = false, labels, locale }: ComparisonChartProps) {
  const id = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  // Drawn at 1:1 (text keeps its size): the plot's width once measured, the frame's own before (server, jsdom).
  const width = useElementWidth(plotRef) ?? (small ? NARROW.width : WIDE.width);
  const frame = useMemo(() => ({ ...(small ? NARROW : WIDE), width: Math.max(200, width) }), [small, width]);
  const phaseIds = useMemo(() => phases.map((phase) => phase.phaseId), [phases]);
  const geometry = useMemo(() => curveGeometry(phaseIds, series, scale, frame), [phaseIds, series, scale, frame]);
  const maxChars = Math.max(6, Math.floor((frame.width - frame.left - frame.right) / Math.max(1, phases.length) / 6.6));
  const seriesLabel = (key: CurveSeries['key']) => (key === 'current' ? labels.comparisonCurrent : labels.comparisonFuture);
  const value = (key: CurveSeries['key'], phaseId: string) => {
    const mean = series.find((entry) => entry.key === key)?.means.get(phaseId);
    return mean === undefined || mean === null ? '–' : formatEmotion(mean, locale, scale);
  };

  return (
    <figure className="jk-comparison__chart" data-small={small || undefined}>
      <figcaption className="jk-comparison__chart-caption" id={`${id}-caption`}>
        {caption}
      </figcaption>
      <div className="jk-comparison__plot" ref={plotRef}>
      <svg className="jk-comparison__svg" viewBox={`0 0 ${frame.width} ${frame.height}`} width={frame.width} height={frame.height} role="img" aria-labelledby={`${id}-caption`}>
        <rect className="jk-comparison__band" data-tone="positive" x={frame.left} y={geometry.plotTop} width={frame.width - frame.left - frame.right} height={geometry.midY - geometry.plotTop} />
        <rect className="jk-comparison__band" data-tone="negative" x={frame.left} y={geometry.midY} width={frame.width - frame.left - frame.right} height={geometry.plotBottom - geometry.midY} />
        {geometry.ticks.map((tick) => (
          <g key={tick.value} className="jk-comparison__tick" data-mid={tick.y === geometry.midY || undefined}>
            <line x1={frame.left} x2={frame.width - frame.right} y1={tick.y} y2={tick.y} />
            <text x={frame.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {formatEmotion(tick.value, locale, scale)}
            </text>
          </g>
        ))}
        {geometry.phaseX.map((phase, index) => (
          <text key={phase.phaseId} className="jk-comparison__phase-label" x={phase.x} y={frame.height - 10} textAnchor="middle">
            {shorten(phases[index]!.name, maxChars)}
          </text>
        ))}
        {geometry.series.map((entry) => (
          <g key={entry.key} className={`jk-comparison__series jk-comparison__series--${entry.key}`} data-series={entry.key}>
            <path className="jk-comparison__line" d={entry.d} />
            {entry.points.map((point) => (
              <circle key={point.phaseId} className="jk-comparison__point" cx={point.x} cy={point.y} r={entry.key === 'future' ? 4 : 3.5} />
            ))}
            {entry.points.map((point) => {
              // Overlay: the current value goes below its point, the future value above; alone: above.
              const below = entry.key === 'current' && series.length > 1;
              return (
                <text key={`v-${point.phaseId}`} className="jk-comparison__value" x={point.x} y={point.y + (below ? 17 : -9)} textAnchor="middle" aria-hidden="true">
                  {formatEmotion(Math.round(point.value * 10) / 10, locale, scale)}
                </text>
              );
            })}
          </g>
        ))}
      </svg>
      </div>
      <table className="jk-visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.phase}</th>
            {series.map((entry) => (
              <th key={entry.key} scope="col">
                {seriesLabel(entry.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => (
            <tr key={phase.phaseId}>
              <th scope="row">{phase.name}</th>
              {series.map((entry) => (
                <td key={entry.key}>{value(entry.key, phase.phaseId)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
