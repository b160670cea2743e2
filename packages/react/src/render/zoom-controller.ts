/**
 * The one imperative d3 piece of the library: horizontal zoom and pan of an element through
 * d3-zoom, behind a small controller. Components create it in an effect and destroy it on
 * unmount; they render positions themselves from the transform passed to `onZoom`
 * (`x' = transform.applyX(x)`), d3 never touches their DOM.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export type { ZoomTransform } from 'd3-zoom';

/** Options of {@link createZoomController}; every one can be changed later with `update`. */
export interface ZoomControllerOptions {
  /** Smallest scale. @default 1 */
  minScale?: number;
  /** Largest scale. @default 8 */
  maxScale?: number;
  /** Horizontal range `[x0, x1]` of the element where content is visible, in pixels (zoom buttons zoom around its centre). @default [0, the element's `clientWidth`] */
  viewport?: [number, number];
  /** Horizontal range `[x0, x1]` of the content at scale 1: panning stops at its edges. @default the viewport */
  content?: [number, number];
  /** Duration of the animated `zoomBy`/`reset`, in ms; 0 when the user prefers reduced motion. @default 160 */
  duration?: number;
  /** Called with every new transform (wheel, pinch, drag, buttons); its `y` is always 0. */
  onZoom: (transform: ZoomTransform) => void;
}

/** What {@link createZoomController} returns. */
export interface ZoomController {
  /** Changes options (scale limits, widths, callback); the current transform is kept within the new limits. */
  update(options: Partial<ZoomControllerOptions>): void;
  /** Multiplies the scale by `factor` around the centre of the viewport (animated unless reduced motion). */
  zoomBy(factor: number): void;
  /** Pans by `dx` pixels (positive moves the content right). */
  panBy(dx: number): void;
  /** Back to scale 1, no pan. */
  reset(): void;
  /** Sets scale and pan (kept within the limits). */
  setTransform(transform: { k: number; x: number }): void;
  /** The current transform. */
  transform(): ZoomTransform;
  /** Removes every listener d3-zoom and the controller added; the element is left as it was. */
  destroy(): void;
}

type Extent = [[number, number], [number, number]];

/** Keeps the content covering the viewport horizontally and the transform purely horizontal. */
function constrain(transform: ZoomTransform, extent: Extent, translateExtent: Extent): ZoomTransform {
  const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
  const shifted = transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), 0);
  return zoomIdentity.translate(shifted.x, 0).scale(shifted.k);
}

function prefersReducedMotion(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Horizontal zoom and pan for `element`: Ctrl+wheel or pinch zooms at the pointer, dragging pans,
 * a horizontal wheel (or Shift+wheel) pans, a vertical wheel is left to the page. Wraps d3-zoom
 * (+ d3-selection); `touch-action` stays `pan-y` so touch users still scroll vertically.
 * @example
 * useEffect(() => {
 *   const controller = createZoomController(viewport, { minScale: 0.5, maxScale: 20, onZoom: setTransform });
 *   return () => controller.destroy();
 * }, []);
 */
export function createZoomController(element: HTMLElement, initial: ZoomControllerOptions): ZoomController {
  let options: ZoomControllerOptions = { ...initial };
  let frame = 0;
  /** Where a running animation is heading: a quick second click zooms on from there, not from mid-flight. */
  let target: { k: number; x: number } | null = null;
  const selection: Selection<HTMLElement, unknown, null, undefined> = select(element);
  const previousTouchAction = element.style.touchAction;

  const viewport = (): [number, number] => options.viewport ?? [0, element.clientWidth];
  const extent = (): Extent => {
    const [x0, x1] = viewport();
    return [
      [x0, 0],
      [Math.max(x0 + 1, x1), 1],
    ];
  };
  /** The content, at least as wide as the viewport and starting at its left edge (short content stays left-aligned). */
  const translateExtent = (): Extent => {
    const [v0, v1] = viewport();
    const [c0, c1] = options.content ?? [v0, v1];
    return [
      [c0, 0],
      [Math.max(c1, c0 + (v1 - v0), c0 + 1), 1],
    ];
  };

  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // Wheel zooms only with Ctrl (pinch gestures set it); drags need the primary button and a window (synthetic events may have none).
    .filter((event: Event) =>
      event.type === 'wheel' ? (event as WheelEvent).ctrlKey : !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey && (event as UIEvent).view != null,
    )
    .constrain(constrain)
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => options.onZoom(event.transform));

  const configure = () => {
    behavior
      .scaleExtent([options.minScale ?? 1, options.maxScale ?? 8])
      .extent(extent())
      .translateExtent(translateExtent());
  };
  configure();
  selection.call(behavior).on('dblclick.zoom', null);
  element.style.touchAction = 'pan-y';

  const current = (): ZoomTransform => (element as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  const apply = (k: number, x: number) => {
    const [min, max] = behavior.scaleExtent();
    const clamped = Math.max(min, Math.min(max, k));
    behavior.transform(selection, constrain(zoomIdentity.translate(x, 0).scale(clamped), extent(), translateExtent()));
  };

  /** Moves to scale `k` keeping the viewport centre in place, in steps when motion is welcome. */
  const animateTo = (k: number, x: number) => {
    cancelAnimationFrameSafe(frame);
    const from = current();
    target = { k, x };
    const duration = prefersReducedMotion(element.ownerDocument.defaultView) ? 0 : (options.duration ?? 160);
    const raf = element.ownerDocument.defaultView?.requestAnimationFrame;
    if (duration <= 0 || !raf) {
      target = null;
      return apply(k, x);
    }
    const start = performance.now();
    const step = () => {
      const s = Math.min(1, Math.max(0, (performance.now() - start) / duration));
      const eased = 1 - (1 - s) ** 3;
      apply(from.k * (k / from.k) ** eased, from.x + (x - from.x) * eased);
      if (s < 1) frame = raf(step);
      else target = null;
    };
    frame = raf(step);
  };
  function cancelAnimationFrameSafe(id: number) {
    if (id) element.ownerDocument.defaultView?.cancelAnimationFrame?.(id);
    frame = 0;
    target = null;
  }

  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) return; // d3-zoom zooms
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (dx === 0 || (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY))) return; // vertical: the page scrolls
    event.preventDefault();
    const t = current();
    apply(t.k, t.x - dx * (event.deltaMode === 1 ? 16 : 1));
  };
  element.addEventListener('wheel', onWheel, { passive: false });

  return {
    update(next) {
      options = { ...options, ...next };
      configure();
      const t = current();
      apply(t.k, t.x);
    },
    zoomBy(factor) {
      const t = target ?? current();
      const [min, max] = behavior.scaleExtent();
      const k = Math.max(min, Math.min(max, t.k * factor));
      const [v0, v1] = viewport();
      const centre = (v0 + v1) / 2;
      animateTo(k, centre - ((centre - t.x) * k) / t.k);
    },
    panBy(dx) {
      const t = current();
      apply(t.k, t.x + dx);
    },
    reset() {
      animateTo(1, 0);
    },
    setTransform(t) {
      cancelAnimationFrameSafe(frame);
      apply(t.k, t.x);
    },
    transform: current,
    destroy() {
      cancelAnimationFrameSafe(frame);
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      element.style.touchAction = previousTouchAction;
    },
  };
}
