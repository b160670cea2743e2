import { parseJourney } from '../schema/validate';
import { diffJourneys } from './diff-journeys';
import { journeyWith, touchpoint } from './test-fixtures';

const current = journeyWith([
  touchpoint('d1', 'aw', ['ana'], { emotion: -2, painPoints: ['Slow', 'Opaque pricing'], metrics: { volume: 5 } }),
  touchpoint('d2', 'co', ['ben'], { emotion: 0, painPoints: ['No demo'] }),
  touchpoint('d3', 'de', ['ana'], { emotion: 1, painPoints: ['Long contract'] }),
]);

const future = journeyWith(
  [
    touchpoint('d4', 're', ['cleo'], { emotion: -1, painPoints: ['Invoice errors'] }),
    touchpoint('d1', 'aw', ['ana'], { emotion: 1, painPoints: ['Opaque pricing'], metrics: { volume: 10 } }),
    touchpoint('d2', 'co', ['ben'], { emotion: 0, painPoints: ['No demo'] }),
  ],
  {
    title: 'Future',
    phases: [
      { id: 'aw', name: 'Awareness' },
      { id: 'co', name: 'Consideration' },
      { id: 'de', name: 'Decision' },
      { id: 're', name: 'Retention' },
      { id: 'ad', name: 'Advocacy' },
    ],
    personas: [
      { id: 'ana', name: 'Ana Alves', role: 'initiator' },
      { id: 'ben', name: 'Ben Brandt', role: 'decider', joinsAt: 'aw' },
      { id: 'cleo', name: 'Cleo Cruz', role: 'buyer', joinsAt: 'de' },
      { id: 'dana', name: 'Dana Doe', role: 'gatekeeper' },
    ],
  },
);

describe('diffJourneys', () => {
  const diff = diffJourneys(current, future);

  it('lists changed journey fields and added, removed and changed entities', () => {
    expect(diff.identical).toBe(false);
    expect(diff.journey).toEqual([{ field: 'title', before: 'Test journey', after: 'Future' }]);
    expect(diff.phases).toEqual({ added: ['ad'], removed: [], changed: [] });
    expect(diff.personas).toEqual({
      added: ['dana'],
      removed: [],
      changed: [{ id: 'ben', fields: ['joinsAt'], changes: [{ field: 'joinsAt', before: 'co', after: 'aw' }] }],
    });
    expect(diff.touchpoints).toEqual({
      added: ['d4'],
      removed: ['d3'],
      changed: [
        {
          id: 'd1',
          fields: ['emotion', 'metrics', 'painPoints'],
          changes: [
            { field: 'emotion', before: -2, after: 1 },
            { field: 'metrics', before: { volume: 5 }, after: { volume: 10 } },
            { field: 'painPoints', before: ['Slow', 'Opaque pricing'], after: ['Opaque pricing'] },
          ],
        },
      ],
    });
  });

  it('reports mean emotion changes per phase and per persona × phase, only where they changed', () => {
    expect(diff.emotionByPhase).toEqual([
      { phaseId: 'aw', before: -2, after: 1, delta: 3 },
      { phaseId: 'de', before: 1, after: null, delta: null },
      { phaseId: 're', before: null, after: -1, delta: null },
    ]);
    expect(diff.emotionByPersonaPhase).toEqual([
      { personaId: 'ana', phaseId: 'aw', before: -2, after: 1, delta: 3 },
      { personaId: 'ana', phaseId: 'de', before: 1, after: null, delta: null },
      { personaId: 'cleo', phaseId: 're', before: null, after: -1, delta: null },
    ]);
  });

  it('lists pain points fixed and introduced', () => {
    expect(diff.painPointsFixed).toEqual([
      { touchpointId: 'd1', phaseId: 'aw', text: 'Slow', reason: 'text-removed' },
      { touchpointId: 'd3', phaseId: 'de', text: 'Long contract', reason: 'touchpoint-removed' },
    ]);
    expect(diff.painPointsIntroduced).toEqual([{ touchpointId: 'd4', phaseId: 're', text: 'Invoice errors', reason: 'touchpoint-added' }]);
    expect(diffJourneys(future, current).painPointsIntroduced).toEqual([
      { touchpointId: 'd1', phaseId: 'aw', text: 'Slow', reason: 'text-added' },
      { touchpointId: 'd3', phaseId: 'de', text: 'Long contract', reason: 'touchpoint-added' },
    ]);
  });

  it('is empty for a journey and itself, or an equal copy', () => {
    const empty = { added: [], removed: [], changed: [] };
    const expected = {
      identical: true,
      journey: [],
      phases: empty,
      personas: empty,
      touchpoints: empty,
      emotionByPhase: [],
      emotionByPersonaPhase: [],
      painPointsFixed: [],
      painPointsIntroduced: [],
    };
    expect(diffJourneys(current, current)).toEqual(expected);
    expect(diffJourneys(current, parseJourney(JSON.parse(JSON.stringify(current))))).toEqual(expected);
  });

  it('compares arrays and objects deeply, including their order', () => {
    const a = journeyWith([touchpoint('t', 'aw', ['ana', 'ben'], { owner: { department: 'Sales' } })]);
    const sameContent = journeyWith([touchpoint('t', 'aw', ['ana', 'ben'], { owner: { department: 'Sales' } })]);
    const reordered = journeyWith([touchpoint('t', 'aw', ['ben', 'ana'], { owner: { department: 'Sales', role: 'KAM' } })]);
    expect(diffJourneys(a, sameContent).identical).toBe(true);
    expect(diffJourneys(a, reordered).touchpoints.changed).toEqual([
      {
        id: 't',
        fields: ['owner', 'personaIds'],
        changes: [
          { field: 'owner', before: { department: 'Sales' }, after: { department: 'Sales', role: 'KAM' } },
          { field: 'personaIds', before: ['ana', 'ben'], after: ['ben', 'ana'] },
        ],
      },
    ]);
  });

  it('reports a field that appears or disappears', () => {
    const a = journeyWith([touchpoint('t', 'aw', ['ana'], { keyMoment: true })]);
    const b = journeyWith([touchpoint('t', 'aw', ['ana'], { risk: 4 })]);
    expect(diffJourneys(a, b).touchpoints.changed[0]!.changes).toEqual([
      { field: 'keyMoment', before: true, after: undefined },
      { field: 'risk', before: undefined, after: 4 },
    ]);
  });
});
