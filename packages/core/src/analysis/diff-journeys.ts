import type { Journey } from '../model/types';
import { createAnalysisContext, meanEmotion, type AnalysisContext } from './context';
import { changedKeys, deepEqual } from './deep-equal';

/** One changed field. */
export interface FieldChange {
  /** Field name (top-level key of the entity, e.g. `emotion`, `metrics`, `painPoints`). */
  field: string;
  /** Value in `a` (`undefined` when absent). Shared with the input, do not mutate. */
  before: unknown;
  /** Value in `b` (`undefined` when absent). Shared with the input, do not mutate. */
  after: unknown;
}

/** An entity present in both journeys whose fields differ. */
export interface ChangedEntity {
  /** Its id. */
  id: string;
  /** Names of the changed fields, sorted alphabetically. */
  fields: string[];
  /** The changes, in the order of `fields`. */
  changes: FieldChange[];
}

/** Added, removed and changed entities of one kind, matched by id. */
export interface EntityDiff {
  /** Ids only in `b`, in `b`'s order. */
  added: string[];
  /** Ids only in `a`, in `a`'s order. */
  removed: string[];
  /** Ids in both with different content (arrays and objects compared deeply), in `b`'s order. */
  changed: ChangedEntity[];
}

/** A change of the mean emotion of a phase. */
export interface PhaseEmotionChange {
  /** Id of the phase. */
  phaseId: string;
  /** Mean emotion in `a`, `null` when no emotion (or no such phase). */
  before: number | null;
  /** Mean emotion in `b`, `null` when no emotion (or no such phase). */
  after: number | null;
  /** `after − before`, `null` unless both are known. */
  delta: number | null;
}

/** A change of a persona's mean emotion in a phase. */
export interface PersonaEmotionChange extends PhaseEmotionChange {
  /** Id of the persona. */
  personaId: string;
}

/** A written pain point fixed (gone in `b`) or introduced (new in `b`). */
export interface PainPointChange {
  /** Id of the touchpoint. */
  touchpointId: string;
  /** Its phase (in `a` for fixed, in `b` for introduced pain points). */
  phaseId: string;
  /** The pain point text. */
  text: string;
  /** Whether the text changed on a kept touchpoint, or the whole touchpoint came or went. */
  reason: 'text-removed' | 'touchpoint-removed' | 'text-added' | 'touchpoint-added';
}

/** The result of {@link diffJourneys}: what changed from `a` to `b`. */
export interface JourneyDiff {
  /** Nothing differs (all lists below are empty). */
  identical: boolean;
  /** Changed journey-level fields (title, type, emotionScale …; not phases, personas, touchpoints), sorted by name. */
  journey: FieldChange[];
  /** Phases by id. */
  phases: EntityDiff;
  /** Personas by id. */
  personas: EntityDiff;
  /** Touchpoints by id; `added`, `removed`, `changed` in reading order (of `b`, `a`, `b`). */
  touchpoints: EntityDiff;
  /** Phases whose mean emotion changed, phases of `b` in order, then phases only in `a`. */
  emotionByPhase: PhaseEmotionChange[];
  /** Persona × phase cells whose mean emotion changed, persona by persona (order as for phases). */
  emotionByPersonaPhase: PersonaEmotionChange[];
  /** Pain texts of `a` gone in `b` for the same touchpoint, plus every pain of removed touchpoints; in `a`'s reading order. */
  painPointsFixed: PainPointChange[];
  /** Pain texts of `b` absent in `a` for the same touchpoint, plus every pain of added touchpoints; in `b`'s reading order. */
  painPointsIntroduced: PainPointChange[];
}

type WithId = { id: string };
const NESTED_KEYS = new Set(['phases', 'personas', 'touchpoints']);

function fieldChanges(a: object, b: object, skip?: Set<string>): FieldChange[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return changedKeys(left, right, skip).map((field) => ({ field, before: left[field], after: right[field] }));
}

function diffEntities<T extends WithId>(a: readonly T[], b: readonly T[], orderA?: number[], orderB?: number[]): EntityDiff {
  const inA = new Map(a.map((item) => [item.id, item]));
  const inB = new Map(b.map((item) => [item.id, item]));
  const listA = orderA ? orderA.map((index) => a[index]!) : a;
  const listB = orderB ? orderB.map((index) => b[index]!) : b;
  const changed: ChangedEntity[] = [];
  for (const item of listB) {
    const before = inA.get(item.id);
    if (before === undefined || deepEqual(before, item)) continue;
    const changes = fieldChanges(before, item);
    if (changes.length > 0) changed.push({ id: item.id, fields: changes.map((change) => change.field), changes });
  }
  return {
    added: listB.filter((item) => !inA.has(item.id)).map((item) => item.id),
    removed: listA.filter((item) => !inB.has(item.id)).map((item) => item.id),
    changed,
  };
}

/** Ids of `b`, then the ids only in `a`. */
function unionIds(a: readonly WithId[], b: readonly WithId[]): string[] {
  const ids = b.map((item) => item.id);
  const seen = new Set(ids);
  for (const item of a) if (!seen.has(item.id)) ids.push(item.id);
  return ids;
}

function emotionChange(before: number | null, after: number | null): { before: number | null; after: number | null; delta: number | null } | null {
  // Means are float sums: a reordered but equal journey must not report a change of 1e-16.
  if (before === after || (before !== null && after !== null && Math.abs(after - before) < 1e-9)) return null;
  return { before, after, delta: before === null || after === null ? null : after - before };
}

function emotionChanges(a: AnalysisContext, b: AnalysisContext): Pick<JourneyDiff, 'emotionByPhase' | 'emotionByPersonaPhase'> {
  const phaseIds = unionIds(a.journey.phases, b.journey.phases);
  const personaIds = unionIds(a.journey.personas, b.journey.personas);
  const phaseMean = (context: AnalysisContext, phaseId: string) => {
    const k = context.phaseIndex.get(phaseId);
    return k === undefined ? null : meanEmotion(context.phaseStats, k);
  };
  const cellMean = (context: AnalysisContext, personaId: string, phaseId: string) => {
    const k = context.phaseIndex.get(phaseId);
    const p = context.personaIndex.get(personaId);
    return k === undefined || p === undefined ? null : meanEmotion(context.cells, p * context.journey.phases.length + k);
  };
  const emotionByPhase: PhaseEmotionChange[] = [];
  for (const phaseId of phaseIds) {
    const change = emotionChange(phaseMean(a, phaseId), phaseMean(b, phaseId));
    if (change) emotionByPhase.push({ phaseId, ...change });
  }
  const emotionByPersonaPhase: PersonaEmotionChange[] = [];
  for (const personaId of personaIds)
    for (const phaseId of phaseIds) {
      const change = emotionChange(cellMean(a, personaId, phaseId), cellMean(b, personaId, phaseId));
      if (change) emotionByPersonaPhase.push({ personaId, phaseId, ...change });
    }
  return { emotionByPhase, emotionByPersonaPhase };
}

/** Pain texts of `from` (in its reading order) that `to` lacks for the same touchpoint. */
function painsGone(from: AnalysisContext, to: Journey, kept: PainPointChange['reason'], gone: PainPointChange['reason']): PainPointChange[] {
  const other = new Map(to.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const out: PainPointChange[] = [];
  for (const index of from.order) {
    const touchpoint = from.journey.touchpoints[index]!;
    if (!touchpoint.painPoints?.length) continue;
    const counterpart = other.get(touchpoint.id);
    const remaining = new Set(counterpart?.painPoints ?? []);
    for (const text of new Set(touchpoint.painPoints))
      if (!remaining.has(text)) out.push({ touchpointId: touchpoint.id, phaseId: touchpoint.phaseId, text, reason: counterpart ? kept : gone });
  }
  return out;
}

/**
 * What changed from journey `a` (e.g. the current state) to `b` (the future state, or the next
 * version): entities matched by id, mean emotions per phase and per persona × phase (listed only
 * where they changed, including from or to "no emotion"), and written pain points fixed and
 * introduced (compared as sets of texts per touchpoint). `diffJourneys(j, j)` is empty and
 * `identical`. O(n log n) plus the size of the touchpoints compared.
 * @example
 * const diff = diffJourneys(currentState, futureState);
 * console.log(`${diff.painPointsFixed.length} pain points fixed`);
 */
export function diffJourneys(a: Journey, b: Journey): JourneyDiff {
  const contextA = createAnalysisContext(a);
  const contextB = createAnalysisContext(b);
  const diff: Omit<JourneyDiff, 'identical'> = {
    journey: fieldChanges(a, b, NESTED_KEYS),
    phases: diffEntities(a.phases, b.phases),
    personas: diffEntities(a.personas, b.personas),
    touchpoints: diffEntities(a.touchpoints, b.touchpoints, contextA.order, contextB.order),
    ...emotionChanges(contextA, contextB),
    painPointsFixed: painsGone(contextA, b, 'text-removed', 'touchpoint-removed'),
    painPointsIntroduced: painsGone(contextB, a, 'text-added', 'touchpoint-added'),
  };
  const entities = [diff.phases, diff.personas, diff.touchpoints];
  const identical =
    diff.journey.length === 0 &&
    entities.every((entity) => entity.added.length === 0 && entity.removed.length === 0 && entity.changed.length === 0) &&
    diff.emotionByPhase.length === 0 &&
    diff.emotionByPersonaPhase.length === 0 &&
    diff.painPointsFixed.length === 0 &&
    diff.painPointsIntroduced.length === 0;
  return { identical, ...diff };
}
