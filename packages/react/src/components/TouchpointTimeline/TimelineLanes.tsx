/** The ARIA grid of the timeline: one row per lane (a header cell and a track cell holding the positioned items), over the phase bands. */
import { roleLabel, type Journey, type JourneyLayout, type JourneyLayoutItem, type JourneyLayoutLane, type Touchpoint } from '@journeykit/core';
import { Fragment, useMemo, type CSSProperties, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import type { RovingGrid } from '../../hooks/useRovingGrid';
import type { JourneyLabels } from '../../i18n/labels';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import type { TimelineLabels } from '../../i18n/labels/timeline';
import { personaTones, toneStyle, type PersonaTone } from '../EmotionCurve/persona-tones';
import { emptyLaneText, laneName, type LaneNameLabels } from '../PhaseSwimlanes/SwimlaneHeaders';
import { channelGroupOf } from '../TouchpointCard/touchpointText';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';
import type { TimelineTouchpointState } from './TouchpointTimeline';
import type { TimelineModel } from './timelineModel';

/** Props of {@link TimelineLanes}. */
export interface TimelineLanesProps {
  journey: Journey;
  layout: JourneyLayout;
  model: TimelineModel;
  roving: RovingGrid;
  selectedId: string | null;
  openKey: string | null;
  onItemClick: (event: MouseEvent<HTMLElement>) => void;
  onItemFocus: (event: FocusEvent<HTMLElement>) => void;
  renderTouchpoint?: (touchpoint: Touchpoint, state: TimelineTouchpointState) => ReactNode;
  label: string;
  /** Screen x of every tick of the axis, for the vertical grid lines. */
  gridLines: number[];
  labels: Pick<TimelineLabels, 'untimed'> & Pick<SwimlaneLabels, 'emptyLane'> & LaneNameLabels;
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
}

/** A lane's row header: persona (colour bar as on the emotion curve, name, role and job), channel or blueprint layer. */
function LaneHeader({ lane, journey, tones, labels, locale }: { lane: JourneyLayoutLane; journey: Journey; tones: Map<string, PersonaTone>; labels: LaneNameLabels; locale: string }) {
  const persona = lane.personaId === undefined ? undefined : journey.personas.find((entry) => entry.id === lane.personaId);
  if (persona) {
    const tone = tones.get(persona.id);
    return (
      <div role="rowheader" className="jk-timeline__lane-header" data-kind={lane.kind} data-tone={tone?.tone} style={toneStyle(tone)}>
        <span className="jk-timeline__lane-name">{persona.name}</span>
        <span className="jk-timeline__lane-meta">
          {roleLabel(persona.role, locale)}
          {/* The job title gives way in compact headers; the role stays. */}
          {persona.jobTitle ? <span className="jk-timeline__lane-job">{` · ${persona.jobTitle}`}</span> : null}
        </span>
      </div>
    );
  }
  return (
    <div role="rowheader" className="jk-timeline__lane-header" data-kind={lane.kind}>
      <span className="jk-timeline__lane-name" data-channel-group={lane.channel === undefined ? undefined : channelGroupOf(lane.channel)}>
        {laneName(lane, labels)}
      </span>
    </div>
  );
}

/** The lanes; memoised cards keep static styles, so zooming (CSS variables on the root) re-renders none of them. */
export function TimelineLanes(props: TimelineLanesProps) {
  const { journey, layout, model, roving, selectedId, openKey, onItemClick, onItemFocus, renderTouchpoint, label, gridLines, labels, labelOverrides, locale } = props;
  const start = layout.laneHeader.width;
  const top = layout.phaseHeader.height + layout.axis.height;
  const tones = useMemo(() => personaTones(journey.personas), [journey]);

  const renderItem = (item: JourneyLayoutItem, lane: JourneyLayoutLane) => {
    const touchpoint = journey.touchpoints[item.touchpointIndex]!;
    const selected = touchpoint.id === selectedId;
    const open = item.key === openKey;
    const style = model.styles.get(item.key)!;
    const bar = model.bars.get(item.key);
    const badge = model.badges.get(item.key);
    const untimed = model.untimed.has(item.key);
    const { tabIndex, ...rovingProps } = roving.getItemProps(item.key);
    const shared = {
      ...rovingProps,
      'data-touchpoint-index': item.touchpointIndex,
      'aria-description': model.descriptions.get(item.key),
      'aria-haspopup': 'dialog' as const,
      'aria-expanded': open,
      onClick: onItemClick,
      onFocus: onItemFocus,
    };
    return (
      <Fragment key={item.key}>
        {bar ? <span className="jk-timeline__duration" aria-hidden="true" style={bar} /> : null}
        {badge ? (
          <span className="jk-timeline__untimed" aria-hidden="true" style={badge}>
            {labels.untimed}
          </span>
        ) : null}
        {renderTouchpoint ? (
          renderTouchpoint(touchpoint, { selected, open, item, lane, itemProps: { ...shared, tabIndex, style, className: 'jk-timeline__item' } })
        ) : (
          <TouchpointCard
            {...shared}
            tabIndex={tabIndex}
            touchpoint={touchpoint}
            journey={journey}
            selected={selected}
            className="jk-timeline__item"
            style={style}
            data-untimed={untimed || undefined}
            locale={locale}
            labels={labelOverrides}
          />
        )}
      </Fragment>
    );
  };

  return (
    <div className="jk-timeline__body" style={{ height: layout.height - top }}>
      <div className="jk-timeline__bands" style={{ left: start }} aria-hidden="true">
        {layout.phases.map((phase, index) => (
          <div key={phase.id} className="jk-timeline__band" data-alt={index % 2 === 1 || undefined} style={{ '--jk-tl-x': `${phase.x}px`, '--jk-tl-w': `${phase.width}px` } as CSSProperties} />
        ))}
        {gridLines.map((x) => (
          <span key={x} className="jk-timeline__grid-line" style={{ left: x - start }} />
        ))}
      </div>
      <div role="grid" aria-label={label} aria-rowcount={layout.lanes.length} aria-colcount={2} className="jk-timeline__grid" {...roving.containerProps}>
        {layout.lanes.map((lane, index) => {
          const items = model.byLane.get(lane.id);
          return (
            <div key={lane.id} role="row" aria-rowindex={index + 1} className="jk-timeline__lane" data-empty={!items || undefined} style={{ top: lane.y - top, height: lane.height }}>
              <LaneHeader lane={lane} journey={journey} tones={tones} labels={labels} locale={locale} />
              <div role="gridcell" className="jk-timeline__track" style={{ left: start }}>
                {items ? items.map((item) => renderItem(item, lane)) : <span className="jk-timeline__lane-empty">{emptyLaneText(lane, labels)}</span>}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
