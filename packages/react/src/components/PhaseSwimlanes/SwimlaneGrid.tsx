/** The ARIA grid of the swimlanes: a header row of phases, one row per lane, one cell per phase × lane holding its cards. */
import { itemsInViewport, type Journey, type JourneyLayout, type JourneyLayoutItem, type JourneyLayoutLane, type Touchpoint } from '@journeykit/core';
import { Fragment, useCallback, useMemo, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useRenderWindow } from '../../hooks/useRenderWindow';
import { ROVING_KEY_ATTRIBUTE, type RovingGrid } from '../../hooks/useRovingGrid';
import type { JourneyLabels } from '../../i18n/labels';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import type { SwimlaneTouchpointState } from './PhaseSwimlanes';
import { emptyLaneText, laneCornerLabel, LaneHeader, PhaseHeader, type PhaseHeaderLabels } from './SwimlaneHeaders';
import { cellKey, type SwimlaneModel } from './swimlaneModel';

/** Props of {@link SwimlaneGrid}. */
export interface SwimlaneGridProps {
  journey: Journey;
  layout: JourneyLayout;
  model: SwimlaneModel;
  roving: RovingGrid;
  selectedId: string | null;
  openKey: string | null;
  onCardClick: (event: MouseEvent<HTMLElement>) => void;
  renderTouchpoint?: (touchpoint: Touchpoint, state: SwimlaneTouchpointState) => ReactNode;
  labels: PhaseHeaderLabels & SwimlaneLabels;
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
  /** Render only the cards near the visible part of the viewport (see {@link useRenderWindow}). */
  windowing: boolean;
}


/**
 * The grid; cards are memoised, so a change of selection or popover re-renders only the cards it
 * touches. With `windowing`, only the cells and cards near the viewport's visible part are in the
 * DOM (every lane row and header is), plus the keyboard tab stop and the card the popover opened
 * at, wherever they are; the rest comes in as the viewport scrolls.
 */
export function SwimlaneGrid({ journey, layout, model, roving, selectedId, openKey, onCardClick, renderTouchpoint, labels, labelOverrides, locale, windowing }: SwimlaneGridProps) {
  const bodyHeight = layout.height - layout.phaseHeader.height;
  const viewportRef = useRef<HTMLDivElement>(null);
  const renderWindow = useRenderWindow(viewportRef, windowing);
  // The keys of the cards to render, or null for all of them.
  const shown = useMemo(
    () => (renderWindow === 'all' ? null : new Set(renderWindow === 'pending' ? [] : itemsInViewport(layout, renderWindow).map((item) => item.key))),
    [layout, renderWindow],
  );
  // A card the arrow keys move to is shown whole beside and below the sticky headers (the viewport's
  // scroll padding). The browser's own focus scroll leaves a card it counts as visible where it is —
  // also one behind the lane headers, or with 30 px of it peeking out.
  const { onKeyDown: rovingKeyDown } = roving.containerProps;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      rovingKeyDown(event);
      const active = event.currentTarget.ownerDocument.activeElement;
      if (active !== event.target && active instanceof HTMLElement && active.hasAttribute(ROVING_KEY_ATTRIBUTE) && event.currentTarget.contains(active))
        active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [rovingKeyDown],
  );
  const area = typeof renderWindow === 'object' ? renderWindow : null;
  const inArea = (x: number, width: number, y: number, height: number) =>
    area !== null && x < area.x + area.width && x + width > area.x && y < area.y + area.height && y + height > area.y;
  const keep = (item: JourneyLayoutItem) => shown!.has(item.key) || item.key === roving.activeKey || item.key === openKey;

  const renderItem = (item: JourneyLayoutItem, lane: JourneyLayoutLane) => {
    const touchpoint = journey.touchpoints[item.touchpointIndex]!;
    const selected = touchpoint.id === selectedId;
    const open = item.key === openKey;
    const { tabIndex, ...rovingProps } = roving.getItemProps(item.key);
    if (renderTouchpoint) {
      const itemProps = { ...rovingProps, tabIndex, style: model.styles.get(item.key)!, 'data-touchpoint-index': item.touchpointIndex, onClick: onCardClick, 'aria-haspopup': 'dialog', 'aria-expanded': open };
      return <Fragment key={item.key}>{renderTouchpoint(touchpoint, { selected, open, item, lane, itemProps })}</Fragment>;
    }
    return (
      <TouchpointCard
        key={item.key}
        {...rovingProps}
        tabIndex={tabIndex}
        touchpoint={touchpoint}
        journey={journey}
        selected={selected}
        blueprintText={item.label}
        className="jk-swimlanes__card"
        style={model.styles.get(item.key)}
        data-touchpoint-index={item.touchpointIndex}
        onClick={onCardClick}
        aria-haspopup="dialog"
        aria-expanded={open}
        locale={locale}
        labels={labelOverrides}
      />
    );
  };

  return (
    // Scroll padding = the sticky headers: a card scrolled into view lands beside and below them.
    <div ref={viewportRef} className="jk-swimlanes__viewport" data-jk-scroll="" style={{ scrollPaddingLeft: layout.laneHeader.width, scrollPaddingTop: layout.phaseHeader.height }}>
      <div
        role="grid"
        aria-label={`${journey.title} – ${labels.map}`}
        aria-rowcount={layout.lanes.length + 1}
        aria-colcount={layout.phases.length + 1}
        className="jk-swimlanes__grid"
        style={{ width: layout.width, height: layout.height, '--jk-swimlanes-lane-header-width': `${layout.laneHeader.width}px` } as CSSProperties}
        {...roving.containerProps}
        onKeyDown={onKeyDown}
      >
        <div role="row" aria-rowindex={1} className="jk-swimlanes__head" style={{ height: layout.phaseHeader.height }}>
          <div role="columnheader" aria-colindex={1} className="jk-swimlanes__corner">
            {laneCornerLabel(layout.laneKind, labels)}
          </div>
          {layout.phases.map((phase, index) => (
            <PhaseHeader key={phase.id} phase={phase} journey={journey} count={model.phaseCounts.get(phase.id) ?? 0} column={index + 2} labels={labels} locale={locale} />
          ))}
        </div>
        <div className="jk-swimlanes__body" role="rowgroup" style={{ height: bodyHeight }}>
          {layout.lanes.map((lane, laneIndex) => (
            <div
              key={lane.id}
              role="row"
              aria-rowindex={laneIndex + 2}
              className="jk-swimlanes__lane"
              data-kind={lane.kind}
              data-empty={model.laneCounts.get(lane.id) ? 'false' : 'true'}
              style={{ top: lane.y - layout.phaseHeader.height, height: lane.height }}
            >
              <LaneHeader lane={lane} journey={journey} labels={labels} labelOverrides={labelOverrides} locale={locale} />
              {layout.phases.map((phase, phaseIndex) => {
                const items = model.cells.get(cellKey(lane.id, phase.id));
                const laneNote = phaseIndex === 0 && !model.laneCounts.get(lane.id);
                const kept = shown === null ? items : items?.filter(keep);
                if (shown !== null && !laneNote && !kept?.length && !inArea(phase.x, phase.width, lane.y, lane.height)) return null;
                return (
                  <div
                    key={phase.id}
                    role="gridcell"
                    aria-colindex={phaseIndex + 2}
                    aria-label={items || laneNote ? undefined : labels.emptyCell}
                    className="jk-swimlanes__cell"
                    data-empty={items ? 'false' : 'true'}
                    style={{ left: phase.x, width: phase.width }}
                  >
                    {laneNote ? <span className="jk-swimlanes__lane-empty">{emptyLaneText(lane, labels)}</span> : null}
                    {kept?.map((item) => renderItem(item, lane))}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
