/** The HTML parts of a dense map around its canvas: sticky phase headers (and time ticks), lane headers and the emotion band's scale. */
import type { DenseView, Journey, JourneyLayout } from '@journeykit/core';
import { memo, type CSSProperties } from 'react';
import type { JourneyLabels } from '../../i18n/labels';
import type { EmotionCurveLabels } from '../../i18n/labels/emotion-curve';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import { laneCornerLabel, LaneHeader, PhaseHeader, type PhaseHeaderLabels } from '../PhaseSwimlanes/SwimlaneHeaders';

/** Props of {@link DenseHeaders}. */
export interface DenseHeadersProps {
  journey: Journey;
  layout: JourneyLayout;
  view: DenseView;
  labels: PhaseHeaderLabels & SwimlaneLabels & Pick<EmotionCurveLabels, 'emotionCurve'>;
  /** The map's `labels` prop, for the persona cards of the lane headers. */
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
}

/** Lanes taller than this (px) put their header at the top: a centred one could be screens away. */
const TALL_LANE = 320;


/** Headers positioned from the layout; memoised, so focus, selection and popovers do not re-render them. */
export const DenseHeaders = memo(function DenseHeaders({ journey, layout, view, labels, labelOverrides, locale }: DenseHeadersProps) {
  const band = layout.emotion;
  const headHeight = layout.phaseHeader.height + layout.axis.height;
  return (
    <>
      <div className="jk-swimlanes__head jk-dense__head" style={{ height: headHeight, '--jk-dense-phase-height': `${layout.phaseHeader.height}px` } as CSSProperties}>
        <div className="jk-swimlanes__corner">{laneCornerLabel(layout.laneKind, labels)}</div>
        {layout.phases.map((phase, index) => (
          <PhaseHeader key={phase.id} phase={phase} journey={journey} count={view.phaseCounts[index] ?? 0} column={index + 2} labels={labels} locale={locale} plain />
        ))}
        {layout.axis.kind === 'time' ? (
          <div className="jk-dense__ticks" aria-hidden="true" style={{ top: layout.axis.y, height: layout.axis.height }}>
            {layout.axis.ticks.map((tick) => (
              <span key={`${tick.x}:${tick.label}`} className="jk-dense__tick" style={{ left: tick.x }}>
                {tick.label}
              </span>
            ))}
          </div>
        ) : null}
      </div>
      {view.lanes.map((laneIndex) => {
        const lane = layout.lanes[laneIndex]!;
        return (
          <div
            key={lane.id}
            className="jk-swimlanes__lane jk-dense__lane"
            data-kind={lane.kind}
            data-tall={lane.height > TALL_LANE ? '' : undefined}
            style={{ top: lane.y + view.laneShift[laneIndex]!, height: lane.height }}
          >
            <LaneHeader lane={lane} journey={journey} labels={labels} labelOverrides={labelOverrides} locale={locale} plain />
          </div>
        );
      })}
      {band.height > 0 ? (
        <div className="jk-dense__emotion" style={{ top: band.y + view.emotionShift, height: band.height } as CSSProperties}>
          <div className="jk-dense__emotion-head">
            <span className="jk-dense__emotion-title">{labels.emotionCurve}</span>
            {band.yTicks.map((tick) => (
              <span key={tick.value} className="jk-dense__emotion-tick" aria-hidden="true" style={{ top: tick.y - band.y }}>
                {tick.value > 0 && band.scale.min < 0 ? `+${tick.value}` : tick.value < 0 ? `\u2212${-tick.value}` : tick.value}
              </span>
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
});
