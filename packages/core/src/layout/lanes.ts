/** Which lanes a layout has, and which touchpoints sit in each (before any coordinates). */
import type { Journey } from '../model/types';
import { channelLabel } from '../presets/channels';
import type { Locale } from '../presets/locales';
import { BLUEPRINT_LAYERS, blueprintItemLabel, blueprintLayerLabel } from './blueprint';
import type { LayoutSelection } from './selection';
import type { BlueprintLayer, LaneKind } from './types';

/** A lane before coordinates: its identity and its entries in reading order. */
export interface LaneSpec {
  /** Lane id (see `JourneyLayoutLane.id`). */
  id: string;
  /** What the lane stands for. */
  kind: LaneKind;
  /** Header text. */
  label: string;
  /** Lanes by persona: the persona. */
  personaId?: string;
  /** Lanes by channel: the channel. */
  channel?: string;
  /** Blueprint lanes: the layer. */
  layer?: BlueprintLayer;
  /** Index in `journey.touchpoints` of each entry, in reading order. */
  touchpoints: number[];
  /** Blueprint layers other than `customer`: the item text of each entry (parallel to `touchpoints`). */
  labels?: string[];
}

/**
 * Lanes by persona: one per shown persona in document order; a touchpoint sits in the lane of
 * each of its shown personas.
 */
function personaLanes(selection: LayoutSelection): LaneSpec[] {
  const lanes = selection.personas.map((persona): LaneSpec => ({ id: `persona:${persona.id}`, kind: 'persona', label: persona.name, personaId: persona.id, touchpoints: [] }));
  const laneByPersona = new Map<string, LaneSpec>();
  for (const lane of lanes) if (!laneByPersona.has(lane.personaId!)) laneByPersona.set(lane.personaId!, lane);
  const { placed, personasOf } = selection;
  for (let position = 0; position < placed.length; position++) {
    const touchpointIndex = placed[position]!;
    const personaIds = personasOf[touchpointIndex];
    if (personaIds === undefined) continue;
    for (let k = 0; k < personaIds.length; k++) laneByPersona.get(personaIds[k]!)?.touchpoints.push(touchpointIndex);
  }
  return lanes;
}

/** Lanes by channel: one per channel of the shown touchpoints, in order of first appearance in reading order. */
function channelLanes(selection: LayoutSelection, locale: Locale): LaneSpec[] {
  const laneByChannel = new Map<string, LaneSpec>();
  for (const touchpointIndex of selection.placed) {
    const channel = selection.columns.channels[touchpointIndex]!;
    let lane = laneByChannel.get(channel);
    if (!lane) {
      lane = { id: `channel:${channel}`, kind: 'channel', label: channelLabel(channel, locale), channel, touchpoints: [] };
      laneByChannel.set(channel, lane);
    }
    lane.touchpoints.push(touchpointIndex);
  }
  return [...laneByChannel.values()];
}

/** Blueprint lanes: all five layers, always shown; items per layer as {@link blueprintItemLabel} decides. */
function blueprintLanes(journey: Journey, selection: LayoutSelection, locale: Locale): LaneSpec[] {
  return BLUEPRINT_LAYERS.map((layer): LaneSpec => {
    const lane: LaneSpec = { id: `blueprint:${layer}`, kind: 'blueprint', label: blueprintLayerLabel(layer, locale), layer, touchpoints: [] };
    if (layer === 'customer') {
      lane.touchpoints = selection.placed.slice();
      return lane;
    }
    const labels: string[] = [];
    for (const touchpointIndex of selection.placed) {
      const label = blueprintItemLabel(journey.touchpoints[touchpointIndex]!, layer, locale);
      if (label === undefined) continue;
      lane.touchpoints.push(touchpointIndex);
      labels.push(label);
    }
    lane.labels = labels;
    return lane;
  });
}

/** The lanes of a layout, top to bottom, each with its touchpoints in reading order. O(n). */
export function buildLanes(journey: Journey, selection: LayoutSelection, kind: LaneKind, locale: Locale): LaneSpec[] {
  switch (kind) {
    case 'persona':
      return personaLanes(selection);
    case 'channel':
      return channelLanes(selection, locale);
    case 'blueprint':
      return blueprintLanes(journey, selection, locale);
  }
}
