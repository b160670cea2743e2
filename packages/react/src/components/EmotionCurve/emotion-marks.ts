import { path, type Path } from 'd3-path';
import type { CanvasPath_D3Shape } from 'd3-shape';
import type { CurveSeries } from './emotion-model';
import { MARKER_SYMBOLS, type MarkerShape } from './persona-tones';

/**
 * The marks of one series as a few combined SVG paths instead of an element per point: a typical
 * map (200 touchpoints × 10 personas) would otherwise spend over a thousand DOM elements on dots.
 * Each string holds one subpath per mark; the interactive, named points are the HTML buttons on top.
 */
export interface SeriesMarks {
  /** The persona's marker at each recorded emotion. */
  marks: string;
  /** A ring behind each pain point. */
  painRings: string;
  /** A star above each key moment. */
  keyMoments: string;
  /** A small circle at each desired emotion. */
  desiredMarks: string;
  /** A dashed circle on the neutral line where the emotion was not recorded. */
  missing: string;
}

/** Radius of a persona marker in pixels. */
export const POINT_RADIUS = 5;

/** A drawing context that moves everything drawn into `target` by (dx, dy): lets d3's symbols be drawn anywhere. */
function translated(target: Path, dx: number, dy: number): CanvasPath_D3Shape {
  return {
    moveTo: (x, y) => target.moveTo(x + dx, y + dy),
    lineTo: (x, y) => target.lineTo(x + dx, y + dy),
    closePath: () => target.closePath(),
    arc: (x, y, radius, start, end, counterclockwise) => target.arc(x + dx, y + dy, radius, start, end, counterclockwise),
    arcTo: (x1, y1, x2, y2, radius) => target.arcTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, radius),
    bezierCurveTo: (a, b, c, d, x, y) => target.bezierCurveTo(a + dx, b + dy, c + dx, d + dy, x + dx, y + dy),
    quadraticCurveTo: (a, b, x, y) => target.quadraticCurveTo(a + dx, b + dy, x + dx, y + dy),
    rect: (x, y, width, height) => target.rect(x + dx, y + dy, width, height),
    // d3-path has no ellipse and no symbol draws one; a circular one is an arc.
    ellipse: (x, y, radiusX, _radiusY, _rotation, start, end, counterclockwise) => target.arc(x + dx, y + dy, radiusX, start, end, counterclockwise),
  };
}

/** A circle of `radius` around (x, y) added to `target`. */
function circle(target: Path, x: number, y: number, radius: number): void {
  target.moveTo(x + radius, y);
  target.arc(x, y, radius, 0, 2 * Math.PI);
}

/** Draws a marker of `shape` whose area matches a circle of `radius`, centred on (x, y). */
export function drawMarker(target: Path, shape: MarkerShape, radius: number, x: number, y: number): void {
  MARKER_SYMBOLS[shape].draw(translated(target, x, y), Math.PI * radius * radius);
}

/** The combined mark paths of one series; `neutralY` places the marks of unrecorded emotions. */
export function seriesMarks(series: CurveSeries, neutralY: number, showDesired: boolean): SeriesMarks {
  const marks = path();
  const painRings = path();
  const keyMoments = path();
  const desiredMarks = path();
  const missing = path();
  for (const point of series.points) {
    if (showDesired && point.desiredY !== undefined) circle(desiredMarks, point.x, point.desiredY, 2.5);
    if (point.y === undefined) {
      circle(missing, point.x, neutralY, 3.5);
      continue;
    }
    if (point.pain) circle(painRings, point.x, point.y, POINT_RADIUS + 3.5);
    drawMarker(marks, series.tone.shape, POINT_RADIUS, point.x, point.y);
    if (point.keyMoment) drawMarker(keyMoments, 'star', 3.6, point.x, point.y - POINT_RADIUS - 9);
  }
  return { marks: marks.toString(), painRings: painRings.toString(), keyMoments: keyMoments.toString(), desiredMarks: desiredMarks.toString(), missing: missing.toString() };
}
