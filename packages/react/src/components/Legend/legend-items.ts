import { channelLabel, channelPreset, CHANNELS, roleLabel, type ChannelPreset, type Journey } from '@journeykit/core';
import type { LegendLabels } from '../../i18n/labels/legend';
import { personaTones, type PersonaTone } from '../EmotionCurve/persona-tones';

/** The parts a legend can explain. */
export type LegendSection = 'channels' | 'modes' | 'influence' | 'markers' | 'emotion' | 'personas';
/** Every section, in display order. */
export const LEGEND_SECTIONS: readonly LegendSection[] = ['channels', 'modes', 'influence', 'markers', 'emotion', 'personas'];

/** A channel group as the card's stripe colours it (`custom`: any channel outside the catalogue). */
export type ChannelGroupKey = ChannelPreset['group'] | 'custom';

const GROUP_ORDER: readonly ChannelGroupKey[] = ['advertising', 'owned-digital', 'third-party', 'events', 'print-media', 'personal', 'service', 'custom'];

const GROUP_LABEL: Record<ChannelGroupKey, keyof LegendLabels> = {
  advertising: 'channelGroupAdvertising',
  'owned-digital': 'channelGroupOwnedDigital',
  'third-party': 'channelGroupThirdParty',
  events: 'channelGroupEvents',
  'print-media': 'channelGroupPrintMedia',
  personal: 'channelGroupPersonal',
  service: 'channelGroupService',
  custom: 'channelGroupOther',
};

/** One channel group of the legend: its name and, with a journey, the channels of it the journey uses. */
export interface ChannelGroupEntry {
  group: ChannelGroupKey;
  label: string;
  channels: string[];
}

/** Channel groups to explain: with a journey the groups it uses (with their channels), else the catalogue's groups. */
export function channelGroups(journey: Journey | null, labels: LegendLabels, locale: string): ChannelGroupEntry[] {
  const used = new Map<ChannelGroupKey, Set<string>>();
  // Distinct channels first (in first-seen order): a journey repeats a few dozen channels across
  // thousands of touchpoints, and only those need a preset lookup and a label.
  const channels = new Set<string>();
  if (journey) for (const touchpoint of journey.touchpoints) channels.add(touchpoint.channel);
  for (const channel of channels) {
    const group: ChannelGroupKey = channelPreset(channel)?.group ?? 'custom';
    const set = used.get(group) ?? new Set<string>();
    set.add(channelLabel(channel, locale));
    used.set(group, set);
  }
  const catalogue = new Set<ChannelGroupKey>(CHANNELS.map((preset) => preset.group));
  return GROUP_ORDER.filter((group) => (journey ? used.has(group) : catalogue.has(group))).map((group) => ({
    group,
    label: labels[GROUP_LABEL[group]],
    channels: [...(used.get(group) ?? [])],
  }));
}

/** A persona of the legend: name, role, and how the curves draw it. */
export interface PersonaEntry {
  id: string;
  name: string;
  role: string;
  tone: PersonaTone;
}

/** The journey's personas with their colours and marker shapes (as `EmotionCurve` draws them). */
export function personaEntries(journey: Journey | null, locale: string): PersonaEntry[] {
  if (!journey) return [];
  const tones = personaTones(journey.personas);
  return journey.personas.map((persona) => ({ id: persona.id, name: persona.name, role: roleLabel(persona.role, locale), tone: tones.get(persona.id)! }));
}
