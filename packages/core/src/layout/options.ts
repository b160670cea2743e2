/** Defaults and validation of {@link JourneyLayoutOptions}. */
import type { Journey } from '../model/types';
import { resolveLocale, type Locale } from '../presets/locales';
import type { AxisKind, JourneyLayoutFilter, JourneyLayoutOptions, LaneKind } from './types';

/** The default sizes of a layout, in pixels (see {@link JourneyLayoutOptions} for each meaning). */
export const DEFAULT_LAYOUT_SIZES = {
  cardWidth: 168,
  cardHeight: 76,
  gap: 8,
  lanePadding: 12,
  phaseHeaderHeight: 48,
  laneHeaderWidth: 200,
  axisHeight: 28,
  minLaneHeight: 100,
  emotionHeight: 160,
  pixelsPerDay: 32,
  denseThreshold: 2000,
} as const;

/**
 * {@link JourneyLayoutOptions} with every default applied and every value checked; each field
 * means what the option of the same name means.
 */
export interface ResolvedLayoutOptions {
  /** The axis kind. */
  axis: AxisKind;
  /** The lane kind. */
  lanes: LaneKind;
  /** Card width, px. */
  cardWidth: number;
  /** Card height, px. */
  cardHeight: number;
  /** Gap between cards, px. */
  gap: number;
  /** Padding inside a lane, px. */
  lanePadding: number;
  /** Phase header row height, px. */
  phaseHeaderHeight: number;
  /** Lane header column width, px. */
  laneHeaderWidth: number;
  /** Tick row height, px; 0 on the ordinal axis. */
  axisHeight: number;
  /** Minimum phase width, px. */
  minPhaseWidth: number;
  /** Minimum lane height, px. */
  minLaneHeight: number;
  /** Explicit pixels per day, or `undefined` to derive it from `width` (or the default). */
  pixelsPerDay: number | undefined;
  /** Target width of the time axis map, or `undefined`. */
  width: number | undefined;
  /** Emotion band height, px. */
  emotionHeight: number;
  /** Item count above which the layout is dense. */
  denseThreshold: number;
  /** Whether to build emotion path strings; `undefined`: decide by density. */
  emotionPaths: boolean | undefined;
  /** Built-in locale of generated labels. */
  locale: Locale;
  /** The filter (`{}` when none). */
  filter: JourneyLayoutFilter;
}

const AXES: readonly AxisKind[] = ['ordinal', 'time'];
const LANE_KINDS: readonly LaneKind[] = ['persona', 'channel', 'blueprint'];
const FILTER_KEYS = ['personaIds', 'channels', 'phaseIds', 'modes', 'influences'] as const;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** A size: a finite number ≥ 0 (> 0 when `positive`), else a RangeError naming the option. */
function size(name: string, value: unknown, fallback: number, positive = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (positive && value === 0))
    throw new RangeError(`computeJourneyLayout: options.${name} must be a ${positive ? 'positive' : 'non-negative'} finite number; received ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value))
    throw new RangeError(`computeJourneyLayout: options.${name} must be one of ${allowed.map((item) => `'${item}'`).join(', ')}; received ${describe(value)}`);
  return value as T;
}

function flag(name: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`computeJourneyLayout: options.${name} must be true or false; received ${describe(value)}`);
  return value;
}

function checkFilter(filter: unknown): JourneyLayoutFilter {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw new TypeError(`computeJourneyLayout: options.filter must be an object; received ${describe(filter)}`);
  const record = filter as Record<string, unknown>;
  for (const key of FILTER_KEYS) {
    const list = record[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')))
      throw new TypeError(`computeJourneyLayout: options.filter.${key} must be an array of strings`);
  }
  return filter as JourneyLayoutFilter;
}

/**
 * Applies the defaults of {@link JourneyLayoutOptions} and checks every value.
 * @throws {RangeError | TypeError} naming the option, e.g. `options.cardWidth must be a positive finite number`.
 */
export function resolveLayoutOptions(journey: Journey, options: JourneyLayoutOptions = {}): ResolvedLayoutOptions {
  const d = DEFAULT_LAYOUT_SIZES;
  const axis = oneOf('axis', options.axis, AXES, 'ordinal');
  const cardWidth = size('cardWidth', options.cardWidth, d.cardWidth, true);
  const gap = size('gap', options.gap, d.gap);
  const axisHeight = size('axisHeight', options.axisHeight, d.axisHeight);
  return {
    axis,
    lanes: oneOf('lanes', options.lanes, LANE_KINDS, 'persona'),
    cardWidth,
    cardHeight: size('cardHeight', options.cardHeight, d.cardHeight, true),
    gap,
    lanePadding: size('lanePadding', options.lanePadding, d.lanePadding),
    phaseHeaderHeight: size('phaseHeaderHeight', options.phaseHeaderHeight, d.phaseHeaderHeight),
    laneHeaderWidth: size('laneHeaderWidth', options.laneHeaderWidth, d.laneHeaderWidth),
    axisHeight: axis === 'time' ? axisHeight : 0,
    minPhaseWidth: size('minPhaseWidth', options.minPhaseWidth, cardWidth + gap),
    minLaneHeight: size('minLaneHeight', options.minLaneHeight, d.minLaneHeight),
    pixelsPerDay: options.pixelsPerDay === undefined ? undefined : size('pixelsPerDay', options.pixelsPerDay, d.pixelsPerDay),
    width: options.width === undefined ? undefined : size('width', options.width, 0),
    emotionHeight: size('emotionHeight', options.emotionHeight, d.emotionHeight),
    denseThreshold: size('denseThreshold', options.denseThreshold, d.denseThreshold),
    emotionPaths: flag('emotionPaths', options.emotionPaths),
    locale: resolveLocale(options.locale ?? journey.locale),
    filter: checkFilter(options.filter),
  };
}
