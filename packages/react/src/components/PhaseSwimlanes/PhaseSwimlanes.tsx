import type { SelectionStateProps, FiltersStateProps, TouchpointEventProps } from '../../state/props';
import type { JourneyLayoutItem, JourneyLayoutLane, JourneyLayoutOptions, LaneKind, Touchpoint } from '@journeykit/core';
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useJourneyLayout } from '../../hooks/useJourneyLayout';
import { useJourneySelection } from '../../hooks/useJourneySelection';
import { laneHeaderDensity, laneHeaderWidthFor, useNarrowContainer } from '../../hooks/useNarrowContainer';
import { useRovingGrid } from '../../hooks/useRovingGrid';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { personaLabels } from '../../i18n/labels/persona';
import { swimlaneLabels } from '../../i18n/labels/swimlanes';
import { combineLabels } from '../../i18n/labels/table';
import { useFiltersState, useViewState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import { TouchpointPopover } from '../TouchpointPopover/TouchpointPopover';
import { SwimlaneGrid } from './SwimlaneGrid';
import { swimlaneModel } from './swimlaneModel';
import { UnplacedTouchpoints } from './UnplacedTouchpoints';
import { DenseJourneyView } from '../DenseMap/DenseJourneyView';
import { isDense, type JourneyDensity } from '../DenseMap/density';

/** Sizes of the swimlane layout, in pixels (see core `JourneyLayoutOptions`). */
export type SwimlaneSizes = Pick<JourneyLayoutOptions, 'cardWidth' | 'cardHeight' | 'gap' | 'lanePadding' | 'phaseHeaderHeight' | 'laneHeaderWidth' | 'minPhaseWidth' | 'minLaneHeight'>;

/** What {@link PhaseSwimlanesProps.renderTouchpoint} gets besides the touchpoint. */
export interface SwimlaneTouchpointState {
  /** Whether the touchpoint is selected. */
  selected: boolean;
  /** Whether its popover is open at this item. */
  open: boolean;
  /** The laid-out item (position, lane, blueprint `label`). */
  item: JourneyLayoutItem;
  /** The lane it stands in. */
  lane: JourneyLayoutLane;
  /**
   * Spread these on your focusable element to keep keyboard navigation, selection, the popover and
   * the position: `style` (absolute box), `tabIndex`, the roving key, `data-touchpoint-index`, `onClick`, `aria-haspopup`, `aria-expanded`.
   */
  itemProps: Record<string, unknown> & { style: CSSProperties; tabIndex: number; onClick: (event: MouseEvent<HTMLElement>) => void };
}

/** Props of {@link PhaseSwimlanes}. */
export interface PhaseSwimlanesProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, SelectionStateProps, FiltersStateProps, TouchpointEventProps {
  /** The journey: a parsed model, or a raw document (object or JSON text) that is validated; invalid → inline error. */
  journey: JourneyInput;
  /** What the lanes stand for. @default the provider's view, else 'persona' */
  lanes?: LaneKind;
  /** Your own card: return an element and spread `state.itemProps` on it. @default a TouchpointCard */
  renderTouchpoint?: (touchpoint: Touchpoint, state: SwimlaneTouchpointState) => ReactNode;
  /**
   * Sizes of cards, headers and lanes. Without a `laneHeaderWidth`, a swimlane narrower than
   * 640 px (a phone) gets compact lane headers of 128 px — name and role, no avatar or job title —
   * so the cards keep most of the width; a header narrower than 170 px always shows that compact content.
   * @default { cardWidth: 176, cardHeight: 74, phaseHeaderHeight: 84, laneHeaderWidth: 232 (128 below 640 px), minLaneHeight: 98 }
   */
  sizes?: SwimlaneSizes;
  /** Validate a raw document leniently: unknown phase/persona references become unplaced touchpoints. @default false */
  lenient?: boolean;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
  /**
   * HTML cards, or touchpoints as marks on a canvas for big maps (`'dense'`: grid, headers, focus
   * ring and the selected item stay HTML; `sizes` and `renderTouchpoint` apply to cards only).
   * `'auto'` is dense beyond `DENSE_TOUCHPOINT_THRESHOLD` (1,000) touchpoints.
   * @default 'auto'
   */
  density?: JourneyDensity;
  /** Dense mode only: height of the emotion curves drawn on the canvas under the lanes; 0 draws none. @default 0 */
  emotionHeight?: number;
  /**
   * Cards only: keep just the cells and cards near the visible part of the scrolled grid in the
   * DOM (a margin of a quarter view on every side), adding the rest as it scrolls into view. Every
   * lane row with its header, the keyboard tab stop and the card whose popover is open stay
   * rendered; printing and `exportJourneyMap` render everything. On a client mount the grid
   * commits once without cards, measures its viewport and commits the visible cards before the
   * first paint. `false` renders every card (the browser's find-in-page then finds cards that are
   * scrolled away).
   * @default true
   */
  windowing?: boolean;
}

/** The swimlanes' texts: the grid's own, the journey's words and the phase goals' title. */
const SWIMLANE_LABELS = /* @__PURE__ */ combineLabels(commonLabels, personaLabels, swimlaneLabels);

const DEFAULT_SIZES: SwimlaneSizes = { cardWidth: 176, cardHeight: 74, phaseHeaderHeight: 84, laneHeaderWidth: 232, minLaneHeight: 98 };

interface OpenState {
  key: string;
  touchpointIndex: number;
  anchor: HTMLElement;
}

/**
 * The journey as swimlanes: phases as columns (sticky header with name, count and goals), lanes
 * as rows (personas, channels or service-blueprint layers; sticky left header), a card per
 * touchpoint. An ARIA grid: arrow keys move between cards (one tab stop), Enter/Space select and
 * open the details popover, Escape closes it and returns focus. Touchpoints that cannot be placed
 * are listed below the grid. Big maps (`density`, by default beyond 1,000 touchpoints) draw their
 * touchpoints as marks on a canvas instead, with the same headers, keyboard access and popover.
 * @example <PhaseSwimlanes journey={journey} lanes="channel" onTouchpointOpen={(tp) => track(tp.id)} />
 */
export const PhaseSwimlanes = forwardRef<HTMLDivElement, PhaseSwimlanesProps>(function PhaseSwimlanes({ density = 'auto', emotionHeight = 0, ...props }, ref) {
  const { journey } = useJourney(props.journey, { lenient: props.lenient ?? false });
  const [view] = useViewState();
  if (journey && isDense(density, journey)) {
    const { lanes, renderTouchpoint: _render, sizes: _sizes, lenient: _lenient, journey: _input, windowing: _windowing, ...rest } = props;
    return <DenseJourneyView ref={ref} {...rest} journey={journey} axis="ordinal" lanes={lanes ?? view.lanes} emotionHeight={emotionHeight} />;
  }
  return <SwimlaneCards ref={ref} {...props} journey={journey ?? props.journey} />;
});

/** The swimlanes as HTML cards (an ARIA grid with roving focus). */
const SwimlaneCards = forwardRef<HTMLDivElement, Omit<PhaseSwimlanesProps, 'density' | 'emotionHeight'>>(function SwimlaneCards(props, ref) {
  const {
    journey: input,
    lanes: lanesProp,
    selection,
    defaultSelection,
    onSelectionChange,
    filters: filtersProp,
    defaultFilters,
    onFiltersChange,
    onTouchpointSelect,
    onTouchpointOpen,
    renderTouchpoint,
    sizes,
    lenient = false,
    locale,
    labels: labelOverrides,
    windowing = true,
    className,
    ...rest
  } = props;
  const { journey, error } = useJourney(input, { lenient });
  const { locale: resolvedLocale, labels } = useLabels(SWIMLANE_LABELS, locale, labelOverrides, journey?.locale);
  const [view] = useViewState();
  const [filters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const lanes = lanesProp ?? view.lanes;
  const rootRef = useRef<HTMLDivElement>(null);
  // Every commit: the root is the error's element or the grid's, as the journey turns invalid or valid.
  useImperativeHandle(ref, () => rootRef.current!);
  const narrow = useNarrowContainer(rootRef, sizes?.laneHeaderWidth === undefined);
  const laneHeaderWidth = laneHeaderWidthFor(sizes?.laneHeaderWidth, narrow, DEFAULT_SIZES.laneHeaderWidth!);
  const layout = useJourneyLayout(journey, { ...DEFAULT_SIZES, ...sizes, laneHeaderWidth, axis: 'ordinal', lanes, filter: filters, emotionHeight: 0, locale: resolvedLocale });
  const model = useMemo(() => (journey && layout ? swimlaneModel(journey, layout) : null), [journey, layout]);
  const { selectedId, select } = useJourneySelection(journey, { selection, defaultSelection, onSelectionChange });
  const roving = useRovingGrid({ rows: model?.rows ?? EMPTY_ROWS, getX: (key) => model?.centers.get(key) });
  const [open, setOpen] = useState<OpenState | null>(null);

  const latest = useRef({ journey, select, onTouchpointSelect, onTouchpointOpen });
  latest.current = { journey, select, onTouchpointSelect, onTouchpointOpen };
  const onCardClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const { journey: current, select: choose, onTouchpointSelect: onSelect, onTouchpointOpen: onOpen } = latest.current;
    const element = event.currentTarget;
    const index = Number(element.getAttribute('data-touchpoint-index'));
    const touchpoint = current?.touchpoints[index];
    if (!touchpoint) return;
    choose(touchpoint.id);
    onSelect?.(touchpoint);
    setOpen({ key: element.getAttribute('data-jk-roving-key') ?? touchpoint.id, touchpointIndex: index, anchor: element });
    onOpen?.(touchpoint);
  }, []);
  const onOpenChange = useCallback((next: boolean) => {
    if (!next) setOpen(null);
  }, []);

  if (error || !journey || !layout || !model)
    return <JourneyError ref={rootRef} issues={error?.issues ?? []} locale={resolvedLocale} labels={labelOverrides} className={className} {...rest} />;

  const openTouchpoint = open ? journey.touchpoints[open.touchpointIndex] : undefined;
  return (
    <div
      ref={rootRef}
      className={['jk-root', 'jk-swimlanes', className].filter(Boolean).join(' ')}
      data-jk-scroll=""
      data-lanes={lanes}
      data-lane-headers={laneHeaderDensity(layout.laneHeader.width)}
      data-state={openTouchpoint ? 'open' : selectedId ? 'selected' : 'idle'}
      {...rest}
    >
      <SwimlaneGrid
        journey={journey}
        layout={layout}
        model={model}
        roving={roving}
        selectedId={selectedId}
        openKey={openTouchpoint ? open!.key : null}
        onCardClick={onCardClick}
        renderTouchpoint={renderTouchpoint}
        labels={labels}
        labelOverrides={labelOverrides}
        locale={resolvedLocale}
        windowing={windowing}
      />
      {model.unplaced.length > 0 ? (
        <UnplacedTouchpoints journey={journey} touchpoints={model.unplaced} selectedId={selectedId} onCardClick={onCardClick} labels={labels} labelOverrides={labelOverrides} locale={resolvedLocale} />
      ) : null}
      <TouchpointPopover
        touchpoint={openTouchpoint}
        journey={journey}
        anchor={open?.anchor}
        open={openTouchpoint !== undefined}
        onOpenChange={onOpenChange}
        locale={resolvedLocale}
        labels={labelOverrides}
      />
    </div>
  );
});

const EMPTY_ROWS: string[][] = [];
