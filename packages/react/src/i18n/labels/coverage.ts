import type { LabelTable } from './table';

/** Texts of the coverage heatmap (`CoverageHeatmap`). */
export interface CoverageLabels {
  total: string;
  coverage: string;
  coverageHint: string;
  coverageRows: string;
  coverageScale: string;
  coverageGap: string;
  coverageGaps: string;
  coverageNoGaps: string;
  coverageGapPersona: string;
  coverageGapChannel: string;
  coverageBeforeJoin: string;
  coverageBeforeJoinLegend: string;
  coverageCell: string;
}

/** The coverage heatmap's texts in every locale. */
export const coverageLabels: LabelTable<CoverageLabels> = {
  en: {
    total: 'Total',
    coverage: 'Touchpoint coverage',
    coverageHint: 'Select a cell to show only its touchpoints; select it again to show all.',
    coverageRows: 'Rows',
    coverageScale: 'Touchpoints per cell',
    coverageGap: 'Gap',
    coverageGaps: 'Gaps',
    coverageNoGaps: 'No gaps: every cell has at least one touchpoint.',
    coverageGapPersona: 'No touchpoint for {persona} in {phase}',
    coverageGapChannel: 'No touchpoint via {channel} in {phase}',
    coverageBeforeJoin: 'Before {persona} joins',
    coverageBeforeJoinLegend: 'Before the persona joins (not a gap)',
    coverageCell: '{row} in {phase}: {count}',
  },
  de: {
    total: 'Gesamt',
    coverage: 'Touchpoint-Abdeckung',
    coverageHint: 'Zelle wählen, um nur ihre Touchpoints zu zeigen; erneut wählen, um alle zu zeigen.',
    coverageRows: 'Zeilen',
    coverageScale: 'Touchpoints je Zelle',
    coverageGap: 'Lücke',
    coverageGaps: 'Lücken',
    coverageNoGaps: 'Keine Lücken: Jede Zelle hat mindestens einen Touchpoint.',
    coverageGapPersona: 'Kein Touchpoint für {persona} in {phase}',
    coverageGapChannel: 'Kein Touchpoint über {channel} in {phase}',
    coverageBeforeJoin: 'Bevor {persona} einsteigt',
    coverageBeforeJoinLegend: 'Vor dem Einstieg der Persona (keine Lücke)',
    coverageCell: '{row} in {phase}: {count}',
  },
};
