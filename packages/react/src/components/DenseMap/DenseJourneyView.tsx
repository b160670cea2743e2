/** A dense journey map: touchpoint marks on a canvas, headers, focus, selection and the popover in HTML. */
import type { FiltersStateProps, SelectionStateProps, TouchpointEventProps } from '../../state/props';
import { denseHitTest, denseView, laneOfItem, stepItem, type ItemStep, type Journey, type LaneKind } from '@journeykit/core';
import { forwardRef, useCallback, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { useJourneyLayout, layoutOptionsKey } from '../../hooks/useJourneyLayout';
import { laneHeaderDensity, laneHeaderWidthFor, useNarrowContainer } from '../../hooks/useNarrowContainer';
import { useJourneySelection } from '../../hooks/useJourneySelection';
import { useLabels } from '../../i18n/useLabels';
import { formatLabel } from '../../i18n/format-label';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { denseMapLabels } from '../../i18n/labels/dense-map';
import { emotionCurveLabels } from '../../i18n/labels/emotion-curve';
import { personaLabels } from '../../i18n/labels/persona';
import { swimlaneLabels } from '../../i18n/labels/swimlanes';
import { combineLabels } from '../../i18n/labels/table';
import { timelineLabels } from '../../i18n/labels/timeline';
import { useFiltersState } from '../../state/useJourneyState';
import { personaTones } from '../EmotionCurve/persona-tones';
import { laneName } from '../PhaseSwimlanes/SwimlaneHeaders';
import { TouchpointPopover } from '../TouchpointPopover/TouchpointPopover';
import { DenseCanvas } from './DenseCanvas';
import { DenseHeaders } from './DenseHeaders';
import { DENSE_SIZES, DENSE_TIMELINE_SIZES } from './density';
import { markAttributes } from './marks';
import { boxOf, carryFocus, itemsOfTouchpoint, rankAmongShown, scrollIntoView } from './dense-items';
import { TimelineToolbar } from '../TouchpointTimeline/TimelineToolbar';
import type { TimelineZoomState } from '../TouchpointTimeline/useTimelineZoom';
import { DENSE_PIXELS_PER_DAY, useDenseTimeZoom, useDenseZoomState } from './useDenseTimeZoom';
import { ZOOM_STEP } from '../TouchpointTimeline/zoom-keys';
import { clampScale } from '../../render/zoom-transform';

/** The dense map's texts: its own, the headers' (shared with the swimlanes), the time toolbar's and the curve band's name. */
const DENSE_LABELS = /* @__PURE__ */ combineLabels(commonLabels, personaLabels, swimlaneLabels, timelineLabels, emotionCurveLabels, denseMapLabels);

/** Props of {@link DenseJourneyView}. */
export interface DenseJourneyViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SelectionStateProps, FiltersStateProps, TouchpointEventProps {
  /** The parsed journey. */
  journey: Journey;
  /** Phase columns (`'ordinal'`) or a time axis. */
  axis: 'ordinal' | 'time';
  /** What the lanes stand for. */
  lanes: LaneKind;
  /** Height of the emotion band drawn under the lanes; 0 hides it. @default 0 */
  emotionHeight?: number;
  /** Draw the desired emotion as dashed lines in the band. @default true */
  showDesired?: boolean;
  /** Language of built-in labels. @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
  /** Time axis: scale to start at, the left edge in place (uncontrolled). @default 1 */
  defaultZoom?: number;
  /** Time axis: the zoom, controlled (scale and pan, as `TouchpointTimeline`'s). @default undefined */
  zoom?: TimelineZoomState;
  /** Time axis: called with every new zoom (buttons, + and −, scrolling). @default undefined */
  onZoomChange?: (zoom: TimelineZoomState) => void;
  /** Time axis: largest zoom. @default 12.5 (400 pixels per day) */
  maxZoom?: number;
}

const KEY_STEPS: Record<string, ItemStep> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end' };

/**
 * The dense renderer of `PhaseSwimlanes` and `TouchpointTimeline`: one `<canvas>` draws the
 * touchpoints as marks (only the visible part), hit-tested through core's spatial index; the
 * phase and lane headers, the focus ring, the selected items and the popover's anchor are HTML.
 * State holds item indexes, never per-touchpoint objects. Filters other than phases hide marks in
 * place (`denseView`) without a new layout. The map is one focusable region: arrow keys, Home and
 * End move between touchpoints (announced in a live region), Enter or Space open the popover.
 */
export const DenseJourneyView = forwardRef<HTMLDivElement, DenseJourneyViewProps>(function DenseJourneyView(props, ref) {
  const {
    journey,
    axis,
    lanes,
    emotionHeight = 0,
    showDesired = true,
    selection,
    defaultSelection,
    onSelectionChange,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    onTouchpointSelect,
    onTouchpointOpen,
    locale,
    labels: labelOverrides,
    defaultZoom = 1,
    zoom: zoomProp,
    onZoomChange,
    maxZoom,
    className,
    onKeyDown: onRootKeyDown,
    ...rest
  } = props;
  const { locale: resolvedLocale, labels } = useLabels(DENSE_LABELS, locale, labelOverrides, journey.locale);
  const [filters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const { phaseIds, ...markFilter } = filters;
  // Time axis: zoom is a new layout at a multiple of the pixels per day (see useDenseTimeZoom).
  const zoomState = useDenseZoomState({ value: zoomProp, defaultScale: defaultZoom, onChange: onZoomChange });
  const scale = clampScale(zoomState[0].scale, [0.01, maxZoom ?? Number.POSITIVE_INFINITY]);
  // Phases are filtered by the layout (their columns go); every other criterion hides marks in place.
  const viewportRef = useRef<HTMLDivElement>(null);
  // A phone: compact lane headers (as the swimlanes and the timeline), so the marks keep the width.
  const narrow = useNarrowContainer(viewportRef);
  const layout = useJourneyLayout(journey, {
    ...(axis === 'time' ? { ...DENSE_TIMELINE_SIZES, pixelsPerDay: DENSE_PIXELS_PER_DAY * scale } : DENSE_SIZES),
    laneHeaderWidth: laneHeaderWidthFor(undefined, narrow, DENSE_SIZES.laneHeaderWidth),
    axis,
    lanes,
    emotionHeight,
    locale: resolvedLocale,
    ...(phaseIds ? { filter: { phaseIds } } : {}),
  })!;
  const viewKey = layoutOptionsKey({ filter: markFilter });
  const view = useMemo(() => denseView(journey, layout, markFilter), [journey, layout, viewKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const marks = useMemo(() => markAttributes(journey), [journey]);
  const personas = useMemo(() => [...personaTones(journey.personas)].map(([id, tone]) => ({ id, color: tone.color, tone: tone.tone })), [journey]);
  const { selectedId, select } = useJourneySelection(journey, { selection, defaultSelection, onSelectionChange });

  // Focus and the open popover as item indexes of this layout (a new layout starts afresh).
  const [focus, setFocus] = useState({ layout, focused: -1, open: -1 });
  // A new layout (a zoom step, a phase filter) keeps the focused and the open item where they still stand.
  const carried = useMemo(() => carryFocus(focus, layout), [focus, layout]);
  const focused = view.itemVisible[carried.focused] ? carried.focused : -1;
  const open = view.itemVisible[carried.open] ? carried.open : -1;
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const closedOutside = useRef(false);
  const hintId = `${useId()}-hint`;
  const timeZoom = useDenseTimeZoom(zoomState, layout, viewportRef, maxZoom, () => {
    const { layout: currentLayout, view: currentView, focused: current } = latest.current;
    const viewport = viewportRef.current;
    if (current < 0 || !viewport) return undefined;
    // The item's left edge is its time (marks keep their width when the days spread out).
    const at = boxOf(currentLayout, currentView, current).left - viewport.scrollLeft;
    return at > currentLayout.laneHeader.width && at < viewport.clientWidth ? at : undefined;
  });

  const latest = useRef({ journey, layout, view, focused, select, onTouchpointSelect, onTouchpointOpen });
  latest.current = { journey, layout, view, focused, select, onTouchpointSelect, onTouchpointOpen };

  /** Selects and opens the item at `index` (click, Enter, Space). */
  const activate = useCallback((index: number) => {
    const { journey: current, layout: currentLayout, select: choose, onTouchpointSelect: onSelect, onTouchpointOpen: onOpen } = latest.current;
    const touchpoint = current.touchpoints[currentLayout.items[index]!.touchpointIndex];
    if (!touchpoint) return;
    choose(touchpoint.id);
    onSelect?.(touchpoint);
    setFocus({ layout: currentLayout, focused: index, open: index });
    onOpen?.(touchpoint);
  }, []);

  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if ((event.target as Element).closest('.jk-swimlanes__head, .jk-swimlanes__lane-header, .jk-dense__emotion-head')) return;
      const box = event.currentTarget.getBoundingClientRect();
      const { layout: currentLayout, view: currentView } = latest.current;
      const index = denseHitTest(currentLayout, currentView, event.clientX - box.left, event.clientY - box.top);
      if (index >= 0) activate(index);
    },
    [activate],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.target !== event.currentTarget) return;
      const { layout: currentLayout, view: currentView, focused: current } = latest.current;
      const step = KEY_STEPS[event.key];
      if (step) {
        event.preventDefault();
        const next = stepItem(currentLayout, current, step, currentView.itemVisible);
        if (next < 0) return;
        setFocus({ layout: currentLayout, focused: next, open: -1 });
        scrollIntoView(viewportRef.current, currentLayout, currentView, next);
      } else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) {
        event.preventDefault();
        activate(current);
      }
    },
    [activate],
  );

  const onOpenChange = useCallback((next: boolean) => {
    if (!next) setFocus((state) => ({ ...carryFocus(state, latest.current.layout), open: -1 }));
  }, []);

  const total = view.shownItems;
  const shownTouchpoints = useMemo(() => view.phaseCounts.reduce((sum, count) => sum + count, 0), [view]);
  const focusedItem = focused >= 0 ? layout.items[focused] : undefined;
  const openTouchpoint = open >= 0 ? journey.touchpoints[layout.items[open]!.touchpointIndex] : undefined;
  const focusedLane = focusedItem ? layout.lanes[laneOfItem(layout, focused)] : undefined;
  const announcement = focusedItem
    ? formatLabel(labels.denseFocus, {
        title: journey.touchpoints[focusedItem.touchpointIndex]?.title ?? focusedItem.touchpointId,
        phase: layout.phases.find((phase) => phase.id === focusedItem.phaseId)?.name ?? focusedItem.phaseId,
        lane: focusedLane ? laneName(focusedLane, labels) : '',
        n: rankAmongShown(view.itemVisible, focused) + 1,
        total,
      })
    : '';
  const selectedBoxes = useMemo(() => (selectedId === null ? [] : itemsOfTouchpoint(layout, view.itemVisible, selectedId)), [layout, view, selectedId]);

  return (
    <div
      ref={ref}
      className={['jk-root', 'jk-swimlanes', 'jk-dense', className].filter(Boolean).join(' ')}
      data-density="dense"
      data-axis={axis}
      data-lanes={lanes}
      data-lane-headers={laneHeaderDensity(layout.laneHeader.width)}
      data-state={openTouchpoint ? 'open' : selectedId ? 'selected' : 'idle'}
      data-zoomed={axis === 'time' && scale !== 1 ? 'true' : undefined}
      onKeyDown={(event) => {
        onRootKeyDown?.(event);
        if (axis === 'time') timeZoom.onZoomKey(event);
      }}
      {...rest}
    >
      {axis === 'time' ? (
        <TimelineToolbar
          labels={labels}
          hint={labels.denseTimelineHint}
          scale={scale}
          minScale={timeZoom.minScale}
          maxScale={timeZoom.maxScale}
          atRest={scale === 1 && !(zoomState[0].x < 0)}
          untimed={timeZoom.untimed}
          timed={layout.axis.days !== undefined}
          step={ZOOM_STEP}
          onZoom={timeZoom.zoomBy}
          onReset={timeZoom.reset}
        />
      ) : null}
      <div className="jk-dense__frame">
        <div ref={viewportRef} className="jk-swimlanes__viewport jk-dense__viewport" data-jk-scroll="">
          <div
            ref={mapRef}
            role="group"
            tabIndex={0}
            aria-label={formatLabel(labels.denseMapName, { title: journey.title, n: shownTouchpoints })}
            aria-describedby={hintId}
            className="jk-dense__map"
            style={{ width: layout.width, height: view.height, '--jk-swimlanes-lane-header-width': `${layout.laneHeader.width}px` } as CSSProperties}
            onClick={onClick}
            onKeyDown={onKeyDown}
          >
            <DenseHeaders journey={journey} layout={layout} view={view} labels={labels} labelOverrides={labelOverrides} locale={resolvedLocale} />
            {selectedBoxes.map((index) => (
              <div key={index} className="jk-dense__selected" aria-hidden="true" style={boxOf(layout, view, index)} />
            ))}
            {focused >= 0 ? <div className="jk-dense__focus" aria-hidden="true" style={boxOf(layout, view, focused)} /> : null}
            <div ref={setAnchor} className="jk-dense__anchor" aria-hidden="true" style={open >= 0 ? boxOf(layout, view, open) : HIDDEN} />
          </div>
        </div>
        {/* After the viewport (stacked below it by z-index): its ref is attached by the time the canvas's layout effect draws. */}
        <DenseCanvas layout={layout} view={view} marks={marks} personas={personas} showDesired={showDesired} viewportRef={viewportRef} />
      </div>
      <p id={hintId} className="jk-visually-hidden">
        {labels.denseHint}
      </p>
      <div className="jk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <TouchpointPopover
        touchpoint={openTouchpoint}
        journey={journey}
        anchor={anchor}
        open={openTouchpoint !== undefined}
        onOpenChange={onOpenChange}
        onInteractOutside={() => {
          closedOutside.current = true;
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (!closedOutside.current) mapRef.current?.focus({ preventScroll: true });
          closedOutside.current = false;
        }}
        locale={resolvedLocale}
        labels={labelOverrides}
      />
    </div>
  );
});

const HIDDEN: CSSProperties = { display: 'none' };

