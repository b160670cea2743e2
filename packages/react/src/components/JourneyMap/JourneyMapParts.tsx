import { journeyTypeLabel } from '@journeykit/core';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { Legend, type LegendProps } from '../Legend/Legend';
import { PersonaCard } from '../PersonaCard/PersonaCard';
import { useJourneyMapContext } from './JourneyMapContext';
import { PartBoundary } from './PartBoundary';

/** Props of `JourneyMap.Header`. */
export type JourneyMapHeaderProps = Omit<ComponentPropsWithoutRef<'header'>, 'children'>;

/** The map's title, its type (current state, future state, blueprint…), the company and the description. */
export function JourneyMapHeader({ className, ...rest }: JourneyMapHeaderProps) {
  const { journey, locale, headingLevel } = useJourneyMapContext('Header');
  if (!journey) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <header className={['jk-journey-map__header', className].filter(Boolean).join(' ')} {...rest}>
      <div className="jk-journey-map__titles">
        <Heading className="jk-journey-map__title">{journey.title}</Heading>
        <span className="jk-badge jk-journey-map__type" data-type={journey.type}>
          {journeyTypeLabel(journey.type, locale)}
        </span>
        {journey.company?.name ? <span className="jk-journey-map__company">{journey.company.name}</span> : null}
      </div>
      {journey.description ? <p className="jk-journey-map__description">{journey.description}</p> : null}
    </header>
  );
}

/** Props of `JourneyMap.Personas`. */
export type JourneyMapPersonasProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/** The buying center as a strip of compact persona cards. */
export function JourneyMapPersonas({ className, ...rest }: JourneyMapPersonasProps) {
  const { journey, labels, labelOverrides, locale, headingLevel } = useJourneyMapContext('Personas');
  const headingId = useId();
  if (!journey) return null;
  const Heading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  return (
    <section className={['jk-journey-map__personas', className].filter(Boolean).join(' ')} aria-labelledby={headingId} {...rest}>
      <Heading id={headingId} className="jk-visually-hidden">
        {labels.personas}
      </Heading>
      <ul className="jk-journey-map__persona-list">
        {journey.personas.map((persona) => (
          <li key={persona.id}>
            <PartBoundary part="Personas" message={labels.renderFailed} resetKeys={[persona]}>
              <PersonaCard persona={persona} journey={journey} variant="compact" headingLevel={Math.min(headingLevel + 2, 6) as 4} locale={locale} labels={labelOverrides} />
            </PartBoundary>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of `JourneyMap.Legend`: those of `Legend` except the journey, which comes from the map. */
export type JourneyMapLegendProps = Omit<LegendProps, 'journey'>;

/** The legend of the map's channels, modes, markers, emotion colours and personas. */
export function JourneyMapLegend(props: JourneyMapLegendProps) {
  const { journey, locale, labelOverrides, labels, headingLevel } = useJourneyMapContext('Legend');
  if (!journey) return null;
  return (
    <PartBoundary part="Legend" message={labels.renderFailed} resetKeys={[journey]}>
      <Legend journey={journey} locale={locale} labels={labelOverrides} headingLevel={Math.min(headingLevel + 1, 6) as 3} orientation="horizontal" {...props} />
    </PartBoundary>
  );
}
