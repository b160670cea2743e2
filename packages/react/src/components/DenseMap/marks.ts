/** Per-touchpoint drawing attributes of dense marks, as typed arrays (no object per touchpoint). */
import type { Journey } from '@journeykit/core';
import { channelGroupOf, emotionTone, hasTextItem, type ChannelGroup } from '../TouchpointCard/touchpointText';

/** Channel groups in the order of their colour slots. */
export const MARK_GROUPS: readonly ChannelGroup[] = ['advertising', 'owned-digital', 'third-party', 'events', 'print-media', 'personal', 'service', 'custom'];

/** Emotion tones of marks: 0 = no emotion recorded. */
export const TONE_NONE = 0;
export const TONE_NEGATIVE = 1;
export const TONE_NEUTRAL = 2;
export const TONE_POSITIVE = 3;

/** What {@link markAttributes} derives, by touchpoint index. */
export interface MarkAttributes {
  /** Position of the channel's group in {@link MARK_GROUPS}. */
  group: Uint8Array;
  /** Emotion tone (`TONE_*`). */
  tone: Uint8Array;
  /** 1 for key moments or touchpoints with pain points (drawn with a marker). */
  flag: Uint8Array;
}

/** The colour slots of every touchpoint's mark. O(n); channel groups are looked up once per channel name. */
export function markAttributes(journey: Journey): MarkAttributes {
  const count = journey.touchpoints.length;
  const group = new Uint8Array(count);
  const tone = new Uint8Array(count);
  const flag = new Uint8Array(count);
  const groupOfChannel = new Map<string, number>();
  const toneCode = { negative: TONE_NEGATIVE, neutral: TONE_NEUTRAL, positive: TONE_POSITIVE } as const;
  journey.touchpoints.forEach((touchpoint, index) => {
    let slot = groupOfChannel.get(touchpoint.channel);
    if (slot === undefined) groupOfChannel.set(touchpoint.channel, (slot = Math.max(0, MARK_GROUPS.indexOf(channelGroupOf(touchpoint.channel)))));
    group[index] = slot;
    if (typeof touchpoint.emotion === 'number') tone[index] = toneCode[emotionTone(touchpoint.emotion, journey.emotionScale)];
    if (touchpoint.keyMoment === true || hasTextItem(touchpoint.painPoints)) flag[index] = 1;
  });
  return { group, tone, flag };
}
