import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Content width of an element: measured before the first paint (a layout effect, so what depends
 * on it is laid out right in the first frame — a timeline fitted to its viewport, not a frame of
 * the unfitted axis first), then followed with a ResizeObserver. `null` before the first
 * measurement, during SSR and where nothing is laid out (a hidden element, jsdom).
 * @param enabled `false` measures nothing and keeps the last width
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, enabled = true): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return undefined;
    const update = (next: number) => {
      if (next > 0) setWidth((previous) => (previous === next ? previous : next));
    };
    // The content box: the client width less the padding (what the observer reports as contentRect.width).
    const style = getComputedStyle(element);
    update(Math.floor(element.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0)));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => update(Math.floor(entries[0]?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
