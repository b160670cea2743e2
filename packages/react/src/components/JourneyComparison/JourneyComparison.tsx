import { diffJourneys, type Journey } from '@journeykit/core';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import { formatLabel } from '../../i18n/format-label';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { comparisonLabels } from '../../i18n/labels/comparison';
import { emotionToneLabels } from '../../i18n/labels/emotion-tone';
import { personaLabels } from '../../i18n/labels/persona';
import { combineLabels } from '../../i18n/labels/table';
import { timeLabels } from '../../i18n/labels/time';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { touchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import { JourneyError } from '../JourneyError/JourneyError';
import { ComparisonChart } from './ComparisonChart';
import { ComparisonLegend } from './ComparisonLegend';
import { ComparisonPhases } from './ComparisonPhases';
import { ComparisonSummary, PainPointChanges } from './ComparisonSummary';
import type { CurveSeries } from './comparison-curves';
import { comparisonPhases, overallMean, phaseMeans } from './comparison-model';

/** How the two states are laid out. */
export type JourneyComparisonMode = 'side-by-side' | 'overlay';

/** The comparison's texts: its own, mean emotions and tones, and the names of the touchpoint fields it compares. */
const COMPARISON_LABELS = /* @__PURE__ */ combineLabels(commonLabels, personaLabels, touchpointLabels, touchpointDetailLabels, timeLabels, emotionToneLabels, comparisonLabels);

/** Props of {@link JourneyComparison}. */
export interface JourneyComparisonProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The current state: a parsed journey or a raw document (validated; invalid → inline error naming it). */
  current: JourneyInput;
  /** The future state (or the next version): a parsed journey or a raw document. */
  future: JourneyInput;
  /** Layout (controlled): two columns and two charts, or one merged list and one chart. @default uncontrolled */
  mode?: JourneyComparisonMode;
  /** Initial layout when uncontrolled. @default 'side-by-side' */
  defaultMode?: JourneyComparisonMode;
  /** Called when the user switches the layout. @default undefined */
  onModeChange?: (mode: JourneyComparisonMode) => void;
  /** Level of the title heading; phase and section headings are one level below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Title of the comparison. @default labels.comparisonTitle */
  title?: string;
  /** Show the legend. @default true */
  showLegend?: boolean;
  /** Language of built-in labels and numbers (`en`, `de`). @default the provider's, else the future journey's locale, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

const rootClass = (className?: string) => ['jk-root', 'jk-comparison', className].filter(Boolean).join(' ');

/**
 * Current state vs. future state (or two versions) of a journey, from `diffJourneys`: headline
 * counts, the touchpoints of every phase with Added / Removed / Changed badges, the mean
 * emotion per phase of both states, and the pain points fixed and introduced.
 * @example <JourneyComparison current={currentState} future={futureState} defaultMode="overlay" />
 */
export const JourneyComparison = forwardRef<HTMLElement, JourneyComparisonProps>(function JourneyComparison(
  { current: currentInput, future: futureInput, mode: modeProp, defaultMode = 'side-by-side', onModeChange, headingLevel = 2, title, showLegend = true, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const current = useJourney(currentInput);
  const future = useJourney(futureInput);
  const { locale: resolvedLocale, labels, tag } = useLabels(COMPARISON_LABELS, locale, labelOverrides, future.journey?.locale ?? current.journey?.locale);
  const [mode, setMode] = useControllableState<JourneyComparisonMode>({ value: modeProp, defaultValue: defaultMode, onChange: onModeChange });
  const baseId = useId();
  const model = useMemo(() => (current.journey && future.journey ? buildModel(current.journey, future.journey) : null), [current.journey, future.journey]);

  if (!model || !current.journey || !future.journey)
    return (
      <section ref={ref} className={rootClass(className)} data-invalid="" aria-label={title ?? labels.comparisonTitle} {...rest}>
        {current.error ? <JourneyError issues={current.error.issues} title={formatLabel(labels.comparisonInvalid, { side: labels.comparisonCurrent })} locale={resolvedLocale} labels={labelOverrides} /> : null}
        {future.error ? <JourneyError issues={future.error.issues} title={formatLabel(labels.comparisonInvalid, { side: labels.comparisonFuture })} locale={resolvedLocale} labels={labelOverrides} /> : null}
      </section>
    );

  const numberLocale = tag ?? resolvedLocale;
  const { diff, rows, series } = model;
  const Heading = `h${headingLevel}` as const;
  const subLevel = (headingLevel + 1) as 3 | 4 | 5 | 6;
  const phaseList = rows.map((row) => ({ phaseId: row.phaseId, name: row.name }));
  const scale = { min: Math.min(current.journey.emotionScale.min, future.journey.emotionScale.min), max: Math.max(current.journey.emotionScale.max, future.journey.emotionScale.max) };
  const contextOf = model.contextOf;

  return (
    <section ref={ref} className={rootClass(className)} data-mode={mode} data-identical={diff.identical || undefined} aria-labelledby={`${baseId}-title`} {...rest}>
      <header className="jk-comparison__header">
        <div className="jk-comparison__heading">
          <Heading className="jk-comparison__title" id={`${baseId}-title`}>
            {title ?? labels.comparisonTitle}
          </Heading>
          <p className="jk-comparison__states">
            <span className="jk-comparison__state" data-series="current">
              <span className="jk-comparison__state-label">{labels.comparisonCurrent}</span> {current.journey.title}
            </span>
            <span className="jk-comparison__state" data-series="future">
              <span className="jk-comparison__state-label">{labels.comparisonFuture}</span> {future.journey.title}
            </span>
          </p>
        </div>
        <div className="jk-comparison__modes" role="group" aria-label={labels.comparisonLayout}>
          {(['side-by-side', 'overlay'] as const).map((option) => (
            <button key={option} type="button" className="jk-comparison__mode" aria-pressed={mode === option} onClick={() => setMode(option)}>
              {option === 'side-by-side' ? labels.comparisonSideBySide : labels.comparisonOverlay}
            </button>
          ))}
        </div>
      </header>
      <ComparisonSummary diff={diff} meanBefore={model.meanBefore} meanAfter={model.meanAfter} scale={scale} labels={labels} locale={numberLocale} />
      {diff.identical ? <p className="jk-comparison__identical">{labels.comparisonIdentical}</p> : null}
      <div className="jk-comparison__charts">
        {mode === 'overlay' ? (
          <ComparisonChart key="overlay" phases={phaseList} series={series} scale={scale} caption={labels.comparisonEmotionChart} labels={labels} locale={numberLocale} />
        ) : (
          <>
            <ComparisonChart key="current" phases={phaseList} series={model.currentOnly} scale={scale} caption={`${labels.comparisonEmotionChart} — ${labels.comparisonCurrent}`} small labels={labels} locale={numberLocale} />
            <ComparisonChart key="future" phases={phaseList} series={model.futureOnly} scale={scale} caption={`${labels.comparisonEmotionChart} — ${labels.comparisonFuture}`} small labels={labels} locale={numberLocale} />
          </>
        )}
      </div>
      <ComparisonPhases rows={rows} mode={mode} scales={{ current: current.journey.emotionScale, future: future.journey.emotionScale }} headingLevel={subLevel} labels={labels} locale={numberLocale} baseId={baseId} />
      <PainPointChanges fixed={diff.painPointsFixed} introduced={diff.painPointsIntroduced} contextOf={contextOf} headingLevel={subLevel} labels={labels} baseId={baseId} />
      {showLegend ? <ComparisonLegend labels={labels} /> : null}
    </section>
  );
});

/** Everything the comparison draws, computed once per pair of journeys. */
function buildModel(current: Journey, future: Journey) {
  const diff = diffJourneys(current, future);
  const rows = comparisonPhases(current, future, diff);
  const currentSeries: CurveSeries = { key: 'current', means: phaseMeans(current) };
  const futureSeries: CurveSeries = { key: 'future', means: phaseMeans(future) };
  const titles = new Map<string, string>([...current.touchpoints, ...future.touchpoints].map((touchpoint) => [touchpoint.id, touchpoint.title]));
  const phaseNames = new Map<string, string>([...current.phases, ...future.phases].map((phase) => [phase.id, phase.name]));
  return {
    diff,
    rows,
    series: [currentSeries, futureSeries],
    currentOnly: [currentSeries],
    futureOnly: [futureSeries],
    meanBefore: overallMean(current),
    meanAfter: overallMean(future),
    contextOf: (change: { touchpointId: string; phaseId: string }) => `${titles.get(change.touchpointId) ?? change.touchpointId} · ${phaseNames.get(change.phaseId) ?? change.phaseId}`,
  };
}
