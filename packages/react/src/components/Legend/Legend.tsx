import { forwardRef, useId, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { legendLabels } from '../../i18n/labels/legend';
import { combineLabels } from '../../i18n/labels/table';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { markerPath, toneStyle } from '../EmotionCurve/persona-tones';
import { formatScore } from '../TouchpointCard/touchpointText';
import { JourneyError } from '../JourneyError/JourneyError';
import { channelGroups, LEGEND_SECTIONS, personaEntries, type LegendSection } from './legend-items';

/** The legend's texts: its own, the touchpoint's marks it explains and the journey's words. */
const LEGEND_LABELS = /* @__PURE__ */ combineLabels(commonLabels, touchpointLabels, legendLabels);

/** Props of {@link Legend}. */
export interface LegendProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title'> {
  /** The journey whose channels, emotion scale and personas to explain (parsed model or raw document). Without it the legend is generic. @default undefined */
  journey?: JourneyInput;
  /** Which parts to explain, in this order. @default all: channels, modes, influence, markers, emotion, personas (personas only with a journey) */
  sections?: readonly LegendSection[];
  /** `horizontal`: groups side by side, wrapping; `vertical`: stacked (for a sidebar). @default 'horizontal' */
  orientation?: 'horizontal' | 'vertical';
  /** Heading text. @default labels.legend */
  title?: string;
  /** Level of the heading. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

/**
 * One legend item. `attributes` go on the item itself: with `data-swatch`, CSS draws a glyph or
 * colour swatch as its `::before` (no element per swatch); `figure` is an SVG drawn beside or
 * instead of it.
 */
interface Entry {
  key: string;
  attributes?: Record<string, string>;
  figure?: ReactNode;
  label: string;
  detail?: string;
  className?: string;
  style?: CSSProperties;
}

const glyph = (kind: string, attributes: Record<string, string> = {}) => ({ 'data-swatch': kind, ...attributes });

function lineSwatch(className: string, mark?: string) {
  return (
    <svg className="jk-legend__svg" width="30" height="14" viewBox="-15 -7 30 14" aria-hidden="true">
      <line className={className} x1={-13} x2={13} y1={0} y2={0} />
      {mark ? <path className="jk-legend__series-mark" d={mark} /> : null}
    </svg>
  );
}

const painRing = (
  <svg className="jk-legend__svg" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
    <circle className="jk-legend__pain-ring" r={6} />
    <circle className="jk-legend__pain-dot" r={3} />
  </svg>
);

/**
 * Explains the map's visual language: channel-group colours (the card's stripe), online/offline
 * glyphs, direct vs indirect (solid vs dashed border), markers (pain point, key moment,
 * selected), the emotion scale's colours and faces, and the personas' colours and marker shapes.
 * A `<section>` with a heading and a description list per part; compact, wraps.
 * @example <Legend journey={journey} sections={['channels', 'markers', 'personas']} />
 */
export const Legend = forwardRef<HTMLElement, LegendProps>(function Legend(
  { journey: input, sections, orientation = 'horizontal', title, headingLevel = 3, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const parsed = useJourney(input ?? null);
  const journey = input === undefined ? null : parsed.journey;
  const { labels, locale: resolvedLocale } = useLabels(LEGEND_LABELS, locale, labelOverrides, journey?.locale);
  const baseId = useId();
  if (input !== undefined && parsed.error) return <JourneyError issues={parsed.error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const Heading = `h${headingLevel}` as const;
  const scale = journey?.emotionScale ?? { min: -2, max: 2 };
  const groups: Record<LegendSection, { title: string; entries: Entry[] }> = {
    channels: {
      title: labels.channels,
      entries: channelGroups(journey, labels, resolvedLocale).map((group) => ({
        key: group.group,
        attributes: glyph('channel', { 'data-channel-group': group.group }),
        label: group.label,
        ...(group.channels.length > 0 ? { detail: group.channels.join(', ') } : {}),
      })),
    },
    modes: {
      title: labels.mode,
      entries: [
        { key: 'online', attributes: glyph('mode', { 'data-mode': 'online' }), label: labels.online },
        { key: 'offline', attributes: glyph('mode', { 'data-mode': 'offline' }), label: labels.offline },
      ],
    },
    influence: {
      title: labels.influence,
      entries: [
        { key: 'direct', attributes: glyph('card', { 'data-influence': 'direct' }), label: labels.direct },
        { key: 'indirect', attributes: glyph('card', { 'data-influence': 'indirect' }), label: labels.indirect },
      ],
    },
    markers: {
      title: labels.markers,
      entries: [
        { key: 'pain', attributes: glyph('pain'), figure: painRing, label: labels.painPoint },
        { key: 'key', attributes: glyph('key-moment'), label: labels.keyMoment },
        { key: 'selected', attributes: glyph('card', { 'data-state': 'selected' }), label: labels.selected },
      ],
    },
    emotion: {
      title: `${labels.emotionScale} (${formatScore(scale.min, scale, resolvedLocale)} … ${formatScore(scale.max, scale, resolvedLocale)})`,
      entries: [
        { key: 'negative', attributes: glyph('emotion', { 'data-tone': 'negative' }), label: labels.emotionNegative },
        { key: 'neutral', attributes: glyph('emotion', { 'data-tone': 'neutral' }), label: labels.emotionNeutral },
        { key: 'positive', attributes: glyph('emotion', { 'data-tone': 'positive' }), label: labels.emotionPositive },
        { key: 'desired', figure: lineSwatch('jk-legend__desired'), label: labels.desiredEmotion },
      ],
    },
    personas: {
      title: labels.personas,
      entries: personaEntries(journey, resolvedLocale).map((persona) => ({
        key: persona.id,
        figure: lineSwatch('jk-legend__series-line', markerPath(persona.tone.shape, 4.2)),
        className: 'jk-legend__series',
        attributes: { 'data-tone': persona.tone.tone },
        style: toneStyle(persona.tone),
        label: persona.name,
        detail: persona.role,
      })),
    },
  };
  const shown = (sections ?? LEGEND_SECTIONS).filter((section) => groups[section] && groups[section].entries.length > 0);

  return (
    <section
      ref={ref}
      className={['jk-root', 'jk-legend', className].filter(Boolean).join(' ')}
      data-orientation={orientation}
      aria-labelledby={`${baseId}-title`}
      {...rest}
    >
      <Heading id={`${baseId}-title`} className="jk-legend__title">
        {title ?? labels.legend}
      </Heading>
      <dl className="jk-legend__groups">
        {shown.map((section) => (
          <div key={section} className="jk-legend__group" data-section={section}>
            <dt className="jk-legend__group-title">{groups[section].title}</dt>
            {groups[section].entries.map((entry) => (
              <dd key={entry.key} className={entry.className ? `jk-legend__item ${entry.className}` : 'jk-legend__item'} data-item={entry.key} style={entry.style} {...entry.attributes}>
                {entry.figure}
                {entry.label}
                {entry.detail ? <span className="jk-legend__detail">{entry.detail}</span> : null}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
});
