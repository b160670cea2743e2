import { useContext, useEffect, useMemo, useRef } from 'react';
import { useJourneyLayout } from '../../hooks/useJourneyLayout';
import { useFiltersState, useViewState } from '../../state/useJourneyState';
import { EmotionCurve } from '../EmotionCurve/EmotionCurve';
import { PhaseSwimlanes } from '../PhaseSwimlanes/PhaseSwimlanes';
import { TouchpointTimeline } from '../TouchpointTimeline/TouchpointTimeline';
import { JourneyMapTimelineContext, useJourneyMapContext } from './JourneyMapContext';
import { PartBoundary } from './PartBoundary';
import { timelineCurveLayout } from './timeline-curve';

/** Props of `JourneyMap.View`. */
export interface JourneyMapViewProps {
  /**
   * Dense maps only: height of the emotion curves drawn on the view's canvas under the lanes
   * (`JourneyMap.EmotionCurve` draws nothing in a dense map); 0 draws none.
   * @default 0
   */
  emotionHeight?: number;
}

/** The touchpoints: swimlanes or timeline, as the view says — cards, or canvas marks in a dense map. A failing view shows an inline alert; the rest of the map stays. */
export function JourneyMapView({ emotionHeight = 0 }: JourneyMapViewProps = {}) {
  const { journey, labels, labelOverrides, locale, sizes, lenient, renderTouchpoint, onTouchpointSelect, onTouchpointOpen, dense, windowing } = useJourneyMapContext('View');
  const [view] = useViewState();
  if (!journey) return null;
  const density = dense ? ('dense' as const) : ('cards' as const);
  const common = { journey, lanes: view.lanes, lenient, locale, labels: labelOverrides, onTouchpointSelect, onTouchpointOpen, renderTouchpoint, density, emotionHeight };
  return (
    <PartBoundary part={view.axis === 'time' ? 'TouchpointTimeline' : 'PhaseSwimlanes'} message={labels.renderFailed} resetKeys={[journey, view.axis, view.lanes, renderTouchpoint]}>
      {view.axis === 'time' ? <TouchpointTimeline {...common} /> : <PhaseSwimlanes {...common} sizes={sizes} windowing={windowing} />}
    </PartBoundary>
  );
}

/** Props of `JourneyMap.EmotionCurve`. */
export interface JourneyMapEmotionCurveProps {
  /** Height of the curve's band in pixels. @default 180 */
  height?: number;
  /** Draw the desired emotion as dashed lines. @default true */
  showDesired?: boolean;
}

/**
 * The emotion curve under the touchpoints. In swimlanes it is laid out with the same columns and
 * scrolls with them, so each point stands under its card. Under the card timeline it is laid out
 * with the timeline's options and drawn through its zoom: a point at its card's start (its day),
 * the phases under the timeline's, at rest, zoomed and panned (it follows the map's card
 * timeline once that has laid itself out; before that — in server HTML, or in a composed map
 * without `View` — it spans the journey's time on its own).
 * A dense map draws its curves on the view's canvas (`JourneyMap.View emotionHeight`); this part then renders nothing.
 */
export function JourneyMapEmotionCurve({ height = 180, showDesired = true }: JourneyMapEmotionCurveProps) {
  const { journey, labels, labelOverrides, locale, sizes, rootRef, onTouchpointSelect, dense } = useJourneyMapContext('EmotionCurve');
  const timeline = useContext(JourneyMapTimelineContext);
  const [view] = useViewState();
  const [filters] = useFiltersState();
  const ordinal = view.axis === 'ordinal' && !dense;
  const timelineOptions = view.axis === 'time' && !dense ? timeline?.options : undefined;
  const aligned = ordinal || !!timelineOptions;
  const options = useMemo(
    () => (timelineOptions ? { ...timelineOptions, emotionHeight: height } : { ...sizes, axis: 'ordinal' as const, lanes: view.lanes, filter: filters, emotionHeight: height, locale }),
    [timelineOptions, sizes, view.lanes, filters, height, locale],
  );
  const laidOut = useJourneyLayout(aligned ? journey : null, options);
  const layout = useMemo(() => (timelineOptions && laidOut ? timelineCurveLayout(laidOut, timeline!, laidOut.items[0]?.width ?? 0) : laidOut), [timelineOptions, laidOut, timeline]);
  const frameRef = useRef<HTMLDivElement>(null);

  // Keep the curve under its cards: follow the swimlanes' horizontal scroll.
  useEffect(() => {
    if (!ordinal) return;
    const viewport = rootRef.current?.querySelector<HTMLElement>('.jk-swimlanes__viewport');
    const scroller = frameRef.current?.querySelector<HTMLElement>('.jk-emotion-curve__scroller');
    if (!viewport || !scroller) return;
    const follow = () => {
      scroller.scrollLeft = viewport.scrollLeft;
    };
    const lead = () => {
      if (Math.abs(viewport.scrollLeft - scroller.scrollLeft) > 1) viewport.scrollLeft = scroller.scrollLeft;
    };
    follow();
    viewport.addEventListener('scroll', follow, { passive: true });
    scroller.addEventListener('scroll', lead, { passive: true });
    return () => {
      viewport.removeEventListener('scroll', follow);
      scroller.removeEventListener('scroll', lead);
    };
  }, [ordinal, rootRef, layout]);

  if (!journey || dense) return null;
  const select = onTouchpointSelect
    ? (touchpointId: string) => {
        const touchpoint = journey.touchpoints.find((candidate) => candidate.id === touchpointId);
        if (touchpoint) onTouchpointSelect(touchpoint);
      }
    : undefined;
  return (
    <div ref={frameRef} className="jk-journey-map__curve">
      <PartBoundary part="EmotionCurve" message={labels.renderFailed} resetKeys={[journey, laidOut, view.axis]}>
        {layout ? (
          <EmotionCurve journey={journey} layout={layout} showPhases={!ordinal} showDesired={showDesired} locale={locale} labels={labelOverrides} onTouchpointSelect={select} />
        ) : (
          // No card timeline has reported its layout (server HTML, or a composed map without `View`): the curve spans the journey's time on its own.
          <EmotionCurve journey={journey} axis="time" lanes={view.lanes} height={height} showDesired={showDesired} locale={locale} labels={labelOverrides} onTouchpointSelect={select} />
        )}
      </PartBoundary>
    </div>
  );
}
