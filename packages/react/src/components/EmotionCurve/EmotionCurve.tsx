import { type AxisKind, type JourneyLayout, type JourneyLayoutOptions, type LaneKind } from '@journeykit/core';
import { forwardRef, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { emotionCurveLabels } from '../../i18n/labels/emotion-curve';
import { combineLabels } from '../../i18n/labels/table';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { useSelectionState } from '../../state/useJourneyState';
import type { JourneySelection } from '../../state/types';
import { JourneyError } from '../JourneyError/JourneyError';
import { EmotionChart } from './EmotionChart';
import { EmotionPoints } from './EmotionPoints';
import { EmotionTable } from './EmotionTable';
import { buildCurveModel, summarizeCurves } from './emotion-model';
import { markerPath, toneStyle } from './persona-tones';
import { useFitLayout } from './useFitLayout';

/** Props of {@link EmotionCurve}. */
export interface EmotionCurveProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children' | 'title'> {
  /** The journey: a parsed model or a raw document (validated; an invalid one shows `JourneyError`). */
  journey: JourneyInput;
  /**
   * A layout computed by the parent (`JourneyMap`, `PhaseSwimlanes`, `TouchpointTimeline`): the curve draws exactly
   * `layout.emotion`, so its points line up with the parent's columns or items. When absent the curve lays itself out.
   */
  layout?: JourneyLayout;
  /** Axis of the curve's own layout (ignored with `layout`). @default 'ordinal' */
  axis?: AxisKind;
  /** Lanes of the curve's own layout: where a persona's point sits follows its lane (ignored with `layout`). @default 'persona' */
  lanes?: LaneKind;
  /** Further options of the curve's own layout, e.g. `cardWidth` for the spacing of points (ignored with `layout`). @default compact spacing, fitted to the width */
  layoutOptions?: Omit<JourneyLayoutOptions, 'axis' | 'lanes' | 'emotionHeight'>;
  /** Personas whose curves to show. @default every persona */
  personaIds?: string[];
  /** Draw the desired emotion as a dashed line per persona. @default true */
  showDesired?: boolean;
  /** Label the phases above the curve. @default true without `layout`, false with it (the parent shows phases) */
  showPhases?: boolean;
  /** Show the persona key above the chart. @default true */
  showKey?: boolean;
  /** Height of the emotion band in pixels (ignored with `layout`, whose band height is used). @default 200 */
  height?: number;
  /** Accessible name of the chart. @default labels.emotionCurve */
  title?: string;
  /** Selected touchpoint id (controlled); falls back to the `JourneyStateProvider`, then to own state. */
  selection?: JourneySelection;
  /** Initially selected touchpoint id (uncontrolled). @default null */
  defaultSelection?: JourneySelection;
  /** Called when the selection changes. */
  onSelectionChange?: (selection: JourneySelection) => void;
  /** Called when a point is clicked (or activated by keyboard) with its touchpoint id. */
  onTouchpointSelect?: (touchpointId: string) => void;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

/** The curve's texts: its own, the touchpoint's marks and the journey's words. */
const CURVE_LABELS = /* @__PURE__ */ combineLabels(commonLabels, touchpointLabels, emotionCurveLabels);

const PHASE_ROW = 28;
const BOTTOM = 8;

/**
 * The emotion curve of a journey: per persona a line of felt emotion and a dashed line of desired
 * emotion over the touchpoints, with the scale's grid, a neutral line, pain-point and key-moment
 * marks and gaps where nothing was recorded. The chart is an image with a summary; its points
 * are one tab stop (a button on the active point that the arrow keys move; pointers are
 * hit-tested, a click selects, hover and focus show a tooltip with the scores); the
 * same data as a table appears under "Show data table" (mounted only then, to keep the DOM small).
 * @example <EmotionCurve journey={journey} onTouchpointSelect={(id) => open(id)} />
 */
export const EmotionCurve = forwardRef<HTMLElement, EmotionCurveProps>(function EmotionCurve(
  {
    journey: input,
    layout: given,
    axis = 'ordinal',
    lanes = 'persona',
    layoutOptions,
    personaIds,
    showDesired = true,
    showPhases,
    showKey = true,
    height = 200,
    title,
    selection: selectionProp,
    defaultSelection,
    onSelectionChange,
    onTouchpointSelect,
    locale,
    labels: labelOverrides,
    className,
    ...rest
  },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { labels, locale: resolvedLocale } = useLabels(CURVE_LABELS, locale, labelOverrides, journey?.locale);
  const [selection, setSelection] = useSelectionState(selectionProp, defaultSelection, onSelectionChange);
  const [tableVisible, setTableVisible] = useState(false);
  const baseId = useId();

  const scrollerRef = useRef<HTMLDivElement>(null);
  const ownOptions = useMemo(
    () => ({ ...layoutOptions, axis, lanes, locale: resolvedLocale, emotionHeight: height, ...(personaIds ? { filter: { personaIds } } : {}) }),
    [layoutOptions, axis, lanes, resolvedLocale, height, personaIds],
  );
  const own = useFitLayout(journey, ownOptions, scrollerRef, !given);
  const layout = given ?? own;
  const model = useMemo(() => (journey && layout ? buildCurveModel(journey, layout.emotion, resolvedLocale, personaIds) : null), [journey, layout, resolvedLocale, personaIds]);

  if (error) return <JourneyError issues={error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;
  if (!journey || !layout || !model) return null;

  const phasesShown = showPhases ?? !given;
  const { emotion } = layout;
  const top = phasesShown ? PHASE_ROW : 10;
  const frame = { x: 0, y: emotion.y - top, width: emotion.x + emotion.width, height: emotion.height + top + BOTTOM };
  const summary = summarizeCurves(model, labels);
  const select = (touchpointId: string) => {
    setSelection(touchpointId);
    onTouchpointSelect?.(touchpointId);
  };

  return (
    <figure
      ref={ref}
      className={['jk-root', 'jk-emotion-curve', className].filter(Boolean).join(' ')}
      data-series={model.series.length}
      data-desired={showDesired}
      data-selected={selection ?? undefined}
      {...rest}
    >
      <div className="jk-emotion-curve__toolbar">
        {showKey ? (
          <ul className="jk-emotion-curve__key" aria-label={labels.personas}>
            {model.series.map((series) => (
              <li key={series.personaId} className="jk-emotion-curve__key-item" data-tone={series.tone.tone} style={toneStyle(series.tone)}>
                <svg width="28" height="12" viewBox="-14 -6 28 12" aria-hidden="true">
                  <line className="jk-emotion-curve__key-line" x1={-13} x2={13} y1={0} y2={0} />
                  <path className="jk-emotion-curve__key-mark" d={markerPath(series.tone.shape, 4)} />
                </svg>
                {series.name}
              </li>
            ))}
            {showDesired && model.series.length > 0 ? (
              <li className="jk-emotion-curve__key-item" data-kind="desired">
                <svg width="28" height="12" viewBox="-14 -6 28 12" aria-hidden="true">
                  <line className="jk-emotion-curve__key-desired" x1={-13} x2={13} y1={0} y2={0} />
                </svg>
                {labels.desiredEmotion}
              </li>
            ) : null}
          </ul>
        ) : null}
        <button
          type="button"
          className="jk-emotion-curve__table-toggle"
          aria-pressed={tableVisible}
          aria-controls={tableVisible ? `${baseId}-table` : undefined}
          onClick={() => setTableVisible((visible) => !visible)}
        >
          {labels.showDataTable}
        </button>
      </div>
      <div className="jk-emotion-curve__scroller" ref={scrollerRef} data-jk-scroll="">
        <EmotionPoints model={model} frame={frame} selection={selection} labels={labels} onSelect={select}>
          {phasesShown ? (
            <div className="jk-emotion-curve__phases" aria-hidden="true">
              {layout.phases.map((phase) => (
                <span key={phase.id} className="jk-emotion-curve__phase" style={{ left: phase.x, width: phase.width }} title={phase.name}>
                  {phase.name}
                </span>
              ))}
            </div>
          ) : null}
          <EmotionChart
            emotion={emotion}
            model={model}
            phases={layout.phases}
            showPhases={phasesShown}
            showDesired={showDesired}
            frame={frame}
            selection={selection}
            titleId={`${baseId}-title`}
            descriptionId={`${baseId}-summary`}
            title={title ?? labels.emotionCurve}
          />
        </EmotionPoints>
      </div>
      <p id={`${baseId}-summary`} className="jk-visually-hidden">
        {summary}
      </p>
      {/* Mounted on demand: a row per touchpoint with two cells per persona is thousands of elements on a typical map. */}
      {tableVisible ? <EmotionTable id={`${baseId}-table`} model={model} labels={labels} showDesired={showDesired} captionId={`${baseId}-caption`} selection={selection} /> : null}
    </figure>
  );
});
