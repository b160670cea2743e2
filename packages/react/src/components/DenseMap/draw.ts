/** Drawing a dense map's touchpoint marks, lanes and emotion curves onto a 2D canvas — only what lies in the viewport. */
import { emotionLine, emotionPointRange, itemsInViewport, type DenseView, type JourneyLayout, type JourneyLayoutEmotionPoint } from '@journeykit/core';
import type { DenseColors } from './colors';
import type { MarkAttributes } from './marks';

/** The visible part of the map, in map pixels (scroll offset and client size of the viewport). */
export interface DenseViewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What one draw needs. */
export interface DenseDrawInput {
  layout: JourneyLayout;
  view: DenseView;
  marks: MarkAttributes;
  colors: DenseColors;
  viewport: DenseViewport;
  /** Device pixel ratio of the backing store. */
  dpr: number;
  /** Draw the desired emotion as dashed lines. */
  showDesired: boolean;
}

/** Height of the emotion chip at the foot of a mark: a fifth of the mark, at least 4 px. */
const chipHeight = (height: number) => Math.max(4, Math.round(height / 5));

/**
 * Draws the viewport: lane backgrounds, phase lines, one bar per shown item (channel-group
 * colour, an emotion chip at its foot, a key-moment / pain-point tick at its head), and the
 * emotion band's grid and curves. Returns the number of marks drawn.
 */
export function drawDenseMap(ctx: CanvasRenderingContext2D, input: DenseDrawInput): number {
  const { layout, view, marks, colors, viewport, dpr } = input;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, viewport.width, viewport.height);
  ctx.translate(-viewport.x, -viewport.y);
  const right = viewport.x + viewport.width;
  const bottom = viewport.y + viewport.height;

  // Lanes: alternating backgrounds.
  view.lanes.forEach((laneIndex, position) => {
    const lane = layout.lanes[laneIndex]!;
    const top = lane.y + view.laneShift[laneIndex]!;
    if (top >= bottom || top + lane.height <= viewport.y) return;
    ctx.fillStyle = position % 2 === 1 ? colors.laneAlt : colors.lane;
    ctx.fillRect(viewport.x, top, viewport.width, lane.height);
  });

  // Phase column edges.
  ctx.fillStyle = colors.line;
  for (const phase of layout.phases) if (phase.x >= viewport.x - 1 && phase.x <= right) ctx.fillRect(phase.x, layout.phaseHeader.height, 1, view.height - layout.phaseHeader.height);

  // Marks, batched by colour: one path per channel group, per tone and for the flags.
  const byGroup: number[][] = colors.groups.map(() => []);
  const visible: { x: number; y: number; w: number; h: number; tp: number }[] = [];
  for (const laneIndex of view.lanes) {
    const lane = layout.lanes[laneIndex]!;
    const shift = view.laneShift[laneIndex]!;
    const top = Math.max(lane.y, viewport.y - shift);
    const end = Math.min(lane.y + lane.height, bottom - shift);
    if (end <= top) continue;
    for (const item of itemsInViewport(layout, { x: viewport.x, y: top, width: viewport.width, height: end - top })) {
      if (item.laneId !== lane.id || !view.touchpointShown[item.touchpointIndex]) continue;
      byGroup[marks.group[item.touchpointIndex]!]?.push(visible.length);
      visible.push({ x: item.x, y: item.y + shift, w: item.width, h: item.height, tp: item.touchpointIndex });
    }
  }
  byGroup.forEach((entries, group) => {
    if (entries.length === 0) return;
    ctx.beginPath();
    for (const at of entries) {
      const mark = visible[at]!;
      ctx.rect(mark.x, mark.y, mark.w, mark.h - chipHeight(mark.h) - 1);
    }
    ctx.fillStyle = colors.groups[group]!;
    ctx.fill();
  });
  colors.tones.forEach((fill, toneIndex) => {
    ctx.beginPath();
    let any = false;
    for (const mark of visible) {
      if (marks.tone[mark.tp] !== toneIndex + 1) continue; // TONE_NEGATIVE, TONE_NEUTRAL, TONE_POSITIVE = 1, 2, 3
      const chip = chipHeight(mark.h);
      ctx.rect(mark.x, mark.y + mark.h - chip, mark.w, chip);
      any = true;
    }
    if (!any) return;
    ctx.fillStyle = fill;
    ctx.fill();
  });
  ctx.beginPath();
  for (const mark of visible) if (marks.flag[mark.tp]) ctx.rect(mark.x, mark.y - 4, mark.w, 2);
  ctx.fillStyle = colors.flag;
  ctx.fill();

  drawEmotion(ctx, input);
  return visible.length;
}

/** The emotion band under the lanes: background, score grid and one line per shown persona (desired emotion dashed). */
function drawEmotion(ctx: CanvasRenderingContext2D, { layout, view, colors, viewport, showDesired }: DenseDrawInput): void {
  const band = layout.emotion;
  if (band.height <= 0) return;
  const shift = view.emotionShift;
  const top = band.y + shift;
  if (top >= viewport.y + viewport.height || top + band.height <= viewport.y) return;
  ctx.fillStyle = colors.lane;
  ctx.fillRect(viewport.x, top, viewport.width, band.height);
  ctx.fillStyle = colors.line;
  ctx.fillRect(viewport.x, top, viewport.width, 1);
  for (const tick of band.yTicks) ctx.fillRect(Math.max(band.x, viewport.x), tick.y + shift, viewport.width, 1);

  const line = emotionLine().context(ctx);
  const left = viewport.x;
  const right = viewport.x + viewport.width;
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  band.series.forEach((series, index) => {
    const shown = view.series[index];
    if (!shown?.visible) return;
    const stroke = colors.series.get(series.personaId) ?? colors.text;
    const pass = (points: JourneyLayoutEmotionPoint[], dashed: boolean) => {
      const [start, end] = emotionPointRange(points, left, right);
      const part: JourneyLayoutEmotionPoint[] = [];
      for (let at = start; at < end; at++) {
        if (!shown.points[at]) continue;
        const point = points[at]!;
        part.push(point.y === undefined ? point : { touchpointId: point.touchpointId, x: point.x, y: point.y + shift });
      }
      if (part.length === 0) return;
      ctx.beginPath();
      line(part);
      ctx.setLineDash(dashed ? [4, 4] : []);
      ctx.globalAlpha = dashed ? 0.55 : 0.9;
      ctx.strokeStyle = stroke;
      ctx.stroke();
    };
    if (showDesired) pass(series.desired, true);
    pass(series.points, false);
  });
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}
