/** The canvas layer of a dense map: memoised, drawn in effects only, redrawn on scroll and resize once per frame. */
import type { DenseView, JourneyLayout } from '@journeykit/core';
import { memo, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { readDenseColors } from './colors';
import { drawDenseMap } from './draw';
import type { MarkAttributes } from './marks';

/** A layout effect in the browser (the first painted frame holds the marks); a no-op effect on the server, where React 18 would warn. */
const useDrawEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Props of {@link DenseCanvas}. */
export interface DenseCanvasProps {
  layout: JourneyLayout;
  view: DenseView;
  marks: MarkAttributes;
  /** Series colours: per persona its own colour or role token. */
  personas: { id: string; color?: string; tone: string }[];
  showDesired: boolean;
  /** The scroll container the canvas covers (its client area). */
  viewportRef: RefObject<HTMLElement | null>;
}

/**
 * A `<canvas>` over the viewport's client area (DPR-aware backing store) showing the part of the
 * map scrolled into view. Nothing is drawn during render (SSR renders an empty canvas): the draw
 * runs in a layout effect when the layout, the filtered view or the marks change — so the first
 * painted frame already shows the marks — and in a `requestAnimationFrame` after scrolling or
 * resizing. Selection, focus and popovers live outside this component and never re-render it.
 */
export const DenseCanvas = memo(function DenseCanvas({ layout, view, marks, personas, showDesired, viewportRef }: DenseCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ layout, view, marks, personas, showDesired });
  latest.current = { layout, view, marks, personas, showDesired };
  const drawRef = useRef<() => void>(() => {});
  drawRef.current = () => {
    const canvas = canvasRef.current;
    const viewport = viewportRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !viewport || !ctx) return;
    const width = viewport.clientWidth;
    const height = viewport.clientHeight;
    const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const pixelWidth = Math.max(1, Math.round(width * dpr));
    const pixelHeight = Math.max(1, Math.round(height * dpr));
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const current = latest.current;
    const colors = readDenseColors(canvas, current.personas);
    const viewportRect = { x: viewport.scrollLeft, y: viewport.scrollTop, width, height };
    const drawn = drawDenseMap(ctx, { ...current, colors, viewport: viewportRect, dpr });
    canvas.setAttribute('data-marks', String(drawn));
  };

  useDrawEffect(() => {
    drawRef.current();
  }, [layout, view, marks, personas, showDesired]);

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawRef.current();
      });
    };
    viewport.addEventListener('scroll', schedule, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    resize?.observe(viewport);
    // Theme switches (class `dark` on an ancestor) change the colours the marks are drawn with.
    const theme = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(schedule);
    for (let node: Element | null = viewport; node; node = node.parentElement) theme?.observe(node, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => {
      viewport.removeEventListener('scroll', schedule);
      resize?.disconnect();
      theme?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [viewportRef]);

  return <canvas ref={canvasRef} className="jk-dense__canvas" aria-hidden="true" />;
});
