/**
 * Zoom of the dense timeline. Semantic, not a transform: the layout is recomputed at `scale ×`
 * the base pixels per day (marks keep their size; overlapping ones unstack as the days spread
 * out), and the viewport's native scroll pans. The state is the timeline's `TimelineZoomState`,
 * so `zoom` / `defaultZoom` / `onZoomChange` mean the same as on the card timeline: content at x
 * of the layout at scale 1 is drawn at `x · scale + x` of the state (viewport pixels).
 */
import { DEFAULT_LAYOUT_SIZES, type JourneyLayout } from '@journeykit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { clampScale } from '../../render/zoom-transform';
import { useElementWidth } from '../../hooks/useElementWidth';
import { usableZoom, type TimelineZoomState } from '../TouchpointTimeline/useTimelineZoom';
import { zoomKeyFactor } from '../TouchpointTimeline/zoom-keys';

/** Pixels per day of the dense timeline at scale 1: the core layout's default. */
export const DENSE_PIXELS_PER_DAY = DEFAULT_LAYOUT_SIZES.pixelsPerDay;

/** Options of {@link useDenseZoomState}. */
export interface DenseZoomStateOptions {
  /** The zoom, controlled. */
  value?: TimelineZoomState;
  /** Scale to start at, keeping the left edge in place (uncontrolled). */
  defaultScale: number;
  /** Called with every new zoom: buttons, keys, scrolling. */
  onChange?: ((zoom: TimelineZoomState) => void) | undefined;
}

/** The zoom slice (before the layout, which depends on its scale). Pan `x` is `NaN` until known. */
export function useDenseZoomState({ value, defaultScale, onChange }: DenseZoomStateOptions) {
  return useControllableState<TimelineZoomState>({ value: usableZoom(value), defaultValue: { scale: defaultScale, x: Number.NaN }, onChange });
}

/** What {@link useDenseTimeZoom} returns: the limits and the actions of the toolbar and keys. */
export interface DenseTimeZoom {
  minScale: number;
  maxScale: number;
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Zooms on + (or =) and − (or _), resets on 0; other keys pass. */
  onZoomKey: (event: KeyboardEvent) => void;
  /** Touchpoints without a time (placed after the dated ones of their phase). */
  untimed: number;
}

/** The pan of a scroll position at `scale`: content at x (scale 1) is drawn at `x0 + (x − x0)·scale − scrollLeft`. */
function panOf(x0: number, scale: number, scrollLeft: number): number {
  return x0 * (1 - scale) - scrollLeft;
}

/**
 * The zoom's effects once the layout at the current scale exists: the viewport scrolls to the
 * state's pan (after every new layout, so a zoom step keeps its anchor day in place), scrolling
 * reports the new pan, and the buttons and keys zoom around the focused item (when in view) or
 * the middle of the visible days.
 */
export function useDenseTimeZoom(
  [zoom, setZoom]: ReturnType<typeof useDenseZoomState>,
  layout: JourneyLayout,
  viewportRef: RefObject<HTMLElement | null>,
  maxZoom: number | undefined,
  /** Where to zoom around, in viewport pixels (the focused item, when in view); the middle of the visible days otherwise. */
  anchor: () => number | undefined = () => undefined,
): DenseTimeZoom {
  // Where days are drawn: `x = x0 + (day − startDay) · pixelsPerDay` (x0 and startDay do not depend on the scale).
  const axis = layout.axis.days;
  const latest = useRef({ zoom, axis, layout, anchor });
  latest.current = { zoom, axis, layout, anchor };

  // After each layout (a new scale) or a pan given from outside: scroll to it.
  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || !axis) return;
    if (Number.isNaN(zoom.x)) return; // uncontrolled and untouched: the left edge stays
    const target = panOf(axis.x0, zoom.scale, 0) - zoom.x;
    if (Math.abs(viewport.scrollLeft - target) > 0.5) viewport.scrollLeft = Math.max(0, target);
  }, [viewportRef, layout, zoom.scale, zoom.x]); // eslint-disable-line react-hooks/exhaustive-deps

  // Scrolling pans: report it, once per frame.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return undefined;
    let frame = 0;
    const report = () => {
      frame = 0;
      const { axis: currentAxis } = latest.current;
      if (!currentAxis) return;
      setZoom((previous) => {
        const x = panOf(currentAxis.x0, previous.scale, viewport.scrollLeft);
        return Math.abs(x - previous.x) < 0.5 ? previous : { scale: previous.scale, x };
      });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(report);
    };
    viewport.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      viewport.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [viewportRef, setZoom]);

  const span = axis ? Math.max(1e-6, (axis.endDay - axis.startDay) * DENSE_PIXELS_PER_DAY) : 1;
  // Measured by a ResizeObserver (never read during render: that would force a layout).
  const measured = useElementWidth(viewportRef, axis !== undefined);
  const visible = Math.max(1, (measured ?? layout.width) - (axis?.x0 ?? 0));
  const minScale = axis ? Math.min(1, visible / span) : 1;
  const maxScale = axis ? (maxZoom ?? Math.max(4, 400 / DENSE_PIXELS_PER_DAY)) : 1;

  const zoomTo = useCallback(
    (scale: number) => {
      const { zoom: current, axis: currentAxis, anchor: anchorOf } = latest.current;
      const viewport = viewportRef.current;
      if (!currentAxis || !viewport) return;
      const next = clampScale(scale, [minScale, maxScale]);
      // Keep the day under the anchor where it is: the focused item, else the middle of the visible days.
      const at = anchorOf() ?? currentAxis.x0 + (viewport.clientWidth - currentAxis.x0) / 2;
      const scrollLeft = viewport.scrollLeft;
      const day = currentAxis.startDay + (scrollLeft + at - currentAxis.x0) / (DENSE_PIXELS_PER_DAY * current.scale);
      const nextScroll = currentAxis.x0 + (day - currentAxis.startDay) * DENSE_PIXELS_PER_DAY * next - at;
      const x = panOf(currentAxis.x0, next, Math.max(0, nextScroll));
      if (next === current.scale && Math.abs(x - current.x) < 0.5) return;
      setZoom({ scale: next, x });
    },
    [viewportRef, setZoom, minScale, maxScale],
  );
  const zoomBy = useCallback((factor: number) => zoomTo(latest.current.zoom.scale * factor), [zoomTo]);
  const reset = useCallback(() => setZoom({ scale: 1, x: 0 }), [setZoom]);
  const onZoomKey = (event: KeyboardEvent) => {
    const factor = zoomKeyFactor(event);
    if (factor === undefined) return;
    event.preventDefault();
    if (factor === 0) reset();
    else zoomBy(factor);
  };
  const untimed = useMemo(() => (axis ? untimedTouchpoints(layout) : 0), [axis, layout]);
  return { minScale, maxScale, zoomBy, reset, onZoomKey, untimed };
}

/** Touchpoints without a time on a time axis (an item in every lane they stand in: counted once). */
function untimedTouchpoints(layout: JourneyLayout): number {
  const seen = new Set<number>();
  for (const item of layout.items) if (item.day === undefined) seen.add(item.touchpointIndex);
  return seen.size;
}
