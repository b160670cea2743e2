/** The ARIA grid of the swimlanes: a header row of phases, one row per lane, one cell per phase × lane holding its cards. */
import type { Journey, JourneyLayout, JourneyLayoutItem, JourneyLayoutLane, Touchpoint } from '@journeykit/core';
import { Fragment, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import type { RovingGrid } from '../../hooks/useRovingGrid';
import type { JourneyLabels } from '../../i18n/labels';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import type { SwimlaneTouchpointState } from './PhaseSwimlanes';
import { emptyLaneText, LaneHeader, PhaseHeader } from './SwimlaneHeaders';
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
  labels: JourneyLabels;
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
}

const CORNER: Record<JourneyLayout['laneKind'], keyof JourneyLabels> = { persona: 'personas', channel: 'channels', blueprint: 'lanesBlueprint' };

/** The grid; cards are memoised, so a change of selection or popover re-renders only the cards it touches. */
export function SwimlaneGrid({ journey, layout, model, roving, selectedId, openKey, onCardClick, renderTouchpoint, labels, labelOverrides, locale }: SwimlaneGridProps) {
  const bodyHeight = layout.height - layout.phaseHeader.height;

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
    <div className="jk-swimlanes__viewport" data-jk-scroll="">
      <div
        role="grid"
        aria-label={`${journey.title} – ${labels.map}`}
        aria-rowcount={layout.lanes.length + 1}
        aria-colcount={layout.phases.length + 1}
        className="jk-swimlanes__grid"
        style={{ width: layout.width, height: layout.height, '--jk-swimlanes-lane-header-width': `${layout.laneHeader.width}px` } as CSSProperties}
        {...roving.containerProps}
      >
        <div role="row" aria-rowindex={1} className="jk-swimlanes__head" style={{ height: layout.phaseHeader.height }}>
          <div role="columnheader" aria-colindex={1} className="jk-swimlanes__corner">
            {labels[CORNER[layout.laneKind]]}
          </div>
          {layout.phases.map((phase, index) => (
            <PhaseHeader key={phase.id} phase={phase} journey={journey} count={model.phaseCounts.get(phase.id) ?? 0} column={index + 2} labels={labels} />
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
              <LaneHeader lane={lane} journey={journey} labels={labels} locale={locale} />
              {layout.phases.map((phase, phaseIndex) => {
                const items = model.cells.get(cellKey(lane.id, phase.id));
                const laneNote = phaseIndex === 0 && !model.laneCounts.get(lane.id);
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
                    {items?.map((item) => renderItem(item, lane))}
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
