/** Small building blocks of {@link TouchpointDetails}: sections, text lists, 1–5 meters and the emotion scale. */
import type { EmotionScale } from '@journeykit/core';
import type { CSSProperties, ReactNode } from 'react';
import { formatLabel } from '../../i18n/format-label';
import type { TouchpointLabels } from '../../i18n/labels/touchpoint';
import type { TouchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import { emotionTone, formatScore } from '../TouchpointCard/touchpointText';

/** A titled block of the details; renders nothing without content. */
export function DetailSection({ id, title, kind, children }: { id: string; title: string; kind: string; children: ReactNode }) {
  return (
    <section className="jk-touchpoint-details__section" data-section={kind} aria-labelledby={id}>
      <h3 className="jk-touchpoint-details__section-title" id={id}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A bulleted list of texts. */
export function TextList({ items, kind }: { items: string[]; kind?: string }) {
  return (
    <ul className="jk-touchpoint-details__list" data-list={kind}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** Term–value pairs; pairs without a value are left out. Returns null when none is left. */
export function Facts({ facts, kind }: { facts: [string, ReactNode][]; kind?: string }) {
  const shown = facts.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="jk-touchpoint-details__facts" data-facts={kind}>
      {shown.map(([term, value]) => (
        <div key={term} className="jk-touchpoint-details__fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A 1–5 score as five pips plus text ("3 of 5"). */
export function ScoreMeter({ value, labels, kind }: { value: number; labels: Pick<TouchpointDetailLabels, 'outOfFive'>; kind: string }) {
  const rounded = Math.round(value * 10) / 10;
  return (
    <span className="jk-touchpoint-details__meter" data-kind={kind}>
      <span className="jk-touchpoint-details__pips" aria-hidden="true" style={{ '--jk-meter-value': rounded } as CSSProperties} />
      <span>{formatLabel(labels.outOfFive, { n: rounded })}</span>
    </span>
  );
}

/**
 * Felt vs desired emotion on the journey's scale: a track with a filled dot (felt) and a ring
 * (desired), plus both numbers in text.
 */
export function EmotionCompare({ emotion, desired, scale, labels, locale }: { emotion?: number; desired?: number; scale: EmotionScale; labels: Pick<TouchpointLabels, 'emotion' | 'desiredEmotion'>; locale: string }) {
  const span = scale.max - scale.min || 1;
  const position = (value: number) => `${Math.min(100, Math.max(0, ((value - scale.min) / span) * 100))}%`;
  return (
    <div className="jk-touchpoint-details__emotion">
      <div className="jk-touchpoint-details__emotion-track" aria-hidden="true">
        {desired !== undefined ? <span className="jk-touchpoint-details__emotion-desired" style={{ left: position(desired) }} /> : null}
        {emotion !== undefined ? (
          <span className="jk-touchpoint-details__emotion-felt" data-tone={emotionTone(emotion, scale)} style={{ left: position(emotion) }} />
        ) : null}
        <span className="jk-touchpoint-details__emotion-end">{formatScore(scale.min, scale, locale)}</span>
        <span className="jk-touchpoint-details__emotion-end">{formatScore(scale.max, scale, locale)}</span>
      </div>
      <Facts
        kind="emotion"
        facts={[
          [labels.emotion, emotion !== undefined ? <span data-tone={emotionTone(emotion, scale)}>{formatScore(emotion, scale, locale)}</span> : undefined],
          [labels.desiredEmotion, desired !== undefined ? formatScore(desired, scale, locale) : undefined],
        ]}
      />
    </div>
  );
}
