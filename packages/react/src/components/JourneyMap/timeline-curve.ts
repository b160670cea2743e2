/** The map's emotion curve under its timeline: the curve's layout moved through the timeline's zoom (pure). */
import { emotionLine, type JourneyLayout, type JourneyLayoutEmotionPoint, type JourneyLayoutOptions, type JourneyLayoutPhase } from '@journeykit/core';

/**
 * What a map's `TouchpointTimeline` shares with the map's curve (`JourneyMapTimelineContext`):
 * the options of its layout and the zoom it is drawn with (content at layout x is shown at
 * `x · k + x` of the viewport).
 */
export interface TimelineFrame {
  /** The options the timeline laid itself out with (`emotionHeight` 0). */
  options: JourneyLayoutOptions;
  /** Zoom scale. */
  k: number;
  /** Zoom translation in pixels. */
  x: number;
  /** Right edge of the visible part of the timeline's viewport (its measured width, else the layout's). */
  end: number;
  /** Pans the timeline (not zooming) until the card of the touchpoint is in view; the curve's keyboard calls it. */
  revealTouchpoint: (touchpointId: string) => void;
}

/**
 * The curve of a timeline, drawn as the timeline draws its cards: `layout` is laid out with the
 * timeline's options (plus an emotion band); every x goes through the zoom `x · k + x`. A point
 * stands at its card's start, the touchpoint's day — core puts it at the card's centre
 * (`item.x + cardWidth / 2`), and a zoomed card keeps its width, so the centre would drift from
 * its day. The band, and the phases cut to it, span the visible part: from the band's left edge
 * (the end of the lane header column, which does not zoom) to `end` or the zoomed content's end;
 * phases outside are left out. Paths are built from the moved points (core's `emotionLine`).
 * Points outside the band keep their place (the chart clips them): the data table and the
 * keyboard still reach every point. O(points).
 */
export function timelineCurveLayout(layout: JourneyLayout, zoom: Pick<TimelineFrame, 'k' | 'x' | 'end'>, cardWidth: number): JourneyLayout {
  const { k, x: tx, end } = zoom;
  const applyX = (x: number) => x * k + tx;
  const { emotion } = layout;
  const left = emotion.x;
  const right = Math.min(end, applyX(layout.width)); // the timeline's zoom keeps the content's end right of the band's left
  const half = cardWidth / 2;
  const line = emotionLine();
  const move = (points: JourneyLayoutEmotionPoint[]) => points.map((point) => ({ ...point, x: applyX(point.x - half) }));
  const series = emotion.series.map((entry) => {
    const points = move(entry.points);
    const desired = move(entry.desired);
    return { ...entry, points, desired, path: line(points) ?? '', desiredPath: line(desired) ?? '' };
  });
  const phases: JourneyLayoutPhase[] = [];
  for (const phase of layout.phases) {
    const from = Math.max(left, applyX(phase.x));
    const to = Math.min(right, applyX(phase.x + phase.width));
    if (to > from) phases.push({ ...phase, x: from, width: to - from });
  }
  return { ...layout, width: right, phases, emotion: { ...emotion, width: right - left, series } };
}
