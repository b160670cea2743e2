import { useState, type KeyboardEvent } from 'react';
import type { JourneyLabels } from '../../i18n/labels';
import { pointName, type CurveModel, type CurvePoint } from './emotion-model';
import { toneStyle } from './persona-tones';

/** Props of {@link EmotionPoints}. */
export interface EmotionPointsProps {
  model: CurveModel;
  frame: { x: number; y: number; width: number; height: number };
  selection: string | null;
  labels: JourneyLabels;
  onSelect: (touchpointId: string) => void;
}

/** y a point's button sits at: the felt emotion, else the neutral line (a "not recorded" mark). */
const yOf = (point: CurvePoint, model: CurveModel) => point.y ?? model.yOf(model.neutral);

/**
 * The interactive layer over the chart: one button per point (a single tab stop, arrows move:
 * left/right along a persona's curve, up/down to the nearest point of the next curve, Home/End),
 * and a tooltip for the hovered or focused point, absolutely positioned (no layout shift).
 */
export function EmotionPoints({ model, frame, selection, labels, onSelect }: EmotionPointsProps) {
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const rows = model.series.map((series) => series.points);
  const all = rows.flat();
  const focusKey = all.some((point) => point.key === active) ? active : (all.find((point) => point.touchpointId === selection)?.key ?? all[0]?.key);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows.findIndex((points) => points.some((point) => point.key === focusKey));
    if (row < 0) return;
    const points = rows[row]!;
    const index = points.findIndex((point) => point.key === focusKey);
    const nearestIn = (target: CurvePoint[]) =>
      target.reduce<CurvePoint | undefined>((best, point) => (!best || Math.abs(point.x - points[index]!.x) < Math.abs(best.x - points[index]!.x) ? point : best), undefined);
    const nextRow = (step: number) => {
      for (let r = row + step; r >= 0 && r < rows.length; r += step) if (rows[r]!.length > 0) return nearestIn(rows[r]!);
      return undefined;
    };
    const targets: Record<string, CurvePoint | undefined> = {
      ArrowRight: points[index + 1],
      ArrowLeft: points[index - 1],
      ArrowDown: nextRow(1),
      ArrowUp: nextRow(-1),
      Home: points[0],
      End: points[points.length - 1],
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    const target = targets[event.key];
    if (!target) return;
    setActive(target.key);
    setShown(target.key);
    Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-key]'))
      .find((element) => element.dataset.key === target.key)
      ?.focus();
  };

  const tooltipPoint = all.find((point) => point.key === shown);
  // Every persona whose point coincides with the hovered one (they share the touchpoint, so the same scores).
  const tooltipSeries = tooltipPoint
    ? model.series.filter((series) => series.points.some((point) => point.touchpointId === tooltipPoint.touchpointId && point.y === tooltipPoint.y && point.x === tooltipPoint.x))
    : [];
  const tooltipY = tooltipPoint ? yOf(tooltipPoint, model) - frame.y : 0;
  const below = tooltipY < frame.height / 2; // upper half: the tooltip hangs below the point, so the scroller never clips it

  return (
    <div className="jk-emotion-curve__points" role="toolbar" aria-label={labels.touchpoints} aria-orientation="horizontal" onKeyDown={move}>
      {model.series.map((series) =>
        series.points.map((point) => (
          <button
            key={point.key}
            type="button"
            data-key={point.key}
            className="jk-emotion-curve__hit"
            data-tone={series.tone.tone}
            style={{ left: point.x - frame.x, top: yOf(point, model) - frame.y, ...toneStyle(series.tone) }}
            tabIndex={point.key === focusKey ? 0 : -1}
            aria-label={pointName(point, series.name, model, labels)}
            aria-pressed={point.touchpointId === selection}
            onClick={() => onSelect(point.touchpointId)}
            onFocus={() => {
              setActive(point.key);
              setShown(point.key);
            }}
            onBlur={() => setShown((current) => (current === point.key ? null : current))}
            onMouseEnter={() => setShown(point.key)}
            onMouseLeave={() => setShown((current) => (current === point.key ? null : current))}
          />
        )),
      )}
      {tooltipPoint && tooltipSeries.length > 0 ? (
        <div
          className="jk-emotion-curve__tooltip"
          aria-hidden="true"
          data-placement={below ? 'below' : 'above'}
          style={{ left: Math.min(Math.max(tooltipPoint.x - frame.x, 110), frame.width - 110), top: tooltipY }}
        >
          <span className="jk-emotion-curve__tooltip-title">{tooltipPoint.title}</span>
          {tooltipSeries.map((series) => (
            <span key={series.personaId} className="jk-emotion-curve__tooltip-persona" data-tone={series.tone.tone} style={toneStyle(series.tone)}>
              {series.name}
            </span>
          ))}
          <span className="jk-emotion-curve__tooltip-scores">
            {labels.emotion} <strong>{model.score(tooltipPoint.emotion, labels.notSet)}</strong>
            <span aria-hidden="true"> · </span>
            {labels.desired} <strong>{model.score(tooltipPoint.desired, labels.notSet)}</strong>
          </span>
          {tooltipPoint.pain ? <span className="jk-emotion-curve__tooltip-flag">{labels.painPoint}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
