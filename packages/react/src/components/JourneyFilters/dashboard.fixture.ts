import { parseJourney } from '@journeykit/core';

/**
 * A small hand-made journey for the dashboard tests (JourneyFilters, CoverageHeatmap,
 * PriorityList, JourneyStats), small enough to work out every figure by hand:
 * - priority (default weights): t3 .95, t5 .65, t2 .625, t1 .5, t4 .425;
 * - risk: t3 5, t1 5, t5 4, t2 3, t4 3; emotion gap: t3 3, t5 2, t2 2, t4 1, t1 0;
 * - persona gap: Jonas (joins in Consideration) has nothing in Decision; Carla joins in Decision.
 */
export const dashboardJourney = parseJourney({
  version: 1,
  id: 'dash',
  title: 'Dashboard test journey',
  type: 'current-state',
  startDate: '2026-03-02',
  phases: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'consideration', name: 'Consideration' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [
    { id: 'anna', name: 'Anna Becker', role: 'initiator', color: '#7b4fd6' },
    { id: 'jonas', name: 'Jonas Richter', role: 'gatekeeper', joinsAt: 'consideration' },
    { id: 'carla', name: 'Carla Weber', role: 'decider', joinsAt: 'decision' },
  ],
  touchpoints: [
    { id: 't1', phaseId: 'awareness', personaIds: ['anna'], title: 'Search ad', channel: 'search-ads', mode: 'online', influence: 'direct', at: 0, emotion: 1, desiredEmotion: 1, importance: 3, risk: 5, performance: 4, keyMoment: true },
    {
      id: 't2', phaseId: 'awareness', personaIds: ['anna'], title: 'Review portal visit', channel: 'review-portal', mode: 'online', influence: 'indirect', at: 3,
      emotion: -1, desiredEmotion: 1, importance: 4, risk: 3, performance: 2, painPoints: ['Outdated reviews'], metrics: { volume: 1000 },
    },
    {
      id: 't3', phaseId: 'consideration', personaIds: ['jonas'], title: 'Security questionnaire', channel: 'email', mode: 'online', influence: 'direct', at: 10,
      emotion: -2, desiredEmotion: 1, importance: 5, risk: 5, performance: 1, keyMoment: true, painPoints: ['40 questions', 'No answers for a week'], opportunities: ['Pre-filled questionnaire'], metrics: { volume: 400 },
    },
    { id: 't4', phaseId: 'consideration', personaIds: ['anna'], title: 'On-site demo', channel: 'on-site-meeting', mode: 'offline', influence: 'direct', at: 14, emotion: 1, desiredEmotion: 2, importance: 4, risk: 3, performance: 5 },
    { id: 't5', phaseId: 'decision', personaIds: ['carla', 'anna'], title: 'Contract signing', channel: 'phone', mode: 'offline', influence: 'direct', at: 27, durationDays: 1, emotion: 0, desiredEmotion: 2, risk: 4, keyMoment: true, metrics: { volume: 100 } },
  ],
});
