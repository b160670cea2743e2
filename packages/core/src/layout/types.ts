/**
 * The output of {@link computeJourneyLayout}: plain, JSON-serialisable data (no functions, no
 * Maps) in pixels. Renderers draw exactly what is listed here and compute nothing themselves.
 *
 * Coordinate system (y grows downwards; every box lies inside `[0, width] × [0, height]`):
 *
 * ```text
 * x: 0 ─ laneHeader.width ─────────────────────────────────── width
 *    ┌──────────────┬───────────┬───────────┬──────────┐  y = 0
 *    │              │ phase 0   │ phase 1   │ …        │  phase headers (phaseHeader)
 *    │              ├───────────┴───────────┴──────────┤
 *    │              │ time axis ticks (time axis only)  │  axis.y … axis.y + axis.height
 *    ├──────────────┼──────────────────────────────────┤
 *    │ lane header  │ items of lane 0                   │  lanes[0].y … + height
 *    │ …            │ items of lane n                   │
 *    ├──────────────┼──────────────────────────────────┤
 *    │              │ emotion band                      │  emotion.y … + height
 *    └──────────────┴──────────────────────────────────┘  y = height
 * ```
 * @module
 */
import type { TouchpointInfluence, TouchpointMode } from '../schema/enums';

/** What the lanes (rows) of the map stand for. */
export type LaneKind = 'persona' | 'channel' | 'blueprint';
/** How touchpoints are spread across: by phase columns only, or on a real time axis. */
export type AxisKind = 'ordinal' | 'time';
/** The service-blueprint layers, top to bottom. */
export type BlueprintLayer = 'customer' | 'frontstage' | 'backstage' | 'support' | 'technology';

/** Which touchpoints to show. Each given criterion must match; an absent criterion matches all; an empty list matches none. */
export interface JourneyLayoutFilter {
  /** Personas to show: their lanes (lanes by persona), and the touchpoints that involve at least one of them. */
  personaIds?: string[];
  /** Channels to show (a touchpoint's `channel` must be listed). */
  channels?: string[];
  /** Phases to show: the columns of other phases are hidden, with their touchpoints. */
  phaseIds?: string[];
  /** Modes to show. */
  modes?: TouchpointMode[];
  /** Influences to show. */
  influences?: TouchpointInfluence[];
}

/** Options of {@link computeJourneyLayout}; every size is in pixels. */
export interface JourneyLayoutOptions {
  /** Spread by phase columns (`'ordinal'`) or on a real time axis (`'time'`). @default 'ordinal' */
  axis?: AxisKind;
  /** What the lanes stand for. @default 'persona' */
  lanes?: LaneKind;
  /** Width of a touchpoint card. @default 168 */
  cardWidth?: number;
  /** Height of a touchpoint card. @default 76 */
  cardHeight?: number;
  /** Space between two cards, across and down; half of it is kept at each phase column edge. @default 8 */
  gap?: number;
  /** Space between a lane's top edge and its first row of cards, and below its last row. @default 12 */
  lanePadding?: number;
  /** Height of the phase header row at the top. @default 48 */
  phaseHeaderHeight?: number;
  /** Width of the lane header column at the left. @default 200 */
  laneHeaderWidth?: number;
  /** Height of the row of time-axis ticks below the phase headers; always 0 on the ordinal axis. @default 28 */
  axisHeight?: number;
  /** Smallest width of a phase column or band, so that an empty phase stays visible. @default cardWidth + gap */
  minPhaseWidth?: number;
  /** Smallest height of a lane. @default 100 */
  minLaneHeight?: number;
  /** Time axis: pixels per day. Takes precedence over `width`. @default 32 (when `width` is not given either) */
  pixelsPerDay?: number;
  /** Time axis: target width of the whole map; `pixelsPerDay` is derived from it. The result may be wider when untimed touchpoints or minimum phase widths need room. */
  width?: number;
  /** Height of the emotion-curve band below the lanes; 0 hides it. @default 160 */
  emotionHeight?: number;
  /** More items than this sets `dense` (renderers switch to canvas). @default 2000 */
  denseThreshold?: number;
  /**
   * Whether to build the SVG path strings of the emotion curves (`path`, `desiredPath`). For a
   * dense map they are left '' by default: an SVG path of tens of thousands of curve segments
   * costs more to build than the rest of the layout, and canvas renderers draw the `points` with
   * `emotionLine().context(ctx)` instead. Without a band (`emotionHeight: 0`, as swimlanes and
   * timelines ask) nothing would show them, so they are left '' too.
   * @default true unless the layout is `dense` or `emotionHeight` is 0
   */
  emotionPaths?: boolean;
  /** Language of generated labels (blueprint layers, channel names, time ticks): `en` or `de`. @default journey.locale, else 'en' */
  locale?: string;
  /** Which touchpoints to show. @default all */
  filter?: JourneyLayoutFilter;
}

/**
 * A phase column (ordinal axis) or band (time axis); spans the whole height of the map.
 * Columns and bands follow phase order and never overlap. On the time axis a band covers its
 * phase's cards from the first start to the last end; when phases overlap in time, a band starts
 * where the previous one ends, so some early cards of a phase stand in the previous band.
 */
export interface JourneyLayoutPhase {
  /** Phase id. */
  id: string;
  /** Phase name. */
  name: string;
  /** Position of the phase in `journey.phases` (not in this list, which omits filtered-out phases). */
  index: number;
  /** Left edge. */
  x: number;
  /** Width (at least `minPhaseWidth`). */
  width: number;
}

/** A lane (row) of the map. */
export interface JourneyLayoutLane {
  /** Unique lane id: `persona:<personaId>`, `channel:<channel>` or `blueprint:<layer>`. */
  id: string;
  /** What the lane stands for. */
  kind: LaneKind;
  /** Header text: the persona name, the channel label, or the blueprint layer name. */
  label: string;
  /** Lanes by persona: the persona id. */
  personaId?: string;
  /** Lanes by channel: the channel as written in the touchpoints. */
  channel?: string;
  /** Blueprint lanes: the layer. */
  layer?: BlueprintLayer;
  /** Top edge. */
  y: number;
  /** Height (at least `minLaneHeight`). */
  height: number;
  /** Number of card rows used (0 for an empty lane; more than 1 only where the time axis stacks overlapping cards). */
  rows: number;
  /** Position in `layout.lanes`, top to bottom. */
  index: number;
}

/** A touchpoint card placed in a lane. */
export interface JourneyLayoutItem {
  /** Unique key: `<touchpointId>@<laneId>` (unique because touchpoint ids are unique in a journey from `parseJourney`). */
  key: string;
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Index of the touchpoint in `journey.touchpoints`. */
  touchpointIndex: number;
  /** Id of its phase. */
  phaseId: string;
  /** Id of its lane. */
  laneId: string;
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width (the card width). */
  width: number;
  /** Height (the card height). */
  height: number;
  /** Stack row within the lane, 0 at the top. */
  row: number;
  /** Reading order: position of the touchpoint in `touchpointOrder(journey)`; the same for every item of one touchpoint. */
  order: number;
  /** Time axis: start day of the touchpoint (absent when it has no `at`). */
  day?: number;
  /** Time axis: end day (`day + durationDays`), absent when it has no `at`. */
  endDay?: number;
  /** Blueprint layers other than `customer`: the text to show (role, process, department, system or channel). */
  label?: string;
}

/** One tick of the axis. */
export interface JourneyLayoutTick {
  /** x of the tick: on the time axis the left edge of a card at that moment; on the ordinal axis a phase center. */
  x: number;
  /** Text to show, e.g. `5 Jan`, `Feb 2026`, `Day 14`, or the phase name. */
  label: string;
  /** The moment: an ISO date (`2026-01-05`, or a date-time below a day) or a day number; on the ordinal axis the phase id. */
  value: string | number;
}

/** Time axis: how days map to x, linearly: `x = x0 + (day - startDay) * pixelsPerDay`. */
export interface JourneyLayoutDayScale {
  /** First day on the axis (the earliest start among the laid-out touchpoints). */
  startDay: number;
  /** Last day on the axis (the latest end). */
  endDay: number;
  /** x of `startDay`. */
  x0: number;
  /** Pixels per day. */
  pixelsPerDay: number;
  /** Calendar date of day 0 as an ISO date-time, when the journey has one (`startDate` or an ISO `at`). */
  origin?: string;
}

/** The axis of the map. */
export interface JourneyLayoutAxis {
  /** Ordinal (phase columns) or time. */
  kind: AxisKind;
  /** Top of the tick row (just below the phase headers). */
  y: number;
  /** Height of the tick row; 0 on the ordinal axis. */
  height: number;
  /** Ticks, left to right: one per phase center (ordinal), or chosen by d3 for the width (time). */
  ticks: JourneyLayoutTick[];
  /** Time axis only: the day → x mapping (absent when no laid-out touchpoint has a time). */
  days?: JourneyLayoutDayScale;
}

/** A point of an emotion curve. */
export interface JourneyLayoutEmotionPoint {
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Center x of the touchpoint's item. */
  x: number;
  /** y of the emotion in the band; absent when the touchpoint has no emotion (a gap in the curve). */
  y?: number;
  /** The emotion score; absent when not recorded. */
  emotion?: number;
}

/** The emotion curves of one persona. */
export interface JourneyLayoutEmotionSeries {
  /** Persona id. */
  personaId: string;
  /** The felt emotion at each of the persona's touchpoints, sorted by x (then reading order). */
  points: JourneyLayoutEmotionPoint[];
  /** The desired emotion at the same touchpoints. */
  desired: JourneyLayoutEmotionPoint[];
  /** SVG path of `points` (`emotionLine()`: d3 `line`, `curveMonotoneX`); missing emotions break it into pieces; '' when nothing is recorded or paths are off (see `emotionPaths`). */
  path: string;
  /** SVG path of `desired`, likewise. */
  desiredPath: string;
}

/** The emotion band below the lanes. */
export interface JourneyLayoutEmotion {
  /** Left edge of the band (the end of the lane header column). */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height (0 when hidden). */
  height: number;
  /** The journey's emotion scale. */
  scale: { min: number; max: number };
  /** Horizontal grid lines: whole scores of the scale (at most about 10). */
  yTicks: { value: number; y: number }[];
  /** One series per shown persona, in document order. */
  series: JourneyLayoutEmotionSeries[];
}

/** The complete layout of a journey map. */
export interface JourneyLayout {
  /** Width of the whole map. */
  width: number;
  /** Height of the whole map. */
  height: number;
  /** True when there are more items than `denseThreshold`: renderers should switch to canvas. */
  dense: boolean;
  /** What the lanes stand for. */
  laneKind: LaneKind;
  /** The row of phase headers: `y` is 0. */
  phaseHeader: { y: number; height: number };
  /** The column of lane headers: `x` is 0. */
  laneHeader: { x: number; width: number };
  /** Shown phases, left to right. */
  phases: JourneyLayoutPhase[];
  /** Shown lanes, top to bottom. */
  lanes: JourneyLayoutLane[];
  /** Touchpoint cards, sorted by lane, then reading order. */
  items: JourneyLayoutItem[];
  /** Ids of shown touchpoints that cannot be placed: unknown phase, or no known persona (lenient data). */
  unplaced: string[];
  /** The emotion band. */
  emotion: JourneyLayoutEmotion;
  /** The axis. */
  axis: JourneyLayoutAxis;
}
