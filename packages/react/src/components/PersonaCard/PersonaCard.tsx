import { isSafeCssColor, roleLabel, type Journey, type Persona } from '@journeykit/core';
import { forwardRef, useId, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { personaLabels } from '../../i18n/labels/persona';
import { PersonaAvatar } from './PersonaAvatar';

/** Props of {@link PersonaCard}. */
export interface PersonaCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The persona to show. */
  persona: Persona;
  /** The journey the persona belongs to; used to name the phase the persona joins at. */
  journey?: Journey;
  /**
   * `full` shows everything; `compact` shows avatar, name, role and job (for lane headers and strips).
   * @default 'full'
   */
  variant?: 'full' | 'compact';
  /**
   * Level of the heading that carries the persona's name.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Avatar diameter in pixels.
   * @default 56 (full), 36 (compact)
   */
  avatarSize?: number;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. */
  labels?: Partial<JourneyLabels>;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []);

function ListSection({ id, title, items, kind }: { id: string; title: string; items: string[]; kind: string }) {
  if (items.length === 0) return null;
  return (
    // A named group, not a landmark: a page of persona cards would repeat "Motivations" regions.
    <div role="group" className="jk-persona-card__section" data-section={kind} aria-labelledby={id}>
      <h4 className="jk-persona-card__section-title" id={id}>
        {title}
      </h4>
      <ul className="jk-persona-card__list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A member of the buying center: name, role, job, company, motivations, frustrations, goals,
 * needs, quote and the phase they join at. An `<article>` named by its heading.
 * @example <PersonaCard persona={journey.personas[0]} journey={journey} />
 */
export const PersonaCard = forwardRef<HTMLElement, PersonaCardProps>(function PersonaCard(
  { persona, journey, variant = 'full', headingLevel = 3, avatarSize, locale, labels: labelOverrides, className, style, ...rest },
  ref,
) {
  const { locale: resolvedLocale, labels } = useLabels(personaLabels, locale, labelOverrides, journey?.locale);
  const baseId = useId();
  const Heading = `h${headingLevel}` as const;
  const compact = variant === 'compact';
  const color = typeof persona.color === 'string' && isSafeCssColor(persona.color) ? persona.color : undefined;
  const cardStyle = color ? ({ ...style, '--jk-persona-color': color } as CSSProperties) : style;
  const job = [persona.jobTitle, persona.department].filter(Boolean).join(' · ');
  const joinPhase = persona.joinsAt ? (journey?.phases.find((phase) => phase.id === persona.joinsAt)?.name ?? persona.joinsAt) : undefined;
  const facts: [string, string | number | undefined][] = compact
    ? []
    : [
        [labels.seniority, persona.seniority],
        [labels.age, persona.age],
        [labels.location, persona.location],
        [labels.joinsAt, joinPhase],
      ];
  const shownFacts = facts.filter((fact): fact is [string, string | number] => fact[1] !== undefined && fact[1] !== '');

  return (
    <article
      ref={ref}
      className={['jk-root', 'jk-persona-card', className].filter(Boolean).join(' ')}
      data-variant={variant}
      data-role={persona.role}
      aria-labelledby={`${baseId}-name`}
      style={cardStyle}
      {...rest}
    >
      <header className="jk-persona-card__header">
        <PersonaAvatar name={persona.name} src={persona.avatarUrl} size={avatarSize ?? (compact ? 36 : 56)} />
        <Heading className="jk-persona-card__name" id={`${baseId}-name`}>
          {persona.name}
        </Heading>
        {job ? <p className="jk-persona-card__job">{job}</p> : null}
        {!compact && persona.company ? <p className="jk-persona-card__company">{persona.company}</p> : null}
        <span className="jk-badge jk-persona-card__role" data-role={persona.role} title={labels.personaRole}>
          {roleLabel(persona.role, resolvedLocale)}
        </span>
      </header>
      {!compact && persona.quote ? (
        <blockquote className="jk-persona-card__quote">
          <p>{persona.quote}</p>
        </blockquote>
      ) : null}
      {shownFacts.length > 0 ? (
        <dl className="jk-persona-card__facts">
          {shownFacts.map(([term, value]) => (
            <div key={term} className="jk-persona-card__fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {!compact ? (
        <div className="jk-persona-card__sections">
          <ListSection id={`${baseId}-motivations`} kind="motivations" title={labels.motivations} items={asList(persona.motivations)} />
          <ListSection id={`${baseId}-frustrations`} kind="frustrations" title={labels.frustrations} items={asList(persona.frustrations)} />
          <ListSection id={`${baseId}-goals`} kind="goals" title={labels.goals} items={asList(persona.goals)} />
          <ListSection id={`${baseId}-needs`} kind="needs" title={labels.needs} items={asList(persona.needs)} />
        </div>
      ) : null}
    </article>
  );
});
