import { zoomIdentity, type ZoomTransform } from '../../render/zoom-transform';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createZoomController, type ZoomController } from '../../render/zoom-controller';

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
}

/** What {@link useTimelineZoom} returns. */
export interface TimelineZoom {
  /** The current transform: place x at `transform.applyX(x)`. */
  transform: ZoomTransform;
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Pans as little as needed to show `[x, x + width]` (layout pixels) inside the viewport. */
  reveal: (x: number, width: number) => void;
}

/**
 * Attaches the zoom controller to the viewport (created in an effect, destroyed on
 * unmount); React state holds the transform the timeline renders with.
 */
export function useTimelineZoom(viewportRef: RefObject<HTMLElement | null>, options: TimelineZoomOptions): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const controller = useRef<ZoomController | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const measured = options.width ?? 0;

  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    const { start, contentEnd, minScale, maxScale, defaultScale } = latest.current;
    const visibleEnd = Math.max(start + 1, element.clientWidth || contentEnd);
    const created = createZoomController(element, { minScale, maxScale, viewport: [start, visibleEnd], content: [start, contentEnd], onZoom: setTransform });
    controller.current = created;
    if (defaultScale !== 1) created.setTransform({ k: defaultScale, x: start * (1 - defaultScale) });
    return () => {
      created.destroy();
      controller.current = null;
    };
  }, [viewportRef]);

  const { start, contentEnd, minScale, maxScale } = options;
  useEffect(() => {
    const element = viewportRef.current;
    const visibleEnd = Math.max(start + 1, measured || element?.clientWidth || contentEnd);
    controller.current?.update({ minScale, maxScale, viewport: [start, visibleEnd], content: [start, contentEnd] });
  }, [viewportRef, start, contentEnd, minScale, maxScale, measured]);

  const zoomBy = useCallback((factor: number) => controller.current?.zoomBy(factor), []);
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
