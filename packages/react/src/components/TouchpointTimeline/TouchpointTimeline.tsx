import type { SelectionStateProps, FiltersStateProps, TouchpointEventProps } from '../../state/props';
import type { JourneyLayoutItem, JourneyLayoutLane, JourneyLayoutOptions, LaneKind, Touchpoint } from '@journeykit/core';
import { forwardRef, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useJourneyLayout } from '../../hooks/useJourneyLayout';
import { COMPACT_LANES_BELOW, laneHeaderDensity, laneHeaderWidthFor } from '../../hooks/useNarrowContainer';
import { DenseJourneyView } from '../DenseMap/DenseJourneyView';
import { isDense, type JourneyDensity } from '../DenseMap/density';
import { useJourneySelection } from '../../hooks/useJourneySelection';
import { ROVING_KEY_ATTRIBUTE, useRovingGrid } from '../../hooks/useRovingGrid';
import { useLabels } from '../../i18n/useLabels';
import { formatLabel } from '../../i18n/format-label';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { swimlaneLabels } from '../../i18n/labels/swimlanes';
import { combineLabels } from '../../i18n/labels/table';
import { timeLabels } from '../../i18n/labels/time';
import { timelineLabels } from '../../i18n/labels/timeline';
import { useFiltersState, useViewState } from '../../state/useJourneyState';
import { JourneyMapContext } from '../JourneyMap/JourneyMapContext';
import { JourneyError } from '../JourneyError/JourneyError';
import { useElementWidth } from '../../hooks/useElementWidth';
import { laneCornerLabel } from '../PhaseSwimlanes/SwimlaneHeaders';
import { UnplacedTouchpoints } from '../PhaseSwimlanes/UnplacedTouchpoints';
import { TouchpointPopover } from '../TouchpointPopover/TouchpointPopover';
import { TimelineHead } from './TimelineHead';
import { TimelineLanes } from './TimelineLanes';
import { TimelineToolbar } from './TimelineToolbar';
import { timelineModel } from './timelineModel';
import { zoomedTimeTicks } from '@journeykit/core';
import { useTimelineZoom, type TimelineZoomState } from './useTimelineZoom';
import { ZOOM_STEP, zoomKeyFactor } from './zoom-keys';

/** What {@link TouchpointTimelineProps.renderTouchpoint} gets besides the touchpoint. */
export interface TimelineTouchpointState {
  /** Whether the touchpoint is selected. */
  selected: boolean;
  /** Whether its popover is open at this item. */
  open: boolean;
  /** The laid-out item (unzoomed position, lane, `day`/`endDay`). */
  item: JourneyLayoutItem;
  /** The lane it stands in. */
  lane: JourneyLayoutLane;
  /** Spread on your focusable element: position `style` and `className` (zoom-aware), `tabIndex`, roving key, `onClick`, `onFocus`, ARIA. */
  itemProps: Record<string, unknown> & { style: CSSProperties; tabIndex: number; className: string; onClick: (event: MouseEvent<HTMLElement>) => void };
}

/** Sizes of the timeline layout in pixels (see core `JourneyLayoutOptions`). */
export type TimelineSizes = Pick<JourneyLayoutOptions, 'cardWidth' | 'cardHeight' | 'gap' | 'lanePadding' | 'phaseHeaderHeight' | 'axisHeight' | 'laneHeaderWidth' | 'minLaneHeight'>;

/** Props of {@link TouchpointTimeline}. */
export interface TouchpointTimelineProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SelectionStateProps, FiltersStateProps, TouchpointEventProps {
  /** The journey: a parsed model, or a raw document (validated; invalid → inline error). */
  journey: JourneyInput;
  /** What the lanes stand for. @default the provider's view, else 'persona' */
  lanes?: LaneKind;
  /** Your own item: return an element and spread `state.itemProps` on it. @default a TouchpointCard */
  renderTouchpoint?: (touchpoint: Touchpoint, state: TimelineTouchpointState) => ReactNode;
  /** Pixels per day at zoom 1. @default fitted: the whole journey fills the width */
  pixelsPerDay?: number;
  /** Width of the map at zoom 1 (ignored with `pixelsPerDay`). @default the measured width of the timeline */
  width?: number;
  /** Zoom to start at (1 = the layout as computed), keeping the left edge in place (uncontrolled). @default 1 */
  defaultZoom?: number;
  /**
   * The zoom, controlled: scale and horizontal pan in pixels (see `TimelineZoomState`). Gestures,
   * buttons and keys then only call `onZoomChange`; a zoom outside the limits is corrected and
   * reported back. Dense (canvas) timelines zoom by laying the days out wider (buttons, + and −)
   * and pan by scrolling; the same state describes both.
   * @default undefined (uncontrolled, starting at `defaultZoom`)
   */
  zoom?: TimelineZoomState;
  /** Called with every new zoom: wheel, pinch, drag, the zoom buttons and keys, focus panning an item into view. @default undefined */
  onZoomChange?: (zoom: TimelineZoomState) => void;
  /** Largest zoom. @default enough for about 400 pixels per day, at least 4 */
  maxZoom?: number;
  /**
   * Sizes of items, headers and lanes. Without a `laneHeaderWidth`, a timeline narrower than
   * 640 px (a phone) gets compact lane headers of 128 px — name and role, no job title — so the
   * time axis keeps most of the width; a header narrower than 170 px always shows that compact content.
   * @default { cardWidth: 168, cardHeight: 66, laneHeaderWidth: 220 (128 below 640 px), phaseHeaderHeight: 32, axisHeight: 28, minLaneHeight: 90 }
   */
  sizes?: TimelineSizes;
  /** Validate a raw document leniently (unknown references become unplaced touchpoints). @default false */
  lenient?: boolean;
  /** Language of built-in labels and tick labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
  /**
   * HTML cards, or touchpoints as marks on a canvas for big maps (`'dense'`: axis, headers, focus
   * ring and the selected item stay HTML; `sizes` and `renderTouchpoint` apply to cards only).
   * `'auto'` is dense beyond `DENSE_TOUCHPOINT_THRESHOLD` (1,000) touchpoints.
   * @default 'auto'
   */
  density?: JourneyDensity;
  /** Dense mode only: height of the emotion curves drawn on the canvas under the lanes; 0 draws none. @default 0 */
  emotionHeight?: number;
}

const DEFAULT_SIZES: TimelineSizes = { cardWidth: 168, cardHeight: 66, gap: 8, lanePadding: 14, laneHeaderWidth: 220, phaseHeaderHeight: 32, axisHeight: 28, minLaneHeight: 90 };
/** The timeline's texts: its own and its toolbar's, lanes (shared with the swimlanes), times and the journey's words. */
const TIMELINE_LABELS = /* @__PURE__ */ combineLabels(commonLabels, swimlaneLabels, timelineLabels, timeLabels);
const EMPTY_ROWS: string[][] = [];

interface OpenState {
  key: string;
  touchpointIndex: number;
  anchor: HTMLElement;
}

/**
 * The journey on a real time axis: phases as shaded bands, a sticky axis of dates (or days),
 * lanes by persona or channel, each touchpoint as a compact card at its moment, with a bar for
 * its duration. Zoom with Ctrl+wheel, pinch, the buttons or +/−; drag or scroll sideways to pan.
 * The layout is computed once; zooming only moves positions and re-ticks the axis. An ARIA grid:
 * arrows move in time within a lane and across lanes, Enter/Space open the details popover,
 * Escape closes it and returns focus.
 * Big maps (`density`, by default beyond 1,000 touchpoints) draw their touchpoints as marks on a
 * canvas instead, with the same headers, keyboard access and popover.
 * @example <TouchpointTimeline journey={journey} lanes="channel" onTouchpointOpen={(tp) => track(tp.id)} />
 */
export const TouchpointTimeline = forwardRef<HTMLDivElement, TouchpointTimelineProps>(function TouchpointTimeline({ density = 'auto', emotionHeight = 0, ...props }, ref) {
  const { journey } = useJourney(props.journey, { lenient: props.lenient ?? false });
  const [view] = useViewState();
  if (journey && isDense(density, journey)) {
    const { lanes, renderTouchpoint: _render, sizes: _sizes, lenient: _lenient, journey: _input, pixelsPerDay: _ppd, width: _width, ...rest } = props;
    return <DenseJourneyView ref={ref} {...rest} journey={journey} axis="time" lanes={lanes ?? view.lanes} emotionHeight={emotionHeight} />;
  }
  return <TimelineCards ref={ref} {...props} journey={journey ?? props.journey} />;
});

/** The timeline as HTML cards (an ARIA grid, zoomable). */
const TimelineCards = forwardRef<HTMLDivElement, Omit<TouchpointTimelineProps, 'density' | 'emotionHeight'>>(function TimelineCards(props, ref) {
  const {
    journey: input,
    lanes: lanesProp,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    selection,
    defaultSelection,
    onSelectionChange,
    onTouchpointSelect,
    onTouchpointOpen,
    renderTouchpoint,
    pixelsPerDay,
    width: widthProp,
    defaultZoom = 1,
    zoom: zoomProp,
    onZoomChange,
    maxZoom,
    sizes,
    lenient = false,
    locale,
    labels: labelOverrides,
    className,
    style,
    onKeyDown,
    ...rest
  } = props;
  const { journey, error } = useJourney(input, { lenient });
  const { locale: resolvedLocale, labels } = useLabels(TIMELINE_LABELS, locale, labelOverrides, journey?.locale);
  const [view] = useViewState();
  const [filters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const lanes = lanesProp ?? view.lanes;
  const viewportRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(viewportRef);
  const narrow = measured !== null && measured < COMPACT_LANES_BELOW; // measured before the first paint
  const laneHeaderWidth = laneHeaderWidthFor(sizes?.laneHeaderWidth, narrow, DEFAULT_SIZES.laneHeaderWidth!);
  const fit = pixelsPerDay === undefined ? (widthProp ?? measured ?? undefined) : undefined;
  const layoutOptions: JourneyLayoutOptions = { ...DEFAULT_SIZES, ...sizes, laneHeaderWidth, axis: 'time', lanes, filter: filters, emotionHeight: 0, locale: resolvedLocale, pixelsPerDay, width: fit };
  const layout = useJourneyLayout(journey, layoutOptions);
  const model = useMemo(() => (journey && layout ? timelineModel(journey, layout, labels, resolvedLocale) : null), [journey, layout, labels, resolvedLocale]);
  const start = layout?.laneHeader.width ?? 0;
  const days = layout?.axis.days;
  const visible = Math.max(1, (measured ?? layout?.width ?? start + 1) - start);
  const minScale = layout ? Math.min(1, visible / Math.max(1, layout.width - start)) : 1;
  const maxScale = maxZoom ?? Math.max(4, 400 / Math.max(0.01, days?.pixelsPerDay ?? 32));
  const zoom = useTimelineZoom(viewportRef, {
    start,
    contentEnd: layout?.width ?? start + 1,
    minScale,
    maxScale,
    defaultScale: defaultZoom,
    width: measured,
    value: zoomProp,
    onChange: onZoomChange,
  });
  const { transform } = zoom;
  const identity = transform.k === 1 && transform.x === 0;
  const ticks = useMemo(() => {
    if (!layout || !days) return [];
    if (identity) return layout.axis.ticks;
    const right = start + visible;
    const dayLabel = (day: number) => formatLabel(labels.dayN, { n: day });
    return zoomedTimeTicks(days, transform.invertX(start), transform.invertX(right), transform.k, resolvedLocale, dayLabel).filter((tick) => transform.applyX(tick.x) >= start - 1);
  }, [layout, days, identity, start, visible, transform, labels, resolvedLocale]);

  const { selectedId, select } = useJourneySelection(journey, { selection, defaultSelection, onSelectionChange });
  const roving = useRovingGrid({ rows: model?.rows ?? EMPTY_ROWS, getX: (key) => model?.items.get(key)?.x });
  const [open, setOpen] = useState<OpenState | null>(null);
  const latest = useRef({ journey, layout, model, select, onTouchpointSelect, onTouchpointOpen, reveal: zoom.reveal });
  latest.current = { journey, layout, model, select, onTouchpointSelect, onTouchpointOpen, reveal: zoom.reveal };
  // Inside a JourneyMap: the map's curve is laid out with these options and drawn through this zoom (before the paint).
  const reportTimeline = useContext(JourneyMapContext)?.reportTimeline;
  // The curve's keyboard asks for a touchpoint's place: pan its card into view (the zoom stays).
  const revealTouchpoint = useCallback((touchpointId: string) => {
    const { journey: current, layout: laidOut, reveal } = latest.current;
    const index = current ? current.touchpoints.findIndex((touchpoint) => touchpoint.id === touchpointId) : -1;
    const item = index < 0 ? undefined : laidOut?.items.find((candidate) => candidate.touchpointIndex === index);
    if (item) reveal(item.x, item.width);
  }, []);
  useLayoutEffect(() => {
    if (!reportTimeline || !layout) return;
    // The options are those of this layout: the effect runs again whenever the layout changes.
    reportTimeline({ options: layoutOptions, k: transform.k, x: transform.x, end: measured ?? layout.width, revealTouchpoint });
    return () => reportTimeline(null); // batched with the next report; the last one when the timeline goes
  }, [reportTimeline, layout, transform, measured, revealTouchpoint]);

  const onItemClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const { journey: current, select: choose, onTouchpointSelect: onSelect, onTouchpointOpen: onOpen } = latest.current;
    const element = event.currentTarget;
    const index = Number(element.getAttribute('data-touchpoint-index'));
    const touchpoint = current?.touchpoints[index];
    if (!touchpoint) return;
    choose(touchpoint.id);
    onSelect?.(touchpoint);
    setOpen({ key: element.getAttribute(ROVING_KEY_ATTRIBUTE) ?? touchpoint.id, touchpointIndex: index, anchor: element });
    onOpen?.(touchpoint);
  }, []);
  const onItemFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const item = latest.current.model?.items.get(event.currentTarget.getAttribute(ROVING_KEY_ATTRIBUTE) ?? '');
    if (item) latest.current.reveal(item.x, item.width);
  }, []);
  const onOpenChange = useCallback((next: boolean) => {
    if (!next) setOpen(null);
  }, []);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const action = zoomKeyFactor(event);
    if (action === undefined) return;
    event.preventDefault();
    if (action === 0) return zoom.reset();
    // Keys zoom around the focused card while it is in view, so it stays where the eye is.
    const item = model?.items.get((event.target as HTMLElement).getAttribute(ROVING_KEY_ATTRIBUTE) ?? '');
    zoom.zoomBy(action, item?.x);
  };

  if (error || !journey || !layout || !model)
    return <JourneyError ref={ref} issues={error?.issues ?? []} locale={resolvedLocale} labels={labelOverrides} className={className} style={style} {...rest} />;

  const openTouchpoint = open ? journey.touchpoints[open.touchpointIndex] : undefined;
  const zoomVars = { '--jk-tl-k': transform.k, '--jk-tl-tx': `${transform.x - start}px`, '--jk-tl-header-width': `${start}px` } as CSSProperties;
  return (
    <div
      ref={ref}
      className={['jk-root', 'jk-timeline', className].filter(Boolean).join(' ')}
      data-jk-scroll=""
      data-lanes={lanes}
      data-lane-headers={laneHeaderDensity(start)}
      data-zoomed={identity ? 'false' : 'true'}
      data-state={openTouchpoint ? 'open' : selectedId ? 'selected' : 'idle'}
      style={{ ...style, ...zoomVars }}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      <TimelineToolbar labels={labels} scale={transform.k} minScale={minScale} maxScale={maxScale} atRest={identity} untimed={model.untimed.size} timed={days !== undefined} onZoom={zoom.zoomBy} onReset={zoom.reset} step={ZOOM_STEP} />
      <div className="jk-timeline__viewport" ref={viewportRef} data-jk-scroll="">
        <div className="jk-timeline__canvas" style={{ height: layout.height }}>
          <TimelineHead layout={layout} ticks={ticks} applyX={(x) => transform.applyX(x)} corner={laneCornerLabel(layout.laneKind, labels)} />
          {layout.items.length === 0 ? (
            <p className="jk-timeline__empty" role="status">
              {labels.timelineEmpty}
            </p>
          ) : null}
          <TimelineLanes
            journey={journey}
            layout={layout}
            model={model}
            roving={roving}
            selectedId={selectedId}
            openKey={openTouchpoint ? open!.key : null}
            onItemClick={onItemClick}
            onItemFocus={onItemFocus}
            renderTouchpoint={renderTouchpoint}
            label={`${journey.title} – ${labels.viewTimeline}`}
            gridLines={ticks.map((tick) => transform.applyX(tick.x))}
            labels={labels}
            labelOverrides={labelOverrides}
            locale={resolvedLocale}
          />
        </div>
      </div>
      {model.unplaced.length > 0 ? (
        <UnplacedTouchpoints journey={journey} touchpoints={model.unplaced} selectedId={selectedId} onCardClick={onItemClick} labels={labels} labelOverrides={labelOverrides} locale={resolvedLocale} />
      ) : null}
      <TouchpointPopover touchpoint={openTouchpoint} journey={journey} anchor={open?.anchor} open={openTouchpoint !== undefined} onOpenChange={onOpenChange} locale={resolvedLocale} labels={labelOverrides} />
    </div>
  );
});
