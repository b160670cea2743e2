import { channelLabel, coverageMatrix, type Journey, type JourneyLayoutFilter, type Persona } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { CoverageLabels } from '../../i18n/labels/coverage';

/** What the rows of the heatmap stand for. */
export type CoverageDimension = 'persona' | 'channel';

/** One cell of the heatmap, ready to render. */
export interface HeatCell {
  phaseId: string;
  phaseName: string;
  count: number;
  /** Persona rows only: the phase lies before the persona joins (an empty cell here is expected). */
  beforeJoin: boolean;
  /** An empty cell that is a real gap. */
  gap: boolean;
  /** The filter a click sets: this row and this phase. */
  filter: JourneyLayoutFilter;
}

/** One row: a persona or a channel. */
export interface HeatRow {
  key: string;
  label: string;
  persona?: Persona;
  channel?: string;
  cells: HeatCell[];
  total: number;
}

/** The heatmap of one dimension: rows, the largest count (the top of the colour ramp) and the gap sentences. */
export interface HeatmapModel {
  phases: { id: string; name: string }[];
  rows: HeatRow[];
  max: number;
  gaps: { key: string; text: string }[];
}

/** Builds the rows of the chosen dimension from core's `coverageMatrix`; the gaps are core's `empty` cells as sentences. */
export function heatmapModel(journey: Journey, dimension: CoverageDimension, labels: CoverageLabels, locale: string): HeatmapModel {
  const matrix = coverageMatrix(journey);
  const phaseName = new Map(journey.phases.map((phase) => [phase.id, phase.name]));
  const personaById = new Map(journey.personas.map((persona) => [persona.id, persona]));
  const phases = matrix.phaseIds.map((id) => ({ id, name: phaseName.get(id) ?? id }));
  const rows: HeatRow[] =
    dimension === 'persona'
      ? matrix.personas.map((row) => ({
          key: row.personaId,
          label: personaById.get(row.personaId)?.name ?? row.personaId,
          persona: personaById.get(row.personaId),
          total: row.total,
          cells: row.cells.map((cell) => ({
            phaseId: cell.phaseId,
            phaseName: phaseName.get(cell.phaseId) ?? cell.phaseId,
            count: cell.count,
            beforeJoin: cell.beforeJoin,
            gap: cell.count === 0 && !cell.beforeJoin,
            filter: { personaIds: [row.personaId], phaseIds: [cell.phaseId] },
          })),
        }))
      : matrix.channels.map((row) => ({
          key: row.channel,
          label: channelLabel(row.channel, locale),
          channel: row.channel,
          total: row.total,
          cells: row.cells.map((cell) => ({
            phaseId: cell.phaseId,
            phaseName: phaseName.get(cell.phaseId) ?? cell.phaseId,
            count: cell.count,
            beforeJoin: false,
            gap: cell.count === 0,
            filter: { channels: [row.channel], phaseIds: [cell.phaseId] },
          })),
        }));
  const max = rows.reduce((largest, row) => row.cells.reduce((m, cell) => Math.max(m, cell.count), largest), 0);
  const gaps = matrix.empty.flatMap((gap) => {
    const phase = phaseName.get(gap.phaseId) ?? gap.phaseId;
    if (gap.kind === 'persona' && dimension === 'persona')
      return [{ key: `${gap.personaId}|${gap.phaseId}`, text: formatLabel(labels.coverageGapPersona, { persona: personaById.get(gap.personaId)?.name ?? gap.personaId, phase }) }];
    if (gap.kind === 'channel' && dimension === 'channel')
      return [{ key: `${gap.channel}|${gap.phaseId}`, text: formatLabel(labels.coverageGapChannel, { channel: channelLabel(gap.channel, locale), phase }) }];
    return [];
  });
  return { phases, rows, max, gaps };
}

/** Lightest share of the high colour in a non-empty cell, so that a count of 1 is visibly tinted. */
const FLOOR = 0.12;
/** From this intensity on, counts are printed in the contrast colour. */
export const STRONG_HEAT = 0.62;

/**
 * The colour ramp: a clamped linear ramp over counts from 0 to `max` whose level mixes the theme's
 * `--jk-heatmap-low` and `--jk-heatmap-high` colours (`color-mix`), so the ramp follows the
 * theme (light and dark) instead of fixed colours. Returns the intensity (0…1) and the fill.
 */
export function heatScale(max: number): (count: number) => { intensity: number; fill: string } {
  // The arithmetic of the clamped d3 `scaleSequential` this replaces, without d3-scale and its
  // interpolators (about 10 KB min + gzip for one multiplication).
  const perCount = 1 / Math.max(1, max);
  const intensity = (count: number) => FLOOR + (1 - FLOOR) * Math.max(0, Math.min(1, count * perCount));
  return (count) => {
    const level = count <= 0 ? 0 : intensity(count);
    const percent = Math.round(level * 100);
    return {
      intensity: level,
      fill: `color-mix(in srgb, var(--jk-heatmap-high, var(--jk-heatmap-high-default)) ${percent}%, var(--jk-heatmap-low, var(--jk-heatmap-low-default)))`,
    };
  };
}
