import { channelLabel, channelMix, coverageMatrix, influenceLabel, modeLabel, type Journey, type Persona } from '@journeykit/core';
import type { CommonLabels } from '../../i18n/labels/common';
import type { FilterLabels } from '../../i18n/labels/filters';
import type { JourneyFilterField } from './JourneyFilters';
import type { FilterKey } from './filterState';

/** One option of a filter field, with how many touchpoints of the journey have it. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
  persona?: Persona;
}

/** A filter field ready to render: its key in the filter, legend, options and "all" action. */
export interface FilterField {
  field: JourneyFilterField;
  key: FilterKey;
  legend: string;
  allLabel?: string;
  options: FilterOption[];
}

/** The options of each requested field, from core's channel mix and coverage counts. */
export function filterFieldsOf(journey: Journey, fields: readonly JourneyFilterField[], labels: CommonLabels & FilterLabels, locale: string): FilterField[] {
  const mix = channelMix(journey);
  const coverage = coverageMatrix(journey);
  const personaTotals = new Map(coverage.personas.map((row) => [row.personaId, row.total]));
  const build: Record<JourneyFilterField, () => FilterField> = {
    persona: () => ({
      field: 'persona',
      key: 'personaIds',
      legend: labels.personas,
      allLabel: labels.allPersonas,
      options: journey.personas.map((persona) => ({ value: persona.id, label: persona.name, count: personaTotals.get(persona.id) ?? 0, persona })),
    }),
    channel: () => ({
      field: 'channel',
      key: 'channels',
      legend: labels.channels,
      allLabel: labels.allChannels,
      options: mix.overall.channels.map(({ channel, count }) => ({ value: channel, label: channelLabel(channel, locale), count })),
    }),
    phase: () => ({
      field: 'phase',
      key: 'phaseIds',
      legend: labels.phases,
      allLabel: labels.allPhases,
      options: journey.phases.map((phase, index) => ({ value: phase.id, label: phase.name, count: mix.phases[index]?.touchpointCount ?? 0 })),
    }),
    mode: () => ({
      field: 'mode',
      key: 'modes',
      legend: labels.mode,
      options: [
        { value: 'online', label: modeLabel('online', locale), count: mix.overall.online },
        { value: 'offline', label: modeLabel('offline', locale), count: mix.overall.offline },
      ],
    }),
    influence: () => ({
      field: 'influence',
      key: 'influences',
      legend: labels.influence,
      options: [
        { value: 'direct', label: influenceLabel('direct', locale), count: mix.overall.direct },
        { value: 'indirect', label: influenceLabel('indirect', locale), count: mix.overall.indirect },
      ],
    }),
  };
  const seen = new Set<JourneyFilterField>();
  return fields.filter((field) => field in build && !seen.has(field) && seen.add(field)).map((field) => build[field]());
}
