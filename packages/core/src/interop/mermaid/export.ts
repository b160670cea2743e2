import type { Journey } from '../../model/types';
import { touchpointOrder } from '../../model/order';
import { sanitizeActor, sanitizeDescription, sanitizeSection, sanitizeTask, sanitizeTitle } from './sanitize';

/**
 * Maps an emotion onto Mermaid's 1…5 score: `round(1 + 4 · (emotion − min) / (max − min))`,
 * clamped to 1…5 (halves round up); a missing emotion is the neutral 3.
 */
export function emotionToMermaidScore(emotion: number | undefined, scale: { min: number; max: number }): number {
  if (emotion === undefined) return 3;
  const score = Math.round(1 + (4 * (emotion - scale.min)) / (scale.max - scale.min));
  return Math.min(5, Math.max(1, score));
}

/**
 * A Mermaid journey diagram of a journey: `title`, `accDescr` (the description; a block when it
 * has line breaks), one `section` per phase (empty phases included), then its touchpoints in
 * reading order (`touchpointOrder`) as `Title: score: Persona, Persona` with the emotion as
 * score (see {@link emotionToMermaidScore}). Names are sanitised (see `sanitize.ts`): line
 * breaks, `:`, `;`, `#`, `%%` and `,` in actors are replaced by look-alikes.
 *
 * Lossy: only titles, phase names, persona names, the order and the emotion (as 1…5) are
 * carried; touchpoints of unknown phases (lenient mode) go to a last section "Unplaced".
 * @example
 * toMermaidJourney(journey);
 * // journey
 * //     title Payment provider
 * //     section Awareness
 * //       Search providers: 2: Mia Lorenz
 */
export function toMermaidJourney(journey: Journey): string {
  const lines = ['journey', `    title ${sanitizeTitle(journey.title)}`];
  const description = journey.description === undefined ? '' : sanitizeDescription(journey.description);
  if (description.includes('\n')) lines.push('    accDescr {', description, '    }');
  else if (description !== '') lines.push(`    accDescr: ${description}`);

  const personaNames = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const byPhase = new Map<string, number[]>(journey.phases.map((phase) => [phase.id, []]));
  const unplaced: number[] = [];
  for (const index of touchpointOrder(journey)) (byPhase.get(journey.touchpoints[index]!.phaseId) ?? unplaced).push(index);

  const section = (name: string, indexes: readonly number[]) => {
    lines.push(`    section ${sanitizeSection(name)}`);
    for (const index of indexes) {
      const touchpoint = journey.touchpoints[index]!;
      const actors = [...new Set(touchpoint.personaIds.map((id) => sanitizeActor(personaNames.get(id) ?? id)))];
      lines.push(`      ${sanitizeTask(touchpoint.title)}: ${emotionToMermaidScore(touchpoint.emotion, journey.emotionScale)}: ${actors.join(', ')}`);
    }
  };
  const seen = new Set<string>();
  for (const phase of journey.phases) {
    if (seen.has(phase.id)) continue; // duplicate ids only in invalid input
    seen.add(phase.id);
    section(phase.name, byPhase.get(phase.id)!);
  }
  if (unplaced.length > 0) section('Unplaced', unplaced);
  return lines.join('\n');
}
