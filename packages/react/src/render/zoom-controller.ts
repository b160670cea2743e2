/**
 * Horizontal zoom and pan of an element behind a small controller: the gestures
 * (`zoom-gestures.ts`) ask for transforms, the controller keeps them within the scale limits and
 * the content's edges (`zoom-transform.ts`), animates the buttons' steps and reports every new
 * transform to `onZoom`. Components create it in an effect and destroy it on unmount; they render
 * positions themselves from the transform (`x' = transform.applyX(x)`) — nothing here touches
 * their DOM beyond the listeners and `touch-action`.
 */
import { attachZoomGestures } from './zoom-gestures';
import { clampScale, constrainZoom, zoomAround, zoomIdentity, type ZoomLimits, type ZoomTransform } from './zoom-transform';

export { ZoomTransform, zoomIdentity } from './zoom-transform';

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
  /** Multiplies the scale by `factor` around `at` (pixels from the element's left edge; the centre of the viewport when not given), animated unless reduced motion. */
  zoomBy(factor: number, at?: number): void;
  /** Pans by `dx` pixels (positive moves the content right). */
  panBy(dx: number): void;
  /** Back to scale 1, no pan. */
  reset(): void;
  /** Sets scale and pan (kept within the limits). */
  setTransform(transform: { k: number; x: number }): void;
  /** The current transform. */
  transform(): ZoomTransform;
  /** Removes every listener the controller added; the element is left as it was. */
  destroy(): void;
}

function prefersReducedMotion(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Horizontal zoom and pan for `element`: Ctrl+wheel or pinch zooms at the pointer, dragging pans,
 * a horizontal wheel (or Shift+wheel) pans, a vertical wheel is left to the page; `touch-action`
 * stays `pan-y` so touch users still scroll vertically. A drag does not click what it started on.
 * @example
 * useEffect(() => {
 *   const controller = createZoomController(viewport, { minScale: 0.5, maxScale: 20, onZoom: setTransform });
 *   return () => controller.destroy();
 * }, []);
 */
export function createZoomController(element: HTMLElement, initial: ZoomControllerOptions): ZoomController {
  let options: ZoomControllerOptions = { ...initial };
  let transform: ZoomTransform = zoomIdentity;
  let frame = 0;
  /** Where a running animation is heading: a quick second click zooms on from there, not from mid-flight. */
  let heading: { k: number; x: number } | null = null;
  const previousTouchAction = element.style.touchAction;

  const limits = (): ZoomLimits => {
    const viewport = options.viewport ?? [0, element.clientWidth];
    return { scale: [options.minScale ?? 1, options.maxScale ?? 8], viewport, content: options.content ?? viewport };
  };
  const show = (next: ZoomTransform) => {
    if (next.k === transform.k && next.x === transform.x) return;
    transform = next;
    options.onZoom(next);
  };
  const apply = (k: number, x: number) => show(constrainZoom(k, x, limits()));

  /** Moves to scale `k` and pan `x`, in steps when motion is welcome. */
  const animateTo = (k: number, x: number) => {
    stopAnimation();
    const from = transform;
    const duration = prefersReducedMotion(element.ownerDocument.defaultView) ? 0 : (options.duration ?? 160);
    const raf = element.ownerDocument.defaultView?.requestAnimationFrame;
    if (duration <= 0 || !raf) return apply(k, x);
    heading = { k, x };
    const start = performance.now();
    const step = () => {
      const s = Math.min(1, Math.max(0, (performance.now() - start) / duration));
      const eased = 1 - (1 - s) ** 3;
      apply(from.k * (k / from.k) ** eased, from.x + (x - from.x) * eased);
      if (s < 1) frame = raf(step);
      else heading = null;
    };
    frame = raf(step);
  };
  function stopAnimation() {
    if (frame) element.ownerDocument.defaultView?.cancelAnimationFrame?.(frame);
    frame = 0;
    heading = null;
  }

  const detachGestures = attachZoomGestures(element, {
    current: () => transform,
    scaleLimits: () => limits().scale,
    zoomAround: (k, at, anchor) => show(zoomAround(k, at, anchor, limits())),
    panBy: (dx) => apply(transform.k, transform.x + dx),
    interrupt: stopAnimation,
  });
  element.style.touchAction = 'pan-y';

  return {
    update(next) {
      options = { ...options, ...next };
      apply(transform.k, transform.x);
    },
    zoomBy(factor, at) {
      const from = heading ?? transform;
      const k = clampScale(from.k * factor, limits().scale);
      const [v0, v1] = limits().viewport;
      const centre = at ?? (v0 + v1) / 2;
      animateTo(k, centre - ((centre - from.x) * k) / from.k);
    },
    panBy(dx) {
      apply(transform.k, transform.x + dx);
    },
    reset() {
      animateTo(1, 0);
    },
    setTransform(next) {
      stopAnimation();
      apply(next.k, next.x);
    },
    transform: () => transform,
    destroy() {
      stopAnimation();
      detachGestures();
      element.style.touchAction = previousTouchAction;
    },
  };
}
