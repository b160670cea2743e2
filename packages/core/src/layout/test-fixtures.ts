/** Small hand-made journeys for the layout tests (test-only; not exported by the package). */
import type { JourneyDocument, Touchpoint } from '../model/types';
import { parseJourney } from '../schema/validate';
import type { JourneyLayout, JourneyLayoutItem } from './types';

type TouchpointInput = Partial<Touchpoint> & Pick<Touchpoint, 'id' | 'phaseId' | 'personaIds'>;

/** A touchpoint with neutral defaults (website, online, direct). */
export function touchpoint(input: TouchpointInput): Touchpoint {
  return { title: input.id.toUpperCase(), channel: 'website', mode: 'online', influence: 'direct', ...input };
}

/**
 * Three phases (`aw`, `co`, `de` — the last one empty), two personas (`p1` Anna, `p2` Ben).
 * Reading order: t1, t2 (aw); t4, t5, t3 (co; t3 has no `order`, so it comes last).
 */
export function smallDocument(overrides: Partial<JourneyDocument> = {}): JourneyDocument {
  return {
    version: 1,
    id: 'small',
    title: 'Small journey',
    type: 'current-state',
    phases: [
      { id: 'aw', name: 'Awareness' },
      { id: 'co', name: 'Consideration' },
      { id: 'de', name: 'Decision' },
    ],
    personas: [
      { id: 'p1', name: 'Anna', role: 'decider' },
      { id: 'p2', name: 'Ben', role: 'user' },
    ],
    touchpoints: [
      touchpoint({ id: 't1', phaseId: 'aw', personaIds: ['p1'], order: 1, emotion: 1, desiredEmotion: 2, owner: { role: 'Inside sales', system: 'HubSpot' } }),
      touchpoint({ id: 't2', phaseId: 'aw', personaIds: ['p1', 'p2'], channel: 'webinar', order: 2, emotion: -1, desiredEmotion: 1, owner: { department: 'Marketing', process: 'Lead scoring' } }),
      touchpoint({ id: 't3', phaseId: 'co', personaIds: ['p2'], channel: 'review-portal', influence: 'indirect' }),
      touchpoint({ id: 't4', phaseId: 'co', personaIds: ['p1'], channel: 'phone', mode: 'offline', order: 1, emotion: 2, owner: { role: 'Key account manager', department: 'Sales', system: 'Salesforce' } }),
      touchpoint({ id: 't5', phaseId: 'co', personaIds: ['p1'], order: 2 }),
    ],
    ...overrides,
  };
}

/** {@link smallDocument}, parsed. */
export const smallJourney = (overrides: Partial<JourneyDocument> = {}) => parseJourney(smallDocument(overrides));

/** The small journey on a time axis: startDate 2026-01-05; t1 day 0, t2 day 2, t4 day 7, t3 day 10 (+3 days), t5 untimed. */
export function timedJourney(overrides: Partial<JourneyDocument> = {}) {
  const base = smallDocument();
  const at: Record<string, number> = { t1: 0, t2: 2, t3: 10, t4: 7 };
  return parseJourney({
    ...base,
    startDate: '2026-01-05',
    touchpoints: base.touchpoints.map((item) => (at[item.id] === undefined ? item : { ...item, at: at[item.id], ...(item.id === 't3' ? { durationDays: 3 } : {}) })),
    ...overrides,
  });
}

/** The item of a touchpoint in a lane, or a thrown error naming what is missing. */
export function itemOf(layout: JourneyLayout, touchpointId: string, laneId: string): JourneyLayoutItem {
  const item = layout.items.find((candidate) => candidate.touchpointId === touchpointId && candidate.laneId === laneId);
  if (!item) throw new Error(`no item for ${touchpointId} in ${laneId}`);
  return item;
}

/** `[touchpointId, x, y, row]` of every item of a lane, in the order of `layout.items`. */
export function boxesOf(layout: JourneyLayout, laneId: string): [string, number, number, number][] {
  return layout.items.filter((item) => item.laneId === laneId).map((item) => [item.touchpointId, item.x, item.y, item.row]);
}
