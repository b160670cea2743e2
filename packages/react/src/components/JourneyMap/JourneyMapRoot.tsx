import type { SelectionStateProps, FiltersStateProps, ViewStateProps } from '../../state/props';
import type { Touchpoint } from '@journeykit/core';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { laneHeaderWidthFor, useNarrowContainer } from '../../hooks/useNarrowContainer';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { errorLabels } from '../../i18n/labels/errors';
import { mapToolbarLabels } from '../../i18n/labels/map-toolbar';
import { swimlaneLabels } from '../../i18n/labels/swimlanes';
import { combineLabels } from '../../i18n/labels/table';
import { timelineLabels } from '../../i18n/labels/timeline';
import { JourneyStateProvider } from '../../state/JourneyStateProvider';
import { useFiltersState, useSelectionState, useViewState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import type { SwimlaneSizes } from '../PhaseSwimlanes/PhaseSwimlanes';
import { JourneyMapContext, JourneyMapTimelineContext, type RenderTouchpoint } from './JourneyMapContext';
import type { TimelineFrame } from './timeline-curve';
import { warnOnce } from './PartBoundary';
import { isDense, type JourneyDensity } from '../DenseMap/density';

/** The default sizes of the map's swimlanes (cards, headers, lanes), in pixels. */
export const JOURNEY_MAP_SIZES: SwimlaneSizes = { cardWidth: 176, cardHeight: 74, phaseHeaderHeight: 84, laneHeaderWidth: 232, minLaneHeight: 98 };

/** The texts of the map's own parts: toolbar, part errors, the view names and the journey's words. */
const MAP_LABELS = /* @__PURE__ */ combineLabels(commonLabels, errorLabels, mapToolbarLabels, swimlaneLabels, timelineLabels);

/** Props of `JourneyMap.Root`: the journey, every controllable state slice, events and slots. */
export interface JourneyMapRootProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect'>, SelectionStateProps, FiltersStateProps, ViewStateProps {
  /** The journey: a parsed model, or a raw document (object or JSON text) that is validated once; invalid → inline error. */
  journey: JourneyInput;
  /** Called with the touchpoint when it is selected (click, Enter, Space, a point of the curve). @default undefined */
  onTouchpointSelect?: (touchpoint: Touchpoint) => void;
  /** Called with the touchpoint when its details open. @default undefined */
  onTouchpointOpen?: (touchpoint: Touchpoint) => void;
  /** Your own touchpoint card in swimlanes and timeline (spread `state.itemProps` on it). @default TouchpointCard */
  renderTouchpoint?: RenderTouchpoint;
  /**
   * Sizes of cards, headers and lanes of the swimlanes (the emotion curve lines up with them).
   * Without a `laneHeaderWidth`, a map narrower than 640 px (a phone) gets compact lane headers of
   * 128 px, in the swimlanes and the timeline alike.
   * @default JOURNEY_MAP_SIZES
   */
  sizes?: SwimlaneSizes;
  /** Validate a raw document leniently: unknown phases or personas make touchpoints "unplaced" instead of an error (live data). @default false */
  lenient?: boolean;
  /** Level of the map's title heading; section headings follow one level below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's `locale`, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
  /**
   * Touchpoints as HTML cards, or as marks on a canvas for big maps (`'dense'`: grid, headers,
   * labels, focus ring and the selected item stay HTML; the emotion curve is drawn on the same
   * canvas). `'auto'` is dense beyond `DENSE_TOUCHPOINT_THRESHOLD` (1,000) touchpoints.
   * @default 'auto'
   */
  density?: JourneyDensity;
  /**
   * Swimlane cards: keep just the cards near the visible part of the scrolled grid in the DOM
   * (see `PhaseSwimlanes` `windowing`); `false` renders every card.
   * @default true
   */
  windowing?: boolean;
}

/**
 * The root of a composed map: validates the journey once, resolves selection, filters and view
 * (props → surrounding `JourneyStateProvider` → own state) and shares them with its parts —
 * `JourneyMap.Header`, `.Toolbar`, `.Personas`, `.View`, `.EmotionCurve`, `.Legend` — and with
 * any journeykit component placed inside it.
 * @example
 * <JourneyMap.Root journey={journey} defaultView={{ axis: 'time', lanes: 'persona' }}>
 *   <JourneyMap.Header />
 *   <JourneyMap.View />
 * </JourneyMap.Root>
 */
export const JourneyMapRoot = forwardRef<HTMLDivElement, JourneyMapRootProps>(function JourneyMapRoot(props, ref) {
  const {
    journey: input,
    selection,
    defaultSelection,
    onSelectionChange,
    filters,
    defaultFilters,
    onFiltersChange,
    view,
    defaultView,
    onViewChange,
    onTouchpointSelect,
    onTouchpointOpen,
    renderTouchpoint,
    sizes,
    lenient = false,
    headingLevel = 2,
    locale,
    labels: labelOverrides,
    density = 'auto',
    windowing = true,
    className,
    children,
    ...rest
  } = props;
  const { journey, error } = useJourney(input, { lenient });
  const { locale: resolvedLocale, labels } = useLabels(MAP_LABELS, locale, labelOverrides, journey?.locale);
  const [currentSelection, setSelection] = useSelectionState(selection, defaultSelection, onSelectionChange);
  const [currentFilters, setFilters] = useFiltersState(filters, defaultFilters, onFiltersChange);
  const [currentView, setView] = useViewState(view, defaultView, onViewChange);
  const rootRef = useRef<HTMLDivElement>(null);
  const [timeline, reportTimeline] = useState<TimelineFrame | null>(null);
  useImperativeHandle(ref, () => rootRef.current!, []);

  useEffect(() => {
    if (error) warnOnce(`JourneyMap got an invalid journey: ${error.issues.slice(0, 3).map((issue) => `${issue.path || '(document)'} ${issue.message}`).join('; ')}`);
  }, [error]);

  const dense = isDense(density, journey);
  const narrow = useNarrowContainer(rootRef, sizes?.laneHeaderWidth === undefined);
  const resolvedSizes = useMemo(
    () => ({ ...JOURNEY_MAP_SIZES, ...sizes, laneHeaderWidth: laneHeaderWidthFor(sizes?.laneHeaderWidth, narrow, JOURNEY_MAP_SIZES.laneHeaderWidth!) }),
    [sizes, narrow],
  );
  const context = useMemo(
    () => ({
      journey,
      error,
      locale: resolvedLocale,
      labels,
      labelOverrides,
      sizes: resolvedSizes,
      lenient,
      headingLevel,
      rootRef,
      renderTouchpoint,
      onTouchpointSelect,
      onTouchpointOpen,
      dense,
      windowing,
      reportTimeline,
    }),
    [journey, error, resolvedLocale, labels, labelOverrides, resolvedSizes, lenient, headingLevel, renderTouchpoint, onTouchpointSelect, onTouchpointOpen, dense, windowing],
  );

  return (
    <JourneyStateProvider selection={currentSelection} onSelectionChange={setSelection} filters={currentFilters} onFiltersChange={setFilters} view={currentView} onViewChange={setView}>
      <JourneyMapContext.Provider value={context}>
        <JourneyMapTimelineContext.Provider value={timeline}>
        <div
          ref={rootRef}
          className={['jk-root', 'jk-journey-map', className].filter(Boolean).join(' ')}
          data-axis={currentView.axis}
          data-density={dense ? 'dense' : 'cards'}
          data-lanes={currentView.lanes}
          data-state={error ? 'invalid' : currentSelection ? 'selected' : 'idle'}
          lang={resolvedLocale}
          {...rest}
        >
          {error ? <JourneyError issues={error.issues} locale={resolvedLocale} labels={labelOverrides} /> : children}
        </div>
        </JourneyMapTimelineContext.Provider>
      </JourneyMapContext.Provider>
    </JourneyStateProvider>
  );
});
