import { useContext, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import { JourneyMapTimelineContext } from '../JourneyMap/JourneyMapContext';
import { pointName, type CurveLabels, type CurveModel, type CurvePoint } from './emotion-model';
import { toneStyle } from './persona-tones';
import { pointAt, pointY } from './point-hits';

type Frame = { x: number; y: number; width: number; height: number };

/** Props of {@link EmotionPoints}. */
export interface EmotionPointsProps {
  model: CurveModel;
  frame: Frame;
  selection: string | null;
  labels: CurveLabels;
  onSelect: (touchpointId: string) => void;
  /** What the points lie over (phase labels, the chart). */
  children?: ReactNode;
}

/** The point under a pointer event on the chart canvas (`currentTarget`), or `undefined`. */
function pointOfEvent(event: PointerEvent<HTMLElement> | MouseEvent<HTMLElement>, model: CurveModel, frame: Frame): CurvePoint | undefined {
  const rect = event.currentTarget.getBoundingClientRect();
  return pointAt(model, event.clientX - rect.left + frame.x, event.clientY - rect.top + frame.y);
}

/**
 * The interactive layer over the chart, one element however many points: a single focusable
 * button stands on the active point (a single tab stop; arrows move it: left/right along a
 * persona's curve, up/down to the nearest point of the next curve, Home/End; each move is a new
 * button, so screen readers announce the point). Pointers are hit-tested on the chart canvas
 * (see {@link pointAt}): hover shows the tooltip and a ring, a click selects. A button per point
 * was ~250 elements on a typical map.
 *
 * Renders the chart canvas: `children` (the chart) with the points layer over it.
 */
export function EmotionPoints({ model, frame, selection, labels, onSelect, children }: EmotionPointsProps) {
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const focusAfterRender = useRef(false);
  const cursorRef = useRef<HTMLButtonElement>(null);
  const rows = model.series.map((series) => series.points);
  const all = rows.flat();
  const focusKey = all.some((point) => point.key === active) ? active : (all.find((point) => point.touchpointId === selection)?.key ?? all[0]?.key);
  const focusPoint = all.find((point) => point.key === focusKey);
  const seriesOf = (point: CurvePoint | undefined) => (point ? model.series.find((series) => series.personaId === point.personaId) : undefined);
  const focusSeries = seriesOf(focusPoint);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    cursorRef.current?.focus();
  });

  // Under a map's zoomed timeline, a point off the visible band is brought into view with its card.
  const timeline = useContext(JourneyMapTimelineContext);
  const moveTo = (point: CurvePoint) => {
    setActive(point.key);
    setShown(point.key);
    focusAfterRender.current = true;
    timeline?.revealTouchpoint(point.touchpointId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
    if (target) moveTo(target);
  };

  const onCanvas = {
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      const key = pointOfEvent(event, model, frame)?.key ?? null;
      if (key === hovered) return;
      setHovered(key);
      if (key) setShown(key);
      else setShown((current) => (current === hovered ? null : current));
    },
    onPointerLeave: () => {
      setShown((current) => (current === hovered ? null : current));
      setHovered(null);
    },
    onClick: (event: MouseEvent<HTMLDivElement>) => {
      if (event.target === cursorRef.current) return; // the button's own click
      const point = pointOfEvent(event, model, frame);
      if (!point) return;
      moveTo(point);
      onSelect(point.touchpointId);
    },
  };

  const tooltipPoint = all.find((point) => point.key === shown);
  // Every persona whose point coincides with the shown one (they share the touchpoint, so the same scores).
  const tooltipSeries = tooltipPoint
    ? model.series.filter((series) => series.points.some((point) => point.touchpointId === tooltipPoint.touchpointId && point.y === tooltipPoint.y && point.x === tooltipPoint.x))
    : [];
  const tooltipY = tooltipPoint ? pointY(tooltipPoint, model) - frame.y : 0;
  const below = tooltipY < frame.height / 2; // upper half: the tooltip hangs below the point, so the scroller never clips it
  const hoveredPoint = hovered && hovered !== focusKey ? all.find((point) => point.key === hovered) : undefined;
  const hoveredSeries = seriesOf(hoveredPoint);

  return (
    <div className="jk-emotion-curve__canvas" style={{ width: frame.width, height: frame.height }} data-hover={hovered ? 'point' : undefined} {...onCanvas}>
      {children}
      <div className="jk-emotion-curve__points" role="toolbar" aria-label={labels.touchpoints} aria-orientation="horizontal" onKeyDown={onKeyDown}>
        {focusPoint && focusSeries ? (
          <button
            key={focusPoint.key}
            ref={cursorRef}
            type="button"
            data-key={focusPoint.key}
            className="jk-emotion-curve__hit"
            data-tone={focusSeries.tone.tone}
            data-hover={hovered === focusPoint.key ? 'true' : undefined}
            style={{ left: focusPoint.x - frame.x, top: pointY(focusPoint, model) - frame.y, ...toneStyle(focusSeries.tone) }}
            aria-label={pointName(focusPoint, focusSeries.name, model, labels)}
            aria-pressed={focusPoint.touchpointId === selection}
            onClick={() => onSelect(focusPoint.touchpointId)}
            onFocus={() => {
              setActive(focusPoint.key);
              setShown(focusPoint.key);
            }}
            onBlur={() => setShown((current) => (current === focusPoint.key && hovered !== current ? null : current))}
          />
        ) : null}
        {hoveredPoint && hoveredSeries ? (
          <span
            className="jk-emotion-curve__hit"
            data-hover="true"
            aria-hidden="true"
            data-tone={hoveredSeries.tone.tone}
            style={{ left: hoveredPoint.x - frame.x, top: pointY(hoveredPoint, model) - frame.y, ...toneStyle(hoveredSeries.tone) }}
          />
        ) : null}
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
    </div>
  );
}
