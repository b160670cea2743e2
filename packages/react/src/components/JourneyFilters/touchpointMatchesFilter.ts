import type { JourneyLayoutFilter, Touchpoint } from '@journeykit/core';

/**
 * Whether a touchpoint passes a filter, with the semantics of core's layout filter
 * (`selectTouchpoints`): every given criterion must match, an absent criterion matches all, an
 * empty list matches none, and `personaIds` matches when the touchpoint involves at least one
 * listed persona.
 *
 * Presentation helper for the live count of `JourneyFilters`; it belongs in core next to
 * `selectTouchpoints` (which should then use it).
 */
export function touchpointMatchesFilter(touchpoint: Touchpoint, filter: JourneyLayoutFilter): boolean {
  const { personaIds, channels, phaseIds, modes, influences } = filter;
  if (phaseIds !== undefined && !phaseIds.includes(touchpoint.phaseId)) return false;
  if (channels !== undefined && !channels.includes(touchpoint.channel)) return false;
  if (modes !== undefined && !modes.includes(touchpoint.mode)) return false;
  if (influences !== undefined && !influences.includes(touchpoint.influence)) return false;
  if (personaIds !== undefined && !touchpoint.personaIds.some((id) => personaIds.includes(id))) return false;
  return true;
}
