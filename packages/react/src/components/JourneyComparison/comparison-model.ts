import { emotionCurve, touchpointOrder, type Journey, type JourneyDiff } from '@journeykit/core';
import { alignRows, type AlignedRows } from './comparison-rows';

/** How a touchpoint differs between the two states. */
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** A touchpoint as listed in the comparison. */
export interface ComparisonEntry {
  id: string;
  title: string;
  status: ChangeStatus;
  /** Changed field names (for `changed`), sorted. */
  fields: string[];
  emotion: number | undefined;
  /** The current state's emotion of a changed touchpoint whose emotion changed (for "−1 → +2"). */
  previousEmotion?: number | undefined;
}

/** One phase row of the comparison: the touchpoints of both states in their reading order. */
export interface ComparisonPhaseRow {
  phaseId: string;
  name: string;
  /** The phase exists only in the future (`added`) or only in the current state (`removed`). */
  status: 'added' | 'removed' | 'kept';
  current: ComparisonEntry[];
  future: ComparisonEntry[];
  /** Both lists merged for the overlay: the future order, with removed touchpoints after their predecessor. */
  merged: ComparisonEntry[];
  /** The side-by-side rows: a touchpoint of both states stands in one row of both columns. */
  rows: AlignedRows;
}

function entriesByPhase(journey: Journey, statusOf: (id: string) => ChangeStatus, fieldsOf: Map<string, string[]>): Map<string, ComparisonEntry[]> {
  const byPhase = new Map<string, ComparisonEntry[]>();
  for (const index of touchpointOrder(journey)) {
    const touchpoint = journey.touchpoints[index]!;
    const status = statusOf(touchpoint.id);
    const entry: ComparisonEntry = { id: touchpoint.id, title: touchpoint.title, status, fields: status === 'changed' ? (fieldsOf.get(touchpoint.id) ?? []) : [], emotion: touchpoint.emotion };
    const list = byPhase.get(touchpoint.phaseId);
    if (list) list.push(entry);
    else byPhase.set(touchpoint.phaseId, [entry]);
  }
  return byPhase;
}

/** Places the removed touchpoints of `current` into `future`'s order, each after its nearest kept predecessor. */
function merge(current: ComparisonEntry[], future: ComparisonEntry[]): ComparisonEntry[] {
  const after = new Map<string | null, ComparisonEntry[]>();
  let anchor: string | null = null;
  for (const entry of current) {
    if (entry.status === 'removed') after.set(anchor, [...(after.get(anchor) ?? []), entry]);
    else anchor = entry.id;
  }
  const merged = [...(after.get(null) ?? [])];
  const placed = new Set<string | null>([null]);
  for (const entry of future) {
    merged.push(entry, ...(after.get(entry.id) ?? []));
    placed.add(entry.id);
  }
  for (const [key, entries] of after) if (!placed.has(key)) merged.push(...entries);
  return merged;
}

/**
 * The phase rows of a comparison: the future's phases in order, then phases only in the current
 * state; each with the touchpoints of both states and their change status from `diff`.
 */
export function comparisonPhases(current: Journey, future: Journey, diff: JourneyDiff): ComparisonPhaseRow[] {
  const added = new Set(diff.touchpoints.added);
  const removed = new Set(diff.touchpoints.removed);
  const fieldsOf = new Map(diff.touchpoints.changed.map((change) => [change.id, change.fields]));
  const statusOf = (id: string): ChangeStatus => (added.has(id) ? 'added' : removed.has(id) ? 'removed' : fieldsOf.has(id) ? 'changed' : 'unchanged');
  const currentByPhase = entriesByPhase(current, statusOf, fieldsOf);
  const futureByPhase = entriesByPhase(future, statusOf, fieldsOf);
  const before = new Map(current.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.emotion]));
  for (const list of futureByPhase.values())
    for (const entry of list) if (entry.fields.includes('emotion')) entry.previousEmotion = before.get(entry.id);
  const futureIds = new Set(future.phases.map((phase) => phase.id));
  const currentIds = new Set(current.phases.map((phase) => phase.id));
  const phases = [...future.phases, ...current.phases.filter((phase) => !futureIds.has(phase.id))];
  return phases.map((phase) => {
    const currentList = currentByPhase.get(phase.id) ?? [];
    const futureList = futureByPhase.get(phase.id) ?? [];
    return {
      phaseId: phase.id,
      name: phase.name,
      status: !currentIds.has(phase.id) ? 'added' : !futureIds.has(phase.id) ? 'removed' : 'kept',
      current: currentList,
      future: futureList,
      merged: merge(currentList, futureList),
      rows: alignRows(
        currentList.map((entry) => entry.id),
        futureList.map((entry) => entry.id),
      ),
    };
  });
}

/** Mean felt emotion per phase id of a journey (`null` where none is recorded), from `emotionCurve`. */
export function phaseMeans(journey: Journey): Map<string, number | null> {
  const all = emotionCurve(journey, { all: true }).all;
  return new Map((all?.phases ?? []).map((phase) => [phase.phaseId, phase.meanEmotion]));
}

/** Mean felt emotion over the touchpoints of the aggregate curve, `null` when none has one. */
export function overallMean(journey: Journey): number | null {
  const values = (emotionCurve(journey, { all: true }).all?.points ?? []).flatMap((point) => (point.emotion === undefined ? [] : [point.emotion]));
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
