import type { Journey } from '../model/types';
import { createAnalysisContext, type AnalysisContext } from './context';
import { shareOf } from './numbers';

/** How often one channel is used. */
export interface ChannelCount {
  /** The channel (catalogue id or custom name). */
  channel: string;
  /** Touchpoints using it. */
  count: number;
  /** `count / touchpointCount` (0…1). */
  share: number;
}

/** Counts and shares of modes and influences within a group of touchpoints. */
export interface ChannelMixEntry {
  /** Touchpoints in the group. */
  touchpointCount: number;
  /** Online touchpoints. */
  online: number;
  /** Offline touchpoints. */
  offline: number;
  /** Touchpoints the company influences directly. */
  direct: number;
  /** Touchpoints influenced indirectly (third parties, word of mouth). */
  indirect: number;
  /** `online / touchpointCount` (0…1), `null` when the group has no touchpoint. */
  onlineShare: number | null;
  /** `offline / touchpointCount`, `null` when empty. */
  offlineShare: number | null;
  /** `direct / touchpointCount`, `null` when empty. */
  directShare: number | null;
  /** `indirect / touchpointCount`, `null` when empty. */
  indirectShare: number | null;
  /** Per-channel counts of the channels used in the group, in order of first appearance in the whole journey's reading order (the same order in every phase). */
  channels: ChannelCount[];
}

/** The channel mix of one phase. */
export interface PhaseChannelMix extends ChannelMixEntry {
  /** Id of the phase. */
  phaseId: string;
}

/** The result of {@link channelMix}. */
export interface ChannelMix {
  /** One entry per phase, in phase order (phases without touchpoints have `null` shares). */
  phases: PhaseChannelMix[];
  /** All touchpoints of the journey, including those of unknown phases (lenient mode). */
  overall: ChannelMixEntry;
}

class MixCounter {
  touchpointCount = 0;
  online = 0;
  direct = 0;
  /** Count per channel, by index in `context.channels`. */
  readonly channelCounts: Float64Array;

  constructor(private readonly channelNames: readonly string[]) {
    this.channelCounts = new Float64Array(channelNames.length);
  }

  add(online: boolean, direct: boolean, channel: number): void {
    this.touchpointCount += 1;
    if (online) this.online += 1;
    if (direct) this.direct += 1;
    this.channelCounts[channel]! += 1;
  }

  result(): ChannelMixEntry {
    const { touchpointCount: total, online, direct } = this;
    const channels: ChannelCount[] = [];
    this.channelCounts.forEach((count, c) => {
      if (count > 0) channels.push({ channel: this.channelNames[c]!, count, share: count / total });
    });
    return {
      touchpointCount: total,
      online,
      offline: total - online,
      direct,
      indirect: total - direct,
      onlineShare: shareOf(online, total),
      offlineShare: shareOf(total - online, total),
      directShare: shareOf(direct, total),
      indirectShare: shareOf(total - direct, total),
      channels,
    };
  }
}

/**
 * Online/offline and direct/indirect counts and shares per phase and overall, with per-channel
 * counts: is a phase all paid ads, does the company own any touchpoint of the advocacy phase?
 * O(n).
 * @example
 * const { overall } = channelMix(journey);
 * console.log(`${Math.round((overall.onlineShare ?? 0) * 100)} % online`);
 */
export function channelMix(journey: Journey): ChannelMix {
  return channelMixOf(createAnalysisContext(journey));
}

/** {@link channelMix} on prepared intermediates. */
export function channelMixOf(context: AnalysisContext): ChannelMix {
  const { journey } = context;
  const overall = new MixCounter(context.channels);
  const perPhase = journey.phases.map(() => new MixCounter(context.channels));
  const { order } = context;
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    const online = context.columns.online[index] === 1;
    const direct = context.columns.direct[index] === 1;
    const channel = context.channelOf[index]!;
    overall.add(online, direct, channel);
    const phase = context.phaseOf[index]!;
    if (phase >= 0) perPhase[phase]!.add(online, direct, channel);
  }
  return {
    phases: journey.phases.map((phase, k) => ({ phaseId: phase.id, ...perPhase[k]!.result() })),
    overall: overall.result(),
  };
}
