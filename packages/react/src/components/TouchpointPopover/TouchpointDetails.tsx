import { channelLabel, EVIDENCE_SOURCES, evidenceSourceLabel, influenceLabel, modeLabel, safeLinkUrl, TOUCHPOINT_INFLUENCES, TOUCHPOINT_MODES, type Journey, type Touchpoint } from '@journeykit/core';
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { personaLabels } from '../../i18n/labels/persona';
import { combineLabels } from '../../i18n/labels/table';
import { timeLabels } from '../../i18n/labels/time';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { touchpointDetailLabels, type TouchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import { channelGroupOf, formatWhen, prepareWhenFormats, textItems } from '../TouchpointCard/touchpointText';
import { DetailSection, EmotionCompare, Facts, ScoreMeter, TextList } from './detailParts';
import { numberFormat, oneDecimalFormat } from '../../i18n/intl';
import { pluralLabel } from '../../i18n/numbers';

/** Props of {@link TouchpointDetails}. */
export interface TouchpointDetailsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /** The touchpoint to describe. */
  touchpoint: Touchpoint;
  /** Its journey: phase and persona names, emotion scale, locale. @default undefined (ids are shown as given, scale −2…+2) */
  journey?: Journey;
  /** Id of the title heading (for `aria-labelledby` of a surrounding dialog). @default a generated id */
  titleId?: string;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

const DEFAULT_SCALE = { min: -2, max: 2 };

/** The texts the details show: the touchpoint's own, its time, personas and needs. */
const DETAIL_LABELS = /* @__PURE__ */ combineLabels(commonLabels, personaLabels, touchpointLabels, touchpointDetailLabels, timeLabels);

/** The catalogue label of an enum value, or the value as given (lenient documents may hold others). */
function enumLabel<T extends string>(known: readonly T[], value: unknown, label: (value: T, locale: string) => string, locale: string): string {
  return known.includes(value as T) ? label(value as T, locale) : String(value ?? '');
}

const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const PERCENT_ONE_DECIMAL: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };
const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'exceptZero', maximumFractionDigits: 1 };

/**
 * Builds (and caches) every `Intl` format the details use. The first `Intl.NumberFormat` of a page
 * loads ICU's number data (≈ 40 ms in headless Chromium here) and the first date format ≈ 10 ms;
 * {@link TouchpointPopover} calls this when the browser is idle, so opening the first popover does not pay it.
 */
export function prepareTouchpointDetails(locale: string): void {
  for (const options of [COUNT, PERCENT, PERCENT_ONE_DECIMAL, SIGNED]) numberFormat(locale, options);
  oneDecimalFormat(locale);
  prepareWhenFormats(locale);
}

function numberFormatter(locale: string, options: Intl.NumberFormatOptions) {
  const format = numberFormat(locale, options);
  return (value: number | undefined) => (typeof value === 'number' && Number.isFinite(value) ? format.format(value) : undefined);
}

function metricFacts(touchpoint: Touchpoint, labels: TouchpointDetailLabels, locale: string): [string, ReactNode][] {
  const metrics = touchpoint.metrics;
  if (!metrics) return [];
  const count = numberFormatter(locale, COUNT);
  const percent = numberFormatter(locale, PERCENT_ONE_DECIMAL);
  const signed = numberFormatter(locale, SIGNED);
  return [
    [labels.volume, count(metrics.volume)],
    [labels.conversionRate, percent(metrics.conversionRate)],
    [labels.dropOffRate, percent(metrics.dropOffRate)],
    [labels.csat, typeof metrics.csat === 'number' ? percent(metrics.csat / 100) : undefined],
    [labels.nps, signed(metrics.nps)],
    [labels.period, metrics.period],
  ];
}

function LinkList({ links }: { links: Touchpoint['links'] }) {
  const entries = (links ?? []).filter((link) => link && typeof link.label === 'string' && typeof link.url === 'string');
  if (entries.length === 0) return null;
  return (
    <ul className="jk-touchpoint-details__list jk-touchpoint-details__links">
      {entries.map((link, index) => {
        const href = safeLinkUrl(link.url);
        return (
          <li key={index}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            ) : (
              <span data-unsafe-url="true">
                {link.label} <span className="jk-touchpoint-details__url">({link.url})</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Everything recorded about one touchpoint, grouped into titled sections (empty ones omitted):
 * phase, personas, channel, time, action, thoughts, needs, emotion vs desired, pain points,
 * opportunities, owner, importance/risk/performance, metrics, evidence and links. The body of
 * {@link TouchpointPopover}; usable on its own, e.g. in a side panel.
 */
export const TouchpointDetails = forwardRef<HTMLDivElement, TouchpointDetailsProps>(function TouchpointDetails(
  { touchpoint, journey, titleId, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const { locale: resolvedLocale, labels } = useLabels(DETAIL_LABELS, locale, labelOverrides, journey?.locale);
  const baseId = useId();
  const headingId = titleId ?? `${baseId}-title`;
  const scale = journey?.emotionScale ?? DEFAULT_SCALE;
  const phaseName = journey?.phases.find((phase) => phase.id === touchpoint.phaseId)?.name ?? touchpoint.phaseId;
  const personaNames = touchpoint.personaIds.map((id) => journey?.personas.find((persona) => persona.id === id)?.name ?? id);
  const owner = touchpoint.owner;
  const evidence = touchpoint.evidence;
  const percent = numberFormatter(resolvedLocale, PERCENT);
  const emotion = typeof touchpoint.emotion === 'number' ? touchpoint.emotion : undefined;
  const desired = typeof touchpoint.desiredEmotion === 'number' ? touchpoint.desiredEmotion : undefined;
  const needs = textItems(touchpoint.needs);
  const pains = textItems(touchpoint.painPoints);
  const opportunities = textItems(touchpoint.opportunities);
  const scores = (['importance', 'risk', 'performance'] as const).filter((key) => typeof touchpoint[key] === 'number');
  const metrics = metricFacts(touchpoint, labels, resolvedLocale);
  const ownerFacts: [string, ReactNode][] = [
    [labels.ownerDepartment, owner?.department],
    [labels.ownerRole, owner?.role],
    [labels.ownerSystem, owner?.system],
    [labels.ownerProcess, owner?.process],
  ];
  const section = (kind: string) => `${baseId}-${kind}`;
  const hasFacts = (facts: [string, ReactNode][]) => facts.some(([, value]) => value !== undefined && value !== '');

  return (
    <div ref={ref} className={['jk-root', 'jk-touchpoint-details', className].filter(Boolean).join(' ')} data-key-moment={touchpoint.keyMoment === true ? 'true' : 'false'} {...rest}>
      <header className="jk-touchpoint-details__header">
        <p className="jk-touchpoint-details__eyebrow">
          <span>{phaseName}</span>
          {touchpoint.keyMoment === true ? <span className="jk-badge jk-touchpoint-details__key-moment">{labels.keyMoment}</span> : null}
        </p>
        <h2 className="jk-touchpoint-details__title" id={headingId}>
          {touchpoint.title}
        </h2>
        <p className="jk-touchpoint-details__chips">
          <span className="jk-badge jk-touchpoint-details__channel" data-channel-group={channelGroupOf(touchpoint.channel)}>
            {channelLabel(touchpoint.channel, resolvedLocale)}
          </span>
          <span className="jk-badge" data-mode={touchpoint.mode}>
            {enumLabel(TOUCHPOINT_MODES, touchpoint.mode, modeLabel, resolvedLocale)}
          </span>
          <span className="jk-badge" data-influence={touchpoint.influence}>
            {enumLabel(TOUCHPOINT_INFLUENCES, touchpoint.influence, influenceLabel, resolvedLocale)}
          </span>
        </p>
        <Facts
          kind="context"
          facts={[
            [labels.personas, personaNames.join(', ')],
            [labels.when, formatWhen(touchpoint.at, labels, resolvedLocale)],
            [labels.duration, touchpoint.durationDays !== undefined ? pluralLabel(touchpoint.durationDays, resolvedLocale, labels.dayOne, labels.days) : undefined],
          ]}
        />
      </header>
      {touchpoint.action ? (
        <DetailSection id={section('action')} kind="action" title={labels.action}>
          <p>{touchpoint.action}</p>
        </DetailSection>
      ) : null}
      {touchpoint.thoughts ? (
        <DetailSection id={section('thoughts')} kind="thoughts" title={labels.thoughts}>
          <blockquote className="jk-touchpoint-details__quote">{touchpoint.thoughts}</blockquote>
        </DetailSection>
      ) : null}
      {needs.length > 0 ? (
        <DetailSection id={section('needs')} kind="needs" title={labels.needs}>
          <TextList items={needs} />
        </DetailSection>
      ) : null}
      {emotion !== undefined || desired !== undefined ? (
        <DetailSection id={section('emotion')} kind="emotion" title={labels.emotion}>
          <EmotionCompare emotion={emotion} desired={desired} scale={scale} labels={labels} locale={resolvedLocale} />
        </DetailSection>
      ) : null}
      {pains.length > 0 ? (
        <DetailSection id={section('pains')} kind="pain-points" title={labels.painPoints}>
          <TextList items={pains} kind="pain-points" />
        </DetailSection>
      ) : null}
      {opportunities.length > 0 ? (
        <DetailSection id={section('opportunities')} kind="opportunities" title={labels.opportunities}>
          <TextList items={opportunities} kind="opportunities" />
        </DetailSection>
      ) : null}
      {hasFacts(ownerFacts) ? (
        <DetailSection id={section('owner')} kind="owner" title={labels.owner}>
          <Facts facts={ownerFacts} />
        </DetailSection>
      ) : null}
      {scores.length > 0 ? (
        <DetailSection id={section('scores')} kind="scores" title={`${labels.importance} · ${labels.risk} · ${labels.performance}`}>
          <Facts facts={scores.map((key) => [labels[key], <ScoreMeter key={key} kind={key} value={touchpoint[key] as number} labels={labels} />])} />
        </DetailSection>
      ) : null}
      {hasFacts(metrics) ? (
        <DetailSection id={section('metrics')} kind="metrics" title={labels.metrics}>
          <Facts kind="metrics" facts={metrics} />
        </DetailSection>
      ) : null}
      {evidence ? (
        <DetailSection id={section('evidence')} kind="evidence" title={labels.evidence}>
          <Facts
            facts={[
              [labels.evidenceSource, enumLabel(EVIDENCE_SOURCES, evidence.source, evidenceSourceLabel, resolvedLocale)],
              [labels.confidence, percent(evidence.confidence)],
            ]}
          />
          {evidence.note ? <p className="jk-touchpoint-details__note">{evidence.note}</p> : null}
        </DetailSection>
      ) : null}
      {(touchpoint.links ?? []).length > 0 ? (
        <DetailSection id={section('links')} kind="links" title={labels.links}>
          <LinkList links={touchpoint.links} />
        </DetailSection>
      ) : null}
    </div>
  );
});
