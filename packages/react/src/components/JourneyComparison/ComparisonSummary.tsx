import type { EmotionScale, JourneyDiff, PainPointChange } from '@journeykit/core';
import type { ComparisonLabels } from '../../i18n/labels/comparison';
import type { EmotionToneLabels } from '../../i18n/labels/emotion-tone';
import { formatEmotion } from '../BuyingCenter/emotion';
import { numberFormat } from '../../i18n/intl';

/** Props of {@link ComparisonSummary}. */
export interface ComparisonSummaryProps {
  /** The result of `diffJourneys(current, future)`. */
  diff: JourneyDiff;
  /** Mean emotion over all touchpoints of the current state, `null` when none is recorded. */
  meanBefore: number | null;
  /** The same for the future state. */
  meanAfter: number | null;
  /** The emotion scale the means are on. */
  scale: EmotionScale;
  /** Resolved built-in labels. */
  labels: ComparisonLabels & EmotionToneLabels;
  /** Locale for numbers and lists. */
  locale: string;
}

/** The headline figures of a comparison: touchpoints added, removed, changed; pain points fixed, introduced; mean emotion change. */
export function ComparisonSummary({ diff, meanBefore, meanAfter, scale, labels, locale }: ComparisonSummaryProps) {
  const numbers = numberFormat(locale);
  const delta = meanBefore === null || meanAfter === null ? null : meanAfter - meanBefore;
  const tiles: { key: string; term: string; value: string; tone?: string; detail?: string }[] = [
    { key: 'added', term: labels.comparisonAdded, value: numbers.format(diff.touchpoints.added.length) },
    { key: 'removed', term: labels.comparisonRemoved, value: numbers.format(diff.touchpoints.removed.length) },
    { key: 'changed', term: labels.comparisonChanged, value: numbers.format(diff.touchpoints.changed.length) },
    { key: 'fixed', term: labels.comparisonPainFixed, value: numbers.format(diff.painPointsFixed.length), tone: diff.painPointsFixed.length > 0 ? 'positive' : undefined },
    { key: 'introduced', term: labels.comparisonPainIntroduced, value: numbers.format(diff.painPointsIntroduced.length), tone: diff.painPointsIntroduced.length > 0 ? 'negative' : undefined },
    {
      key: 'emotion',
      term: labels.comparisonMeanEmotion,
      value: delta === null ? '–' : formatEmotion(Math.round(delta * 100) / 100, locale),
      tone: delta === null || Math.abs(delta) < 0.05 ? undefined : delta > 0 ? 'positive' : 'negative',
      detail: `${meanBefore === null ? '–' : formatEmotion(meanBefore, locale, scale)} → ${meanAfter === null ? '–' : formatEmotion(meanAfter, locale, scale)}`,
    },
  ];
  return (
    <dl className="jk-comparison__summary">
      {tiles.map((tile) => (
        <div key={tile.key} className="jk-comparison__stat" data-stat={tile.key} data-tone={tile.tone}>
          <dt>{tile.term}</dt>
          <dd>
            <span className="jk-comparison__stat-value">{tile.value}</span>
            {tile.detail ? <span className="jk-comparison__stat-detail">{tile.detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Props of {@link PainPointChanges}. */
export interface PainPointChangesProps {
  /** `diff.painPointsFixed`. */
  fixed: PainPointChange[];
  /** `diff.painPointsIntroduced`. */
  introduced: PainPointChange[];
  /** Touchpoint title and phase name by touchpoint id, for the context line. */
  contextOf: (change: PainPointChange) => string;
  /** Level of the two list headings. */
  headingLevel: 3 | 4 | 5 | 6;
  /** Resolved built-in labels. */
  labels: ComparisonLabels & EmotionToneLabels;
  /** Prefix for element ids (from `useId`). */
  baseId: string;
}

function ChangeList({ id, title, kind, items, contextOf, headingLevel, labels }: { id: string; title: string; kind: 'fixed' | 'introduced'; items: PainPointChange[]; contextOf: PainPointChangesProps['contextOf']; headingLevel: 3 | 4 | 5 | 6; labels: ComparisonLabels & EmotionToneLabels }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="jk-comparison__pains" data-kind={kind} aria-labelledby={id}>
      <Heading className="jk-comparison__section-title" id={id}>
        {title} <span className="jk-comparison__section-count">{items.length}</span>
      </Heading>
      {items.length === 0 ? (
        <p className="jk-comparison__none">{labels.comparisonNone}</p>
      ) : (
        <ul className="jk-comparison__pain-list">
          {items.map((item, index) => (
            <li key={`${item.touchpointId}-${index}`} className="jk-comparison__pain">
              <span className="jk-comparison__pain-icon" aria-hidden="true">
                {kind === 'fixed' ? '✓' : '!'}
              </span>
              <span className="jk-comparison__pain-text">
                <span>{item.text}</span>
                <span className="jk-comparison__pain-context">{contextOf(item)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Pain points fixed (✓) and introduced (!) by the future state, with the touchpoint they belong to. */
export function PainPointChanges({ fixed, introduced, contextOf, headingLevel, labels, baseId }: PainPointChangesProps) {
  return (
    <div className="jk-comparison__pain-columns">
      <ChangeList id={`${baseId}-fixed`} title={labels.comparisonPainFixed} kind="fixed" items={fixed} contextOf={contextOf} headingLevel={headingLevel} labels={labels} />
      <ChangeList id={`${baseId}-introduced`} title={labels.comparisonPainIntroduced} kind="introduced" items={introduced} contextOf={contextOf} headingLevel={headingLevel} labels={labels} />
    </div>
  );
}
