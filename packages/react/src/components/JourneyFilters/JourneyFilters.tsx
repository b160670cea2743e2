import { createTouchpointFilter } from '@journeykit/core';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type Ref } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import { formatLabel } from '../../i18n/format-label';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels, type CommonLabels } from '../../i18n/labels/common';
import { filterLabels } from '../../i18n/labels/filters';
import { combineLabels } from '../../i18n/labels/table';
import type { JourneyFilters as JourneyFiltersValue } from '../../state/types';
import { useFiltersState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import { formatNumber, touchpointCount } from '../../i18n/numbers';
import { filterFieldsOf, type FilterField } from './filterFields';
import { isNarrowed, isShown, toggleValue, withoutKey } from './filterState';
import { PersonaChip } from './PersonaChip';

/** Which touchpoints are shown (the filter shape of core's layout); the same name as the component, so one import gives both. */
export type JourneyFilters = JourneyFiltersValue;

/** A filter `JourneyFilters` can show. */
export type JourneyFilterField = 'persona' | 'channel' | 'phase' | 'mode' | 'influence';

/** Every filter field, in the order they are shown. */
export const JOURNEY_FILTER_FIELDS: readonly JourneyFilterField[] = ['persona', 'channel', 'phase', 'mode', 'influence'];

/** Props of {@link JourneyFilters}. */
export interface JourneyFiltersProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'defaultValue' | 'onChange'> {
  /** The journey: a parsed model or a raw document (validated; an invalid one shows an inline error). */
  journey: JourneyInput;
  /** The filters (controlled). Without it the surrounding `JourneyStateProvider` is used, else own state. */
  filters?: JourneyFiltersValue;
  /** Initial filters when uncontrolled. @default {} (everything shown) */
  defaultFilters?: JourneyFiltersValue;
  /** Called with the new filters on every change. */
  onFiltersChange?: (filters: JourneyFiltersValue) => void;
  /**
   * Which filters to show, in this order.
   * @default ['persona', 'channel', 'phase', 'mode', 'influence']
   */
  fields?: readonly JourneyFilterField[];
  /**
   * Level of the "Filters" heading.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

/** The filters' texts: their own and the journey's words. */
const FILTER_LABELS = /* @__PURE__ */ combineLabels(commonLabels, filterLabels);

function FieldOptions({ field, filters, setFilters, labels, locale }: { field: FilterField; filters: JourneyFiltersValue; setFilters: (next: JourneyFiltersValue) => void; labels: CommonLabels; locale: string }) {
  const all = field.options.map((option) => option.value);
  const narrowed = isNarrowed(filters, field.key, all);
  return (
    <fieldset className="jk-journey-filters__field" data-field={field.field} data-narrowed={narrowed || undefined}>
      <legend className="jk-journey-filters__legend">{field.legend}</legend>
      <div className="jk-journey-filters__options">
        {field.options.map((option) => {
          const checked = isShown(filters, field.key, option.value);
          return (
            <label key={option.value} className="jk-filter-chip" data-state={checked ? 'on' : 'off'} data-empty={option.count === 0 || undefined}>
              <input
                type="checkbox"
                className="jk-filter-chip__input"
                checked={checked}
                onChange={() => setFilters(toggleValue(filters, field.key, option.value, all))}
              />
              <span className="jk-filter-chip__box" aria-hidden="true" />
              {option.persona ? <PersonaChip persona={option.persona} locale={locale} showRole className="jk-filter-chip__persona" /> : <span className="jk-filter-chip__label">{option.label}</span>}
              <span className="jk-filter-chip__count" aria-hidden="true">
                {formatNumber(option.count, locale)}
              </span>
              <span className="jk-visually-hidden">, {touchpointCount(option.count, locale, labels)}</span>
            </label>
          );
        })}
        {narrowed && field.allLabel ? (
          <button type="button" className="jk-journey-filters__all" onClick={() => setFilters(withoutKey(filters, field.key))}>
            {field.allLabel}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/**
 * Filters for a journey map or dashboard: personas (with colour and role), channels, phases,
 * modes and influences as checkbox chips in fieldsets, a reset action and a live count of the
 * touchpoints shown. Shares its filters with the map through `JourneyStateProvider`. Filter
 * semantics are core's layout filter: a field whose options are all checked is absent (matches
 * all); unchecking every option matches none.
 * @example
 * <JourneyStateProvider>
 *   <JourneyFilters journey={journey} fields={['persona', 'phase']} />
 *   <JourneyMap journey={journey} />
 * </JourneyStateProvider>
 */
export const JourneyFilters = forwardRef<HTMLElement, JourneyFiltersProps>(function JourneyFilters(
  { journey: input, filters: filtersProp, defaultFilters, onFiltersChange, fields = JOURNEY_FILTER_FIELDS, headingLevel = 3, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { locale: resolvedLocale, labels } = useLabels(FILTER_LABELS, locale, labelOverrides, journey?.locale);
  const [filters, setFilters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const titleId = useId();
  const fieldModels = useMemo(() => (journey ? filterFieldsOf(journey, fields, labels, resolvedLocale) : []), [journey, fields, labels, resolvedLocale]);
  const shown = useMemo(() => (journey ? journey.touchpoints.filter(createTouchpointFilter(filters)).length : 0), [journey, filters]);

  if (!journey) return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const total = journey.touchpoints.length;
  const filtered = Object.keys(filters).length > 0;
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      ref={ref}
      className={['jk-root', 'jk-journey-filters', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-filtered={filtered || undefined}
      {...rest}
    >
      <div className="jk-journey-filters__header">
        <Heading id={titleId} className="jk-journey-filters__title">
          {labels.filters}
        </Heading>
        <p className="jk-journey-filters__count" role="status" aria-live="polite" data-state={shown < total ? 'narrowed' : 'all'}>
          {formatLabel(labels.filterCount, { shown: formatNumber(shown, resolvedLocale), total: formatNumber(total, resolvedLocale) })}
        </p>
        <button type="button" className="jk-journey-filters__reset" onClick={() => setFilters({})} disabled={!filtered}>
          {labels.resetFilters}
        </button>
      </div>
      <div className="jk-journey-filters__fields">
        {fieldModels.map((field) => (
          <FieldOptions key={field.field} field={field} filters={filters} setFilters={setFilters} labels={labels} locale={resolvedLocale} />
        ))}
      </div>
    </section>
  );
});
