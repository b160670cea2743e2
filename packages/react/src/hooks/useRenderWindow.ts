import type { LayoutRect } from '@journeykit/core';
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { CAPTURE_DONE_EVENT, EXPAND_FOR_CAPTURE_EVENT } from '../render/capture-events';

/**
 * What part of a scrolled map to render: `'all'` (the whole content), `'pending'` (nothing yet:
 * the viewport is measured right after this first commit, before the browser paints) or a
 * rectangle in content pixels (the visible part plus a margin on every side).
 */
export type RenderWindow = 'all' | 'pending' | LayoutRect;

const subscribeNever = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * The rendered rectangle for a viewport showing `left…left + width` × `top…top + height`: the view
 * plus a margin on every side of at least a quarter of the view (160 px at least), snapped to
 * steps of that quarter, so a scroll re-renders only when it crosses a step.
 */
export function renderWindowFor(left: number, top: number, width: number, height: number): LayoutRect {
  const stepX = Math.max(160, Math.ceil(width / 4));
  const stepY = Math.max(160, Math.ceil(height / 4));
  const x = (Math.floor(left / stepX) - 1) * stepX;
  const y = (Math.floor(top / stepY) - 1) * stepY;
  return { x, y, width: width + 3 * stepX, height: height + 3 * stepY };
}

const sameRect = (a: RenderWindow, b: LayoutRect) => typeof a === 'object' && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Windowing of a scroll container: which part of its content is worth rendering. Follows the
 * container's scroll position and size (a scroll re-renders only when it crosses a step of
 * {@link renderWindowFor}). Everything is rendered where nothing can be measured (server
 * rendering and the hydration pass, a container without a size — hidden, or a DOM without
 * layout such as jsdom), while printing (`beforeprint` … `afterprint`) and while an export
 * captures the container ({@link EXPAND_FOR_CAPTURE_EVENT}).
 * @param viewportRef the scroll container (content coordinates start at its top-left corner)
 * @param enabled `false` always renders everything
 */
export function useRenderWindow(viewportRef: RefObject<HTMLElement | null>, enabled: boolean): RenderWindow {
  // false during server rendering and hydration (the server rendered everything), true after.
  const measurable = useSyncExternalStore(subscribeNever, onClient, onServer);
  const [state, setState] = useState<RenderWindow>('pending');
  useLayoutEffect(() => {
    const element = viewportRef.current;
    if (!enabled || !measurable || !element) return undefined;
    let expanded = false;
    const measure = () => {
      if (expanded) return;
      const { clientWidth: width, clientHeight: height } = element;
      if (!(width > 0 && height > 0)) {
        setState('all');
        return;
      }
      const next = renderWindowFor(element.scrollLeft, element.scrollTop, width, height);
      setState((previous) => (sameRect(previous, next) ? previous : next));
    };
    // Everything, committed before the caller goes on (an export clones the DOM next; print lays it out).
    const expand = () => {
      expanded = true;
      flushSync(() => setState('all'));
    };
    const collapse = () => {
      expanded = false;
      measure();
    };
    measure();
    const view = element.ownerDocument.defaultView;
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    resize?.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    element.addEventListener(EXPAND_FOR_CAPTURE_EVENT, expand);
    element.addEventListener(CAPTURE_DONE_EVENT, collapse);
    view?.addEventListener('beforeprint', expand);
    view?.addEventListener('afterprint', collapse);
    return () => {
      resize?.disconnect();
      element.removeEventListener('scroll', measure);
      element.removeEventListener(EXPAND_FOR_CAPTURE_EVENT, expand);
      element.removeEventListener(CAPTURE_DONE_EVENT, collapse);
      view?.removeEventListener('beforeprint', expand);
      view?.removeEventListener('afterprint', collapse);
    };
  }, [viewportRef, enabled, measurable]);
  if (!enabled || !measurable) return 'all';
  return state;
}
