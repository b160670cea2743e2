import type { CompanyProfile } from '@journeykit/core';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type Ref } from 'react';
import { JourneyError } from '../JourneyError/JourneyError';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { companyLabels } from '../../i18n/labels/company';

/** Props of {@link CompanyCard}. */
export interface CompanyCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The company profile to show; wins over `journey.company`. @default the journey's company */
  company?: CompanyProfile;
  /** A journey (parsed model or raw document) whose `company` is shown when `company` is not given. @default undefined */
  journey?: JourneyInput;
  /**
   * `full` shows every field; `compact` shows name, industry, size and the two counts (for dashboard headers).
   * @default 'full'
   */
  variant?: 'full' | 'compact';
  /** Level of the heading that carries the company's name. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Language of built-in labels and number formats (`en`, `de`, or any BCP 47 tag for numbers). @default the provider's, else the journey's locale, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const textList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => text(item) !== undefined) : []);

/** Safe `Intl.NumberFormat`: an unknown tag falls back to the built-in locale. */
function numberFormat(tag: string, fallback: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag);
  } catch {
    return new Intl.NumberFormat(fallback);
  }
}

/**
 * The ideal customer profile: the company the journey is about — name, industry, size, number of
 * employees and customers, budget, buying process and competitors. An `<article>` named by its
 * heading; fields that are not set are left out.
 * @example <CompanyCard journey={journey} />
 */
export const CompanyCard = forwardRef<HTMLElement, CompanyCardProps>(function CompanyCard(
  { company: companyProp, journey: journeyInput, variant = 'full', headingLevel = 3, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const parsed = useJourney(journeyInput ?? null);
  const journey = parsed.journey;
  // Only a journey that is actually used for its company can be "invalid" here.
  const error = journeyInput !== undefined && companyProp === undefined ? parsed.error : null;
  const { locale: resolvedLocale, labels, tag } = useLabels(companyLabels, locale, labelOverrides, journey?.locale);
  const baseId = useId();
  const numbers = useMemo(() => numberFormat(tag ?? resolvedLocale, resolvedLocale), [tag, resolvedLocale]);

  if (error) return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error.issues} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const company: CompanyProfile = companyProp ?? journey?.company ?? {};
  const compact = variant === 'compact';
  const name = text(company.name);
  const employees = count(company.employees);
  const customers = count(company.customers);
  const competitors = compact ? [] : textList(company.competitors);
  const subtitle = [text(company.industry), text(company.size)].filter(Boolean).join(' · ');
  const facts: [key: string, term: string, value: string | undefined][] = [
    ['employees', labels.companyEmployees, employees === undefined ? undefined : numbers.format(employees)],
    ['customers', labels.companyCustomers, customers === undefined ? undefined : numbers.format(customers)],
    ...(compact
      ? []
      : ([
          ['budget', labels.companyBudget, text(company.budget)],
          ['buying-process', labels.companyBuyingProcess, text(company.buyingProcess)],
        ] as [string, string, string | undefined][])),
  ];
  const shownFacts = facts.filter((fact): fact is [string, string, string] => fact[2] !== undefined);
  const empty = !name && !subtitle && shownFacts.length === 0 && competitors.length === 0;
  const Heading = `h${headingLevel}` as const;

  return (
    <article
      ref={ref}
      className={['jk-root', 'jk-company-card', className].filter(Boolean).join(' ')}
      data-variant={variant}
      data-empty={empty || undefined}
      aria-labelledby={`${baseId}-name`}
      {...rest}
    >
      <header className="jk-company-card__header">
        <span className="jk-company-card__mark" aria-hidden="true">
          <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
            <path d="M3 17V6.5L8 4v13M8 17V8.5l5-2.5v11M13 17V9l4 2v6M2 17h16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </span>
        <div className="jk-company-card__identity">
          {name && !compact ? <p className="jk-company-card__eyebrow">{labels.companyProfile}</p> : null}
          <Heading className="jk-company-card__name" id={`${baseId}-name`}>
            {name ?? labels.companyProfile}
          </Heading>
          {subtitle ? <p className="jk-company-card__subtitle">{subtitle}</p> : null}
        </div>
      </header>
      {empty ? <p className="jk-company-card__empty">{labels.companyEmpty}</p> : null}
      {shownFacts.length > 0 ? (
        <dl className="jk-company-card__facts">
          {shownFacts.map(([key, term, value]) => (
            <div key={key} className="jk-company-card__fact" data-fact={key}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {competitors.length > 0 ? (
        <section className="jk-company-card__competitors" aria-labelledby={`${baseId}-competitors`}>
          <h4 className="jk-company-card__section-title" id={`${baseId}-competitors`}>
            {labels.companyCompetitors}
          </h4>
          <ul className="jk-company-card__chips">
            {competitors.map((competitor, index) => (
              <li key={index} className="jk-company-card__chip">
                {competitor}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
});
