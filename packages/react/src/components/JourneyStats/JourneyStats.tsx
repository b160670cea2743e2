import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type CSSProperties, type Ref } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { commonLabels } from '../../i18n/labels/common';
import { statsLabels } from '../../i18n/labels/stats';
import { combineLabels } from '../../i18n/labels/table';
import { timeLabels } from '../../i18n/labels/time';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { JourneyError } from '../JourneyError/JourneyError';
import { JOURNEY_STAT_KEYS, statTiles, type JourneyStatKey, type StatTile } from './statsModel';

export { JOURNEY_STAT_KEYS, type JourneyStatKey } from './statsModel';

/** The figures' texts: their own, durations, and the journey's and touchpoints' words. */
const STATS_LABELS = /* @__PURE__ */ combineLabels(commonLabels, touchpointLabels, timeLabels, statsLabels);

/** Props of {@link JourneyStats}. */
export interface JourneyStatsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The journey: a parsed model or a raw document (validated; an invalid one shows an inline error). */
  journey: JourneyInput;
  /**
   * Which figures to show, in this order.
   * @default ['touchpoints', 'personas', 'duration', 'painPoints', 'keyMoments', 'emotion', 'onlineShare', 'funnelDropOff']
   */
  stats?: readonly JourneyStatKey[];
  /**
   * Level of the heading.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels and number formats (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

function Tile({ tile }: { tile: StatTile }) {
  const missing = tile.value === null;
  return (
    <div className="jk-journey-stats__tile" data-stat={tile.key} data-tone={tile.tone} data-missing={missing || undefined}>
      <dt className="jk-journey-stats__label">{tile.label}</dt>
      <dd className="jk-journey-stats__value" title={missing ? tile.caption : undefined}>
        {missing ? (
          '—'
        ) : (
          <>
            {tile.value}
            {tile.unit ? (
              <>
                {' '}
                <span className="jk-journey-stats__unit">{tile.unit}</span>
              </>
            ) : null}
          </>
        )}
      </dd>
      <dd className="jk-journey-stats__caption">
        {tile.gauge ? (
          <span className="jk-journey-stats__gauge" aria-hidden="true" style={{ '--jk-stat-value': tile.gauge.value } as CSSProperties}>
            <span className="jk-journey-stats__gauge-fill" />
            {tile.gauge.marker !== undefined ? <span className="jk-journey-stats__gauge-marker" style={{ '--jk-stat-marker': tile.gauge.marker } as CSSProperties} /> : null}
          </span>
        ) : null}
        {tile.caption}
      </dd>
    </div>
  );
}

/**
 * The journey's headline figures as compact tiles in a `<dl>`: touchpoints, personas, duration,
 * pain points, key moments (and how many are at risk), average emotion against the desired one,
 * online share and funnel drop-off, each with a caption. Missing data shows "—" with the reason,
 * never a 0. Numbers are formatted for the locale. All figures come from core's `analyzeJourney`.
 * @example <JourneyStats journey={journey} stats={['touchpoints', 'duration', 'painPoints']} />
 */
export const JourneyStats = forwardRef<HTMLElement, JourneyStatsProps>(function JourneyStats(
  { journey: input, stats = JOURNEY_STAT_KEYS, headingLevel = 3, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { locale: resolvedLocale, labels } = useLabels(STATS_LABELS, locale, labelOverrides, journey?.locale);
  const titleId = useId();
  const tiles = useMemo(() => (journey ? statTiles(journey, stats, labels, resolvedLocale) : []), [journey, stats, labels, resolvedLocale]);

  if (!journey) return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const Heading = `h${headingLevel}` as const;
  return (
    <section ref={ref} className={['jk-root', 'jk-journey-stats', className].filter(Boolean).join(' ')} aria-labelledby={titleId} {...rest}>
      <Heading id={titleId} className="jk-journey-stats__title">
        {labels.journeyStats}
      </Heading>
      <dl className="jk-journey-stats__tiles">
        {tiles.map((tile) => (
          <Tile key={tile.key} tile={tile} />
        ))}
      </dl>
    </section>
  );
});
