import {
  opportunities,
  painPoints,
  rankTouchpoints,
  type Finding,
  type Journey,
  type Persona,
  type RankedTouchpoint,
  type RankWeights,
  type Touchpoint,
} from '@journeykit/core';

/** How the priority list is ordered. */
export type PrioritySort = 'priority' | 'reading' | 'emotionGap' | 'risk';

/** The orders, as offered in the sort control. */
export const PRIORITY_SORTS: readonly PrioritySort[] = ['priority', 'reading', 'emotionGap', 'risk'];

/** One ranked touchpoint with everything its row shows. */
export interface PriorityEntry {
  ranked: RankedTouchpoint;
  touchpoint: Touchpoint;
  phaseName: string;
  personas: Persona[];
  /** Pain points of the touchpoint (written and derived). */
  pains: Finding[];
  /** Opportunities that are not already pain points (written, under-performing, high drop-off). */
  opportunities: Finding[];
  /** `desiredEmotion − emotion`, `undefined` unless both are recorded. */
  emotionGap: number | undefined;
  /** Position in the priority ranking (0-based), the tie-breaker of every other order. */
  position: number;
}

function groupByTouchpoint(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.touchpointId);
    if (list) list.push(finding);
    else groups.set(finding.touchpointId, [finding]);
  }
  return groups;
}

/** Ranks with core's `rankTouchpoints` (invalid weights fall back to the defaults) and joins pain points and opportunities. */
export function priorityEntries(journey: Journey, weights?: Partial<RankWeights>): PriorityEntry[] {
  let ranking: RankedTouchpoint[];
  try {
    ranking = rankTouchpoints(journey, { weights });
  } catch {
    ranking = rankTouchpoints(journey);
  }
  const byId = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const phaseName = new Map(journey.phases.map((phase) => [phase.id, phase.name]));
  const personaById = new Map(journey.personas.map((persona) => [persona.id, persona]));
  const pains = groupByTouchpoint(painPoints(journey));
  const chances = groupByTouchpoint(opportunities(journey).filter((finding) => finding.kind !== 'low-emotion' && finding.kind !== 'emotion-gap'));
  return ranking.flatMap((ranked, position) => {
    const touchpoint = byId.get(ranked.touchpointId);
    if (!touchpoint) return [];
    const { emotion, desiredEmotion } = touchpoint;
    return [
      {
        ranked,
        touchpoint,
        phaseName: phaseName.get(ranked.phaseId) ?? ranked.phaseId,
        personas: [...new Set(touchpoint.personaIds)].flatMap((id) => personaById.get(id) ?? []),
        pains: pains.get(touchpoint.id) ?? [],
        opportunities: chances.get(touchpoint.id) ?? [],
        emotionGap: emotion !== undefined && desiredEmotion !== undefined ? desiredEmotion - emotion : undefined,
        position,
      },
    ];
  });
}

/** Descending by a value that may be missing (missing last), ties by priority. */
function byValueDesc(value: (entry: PriorityEntry) => number | undefined) {
  return (a: PriorityEntry, b: PriorityEntry) => {
    const left = value(a);
    const right = value(b);
    if (left === undefined || right === undefined) return left === right ? a.position - b.position : left === undefined ? 1 : -1;
    return right - left || a.position - b.position;
  };
}

const COMPARATORS: Record<PrioritySort, (a: PriorityEntry, b: PriorityEntry) => number> = {
  priority: (a, b) => a.position - b.position,
  reading: (a, b) => a.ranked.index - b.ranked.index,
  emotionGap: byValueDesc((entry) => entry.emotionGap),
  risk: byValueDesc((entry) => entry.touchpoint.risk),
};

/** The entries in the chosen order (a new array). */
export function sortEntries(entries: readonly PriorityEntry[], sort: PrioritySort): PriorityEntry[] {
  return [...entries].sort(COMPARATORS[sort] ?? COMPARATORS.priority);
}
