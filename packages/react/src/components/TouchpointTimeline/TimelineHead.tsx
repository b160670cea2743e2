/** The sticky head of the timeline: phase names over their bands and the time-axis ticks, both following the zoom. Decorative (items carry phase and time in their descriptions). */
import type { JourneyLayout, JourneyLayoutTick } from '@journeykit/core';
import type { CSSProperties } from 'react';

/** Props of {@link TimelineHead}. */
export interface TimelineHeadProps {
  layout: JourneyLayout;
  ticks: JourneyLayoutTick[];
  /** Screen x of a layout x (the zoom transform). */
  applyX: (x: number) => number;
  corner: string;
}

/** Phase bands position themselves in CSS from the zoom variables; names shift to stay readable when a band starts off-screen. */
export function TimelineHead({ layout, ticks, applyX, corner }: TimelineHeadProps) {
  const start = layout.laneHeader.width;
  const height = layout.phaseHeader.height + layout.axis.height;
  return (
    <div className="jk-timeline__head" style={{ height }} aria-hidden="true">
      <div className="jk-timeline__corner" style={{ width: start }}>
        {corner}
      </div>
      <div className="jk-timeline__head-track" style={{ left: start }}>
        {layout.phases.map((phase, index) => {
          const left = applyX(phase.x);
          const width = applyX(phase.x + phase.width) - left;
          const shift = Math.max(0, Math.min(start - left, width - 96));
          return (
            <div
              key={phase.id}
              className="jk-timeline__phase"
              data-alt={index % 2 === 1 || undefined}
              style={{ '--jk-tl-x': `${phase.x}px`, '--jk-tl-w': `${phase.width}px`, height: layout.phaseHeader.height } as CSSProperties}
              title={phase.name}
            >
              <span className="jk-timeline__phase-name" style={shift > 0 ? { marginLeft: shift } : undefined}>
                {phase.name}
              </span>
            </div>
          );
        })}
        <div className="jk-timeline__axis" style={{ top: layout.axis.y, height: layout.axis.height }}>
          {ticks.map((tick) => (
            <span key={`${tick.value}`} className="jk-timeline__tick" style={{ left: applyX(tick.x) - start }}>
              {tick.label}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
