import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type Ref } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { coverageLabels } from '../../i18n/labels/coverage';
import { filterLabels } from '../../i18n/labels/filters';
import { combineLabels } from '../../i18n/labels/table';
import type { JourneyFilters } from '../../state/types';
import { useFiltersState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import { sameFilters } from '../JourneyFilters/filterState';
import { heatmapModel, type CoverageDimension, type HeatCell, type HeatRow } from './coverageModel';
import { GapList, HeatmapLegend } from './CoverageSummary';
import { HeatmapTable } from './HeatmapTable';

export type { CoverageDimension } from './coverageModel';

/** What {@link CoverageHeatmapProps.onCellSelect} reports about a clicked cell. */
export interface CoverageCellSelection {
  /** What the rows stand for. */
  dimension: CoverageDimension;
  /** The persona of the row (persona rows). */
  personaId?: string;
  /** The channel of the row (channel rows). */
  channel?: string;
  /** The phase of the column. */
  phaseId: string;
  /** Touchpoints in the cell. */
  count: number;
  /** `true` when the click set the cell's filter, `false` when it cleared it (the cell was already selected). */
  selected: boolean;
}

/** The heatmap's texts: its own, the journey's words and the lists' "show all / fewer". */
const COVERAGE_LABELS = /* @__PURE__ */ combineLabels(commonLabels, coverageLabels, filterLabels);

/** Props of {@link CoverageHeatmap}. */
export interface CoverageHeatmapProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'defaultValue' | 'onChange'> {
  /** The journey: a parsed model or a raw document (validated; an invalid one shows an inline error). */
  journey: JourneyInput;
  /** What the rows stand for (controlled): personas or channels. */
  dimension?: CoverageDimension;
  /** Initial rows when uncontrolled. @default 'persona' */
  defaultDimension?: CoverageDimension;
  /** Called when the user switches the rows. */
  onDimensionChange?: (dimension: CoverageDimension) => void;
  /** The filters (controlled). Without it the surrounding `JourneyStateProvider` is used, else own state. */
  filters?: JourneyFilters;
  /** Initial filters when uncontrolled. @default {} */
  defaultFilters?: JourneyFilters;
  /** Called with the new filters when a cell is selected (its row + phase) or deselected (`{}`). */
  onFiltersChange?: (filters: JourneyFilters) => void;
  /** Called when a cell is clicked, after the filters are set. */
  onCellSelect?: (cell: CoverageCellSelection) => void;
  /**
   * How many gap sentences to list before "Show all".
   * @default 6
   */
  gapLimit?: number;
  /**
   * Level of the heading; the gap list's heading is one level below.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

/**
 * Where the journey has touchpoints: persona × phase (or channel × phase) counts from core's
 * `coverageMatrix` as a heatmap table. Counts are printed in every cell; gaps are marked and
 * listed as sentences; cells before a persona joins are hatched (expected to be empty). Selecting
 * a cell filters the map to that row and phase (through `JourneyStateProvider` or the
 * `filters` props); selecting it again shows everything.
 * @example
 * <JourneyStateProvider>
 *   <CoverageHeatmap journey={journey} />
 *   <JourneyMap journey={journey} />
 * </JourneyStateProvider>
 */
export const CoverageHeatmap = forwardRef<HTMLElement, CoverageHeatmapProps>(function CoverageHeatmap(
  {
    journey: input,
    dimension: dimensionProp,
    defaultDimension = 'persona',
    onDimensionChange,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    onCellSelect,
    gapLimit = 6,
    headingLevel = 3,
    locale,
    labels: labelOverrides,
    className,
    ...rest
  },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { locale: resolvedLocale, labels } = useLabels(COVERAGE_LABELS, locale, labelOverrides, journey?.locale);
  const [dimension, setDimension] = useControllableState({ value: dimensionProp, defaultValue: defaultDimension, onChange: onDimensionChange });
  const [filters, setFilters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const titleId = useId();
  const hintId = useId();
  const model = useMemo(() => (journey ? heatmapModel(journey, dimension, labels, resolvedLocale) : null), [journey, dimension, labels, resolvedLocale]);

  if (!journey || !model) return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error?.issues ?? []} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const isSelected = (_row: HeatRow, cell: HeatCell) => sameFilters(filters, cell.filter);
  const onSelect = (row: HeatRow, cell: HeatCell) => {
    const selected = !isSelected(row, cell);
    setFilters(selected ? cell.filter : {});
    onCellSelect?.({ dimension, personaId: row.persona?.id, channel: row.channel, phaseId: cell.phaseId, count: cell.count, selected });
  };
  const Heading = `h${headingLevel}` as const;
  const dimensionLabel = dimension === 'persona' ? labels.lanesByPersona : labels.lanesByChannel;
  return (
    <section
      ref={ref}
      className={['jk-root', 'jk-coverage-heatmap', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      data-dimension={dimension}
      {...rest}
    >
      <div className="jk-coverage-heatmap__header">
        <div className="jk-coverage-heatmap__heading">
          <Heading id={titleId} className="jk-coverage-heatmap__title">
            {labels.coverage}
          </Heading>
          <p id={hintId} className="jk-coverage-heatmap__hint">
            {labels.coverageHint}
          </p>
        </div>
        <div className="jk-coverage-heatmap__toggle" role="group" aria-label={labels.coverageRows}>
          {(['persona', 'channel'] as const).map((value) => (
            <button key={value} type="button" className="jk-coverage-heatmap__toggle-button" aria-pressed={dimension === value} onClick={() => setDimension(value)}>
              {value === 'persona' ? labels.lanesByPersona : labels.lanesByChannel}
            </button>
          ))}
        </div>
      </div>
      <div className="jk-coverage-heatmap__scroll">
        <HeatmapTable
          model={model}
          caption={`${labels.coverage} (${dimensionLabel})`}
          rowHeader={dimension === 'persona' ? labels.persona : labels.channel}
          labels={labels}
          locale={resolvedLocale}
          isSelected={isSelected}
          onSelect={onSelect}
        />
      </div>
      <HeatmapLegend model={model} dimension={dimension} labels={labels} locale={resolvedLocale} />
      <GapList key={dimension} gaps={model.gaps} labels={labels} locale={resolvedLocale} headingLevel={headingLevel + 1} limit={gapLimit} />
    </section>
  );
});
