/** The touchpoint filter of layouts, lists and counts, as one predicate. */
import type { Touchpoint } from '../model/types';
import type { JourneyLayoutFilter } from './types';

/** The fields of a touchpoint a filter reads. */
export type FilterableTouchpoint = Pick<Touchpoint, 'phaseId' | 'channel' | 'mode' | 'influence' | 'personaIds'>;

function setOf(list: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return list === undefined ? undefined : new Set(list);
}

/**
 * Builds the predicate of `filter` once (Set lookups, O(1) per criterion), for filtering many
 * touchpoints. The semantics of {@link computeJourneyLayout}'s `filter`: every given criterion
 * must match, an absent criterion matches all, an empty list matches none, and `personaIds`
 * matches when the touchpoint involves at least one listed persona.
 * @example
 * const shown = journey.touchpoints.filter(createTouchpointFilter({ personaIds: ['cfo'] }));
 */
export function createTouchpointFilter(filter: JourneyLayoutFilter): (touchpoint: FilterableTouchpoint) => boolean {
  const phases = setOf(filter.phaseIds);
  const channels = setOf(filter.channels);
  const modes = setOf(filter.modes);
  const influences = setOf(filter.influences);
  const personas = setOf(filter.personaIds);
  return (touchpoint) => {
    if (phases !== undefined && !phases.has(touchpoint.phaseId)) return false;
    if (channels !== undefined && !channels.has(touchpoint.channel)) return false;
    if (modes !== undefined && !modes.has(touchpoint.mode)) return false;
    if (influences !== undefined && !influences.has(touchpoint.influence)) return false;
    if (personas !== undefined && !touchpoint.personaIds.some((id) => personas.has(id))) return false;
    return true;
  };
}

/**
 * Whether one touchpoint passes `filter` (see {@link createTouchpointFilter} for the semantics;
 * use that to test many touchpoints against the same filter).
 */
export function touchpointMatchesFilter(touchpoint: FilterableTouchpoint, filter: JourneyLayoutFilter): boolean {
  return createTouchpointFilter(filter)(touchpoint);
}
