/** Hit-testing the emotion curve's points: which point a pointer is over (pure, no DOM). */
import type { CurveModel, CurvePoint } from './emotion-model';

/** Radius around a point's centre that counts as "on" it, in px: a 22 px round target. */
export const POINT_HIT_RADIUS = 11;

/** y a point is drawn and hit at: the felt emotion, else the neutral line (a "not recorded" mark). */
export function pointY(point: CurvePoint, model: CurveModel): number {
  return point.y ?? model.yOf(model.neutral);
}

/**
 * The point nearest to `(x, y)` (chart coordinates) within {@link POINT_HIT_RADIUS}, or
 * `undefined`. On a tie the later series wins (it is drawn on top). O(points).
 */
export function pointAt(model: CurveModel, x: number, y: number, radius = POINT_HIT_RADIUS): CurvePoint | undefined {
  let best: CurvePoint | undefined;
  let bestDistance = radius * radius;
  for (const series of model.series)
    for (const point of series.points) {
      const dx = point.x - x;
      if (dx > radius || dx < -radius) continue;
      const dy = pointY(point, model) - y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        best = point;
        bestDistance = distance;
      }
    }
  return best;
}
