/** The column headers (phases) and row headers (persona, channel or blueprint layer) of the swimlanes. */
import { channelPreset, type BlueprintLayer, type Journey, type LaneKind, type JourneyLayoutLane, type JourneyLayoutPhase } from '@journeykit/core';
import { memo } from 'react';
import { formatLabel } from '../../i18n/format-label';
import { touchpointCount } from '../../i18n/numbers';
import type { JourneyLabels } from '../../i18n/labels';
import type { CommonLabels } from '../../i18n/labels/common';
import type { PersonaLabels } from '../../i18n/labels/persona';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import { PersonaCard } from '../PersonaCard/PersonaCard';
import { channelGroupOf, textItems } from '../TouchpointCard/touchpointText';

/** What a phase header reads: the counts and empty-phase text, and the title of the phase's goals. */
export type PhaseHeaderLabels = CommonLabels & Pick<PersonaLabels, 'goals'>;

const LAYER_NAMES = {
  customer: 'layerCustomer',
  frontstage: 'layerFrontstage',
  backstage: 'layerBackstage',
  support: 'layerSupport',
  technology: 'layerTechnology',
} as const satisfies Record<BlueprintLayer, keyof SwimlaneLabels>;

const LAYER_HINTS: Record<BlueprintLayer, keyof SwimlaneLabels> = {
  customer: 'layerCustomerHint',
  frontstage: 'layerFrontstageHint',
  backstage: 'layerBackstageHint',
  support: 'layerSupportHint',
  technology: 'layerTechnologyHint',
};

/** "3 touchpoints", "1 touchpoint", "3,334 touchpoints", or the empty-phase text. */
function countText(count: number, labels: CommonLabels, locale: string): string {
  return count === 0 ? labels.emptyPhase : touchpointCount(count, locale, labels);
}

/**
 * A phase column header: name, touchpoint count (or the empty-phase text) and goals; `plain`: without
 * grid roles (dense maps). Memoised, as the lane header: a selection, an opened popover or a roving
 * focus step re-renders the grid, and its props stay the same.
 */
export const PhaseHeader = memo(function PhaseHeader({
  phase,
  journey,
  count,
  column,
  labels,
  locale,
  plain = false,
}: {
  phase: JourneyLayoutPhase;
  journey: Journey;
  count: number;
  column: number;
  labels: PhaseHeaderLabels;
  locale: string;
  plain?: boolean;
}) {
  const goals = textItems(journey.phases[phase.index]?.goals);
  return (
    <div
      role={plain ? undefined : 'columnheader'}
      aria-colindex={plain ? undefined : column}
      className="jk-swimlanes__phase"
      data-empty={count === 0 ? 'true' : 'false'}
      style={{ left: phase.x, width: phase.width }}
    >
      <span className="jk-swimlanes__phase-name">{phase.name}</span>
      <span className="jk-swimlanes__phase-count">{countText(count, labels, locale)}</span>
      {goals.length > 0 ? (
        <span className="jk-swimlanes__phase-goals">
          {labels.goals}: {goals.join(' · ')}
        </span>
      ) : null}
    </div>
  );
});

/** The texts that name lanes: the blueprint layers' names. */
export type LaneNameLabels = Pick<SwimlaneLabels, (typeof LAYER_NAMES)[BlueprintLayer]>;

const CORNER: Record<LaneKind, keyof CommonLabels> = { persona: 'personas', channel: 'channels', blueprint: 'lanesBlueprint' };

/** The corner above the lane headers: what the lanes are (personas, channels, blueprint layers). */
export function laneCornerLabel(kind: LaneKind, labels: CommonLabels): string {
  return labels[CORNER[kind]];
}

/** A lane's name: a blueprint layer's from the labels (so overrides and the locale apply), else the layout's (persona, channel). */
export function laneName(lane: JourneyLayoutLane, labels: LaneNameLabels): string {
  return lane.layer === undefined ? lane.label : labels[LAYER_NAMES[lane.layer]];
}

/** The note in the first cell of a lane without touchpoints ("No touchpoints for …"). */
export function emptyLaneText(lane: JourneyLayoutLane, labels: Pick<SwimlaneLabels, 'emptyLane'> & LaneNameLabels): string {
  return formatLabel(labels.emptyLane, { name: laneName(lane, labels) });
}

/**
 * A lane's row header: compact persona card, channel name, or blueprint layer with its description;
 * `plain`: without grid roles (dense maps). `labelOverrides` (the map's `labels` prop) reach the persona card.
 */
export const LaneHeader = memo(function LaneHeader({
  lane,
  journey,
  labels,
  labelOverrides,
  locale,
  plain = false,
}: {
  lane: JourneyLayoutLane;
  journey: Journey;
  labels: SwimlaneLabels;
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
  plain?: boolean;
}) {
  const persona = lane.personaId === undefined ? undefined : journey.personas.find((entry) => entry.id === lane.personaId);
  let body;
  if (persona) {
    body = <PersonaCard persona={persona} journey={journey} variant="compact" headingLevel={3} avatarSize={32} locale={locale} labels={labelOverrides} className="jk-swimlanes__persona" />;
  } else if (lane.kind === 'channel' && lane.channel !== undefined) {
    const mode = channelPreset(lane.channel)?.mode;
    body = (
      <span className="jk-swimlanes__lane-name" data-channel-group={channelGroupOf(lane.channel)} data-mode={mode}>
        {lane.label}
      </span>
    );
  } else {
    body = (
      <>
        <span className="jk-swimlanes__lane-name">{laneName(lane, labels)}</span>
        {lane.layer ? <span className="jk-swimlanes__lane-hint">{labels[LAYER_HINTS[lane.layer]]}</span> : null}
      </>
    );
  }
  return (
    <div role={plain ? undefined : 'rowheader'} aria-colindex={plain ? undefined : 1} className="jk-swimlanes__lane-header" data-kind={lane.kind} data-layer={lane.layer}>
      {body}
    </div>
  );
});
