import { parseJourney } from '../schema/validate';
import type { JourneyLayoutFilter } from './types';
import { computeJourneyLayout } from './compute-layout';
import { createTouchpointFilter, touchpointMatchesFilter } from './touchpoint-filter';

const base = { mode: 'online', influence: 'direct' } as const;
const journey = parseJourney({
  version: 1,
  id: 'filter',
  title: 'Filter',
  type: 'current-state',
  phases: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [
    { id: 'carla', name: 'Carla', role: 'user' },
    { id: 'jonas', name: 'Jonas', role: 'decider' },
  ],
  touchpoints: [
    { ...base, id: 't1', phaseId: 'awareness', personaIds: ['carla'], title: 'Ad', channel: 'search-ads' },
    { ...base, id: 't2', phaseId: 'decision', personaIds: ['carla', 'jonas'], title: 'Demo', channel: 'email', mode: 'offline', influence: 'indirect' },
    { ...base, id: 't3', phaseId: 'decision', personaIds: ['jonas'], title: 'Offer', channel: 'email' },
  ],
});
const [t1, t2, t3] = journey.touchpoints as [(typeof journey.touchpoints)[0], (typeof journey.touchpoints)[0], (typeof journey.touchpoints)[0]];

describe('touchpointMatchesFilter', () => {
  it('matches everything without criteria and nothing with an empty list', () => {
    expect(touchpointMatchesFilter(t1, {})).toBe(true);
    expect(touchpointMatchesFilter(t1, { channels: [] })).toBe(false);
    expect(touchpointMatchesFilter(t1, { personaIds: [] })).toBe(false);
  });

  it('needs every given criterion; personas match when at least one is listed', () => {
    expect(touchpointMatchesFilter(t2, { personaIds: ['jonas'] })).toBe(true);
    expect(touchpointMatchesFilter(t1, { personaIds: ['jonas'] })).toBe(false);
    expect(touchpointMatchesFilter(t2, { phaseIds: ['decision'], modes: ['offline'], influences: ['indirect'], channels: ['email'] })).toBe(true);
    expect(touchpointMatchesFilter(t3, { phaseIds: ['decision'], modes: ['offline'] })).toBe(false);
    expect(touchpointMatchesFilter(t3, { phaseIds: ['awareness'] })).toBe(false);
  });

  it('keeps the same touchpoints as the layout filter', () => {
    const filters: JourneyLayoutFilter[] = [{}, { personaIds: ['carla'] }, { channels: ['email'], modes: ['online'] }, { phaseIds: [] }];
    for (const filter of filters) {
      const shown = journey.touchpoints.filter(createTouchpointFilter(filter)).map((touchpoint) => touchpoint.id);
      const laidOut = [...new Set(computeJourneyLayout(journey, { filter }).items.map((item) => item.touchpointId))];
      expect(laidOut.sort()).toEqual(shown.sort());
    }
  });
});
