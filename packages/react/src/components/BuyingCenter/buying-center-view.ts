import type { BuyingCenter, ConsensusRisk, Journey } from '@journeykit/core';
import { formatLabel } from '../../i18n/format-label';
import type { BuyingCenterLabels } from '../../i18n/labels/buying-center';
import { formatList } from './emotion';
import { pluralLabel } from '../../i18n/numbers';

/** What a matrix cell marks about when its persona joins. */
export type JoinMarker =
  /** Declared `joinsAt` and first touchpoint agree on this phase (or only one of them is known). */
  | 'joins'
  /** The declared `joinsAt` phase, but the first touchpoint is elsewhere. */
  | 'declared'
  /** The first touchpoint, but the declared `joinsAt` is elsewhere. */
  | 'first';

/** The join marker of persona `personaIndex` in phase `phaseId`, or `null`. Pure presentation of `buyingCenter().personas`. */
export function joinMarkerOf(center: BuyingCenter, personaIndex: number, phaseId: string, phaseIds: ReadonlySet<string>): JoinMarker | null {
  const persona = center.personas[personaIndex];
  if (!persona) return null;
  const declared = persona.joinsAt !== null && phaseIds.has(persona.joinsAt) ? persona.joinsAt : null;
  const first = persona.firstPhaseId;
  if (declared === null || first === null || declared === first) return (declared ?? first) === phaseId ? 'joins' : null;
  if (declared === phaseId) return 'declared';
  if (first === phaseId) return 'first';
  return null;
}

/** The sentence for a declared join that differs from the first touchpoint, or `null` when they agree. */
export function joinMismatchText(center: BuyingCenter, personaIndex: number, phaseName: (id: string) => string, labels: BuyingCenterLabels): string | null {
  const persona = center.personas[personaIndex];
  if (!persona || persona.joinsAt === null || persona.firstPhaseId === null || persona.joinsAt === persona.firstPhaseId) return null;
  return formatLabel(labels.buyingCenterJoinMismatch, { declared: phaseName(persona.joinsAt), actual: phaseName(persona.firstPhaseId) });
}

const TITLE = /^(?:dr|prof|mr|mrs|ms|hr|fr)\.$/i;

/**
 * Short display names of the personas for running text: the first name ("Claudia Wenger" →
 * "Claudia"), or the full name where two personas share a first name.
 */
export function shortNames(journey: Journey): Map<string, string> {
  const first = journey.personas.map((persona) => persona.name.split(/\s+/).find((word) => word !== '' && !TITLE.test(word)) ?? persona.name);
  const counts = new Map<string, number>();
  for (const name of first) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Map(journey.personas.map((persona, index) => [persona.id, counts.get(first[index]!)! > 1 ? persona.name : first[index]!]));
}

/** "Emotion falls for Claudia while it rises for Jonas", in the locale. */
export function consensusExplanation(risk: ConsensusRisk, names: Map<string, string>, labels: BuyingCenterLabels, locale: string): string {
  const list = (ids: string[]) => formatList(ids.map((id) => names.get(id) ?? id), locale);
  return formatLabel(labels.buyingCenterConsensusExplanation, { falling: list(risk.falling), rising: list(risk.rising) });
}

/** "1 touchpoint" / "3 touchpoints". */
export function touchpointCountText(count: number, labels: BuyingCenterLabels, locale: string): string {
  return pluralLabel(count, locale, labels.buyingCenterTouchpointsOne, labels.buyingCenterTouchpointsOther);
}
