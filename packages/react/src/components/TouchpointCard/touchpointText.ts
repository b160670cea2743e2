/**
 * Presentation helpers shared by the touchpoint card and popover (and reusable by timelines):
 * emotion tone, signed scores, channel groups and the card's accessible summary. Text only.
 */
import { channelLabel, channelPreset, parseIsoDate, type ChannelPreset, type EmotionScale, type Touchpoint } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { TimeLabels } from '../../i18n/labels/time';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import { dateTimeFormat, formatOneDecimal } from '../../i18n/intl';

/** How an emotion reads on its scale: below, at or above the scale's middle. */
export type EmotionTone = 'negative' | 'neutral' | 'positive';

/** The coarse group of a channel (catalogue group, or `custom` for channels outside the catalogue). */
export type ChannelGroup = ChannelPreset['group'] | 'custom';

const DEFAULT_SCALE: EmotionScale = { min: -2, max: 2 };

/** The tone of an emotion score relative to the middle of `scale` (default −2…+2). */
export function emotionTone(value: number, scale: EmotionScale = DEFAULT_SCALE): EmotionTone {
  const middle = (scale.min + scale.max) / 2;
  const tolerance = (scale.max - scale.min) / 10;
  if (value < middle - tolerance) return 'negative';
  if (value > middle + tolerance) return 'positive';
  return 'neutral';
}

/**
 * A score with an explicit sign on scales that span zero (`+2`, `0`, `−1` with a real minus sign),
 * plain on positive-only scales (`4`).
 */
export function formatScore(value: number, scale: EmotionScale = DEFAULT_SCALE, locale = 'en'): string {
  const text = formatOneDecimal(Math.abs(value), locale);
  if (value < 0) return `\u2212${text}`;
  return scale.min < 0 && value > 0 ? `+${text}` : text;
}

/** The catalogue group of a channel, `custom` for any other channel name. */
export function channelGroupOf(channel: string): ChannelGroup {
  return channelPreset(channel)?.group ?? 'custom';
}

/** Non-empty strings of a list field (documents may be lenient). */
export function textItems(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isTextItem) : [];
}

/** Whether an entry of a text list counts: a string with more than whitespace. */
function isTextItem(item: unknown): item is string {
  return typeof item === 'string' && item.trim() !== '';
}

/** Whether `textItems(value)` would have an entry — without building the list (one call per touchpoint in dense mode). */
export function hasTextItem(value: unknown): boolean {
  return Array.isArray(value) && value.some(isTextItem);
}

/**
 * The accessible summary of a touchpoint card: title, channel with mode and influence, emotion,
 * pain points and key moment, e.g. "Compare providers. Comparison site, online, indirect.
 * Emotion −1. Pain points: 2. Key moment."
 */
export function touchpointSummary(touchpoint: Touchpoint, labels: TouchpointLabels, locale: string, scale?: EmotionScale, blueprintText?: string): string {
  if (blueprintText) return `${blueprintText}. ${touchpoint.title}.`.replace(/([.!?])\.$/, '$1');
  const parts: string[] = [touchpoint.title];
  const mode = touchpoint.mode === 'offline' ? labels.offline : labels.online;
  const influence = touchpoint.influence === 'indirect' ? labels.indirect : labels.direct;
  parts.push(`${channelLabel(touchpoint.channel, locale)}, ${mode.toLowerCase()}, ${influence.toLowerCase()}`);
  if (typeof touchpoint.emotion === 'number') parts.push(`${labels.emotion} ${formatScore(touchpoint.emotion, scale, locale)}`);
  const pains = textItems(touchpoint.painPoints).length;
  if (pains > 0) parts.push(`${labels.painPoints}: ${pains}`);
  if (touchpoint.keyMoment === true) parts.push(labels.keyMoment);
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}

const DATE_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const DATE_TIME_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };

/** Builds (and caches) the date formats {@link formatWhen} uses, so its first call does not pay for them. */
export function prepareWhenFormats(locale: string): void {
  dateTimeFormat(locale, DATE_FORMAT);
  dateTimeFormat(locale, DATE_TIME_FORMAT);
}

/** "Day 14" / "Tag 14", or a localised date (UTC) for ISO `at` values; `undefined` without a time. */
export function formatWhen(at: Touchpoint['at'], labels: Pick<TimeLabels, 'dayN'>, locale: string): string | undefined {
  if (typeof at === 'number') return formatLabel(labels.dayN, { n: formatOneDecimal(at, locale) });
  if (typeof at !== 'string') return undefined;
  const timed = /[T ]\d{2}:\d{2}/.test(at);
  const ms = parseIsoDate(at);
  if (ms === null) return at;
  const date = new Date(ms);
  return dateTimeFormat(locale, timed ? DATE_TIME_FORMAT : DATE_FORMAT).format(date) + (timed ? ' UTC' : '');
}
