/** Small hand-made journeys for the analysis tests (not part of the public API). */
import type { Journey, JourneyDocument, Touchpoint } from '../model/types';
import { parseJourney } from '../schema/validate';

/** A touchpoint with sensible defaults (website, online, direct); `extra` overrides any field. */
export function touchpoint(id: string, phaseId: string, personaIds: string[], extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, phaseId, personaIds, title: `Title ${id}`, channel: 'website', mode: 'online', influence: 'direct', ...extra };
}

/**
 * Phases `aw` (Awareness), `co` (Consideration), `de` (Decision), `re` (Retention); personas `ana`
 * (initiator), `ben` (decider, joins at `co`), `cleo` (buyer, joins at `de`); scale −2…2.
 */
export function journeyWith(touchpoints: Touchpoint[], extra: Partial<JourneyDocument> = {}, options: { lenient?: boolean } = {}): Journey {
  const document: JourneyDocument = {
    version: 1,
    id: 'test',
    title: 'Test journey',
    type: 'current-state',
    phases: [
      { id: 'aw', name: 'Awareness' },
      { id: 'co', name: 'Consideration' },
      { id: 'de', name: 'Decision' },
      { id: 're', name: 'Retention' },
    ],
    personas: [
      { id: 'ana', name: 'Ana Alves', role: 'initiator' },
      { id: 'ben', name: 'Ben Brandt', role: 'decider', joinsAt: 'co' },
      { id: 'cleo', name: 'Cleo Cruz', role: 'buyer', joinsAt: 'de' },
    ],
    touchpoints,
    ...extra,
  };
  return parseJourney(document, options);
}
