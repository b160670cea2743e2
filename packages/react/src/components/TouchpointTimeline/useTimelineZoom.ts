import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { createZoomController, type ZoomController } from '../../render/zoom-controller';
import { constrainZoom, type ZoomTransform } from '../../render/zoom-transform';

/**
 * The timeline's zoom, as the `zoom` / `onZoomChange` props carry it: content at layout x (pixels
 * of the unzoomed layout, lane headers included) is drawn at `x · scale + x` of this. Pixels, as
 * xyflow's viewport: keep it for the same width (two timelines side by side, a re-mount), not
 * across widths.
 */
export interface TimelineZoomState {
  /** 1 = the layout as computed; larger zooms in. */
  scale: number;
  /** Horizontal pan in pixels (≤ 0 once panned into the journey). */
  x: number;
}

const reported = new Set<string>();

/**
 * A controlled `zoom` as the timelines can use it: a finite `scale` > 0 and a finite `x`. Anything
 * else is ignored (the timeline stays uncontrolled) with one console warning naming the field —
 * a bad prop never breaks the host page.
 */
export function usableZoom(value: TimelineZoomState | undefined): TimelineZoomState | undefined {
  if (value === undefined) return undefined;
  const problem = !(Number.isFinite(value?.scale) && value.scale > 0)
    ? `zoom.scale must be a finite number > 0; received ${String(value?.scale)}`
    : !Number.isFinite(value.x)
      ? `zoom.x must be a finite number; received ${String(value.x)}`
      : undefined;
  if (problem === undefined) return value;
  if (!reported.has(problem)) {
    reported.add(problem);
    console.warn(`[journeykit] TouchpointTimeline: ${problem} — ignored, the zoom stays uncontrolled.`);
  }
  return undefined;
}

/** Options of {@link useTimelineZoom}. */
export interface TimelineZoomOptions {
  /** Left edge of the zoomable area (the lane header column stays put). */
  start: number;
  /** Right edge of the content at scale 1 (the layout width). */
  contentEnd: number;
  minScale: number;
  maxScale: number;
  /** Scale to start at, keeping the left edge in place. */
  defaultScale: number;
  /** Measured width of the viewport, when known. */
  width: number | null;
  /** The zoom, controlled: gestures and buttons only report through `onChange`. */
  value?: TimelineZoomState;
  /** Called with every new zoom (gestures, buttons, keys, focus moving an item into view). */
  onChange?: (zoom: TimelineZoomState) => void;
}

/** What {@link useTimelineZoom} returns. */
export interface TimelineZoom {
  /** The current transform: place x at `transform.applyX(x)`. */
  transform: ZoomTransform;
  /** Zooms by `factor` around the viewport's centre, or around the item at layout x `aroundX` while it is in view. */
  zoomBy: (factor: number, aroundX?: number) => void;
  reset: () => void;
  /** Pans as little as needed to show `[x, x + width]` (layout pixels) inside the viewport. */
  reveal: (x: number, width: number) => void;
}

/**
 * Attaches the zoom controller to the viewport (created in an effect, destroyed on unmount); a
 * controllable state slice (`value` / default scale / `onChange`) holds the zoom the timeline
 * renders with, and the controller follows it.
 */
export function useTimelineZoom(viewportRef: RefObject<HTMLElement | null>, options: TimelineZoomOptions): TimelineZoom {
  const [zoom, setZoom] = useControllableState<TimelineZoomState>({
    value: usableZoom(options.value),
    // The default scale keeps the left edge of the zoomable area in place.
    defaultValue: { scale: options.defaultScale, x: options.start * (1 - options.defaultScale) },
    onChange: options.onChange,
  });
  const measured = options.width ?? 0;
  const { start, contentEnd, minScale, maxScale } = options;
  // Rendered within the limits even when a controlled zoom is not (the controller reports the correction).
  const transform = useMemo(
    () => constrainZoom(zoom.scale, zoom.x, { scale: [minScale, maxScale], viewport: [start, Math.max(start + 1, measured || contentEnd)], content: [start, contentEnd] }),
    [zoom.scale, zoom.x, minScale, maxScale, start, measured, contentEnd],
  );
  const controller = useRef<ZoomController | null>(null);
  /** Zooms the controller reported and React has not rendered yet (an animation runs ahead of rendering). */
  const echoes = useRef<TimelineZoomState[]>([]);
  const latest = useRef({ ...options, zoom });
  latest.current = { ...options, zoom };
  /** Right edge of the visible part of the viewport: measured, else read, else the content's end. */
  const visibleEndOf = useCallback(() => {
    const { start: left, contentEnd: end, width } = latest.current;
    return Math.max(left + 1, width || viewportRef.current?.clientWidth || end);
  }, [viewportRef]);

  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    const { start, contentEnd, minScale, maxScale } = latest.current;
    const visibleEnd = visibleEndOf();
    const onZoom = (next: ZoomTransform) => {
      echoes.current = [...echoes.current.slice(-15), { scale: next.k, x: next.x }];
      setZoom((previous) => (previous.scale === next.k && previous.x === next.x ? previous : { scale: next.k, x: next.x }));
    };
    const created = createZoomController(element, { minScale, maxScale, viewport: [start, visibleEnd], content: [start, contentEnd], onZoom });
    controller.current = created;
    created.setTransform({ k: latest.current.zoom.scale, x: latest.current.zoom.x });
    return () => {
      created.destroy();
      controller.current = null;
    };
  }, [viewportRef, setZoom, visibleEndOf]);

  // A zoom given from outside (controlled): the controller follows it; kept within the limits, it
  // reports the corrected zoom back. One the controller reported itself is an echo: by the time it
  // renders, an animation or a drag may have moved on, and must not be pulled back.
  useEffect(() => {
    const echo = echoes.current.findIndex((seen) => seen.scale === zoom.scale && seen.x === zoom.x);
    if (echo >= 0) {
      echoes.current = echoes.current.slice(echo + 1);
      return;
    }
    const current = controller.current?.transform();
    if (current && (current.k !== zoom.scale || current.x !== zoom.x)) controller.current?.setTransform({ k: zoom.scale, x: zoom.x });
  }, [zoom.scale, zoom.x]);

  useEffect(() => {
    controller.current?.update({ minScale, maxScale, viewport: [start, visibleEndOf()], content: [start, contentEnd] });
  }, [visibleEndOf, start, contentEnd, minScale, maxScale, measured]);

  const zoomBy = useCallback(
    (factor: number, aroundX?: number) => {
      const current = controller.current;
      if (!current) return;
      const at = aroundX === undefined ? undefined : current.transform().applyX(aroundX);
      current.zoomBy(factor, at !== undefined && at >= latest.current.start && at <= visibleEndOf() ? at : undefined);
    },
    [visibleEndOf],
  );
  const reset = useCallback(() => controller.current?.reset(), []);
  const reveal = useCallback(
    (x: number, itemWidth: number) => {
      const current = controller.current;
      const element = viewportRef.current;
      if (!current || !element) return;
      const t = current.transform();
      const left = t.applyX(x);
      const visibleEnd = element.clientWidth || measured;
      const margin = 12;
      if (left < latest.current.start + margin) current.panBy(latest.current.start + margin - left);
      else if (visibleEnd > 0 && left + itemWidth > visibleEnd - margin) current.panBy(visibleEnd - margin - left - itemWidth);
    },
    [viewportRef, measured],
  );
  return { transform, zoomBy, reset, reveal };
}
