import { createTouchpointFilter, type RankWeights } from '@journeykit/core';
import { forwardRef, useId, useMemo, useState, type ComponentPropsWithoutRef, type Ref } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import { formatLabel } from '../../i18n/format-label';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { filterLabels } from '../../i18n/labels/filters';
import { priorityLabels, type PriorityLabels } from '../../i18n/labels/priorities';
import { combineLabels } from '../../i18n/labels/table';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { touchpointDetailLabels, type TouchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import type { JourneyFilters, JourneySelection } from '../../state/types';
import { useFiltersState, useSelectionState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import { formatNumber } from '../../i18n/numbers';
import { PriorityItem } from './PriorityItem';
import { priorityEntries, PRIORITY_SORTS, sortEntries, type PrioritySort } from './priorityModel';

export { PRIORITY_SORTS, type PrioritySort } from './priorityModel';

/** The list's texts: its own, the ranked touchpoints' fields and the lists' "show all / fewer". */
const PRIORITY_LABELS = /* @__PURE__ */ combineLabels(commonLabels, touchpointLabels, touchpointDetailLabels, filterLabels, priorityLabels);

/** Props of {@link PriorityList}. */
export interface PriorityListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'defaultValue' | 'onChange'> {
  /** The journey: a parsed model or a raw document (validated; an invalid one shows an inline error). */
  journey: JourneyInput;
  /** Selected touchpoint id (controlled). Without it the surrounding `JourneyStateProvider` is used, else own state. */
  selection?: JourneySelection;
  /** Initially selected touchpoint when uncontrolled. @default null */
  defaultSelection?: JourneySelection;
  /** Called when the selection changes. */
  onSelectionChange?: (selection: JourneySelection) => void;
  /** Called with the touchpoint id when the user selects an item (click or Enter). */
  onTouchpointSelect?: (touchpointId: string) => void;
  /**
   * Filters (controlled) that narrow the list, e.g. a heatmap cell; without it the provider's.
   * Ranks stay those of the whole journey.
   * @default the provider's filters, else {} (all)
   */
  filters?: JourneyFilters;
  /** Order of the list (controlled). */
  sort?: PrioritySort;
  /** Initial order when uncontrolled. @default 'priority' */
  defaultSort?: PrioritySort;
  /** Called when the user picks another order. */
  onSortChange?: (sort: PrioritySort) => void;
  /** Weights of the ranking factors, passed to core's `rankTouchpoints` (invalid weights fall back to the defaults). @default DEFAULT_RANK_WEIGHTS */
  weights?: Partial<RankWeights>;
  /**
   * How many items to show before "Show all"; `Infinity` shows all.
   * @default 10
   */
  limit?: number;
  /**
   * Level of the heading.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

function sortLabel(sort: PrioritySort, labels: PriorityLabels & Pick<TouchpointDetailLabels, 'risk'>): string {
  return { priority: labels.sortPriority, reading: labels.sortReading, emotionGap: labels.emotionGap, risk: labels.risk }[sort];
}

/**
 * Where to act first: the touchpoints ranked by core's `rankTouchpoints`, each with its rank and
 * score, the four factors (importance, risk, poor performance, emotion gap) as small bars with
 * values, confidence and missing data, pain points and opportunities, phase and personas.
 * Sortable by priority, journey order, emotion gap or risk. Selecting an item selects the
 * touchpoint (shared with the map through `JourneyStateProvider`).
 * @example <PriorityList journey={journey} limit={5} onTouchpointSelect={(id) => open(id)} />
 */
export const PriorityList = forwardRef<HTMLElement, PriorityListProps>(function PriorityList(
  {
    journey: input,
    selection: selectionProp,
    defaultSelection,
    onSelectionChange,
    onTouchpointSelect,
    filters: filtersProp,
    sort: sortProp,
    defaultSort = 'priority',
    onSortChange,
    weights,
    limit = 10,
    headingLevel = 3,
    locale,
    labels: labelOverrides,
    className,
    ...rest
  },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { locale: resolvedLocale, labels } = useLabels(PRIORITY_LABELS, locale, labelOverrides, journey?.locale);
  const [selection, setSelection] = useSelectionState(selectionProp, defaultSelection, onSelectionChange);
  const [filters] = useFiltersState(filtersProp);
  const [sort, setSort] = useControllableState({ value: sortProp, defaultValue: defaultSort, onChange: onSortChange });
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const sortId = useId();
  const listId = useId();
  const entries = useMemo(() => (journey ? priorityEntries(journey, weights) : []), [journey, weights]);
  const visible = useMemo(() => {
    const matches = createTouchpointFilter(filters);
    return sortEntries(entries.filter((entry) => matches(entry.touchpoint)), sort);
  }, [entries, filters, sort]);

  if (!journey) return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const max = Math.max(1, limit);
  const shown = expanded ? visible : visible.slice(0, max);
  const Heading = `h${headingLevel}` as const;
  const select = (touchpointId: string) => {
    setSelection(touchpointId);
    onTouchpointSelect?.(touchpointId);
  };
  return (
    <section ref={ref} className={['jk-root', 'jk-priority-list', className].filter(Boolean).join(' ')} aria-labelledby={titleId} data-sort={sort} {...rest}>
      <div className="jk-priority-list__header">
        <div className="jk-priority-list__heading">
          <Heading id={titleId} className="jk-priority-list__title">
            {labels.priorities}
          </Heading>
          <p className="jk-priority-list__hint">
            {visible.length < entries.length
              ? formatLabel(labels.filterCount, { shown: formatNumber(visible.length, resolvedLocale), total: formatNumber(entries.length, resolvedLocale) })
              : labels.prioritiesHint}
          </p>
        </div>
        <div className="jk-priority-list__sort">
          <label htmlFor={sortId}>{labels.sortBy}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.currentTarget.value as PrioritySort)}>
            {PRIORITY_SORTS.map((value) => (
              <option key={value} value={value}>
                {sortLabel(value, labels)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {visible.length === 0 ? (
        <p className="jk-priority-list__empty">{labels.priorityEmpty}</p>
      ) : (
        <ol className="jk-priority-list__items" id={listId} aria-labelledby={titleId}>
          {shown.map((entry) => (
            <PriorityItem
              key={entry.touchpoint.id}
              entry={entry}
              selected={selection === entry.touchpoint.id}
              onSelect={() => select(entry.touchpoint.id)}
              labels={labels}
              locale={resolvedLocale}
            />
          ))}
        </ol>
      )}
      {visible.length > max ? (
        <button type="button" className="jk-priority-list__more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? labels.showFewer : formatLabel(labels.showAll, { n: formatNumber(visible.length, resolvedLocale) })}
        </button>
      ) : null}
    </section>
  );
});
