import { path, type Path } from 'd3-path';
import type { CurveSeries } from './emotion-model';
import { drawMarker } from './persona-tones';

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

/** A circle of `radius` around (x, y) added to `target`. */
function circle(target: Path, x: number, y: number, radius: number): void {
  target.moveTo(x + radius, y);
  target.arc(x, y, radius, 0, 2 * Math.PI);
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
