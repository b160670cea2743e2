import { useCallback, useRef, useState, type RefCallback } from 'react';

/**
 * The rendered width of an element, followed with a ResizeObserver; `fallback` until measured
 * (server rendering, jsdom, or before layout). Lets SVG charts draw at 1:1 so text keeps its size.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const measured = Math.round(node.getBoundingClientRect().width);
      if (measured > 0) setWidth((previous) => (Math.abs(previous - measured) >= 1 ? measured : previous));
    };
    update();
    observer.current = new ResizeObserver(update);
    observer.current.observe(node);
  }, []);
  return [ref, width];
}
