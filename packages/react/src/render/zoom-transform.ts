/**
 * The horizontal zoom transform of the timeline and the rule that keeps it within its limits:
 * pure math, no DOM (the gestures live in `zoom-gestures.ts`, the controller in `zoom-controller.ts`).
 */

/** A horizontal zoom: content at `x` is shown at `x · k + x0`; vertical positions are untouched. */
export class ZoomTransform {
  /** Always 0: the zoom is horizontal only. */
  readonly y = 0;
  constructor(
    /** The scale factor. */
    readonly k: number,
    /** The horizontal translation, in pixels. */
    readonly x: number,
  ) {}
  /** Where content at `x` is shown. */
  applyX(x: number): number {
    return x * this.k + this.x;
  }
  /** The content position shown at `x` (the inverse of {@link ZoomTransform.applyX}). */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }
}

/** Scale 1, no pan. */
export const zoomIdentity = new ZoomTransform(1, 0);

/** The limits a transform is kept within. */
export interface ZoomLimits {
  /** Smallest and largest scale. */
  scale: readonly [number, number];
  /** Horizontal range `[x0, x1]` of the element where content is visible, in pixels. */
  viewport: readonly [number, number];
  /** Horizontal range `[x0, x1]` of the content at scale 1. */
  content: readonly [number, number];
}

/**
 * The transform closest to scale `k` and translation `x` within `limits`: the scale clamped, and
 * the content covering the viewport — content narrower than the viewport stays at its left edge
 * (the content range is widened to the viewport's width first), wider content cannot be panned
 * past either edge.
 */
export function constrainZoom(k: number, x: number, limits: ZoomLimits): ZoomTransform {
  const [minScale, maxScale] = limits.scale;
  const scale = Math.max(minScale, Math.min(maxScale, k));
  const [v0, v1Raw] = limits.viewport;
  const v1 = Math.max(v0 + 1, v1Raw);
  const [c0, c1Raw] = limits.content;
  const c1 = Math.max(c1Raw, c0 + (v1 - v0), c0 + 1);
  // How far the viewport edges (in content units) lie beyond the content edges.
  const before = (v0 - x) / scale - c0;
  const after = (v1 - x) / scale - c1;
  const shift = after > before ? (before + after) / 2 : Math.min(0, before) || Math.max(0, after);
  return new ZoomTransform(scale, x + scale * shift);
}

/** The transform at scale `k` (clamped) that shows the content at `anchor` (content units) at `at` (pixels), within `limits`. */
export function zoomAround(k: number, at: number, anchor: number, limits: ZoomLimits): ZoomTransform {
  const [minScale, maxScale] = limits.scale;
  const scale = Math.max(minScale, Math.min(maxScale, k));
  return constrainZoom(scale, at - anchor * scale, limits);
}
