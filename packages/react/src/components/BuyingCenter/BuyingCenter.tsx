import { buyingCenter, isSafeCssColor, roleLabel } from '@journeykit/core';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type CSSProperties, type Ref } from 'react';
import { useJourney, type JourneyInput } from '../../hooks/useJourney';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { buyingCenterLabels } from '../../i18n/labels/buying-center';
import { commonLabels } from '../../i18n/labels/common';
import { emotionToneLabels } from '../../i18n/labels/emotion-tone';
import { combineLabels } from '../../i18n/labels/table';
import type { JourneyFilters } from '../../state/types';
import { useFiltersState } from '../../state/useJourneyState';
import { JourneyError } from '../JourneyError/JourneyError';
import { PersonaAvatar } from '../PersonaCard/PersonaAvatar';
import { BuyingCenterCell } from './BuyingCenterCell';
import { BuyingCenterLegend } from './BuyingCenterLegend';
import { consensusExplanation, joinMarkerOf, joinMismatchText, shortNames, touchpointCountText } from './buying-center-view';

/** The buying center's texts: its own, mean emotions and their tones, the journey's words. */
const BUYING_CENTER_LABELS = /* @__PURE__ */ combineLabels(commonLabels, buyingCenterLabels, emotionToneLabels);

/** Props of {@link BuyingCenter}. */
export interface BuyingCenterProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The journey: a parsed model or a raw document (validated; invalid → inline error). */
  journey: JourneyInput;
  /** Called with the persona id when a persona's row header is activated (it also filters to that persona). @default undefined */
  onPersonaSelect?: (personaId: string) => void;
  /** Called with the phase id when a phase's column header is activated (it also filters to that phase). @default undefined */
  onPhaseSelect?: (phaseId: string) => void;
  /** Filters (controlled); phase and persona headers set `phaseIds` / `personaIds`. @default the JourneyStateProvider's, else uncontrolled */
  filters?: JourneyFilters;
  /** Initial filters when uncontrolled. @default {} */
  defaultFilters?: JourneyFilters;
  /** Called when a header changes the filters. @default undefined */
  onFiltersChange?: (filters: JourneyFilters) => void;
  /** Level of the title heading. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Title above the matrix. @default labels.buyingCenter */
  title?: string;
  /** Show the legend below the matrix. @default true */
  showLegend?: boolean;
  /** Language of built-in labels and numbers (`en`, `de`). @default the provider's, else the journey's locale, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

/** Toggles one id as the only entry of a filter list: set it, or clear the list when it already is the only one. */
function toggleOnly(filters: JourneyFilters, key: 'phaseIds' | 'personaIds', id: string): JourneyFilters {
  const current = filters[key];
  const { [key]: _removed, ...rest } = filters;
  return current?.length === 1 && current[0] === id ? rest : { ...rest, [key]: [id] };
}

/**
 * The buying center over the phases: a matrix of personas (rows) × phases (columns) showing each
 * persona's activity and mean emotion per phase, where each persona joins (declared and actual),
 * the phases where emotions drift apart (consensus risk) and the roles active per phase.
 * Activating a phase or persona header filters to it (shared through `JourneyStateProvider`).
 * @example <BuyingCenter journey={journey} onPhaseSelect={(id) => console.log(id)} />
 */
export const BuyingCenter = forwardRef<HTMLElement, BuyingCenterProps>(function BuyingCenter(
  { journey: input, onPersonaSelect, onPhaseSelect, filters: filtersProp, defaultFilters, onFiltersChange, headingLevel = 3, title, showLegend = true, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const { journey, error } = useJourney(input);
  const { locale: resolvedLocale, labels, tag } = useLabels(BUYING_CENTER_LABELS, locale, labelOverrides, journey?.locale);
  const [filters, setFilters] = useFiltersState(filtersProp, defaultFilters, onFiltersChange);
  const baseId = useId();
  const center = useMemo(() => (journey ? buyingCenter(journey) : null), [journey]);
  const names = useMemo(() => (journey ? shortNames(journey) : new Map<string, string>()), [journey]);

  if (error || !journey || !center)
    return <JourneyError ref={ref as Ref<HTMLDivElement>} issues={error?.issues ?? []} locale={resolvedLocale} labels={labelOverrides} className={className} />;

  const numberLocale = tag ?? resolvedLocale;
  const phaseIds = new Set(journey.phases.map((phase) => phase.id));
  const phaseName = (id: string) => journey.phases.find((phase) => phase.id === id)?.name ?? id;
  const risks = new Map(center.consensusRisks.map((risk) => [risk.phaseId, risk]));
  const maxCount = Math.max(1, ...center.personas.flatMap((persona) => persona.phases.map((cell) => cell.touchpointCount)));
  const phaseFilter = filters.phaseIds?.length ? new Set(filters.phaseIds) : null;
  const personaFilter = filters.personaIds?.length ? new Set(filters.personaIds) : null;
  const Heading = `h${headingLevel}` as const;

  const selectPhase = (phaseId: string) => {
    setFilters(toggleOnly(filters, 'phaseIds', phaseId));
    onPhaseSelect?.(phaseId);
  };
  const selectPersona = (personaId: string) => {
    setFilters(toggleOnly(filters, 'personaIds', personaId));
    onPersonaSelect?.(personaId);
  };

  return (
    <section ref={ref} className={['jk-root', 'jk-buying-center', className].filter(Boolean).join(' ')} aria-labelledby={`${baseId}-title`} data-risks={center.consensusRisks.length} {...rest}>
      <header className="jk-buying-center__header">
        <Heading className="jk-buying-center__title" id={`${baseId}-title`}>
          {title ?? labels.buyingCenter}
        </Heading>
        <p className="jk-buying-center__subtitle" id={`${baseId}-caption`}>
          {labels.buyingCenterCaption}
        </p>
      </header>
      <div className="jk-buying-center__scroll">
        <table className="jk-buying-center__table" aria-labelledby={`${baseId}-title`} aria-describedby={`${baseId}-caption`}>
          <thead>
            <tr>
              <th scope="col" className="jk-buying-center__corner">
                {labels.persona}
              </th>
              {journey.phases.map((phase) => {
                const risk = risks.get(phase.id);
                const pressed = phaseFilter?.has(phase.id) ?? false;
                const explanationId = `${baseId}-risk-${phase.id}`;
                return (
                  <th key={phase.id} scope="col" className="jk-buying-center__phase" data-risk={risk ? true : undefined} data-dimmed={(phaseFilter && !pressed) || undefined}>
                    <button
                      type="button"
                      className="jk-buying-center__phase-button"
                      aria-pressed={pressed}
                      aria-describedby={risk ? explanationId : undefined}
                      title={labels.buyingCenterFilterPhase}
                      onClick={() => selectPhase(phase.id)}
                    >
                      {phase.name}
                    </button>
                    {risk ? (
                      <div className="jk-buying-center__risk" id={explanationId}>
                        <span className="jk-buying-center__risk-badge">
                          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                            <path d="M8 1.5 15 14H1z" fill="currentColor" />
                            <path d="M8 6v3.6M8 11.4v.4" stroke="var(--jk-color-surface, var(--jk-color-surface-default))" strokeWidth="1.6" strokeLinecap="round" />
                          </svg>
                          {labels.buyingCenterConsensusRisk}
                        </span>
                        <span className="jk-visually-hidden">:</span>{' '}
                        <span className="jk-buying-center__risk-text">{consensusExplanation(risk, names, labels, numberLocale)}</span>
                      </div>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {journey.personas.map((persona, p) => {
              const pressed = personaFilter?.has(persona.id) ?? false;
              const color = typeof persona.color === 'string' && isSafeCssColor(persona.color) ? persona.color : undefined;
              const rowStyle = color ? ({ '--jk-persona-color': color } as CSSProperties) : undefined;
              const mismatch = joinMismatchText(center, p, phaseName, labels);
              const early = center.personas[p]!.activeBeforeJoin;
              return (
                <tr key={persona.id} className="jk-buying-center__row" data-role={persona.role} data-dimmed={(personaFilter && !pressed) || undefined} data-join-mismatch={mismatch ? true : undefined} style={rowStyle}>
                  <th scope="row" className="jk-buying-center__persona">
                    <button type="button" className="jk-buying-center__persona-button" aria-pressed={pressed} title={labels.buyingCenterFilterPersona} onClick={() => selectPersona(persona.id)}>
                      <PersonaAvatar name={persona.name} src={persona.avatarUrl} size={32} />
                      <span className="jk-buying-center__persona-text">
                        <span className="jk-buying-center__persona-name">{persona.name}</span>{' '}
                        {persona.jobTitle ? <span className="jk-buying-center__persona-job">{persona.jobTitle}</span> : null}
                      </span>{' '}
                      <span className="jk-badge jk-buying-center__role" data-role={persona.role}>
                        {roleLabel(persona.role, resolvedLocale)}
                      </span>
                    </button>
                  </th>
                  {center.personas[p]!.phases.map((cell) => (
                    <BuyingCenterCell
                      key={cell.phaseId}
                      cell={cell}
                      maxCount={maxCount}
                      marker={joinMarkerOf(center, p, cell.phaseId, phaseIds)}
                      mismatch={mismatch}
                      early={early}
                      dimmed={Boolean((phaseFilter && !phaseFilter.has(cell.phaseId)) || (personaFilter && !pressed))}
                      risk={risks.has(cell.phaseId)}
                      scale={journey.emotionScale}
                      labels={labels}
                      locale={numberLocale}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="jk-buying-center__roles-row">
              <th scope="row" className="jk-buying-center__roles-head">
                {labels.buyingCenterRoles}
              </th>
              {center.phases.map((phase) => (
                <td key={phase.phaseId} className="jk-buying-center__roles" data-dimmed={(phaseFilter && !phaseFilter.has(phase.phaseId)) || undefined}>
                  {phase.roles.length === 0 ? (
                    <span className="jk-buying-center__empty">–</span>
                  ) : (
                    <ul className="jk-buying-center__role-list">
                      {phase.roles.map((role) => (
                        <li key={role.role}>
                          <span className="jk-badge" data-role={role.role}>
                            {roleLabel(role.role, resolvedLocale)}
                            <span className="jk-buying-center__role-count" aria-hidden="true">
                              {role.touchpointCount}
                            </span>
                            <span className="jk-visually-hidden">: {touchpointCountText(role.touchpointCount, labels, numberLocale)}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {showLegend ? <BuyingCenterLegend labels={labels} scale={journey.emotionScale} hasRisk={center.consensusRisks.length > 0} hasMismatch={journey.personas.some((_, p) => joinMismatchText(center, p, phaseName, labels) !== null)} locale={numberLocale} /> : null}
    </section>
  );
});
