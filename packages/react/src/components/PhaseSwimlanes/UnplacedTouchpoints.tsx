/** The clearly marked area for touchpoints the layout cannot place (unknown phase or persona in lenient data). */
import type { Journey, Touchpoint } from '@journeykit/core';
import { useId, type MouseEvent } from 'react';
import type { JourneyLabels } from '../../i18n/labels';
import type { SwimlaneLabels } from '../../i18n/labels/swimlanes';
import { TouchpointCard } from '../TouchpointCard/TouchpointCard';

/** Props of {@link UnplacedTouchpoints}. */
export interface UnplacedTouchpointsProps {
  journey: Journey;
  touchpoints: Touchpoint[];
  selectedId: string | null;
  onCardClick: (event: MouseEvent<HTMLElement>) => void;
  labels: Pick<SwimlaneLabels, 'unplaced' | 'unplacedHint'>;
  labelOverrides?: Partial<JourneyLabels>;
  locale: string;
}

/** A region named "Unplaced touchpoints" with a hint and a card per touchpoint (each opens the popover). */
export function UnplacedTouchpoints({ journey, touchpoints, selectedId, onCardClick, labels, labelOverrides, locale }: UnplacedTouchpointsProps) {
  const titleId = `${useId()}-unplaced`;
  return (
    <section className="jk-swimlanes__unplaced" aria-labelledby={titleId}>
      <h3 className="jk-swimlanes__unplaced-title" id={titleId}>
        {labels.unplaced} <span className="jk-swimlanes__unplaced-count">({touchpoints.length})</span>
      </h3>
      <p className="jk-swimlanes__unplaced-hint">{labels.unplacedHint}</p>
      <div className="jk-swimlanes__unplaced-list">
        {touchpoints.map((touchpoint) => (
          <TouchpointCard
            key={touchpoint.id}
            touchpoint={touchpoint}
            journey={journey}
            selected={touchpoint.id === selectedId}
            className="jk-swimlanes__unplaced-card"
            data-touchpoint-index={journey.touchpoints.indexOf(touchpoint)}
            data-jk-unplaced-key={`unplaced:${touchpoint.id}`}
            onClick={onCardClick}
            aria-haspopup="dialog"
            locale={locale}
            labels={labelOverrides}
          />
        ))}
      </div>
    </section>
  );
}
