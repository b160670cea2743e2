/**
 * The pointer and wheel gestures of the horizontal zoom, on one element: Ctrl+wheel (and the
 * trackpad pinch, which browsers send as Ctrl+wheel) zooms at the pointer, a horizontal wheel (or
 * Shift+wheel) pans, dragging with the mouse, a pen or one finger pans, two fingers pinch-zoom. A
 * vertical wheel and vertical touch moves are left to the page (the controller sets
 * `touch-action: pan-y`). The gestures only ask for transforms; the controller keeps them within
 * its limits and reports them.
 */
import { clampScale, type ZoomTransform } from './zoom-transform';

/** What the gestures drive: {@link attachZoomGestures} reads the transform and asks for new ones. */
export interface ZoomGestureTarget {
  /** The transform shown now. */
  current(): ZoomTransform;
  /** The smallest and largest scale. */
  scaleLimits(): readonly [number, number];
  /** Show scale `k` with the content at `anchor` (content units) at `at` (pixels from the element's left edge). */
  zoomAround(k: number, at: number, anchor: number): void;
  /** Pan by `dx` pixels (positive moves the content right). */
  panBy(dx: number): void;
  /** A gesture starts: stop any animation. */
  interrupt(): void;
}

/** A wheel gesture ends this long after its last event; until then it keeps its anchor (as d3-zoom). */
const WHEEL_IDLE_MS = 150;
/** A press that moved farther than this (pixels) was a drag: the click that follows it is swallowed. */
const CLICK_DISTANCE = 3;

interface Point {
  x: number;
  y: number;
}

/** The wheel's zoom exponent (base 2), as d3-zoom's default for Ctrl+wheel. */
function wheelExponent(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 10;
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Adds the gestures to `element`; returns the function that removes every listener again. */
export function attachZoomGestures(element: HTMLElement, target: ZoomGestureTarget): () => void {
  const view = element.ownerDocument.defaultView;
  /** The running wheel zoom: where it started (pixels) and the content under that point. */
  let wheel: { at: number; anchor: number; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Pointers pressed on the element (at most two), in element coordinates. */
  const pointers = new Map<number, Point>();
  /** The running drag or pinch: the content under the pointer (or the fingers' midpoint), the scale and finger distance at its start. */
  let press: { anchor: number; scale: number; distance: number } | null = null;
  let pressOrigin: Point = { x: 0, y: 0 };
  let moved = false;
  /** Swallows the one click that follows a drag (as d3-drag); gone after it, at the next press or the next task. */
  const swallowClick = (event: Event) => {
    swallow(event);
    stopSwallowingClick();
  };
  const stopSwallowingClick = () => view?.removeEventListener('click', swallowClick, true);

  const locate = (event: MouseEvent): Point => {
    const box = element.getBoundingClientRect();
    return { x: event.clientX - box.left - element.clientLeft, y: event.clientY - box.top - element.clientTop };
  };
  const clampToLimits = (k: number) => clampScale(k, target.scaleLimits());

  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) return wheelZoom(event);
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (dx === 0 || (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY))) return; // vertical: the page scrolls
    event.preventDefault();
    target.panBy(-dx * (event.deltaMode === 1 ? 16 : 1));
  };
  const wheelZoom = (event: WheelEvent) => {
    const t = target.current();
    const k = clampToLimits(t.k * 2 ** wheelExponent(event));
    const at = locate(event).x;
    if (wheel) clearTimeout(wheel.timer);
    else if (k === t.k) return; // at its limit: the wheel is the page's (e.g. the browser's own zoom)
    else target.interrupt();
    // A running wheel zoom keeps the content under the pointer where it started, until the pointer moves.
    const anchor = wheel && wheel.at === at ? wheel.anchor : t.invertX(at);
    event.preventDefault();
    wheel = { at, anchor, timer: setTimeout(() => (wheel = null), WHEEL_IDLE_MS) };
    target.zoomAround(k, at, anchor);
  };

  /** The point a press follows: the one pointer, or the midpoint of two; and the fingers' distance. */
  const pressed = (): { at: number; distance: number } => {
    const [a, b] = [...pointers.values()] as [Point, Point | undefined];
    if (!b) return { at: a.x, distance: 0 };
    return { at: (a.x + b.x) / 2, distance: Math.hypot(b.x - a.x, b.y - a.y) };
  };
  /** (Re)starts the press from the current transform, when a pointer is added or lifted. */
  const anchorPress = () => {
    const t = target.current();
    const { at, distance } = pressed();
    press = { anchor: t.invertX(at), scale: t.k, distance };
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!view || pointers.size >= 2 || pointers.has(event.pointerId)) return;
    if (event.pointerType === 'mouse' && (event.button !== 0 || event.ctrlKey)) return;
    const point = locate(event);
    // A press on the element's own scrollbar drags the scrollbar, not the content.
    if (element.clientWidth > 0 && (point.x > element.clientWidth || point.y > element.clientHeight)) return;
    if (pointers.size === 0) {
      stopSwallowingClick();
      track(true);
      moved = false;
      pressOrigin = { x: event.clientX, y: event.clientY };
    }
    pointers.set(event.pointerId, point);
    target.interrupt();
    anchorPress();
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!press || !pointers.has(event.pointerId)) return;
    pointers.set(event.pointerId, locate(event));
    if (!moved && Math.hypot(event.clientX - pressOrigin.x, event.clientY - pressOrigin.y) > CLICK_DISTANCE) moved = true;
    const { at, distance } = pressed();
    const k = press.distance > 0 && distance > 0 ? clampToLimits(press.scale * (distance / press.distance)) : target.current().k;
    target.zoomAround(k, at, press.anchor);
  };
  const onPointerEnd = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    if (pointers.size > 0) return anchorPress();
    press = null;
    track(false);
    if (moved && event.type === 'pointerup' && view) {
      // The click that follows a drag is not a click on what lies under the pointer.
      view.addEventListener('click', swallowClick, true);
      setTimeout(stopSwallowingClick, 0);
    }
  };
  /** While pressed: follow the pointers anywhere in the window, and no text selection or native drag. */
  function track(on: boolean) {
    if (!view) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    view[method]('pointermove', onPointerMove as EventListener);
    view[method]('pointerup', onPointerEnd as EventListener);
    view[method]('pointercancel', onPointerEnd as EventListener);
    view[method]('selectstart', swallow, true);
    view[method]('dragstart', swallow, true);
  }

  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('pointerdown', onPointerDown);
  return () => {
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('pointerdown', onPointerDown);
    if (wheel) clearTimeout(wheel.timer);
    wheel = null;
    if (pointers.size > 0) track(false);
    stopSwallowingClick();
    pointers.clear();
    press = null;
  };
}
