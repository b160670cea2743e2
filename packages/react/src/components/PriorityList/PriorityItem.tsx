import { channelLabel, RANK_FACTORS, type Finding, type RankFactor } from '@journeykit/core';
import { useId, type CSSProperties } from 'react';
import { formatLabel } from '../../i18n/format-label';
import type { CommonLabels } from '../../i18n/labels/common';
import type { PriorityLabels } from '../../i18n/labels/priorities';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import type { TouchpointDetailLabels } from '../../i18n/labels/touchpoint-details';

/** What a ranked entry reads: ranks, scores and findings, the touchpoint's fields and markers. */
export type PriorityItemLabels = PriorityLabels & TouchpointLabels & TouchpointDetailLabels & Pick<CommonLabels, 'notSet'>;
import { PersonaChip } from '../JourneyFilters/PersonaChip';
import { formatNumber, formatPercent, formatSigned } from '../../i18n/numbers';
import type { PriorityEntry } from './priorityModel';

/** Label of a ranking factor. */
export function factorLabel(factor: RankFactor, labels: PriorityItemLabels): string {
  return { importance: labels.importance, risk: labels.risk, performance: labels.performance, emotionGap: labels.emotionGap }[factor];
}

/** A finding as text: written ones verbatim, derived ones from localised labels. */
function findingText(finding: Finding, labels: PriorityItemLabels, locale: string): string {
  const value = finding.value ?? 0;
  switch (finding.kind) {
    case 'low-emotion':
      return formatLabel(labels.findingLowEmotion, { value: formatSigned(value, locale) });
    case 'emotion-gap':
      return formatLabel(labels.findingEmotionGap, { value: formatNumber(value, locale, 1) });
    case 'under-performing':
      return labels.findingUnderPerforming;
    case 'high-drop-off':
      return formatLabel(labels.findingHighDropOff, { value: formatPercent(value, locale) });
    default:
      return finding.text;
  }
}

function Findings({ kind, title, findings, expanded, labels, locale }: { kind: 'pain' | 'opportunity'; title: string; findings: Finding[]; expanded: boolean; labels: PriorityItemLabels; locale: string }) {
  const id = useId();
  if (findings.length === 0) return null;
  const limit = expanded ? findings.length : 2;
  const hidden = findings.length - limit;
  return (
    <div className="jk-priority-item__findings" data-kind={kind}>
      <span id={id} className="jk-priority-item__findings-title">
        {title}
      </span>
      <ul aria-labelledby={id}>
        {findings.slice(0, limit).map((finding) => (
          <li key={finding.id} data-derived={finding.kind !== 'explicit' || undefined}>
            {findingText(finding, labels, locale)}
          </li>
        ))}
        {hidden > 0 ? <li className="jk-priority-item__more">{formatLabel(labels.moreN, { n: formatNumber(hidden, locale) })}</li> : null}
      </ul>
    </div>
  );
}

/** The value of a factor as written in the document: "4 of 5", or the emotion gap "+2"; `null` when missing. */
function rawValue(factor: RankFactor, entry: PriorityEntry, labels: PriorityItemLabels, locale: string): string | null {
  if (factor === 'emotionGap') return entry.emotionGap === undefined ? null : formatSigned(entry.emotionGap, locale);
  const value = entry.touchpoint[factor];
  return value === undefined ? null : formatLabel(labels.outOfFive, { n: formatNumber(value, locale, 1) });
}

/** Score points (0…100) a factor adds, from core's `reasons`. */
const points = (contribution: number) => Math.round(contribution * 100);

/** The score as one bar (100 = the highest priority) made of what each factor adds. */
function ScoreBar({ entry }: { entry: PriorityEntry }) {
  return (
    <span className="jk-priority-item__score-bar" aria-hidden="true">
      {RANK_FACTORS.map((factor) => {
        const contribution = entry.ranked.reasons[factor];
        return contribution ? <span key={factor} data-factor={factor} style={{ '--jk-priority-share': contribution } as CSSProperties} /> : null;
      })}
    </span>
  );
}

/** Each factor: its colour key (matching the score bar), the value in the document and the points it adds; "—" when missing. */
function FactorList({ entry, labels, locale }: { entry: PriorityEntry; labels: PriorityItemLabels; locale: string }) {
  return (
    <dl className="jk-priority-item__factors">
      {RANK_FACTORS.map((factor) => {
        const value = rawValue(factor, entry, labels, locale);
        const contribution = entry.ranked.reasons[factor];
        const missing = entry.ranked.missing.includes(factor);
        return (
          <div key={factor} className="jk-priority-item__factor" data-factor={factor} data-missing={missing || undefined}>
            <dt>
              <span className="jk-priority-item__key" aria-hidden="true" />
              {factorLabel(factor, labels)}
            </dt>
            <dd>
              <span className="jk-priority-item__value" title={missing ? labels.notSet : undefined}>
                {value ?? '—'}
              </span>
              {missing ? <span className="jk-visually-hidden">{labels.notSet}</span> : null}
              {contribution !== undefined ? <span className="jk-priority-item__points">+{formatNumber(points(contribution), locale)}</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** One row of the priority list. The title is the button that selects the touchpoint; the whole row is its click target. */
export function PriorityItem({ entry, selected, onSelect, labels, locale }: { entry: PriorityEntry; selected: boolean; onSelect: () => void; labels: PriorityItemLabels; locale: string }) {
  const { ranked, touchpoint } = entry;
  const score = ranked.score === null ? null : Math.round(ranked.score * 100);
  const missing = ranked.missing.map((factor) => factorLabel(factor, labels)).join(', ');
  return (
    <li className="jk-priority-item" data-state={selected ? 'selected' : undefined} data-touchpoint-id={touchpoint.id} data-key-moment={touchpoint.keyMoment || undefined}>
      <div className="jk-priority-item__rank">
        <span className="jk-visually-hidden">{formatLabel(labels.rankN, { n: formatNumber(ranked.rank, locale) })}</span>
        <span aria-hidden="true">{formatNumber(ranked.rank, locale)}</span>
      </div>
      <div className="jk-priority-item__body">
        <div className="jk-priority-item__head">
          <button type="button" className="jk-priority-item__title" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
            {touchpoint.title}
          </button>
          <div className="jk-priority-item__score" data-empty={score === null || undefined} title={score === null ? labels.noScore : undefined}>
            <span className="jk-priority-item__score-value">{score === null ? '—' : formatNumber(score, locale)}</span>
            <span className="jk-priority-item__score-label">{labels.priorityScore}</span>
            {score === null ? <span className="jk-visually-hidden">{labels.noScore}</span> : null}
          </div>
        </div>
        <div className="jk-priority-item__chips">
          <span className="jk-badge jk-priority-item__phase">{entry.phaseName}</span>
          {entry.personas.map((persona) => (
            <PersonaChip key={persona.id} persona={persona} locale={locale} className="jk-priority-item__persona" />
          ))}
          <span className="jk-priority-item__channel">{channelLabel(touchpoint.channel, locale)}</span>
          {touchpoint.keyMoment ? <span className="jk-badge jk-priority-item__key-moment">★ {labels.keyMoment}</span> : null}
        </div>
        <ScoreBar entry={entry} />
        <FactorList entry={entry} labels={labels} locale={locale} />
        {entry.pains.length > 0 || entry.opportunities.length > 0 ? (
          <div className="jk-priority-item__finding-groups">
            <Findings kind="pain" title={labels.painPoints} findings={entry.pains} expanded={selected} labels={labels} locale={locale} />
            <Findings kind="opportunity" title={labels.opportunities} findings={entry.opportunities} expanded={selected} labels={labels} locale={locale} />
          </div>
        ) : null}
        {missing ? (
          <p className="jk-priority-item__confidence">
            {labels.confidence} {formatPercent(ranked.confidence, locale)}
            <span className="jk-priority-item__missing"> · {formatLabel(labels.missingFactors, { factors: missing })}</span>
          </p>
        ) : null}
      </div>
    </li>
  );
}
