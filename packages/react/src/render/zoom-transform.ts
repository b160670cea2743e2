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
 * The transform closest to scale `k` and translation `x` within `limits`: the scale clamped;
 * content narrower than the viewport at that scale sits at the viewport's left edge, wider
 * content cannot be panned past either edge (no empty space before its start or after its end).
 */
export function constrainZoom(k: number, x: number, limits: ZoomLimits): ZoomTransform {
  const scale = clampScale(k, limits.scale);
  const [v0, v1Raw] = limits.viewport;
  const v1 = Math.max(v0 + 1, v1Raw);
  const [c0, c1Raw] = limits.content;
  const c1 = Math.max(c1Raw, c0 + 1);
  if ((c1 - c0) * scale <= v1 - v0 || !Number.isFinite(x)) return new ZoomTransform(scale, v0 - c0 * scale);
  // Content start at or left of the viewport's start, content end at or right of its end.
  return new ZoomTransform(scale, Math.min(v0 - c0 * scale, Math.max(v1 - c1 * scale, x)));
}

/** The transform at scale `k` (clamped) that shows the content at `anchor` (content units) at `at` (pixels), within `limits`. */
export function zoomAround(k: number, at: number, anchor: number, limits: ZoomLimits): ZoomTransform {
  const scale = clampScale(k, limits.scale);
  return constrainZoom(scale, at - anchor * scale, limits);
}

/**
 * `k` within `[min, max]`; a limit that is not a finite number > 0 does not limit, and a `k` that
 * is not one (NaN from a bad prop) becomes 1, so a transform is always drawable.
 */
export function clampScale(k: number, [min, max]: readonly [number, number]): number {
  const low = Number.isFinite(min) && min > 0 ? min : 0;
  const high = Number.isFinite(max) && max > 0 ? Math.max(low, max) : Number.POSITIVE_INFINITY;
  return Math.max(low, Math.min(high, Number.isFinite(k) && k > 0 ? k : 1));
}
