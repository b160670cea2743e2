import type { AnalysisContext } from './context';
import { clamp01, roundTo } from './numbers';
import { plainRecord } from '../model/plain-record';

/** How a pain point or opportunity was found. */
export type FindingKind =
  /** Written in the document (`touchpoint.painPoints` / `touchpoint.opportunities`). */
  | 'explicit'
  /** Emotion at or below the low-emotion threshold. */
  | 'low-emotion'
  /** Desired emotion minus felt emotion at or above the gap threshold. */
  | 'emotion-gap'
  /** Poor performance at an important touchpoint (opportunities only). */
  | 'under-performing'
  /** Measured drop-off rate at or above the threshold (opportunities only). */
  | 'high-drop-off';

/**
 * A pain point or opportunity at one touchpoint.
 *
 * `severity` (0…1, rounded to 3 decimals) = `kindFactor × importanceWeight`, where
 * - `kindFactor` is 1 for `explicit`; `(max − emotion) / (max − min)` for `low-emotion`;
 *   `min(1, gap / (max − min))` for `emotion-gap`; `(5 − performance) / 4` for
 *   `under-performing`; the drop-off rate for `high-drop-off`;
 * - `importanceWeight` is `importance / 5`, or 0.6 (a medium importance, 3 of 5) when the
 *   touchpoint has no importance: missing importance neither zeroes nor maximises severity.
 */
export interface Finding {
  /**
   * Stable id built from the touchpoint id: `<touchpoint>:pain:<position>` and
   * `<touchpoint>:opportunity:<position>` for written ones, `<touchpoint>:<kind>` for derived ones
   * (e.g. `tp-3:low-emotion`; the same finding in both lists has the same id).
   */
  id: string;
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Id of the touchpoint's phase. */
  phaseId: string;
  /** Personas that meet the touchpoint (distinct, document order). */
  personaIds: string[];
  /** Position of the touchpoint in reading order. */
  index: number;
  /** How it was found. */
  kind: FindingKind;
  /** The written text for `explicit`, else an English description (localise by `kind`, `value`, `threshold`). */
  text: string;
  /** 0…1, see {@link Finding}. */
  severity: number;
  /** The measured value that triggered a derived finding (emotion, gap, performance, drop-off rate); `null` for `explicit`. */
  value: number | null;
  /** The threshold it was compared with; `null` for `explicit`. */
  threshold: number | null;
}

/** Thresholds shared by {@link painPoints} and {@link opportunities}. */
export interface FindingOptions {
  /**
   * A touchpoint whose emotion is at or below this is a `low-emotion` finding.
   * @default the lowest quarter of the emotion scale: `min + (max − min) / 4` (−1 on −2…2)
   */
  lowEmotionThreshold?: number;
  /**
   * A touchpoint whose `desiredEmotion − emotion` is at or above this is an `emotion-gap` finding.
   * @default half the scale range: `(max − min) / 2` (2 on −2…2)
   */
  emotionGapThreshold?: number;
  /** Include derived findings; `false` lists only the written ones. @default true */
  derived?: boolean;
}

/** Reads a numeric option, throwing a clear error when it is not a finite number. */
export function numberOption(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`options.${name}: must be a finite number; received ${String(value)}`);
  return value;
}

/** Resolved thresholds of the emotion rules. */
export interface EmotionThresholds {
  /** Emotion at or below this is `low-emotion`. */
  lowEmotion: number;
  /** `desired − emotion` at or above this is `emotion-gap`. */
  emotionGap: number;
}

/** Applies the defaults of {@link FindingOptions} for the journey's scale. */
export function emotionThresholds(context: AnalysisContext, options: FindingOptions): EmotionThresholds {
  const { min, range } = context.scale;
  return {
    lowEmotion: numberOption(options.lowEmotionThreshold, 'lowEmotionThreshold', min + range / 4),
    emotionGap: numberOption(options.emotionGapThreshold, 'emotionGapThreshold', range / 2),
  };
}

/**
 * Texts built once per distinct pair of numbers: derived findings repeat a handful of values.
 * Callers write `texts.get(a, b) ?? texts.set(a, b, \`…\`)` rather than passing a builder
 * closure: a closure over the loop's values would make V8 allocate a context for them on every
 * touchpoint, cached text or not.
 */
export class TextCache {
  private readonly texts = new Map<number, Map<number, string>>();

  /** The text stored for `(a, b)`, or `undefined`. */
  get(a: number, b: number): string | undefined {
    return this.texts.get(a)?.get(b);
  }

  /** Stores `text` for `(a, b)` and returns it. */
  set(a: number, b: number, text: string): string {
    let inner = this.texts.get(a);
    if (inner === undefined) this.texts.set(a, (inner = new Map()));
    inner.set(b, text);
    return text;
  }
}

/** One finding of the touchpoint at `touchpointIndex`, with its severity. */
export function makeFinding(
  context: AnalysisContext,
  touchpointIndex: number,
  id: string,
  kind: FindingKind,
  text: string,
  kindFactor: number,
  value: number | null,
  threshold: number | null,
): Finding {
  const importance = context.columns.importance[touchpointIndex]!;
  // importance / 5, or 0.6 (a medium importance) when unknown
  const importanceWeight = importance === importance ? importance / 5 : 0.6;
  return new FindingRecord(
    id,
    context.columns.id[touchpointIndex]!,
    context.columns.phaseId[touchpointIndex]!,
    context.personaIdsOf[touchpointIndex]!,
    context.readingIndex[touchpointIndex]!,
    kind,
    text,
    roundTo(clamp01(kindFactor) * importanceWeight, 3),
    value,
    threshold,
  );
}

/** Makes a {@link Finding} (a plain object, by `new` — see {@link plainRecord} for why). */
const FindingRecord = /* @__PURE__ */ plainRecord(function (
  this: Finding,
  id: string,
  touchpointId: string,
  phaseId: string,
  personaIds: string[],
  index: number,
  kind: FindingKind,
  text: string,
  severity: number,
  value: number | null,
  threshold: number | null,
) {
  this.id = id;
  this.touchpointId = touchpointId;
  this.phaseId = phaseId;
  this.personaIds = personaIds;
  this.index = index;
  this.kind = kind;
  this.text = text;
  this.severity = severity;
  this.value = value;
  this.threshold = threshold;
});

/** The id suffixes `:<list>:<position>` of written findings, built once per list and position. */
const explicitSuffixes: Record<'pain' | 'opportunity', string[]> = { pain: [], opportunity: [] };

/**
 * `:<list>:<position>`, shared: the id is then the touchpoint id plus one shared string (one
 * string object per finding instead of two).
 */
function explicitSuffix(list: 'pain' | 'opportunity', position: number): string {
  const suffixes = explicitSuffixes[list];
  return suffixes[position] ?? (suffixes[position] = `:${list}:${position}`);
}

/** Pushes each written text of `texts` as an `explicit` finding with id `<touchpoint>:<list>:<position>`. */
export function pushExplicit(context: AnalysisContext, touchpointIndex: number, list: 'pain' | 'opportunity', texts: readonly string[] | undefined, out: Finding[]): void {
  if (texts === undefined || texts.length === 0) return;
  const id = context.columns.id[touchpointIndex]!;
  for (let position = 0; position < texts.length; position += 1)
    out.push(makeFinding(context, touchpointIndex, id + explicitSuffix(list, position), 'explicit', texts[position]!, 1, null, null));
}

/** Pushes the `low-emotion` and `emotion-gap` findings of a touchpoint (ids `<touchpoint>:low-emotion`, `<touchpoint>:emotion-gap`). */
export function pushEmotionFindings(context: AnalysisContext, touchpointIndex: number, thresholds: EmotionThresholds, texts: TextCache, out: Finding[]): void {
  const emotion = context.columns.emotion[touchpointIndex]!;
  if (!(emotion <= thresholds.lowEmotion) && !(context.columns.desired[touchpointIndex]! - emotion >= thresholds.emotionGap)) return; // also when NaN
  const id = context.columns.id[touchpointIndex]!;
  const { min, max, range } = context.scale;
  if (emotion <= thresholds.lowEmotion) {
    const text = texts.get(emotion, Number.NaN) ?? texts.set(emotion, Number.NaN, `Low emotion: ${emotion} on a scale of ${min} to ${max}`);
    out.push(makeFinding(context, touchpointIndex, `${id}:low-emotion`, 'low-emotion', text, (max - emotion) / range, emotion, thresholds.lowEmotion));
  }
  const desired = context.columns.desired[touchpointIndex]!;
  const gap = desired - emotion;
  if (gap >= thresholds.emotionGap) {
    const text = texts.get(emotion, desired) ?? texts.set(emotion, desired, `Emotion ${emotion} is ${gap} below the desired ${desired}`);
    out.push(makeFinding(context, touchpointIndex, `${id}:emotion-gap`, 'emotion-gap', text, gap / range, gap, thresholds.emotionGap));
  }
}
