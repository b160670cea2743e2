import { buyingCenter } from './buying-center';
import { journeyWith, touchpoint } from './test-fixtures';

// ana initiator; ben decider (joins at co); cleo buyer (joins at de).
const journey = journeyWith([
  touchpoint('b1', 'aw', ['ana'], { order: 1, emotion: 1 }),
  touchpoint('b2', 'aw', ['ana'], { order: 2, emotion: 2 }),
  touchpoint('b3', 'co', ['ana', 'ben'], { order: 1, emotion: 0 }),
  touchpoint('b4', 'co', ['ben'], { order: 2, emotion: 1 }),
  touchpoint('b10', 'co', ['cleo'], { order: 3 }),
  touchpoint('b5', 'de', ['ana'], { order: 1, emotion: 1 }),
  touchpoint('b6', 'de', ['ben'], { order: 2, emotion: -1 }),
  touchpoint('b7', 'de', ['cleo'], { order: 3, emotion: 2 }),
  touchpoint('b8', 're', ['cleo'], { order: 1 }),
  touchpoint('b9', 're', ['ben'], { order: 2, emotion: 1 }),
]);

describe('buyingCenter', () => {
  const center = buyingCenter(journey);

  it('lists the active roles and personas of each phase', () => {
    expect(center.phases).toEqual([
      { phaseId: 'aw', roles: [{ role: 'initiator', personaIds: ['ana'], touchpointCount: 2 }], personas: [{ personaId: 'ana', role: 'initiator', touchpointCount: 2 }] },
      {
        phaseId: 'co',
        roles: [
          { role: 'initiator', personaIds: ['ana'], touchpointCount: 1 },
          { role: 'decider', personaIds: ['ben'], touchpointCount: 2 },
          { role: 'buyer', personaIds: ['cleo'], touchpointCount: 1 },
        ],
        personas: [
          { personaId: 'ana', role: 'initiator', touchpointCount: 1 },
          { personaId: 'ben', role: 'decider', touchpointCount: 2 },
          { personaId: 'cleo', role: 'buyer', touchpointCount: 1 },
        ],
      },
      {
        phaseId: 'de',
        roles: [
          { role: 'initiator', personaIds: ['ana'], touchpointCount: 1 },
          { role: 'decider', personaIds: ['ben'], touchpointCount: 1 },
          { role: 'buyer', personaIds: ['cleo'], touchpointCount: 1 },
        ],
        personas: [
          { personaId: 'ana', role: 'initiator', touchpointCount: 1 },
          { personaId: 'ben', role: 'decider', touchpointCount: 1 },
          { personaId: 'cleo', role: 'buyer', touchpointCount: 1 },
        ],
      },
      {
        phaseId: 're',
        roles: [
          { role: 'decider', personaIds: ['ben'], touchpointCount: 1 },
          { role: 'buyer', personaIds: ['cleo'], touchpointCount: 1 },
        ],
        personas: [
          { personaId: 'ben', role: 'decider', touchpointCount: 1 },
          { personaId: 'cleo', role: 'buyer', touchpointCount: 1 },
        ],
      },
    ]);
  });

  it('tells when each persona joins and how it feels per phase', () => {
    expect(center.personas).toEqual([
      {
        personaId: 'ana',
        role: 'initiator',
        joinsAt: null,
        firstPhaseId: 'aw',
        activeBeforeJoin: false,
        phases: [
          { phaseId: 'aw', meanEmotion: 1.5, touchpointCount: 2 },
          { phaseId: 'co', meanEmotion: 0, touchpointCount: 1 },
          { phaseId: 'de', meanEmotion: 1, touchpointCount: 1 },
          { phaseId: 're', meanEmotion: null, touchpointCount: 0 },
        ],
      },
      {
        personaId: 'ben',
        role: 'decider',
        joinsAt: 'co',
        firstPhaseId: 'co',
        activeBeforeJoin: false,
        phases: [
          { phaseId: 'aw', meanEmotion: null, touchpointCount: 0 },
          { phaseId: 'co', meanEmotion: 0.5, touchpointCount: 2 },
          { phaseId: 'de', meanEmotion: -1, touchpointCount: 1 },
          { phaseId: 're', meanEmotion: 1, touchpointCount: 1 },
        ],
      },
      {
        personaId: 'cleo',
        role: 'buyer',
        joinsAt: 'de',
        firstPhaseId: 'co',
        activeBeforeJoin: true,
        phases: [
          { phaseId: 'aw', meanEmotion: null, touchpointCount: 0 },
          { phaseId: 'co', meanEmotion: null, touchpointCount: 1 },
          { phaseId: 'de', meanEmotion: 2, touchpointCount: 1 },
          { phaseId: 're', meanEmotion: null, touchpointCount: 1 },
        ],
      },
    ]);
  });

  it('flags phases where one persona’s emotion falls while another’s rises', () => {
    // co: only ana moves (falls 1.5 → 0), ben has no earlier emotion. de: ana rises 0 → 1, ben falls 0.5 → −1,
    // cleo has no earlier emotion (co had none). re: only ben moves.
    expect(center.consensusRisks).toEqual([
      {
        phaseId: 'de',
        falling: ['ben'],
        rising: ['ana'],
        spread: 2.5,
        shifts: [
          { personaId: 'ana', previousPhaseId: 'co', from: 0, to: 1, delta: 1 },
          { personaId: 'ben', previousPhaseId: 'co', from: 0.5, to: -1, delta: -1.5 },
        ],
      },
    ]);
  });

  it('compares with the persona’s latest earlier phase that has an emotion, skipping phases without', () => {
    const skipping = buyingCenter(
      journeyWith([
        touchpoint('a1', 'aw', ['ana'], { emotion: 2 }),
        touchpoint('b1', 'co', ['ben'], { emotion: -2 }),
        touchpoint('a2', 'co', ['ana']),
        touchpoint('a3', 'de', ['ana'], { emotion: 1 }),
        touchpoint('b2', 'de', ['ben'], { emotion: 0 }),
      ]),
    );
    expect(skipping.consensusRisks).toEqual([
      {
        phaseId: 'de',
        falling: ['ana'],
        rising: ['ben'],
        spread: 3,
        shifts: [
          { personaId: 'ana', previousPhaseId: 'aw', from: 2, to: 1, delta: -1 },
          { personaId: 'ben', previousPhaseId: 'co', from: -2, to: 0, delta: 2 },
        ],
      },
    ]);
  });

  it('counts a touchpoint once per role even when several personas of the role share it', () => {
    const shared = buyingCenter(
      journeyWith([touchpoint('t', 'aw', ['ana', 'dana'])], {
        personas: [
          { id: 'ana', name: 'Ana Alves', role: 'initiator' },
          { id: 'dana', name: 'Dana Doe', role: 'initiator' },
        ],
      }),
    );
    expect(shared.phases[0]!.roles).toEqual([{ role: 'initiator', personaIds: ['ana', 'dana'], touchpointCount: 1 }]);
    expect(shared.personas.map((persona) => [persona.personaId, persona.firstPhaseId, persona.joinsAt])).toEqual([
      ['ana', 'aw', null],
      ['dana', 'aw', null],
    ]);
  });

  it('reports a persona without touchpoints with null first phase', () => {
    const empty = buyingCenter(journeyWith([]));
    expect(empty.personas[1]).toMatchObject({ personaId: 'ben', joinsAt: 'co', firstPhaseId: null, activeBeforeJoin: false });
    expect(empty.phases.every((phase) => phase.roles.length === 0 && phase.personas.length === 0)).toBe(true);
    expect(empty.consensusRisks).toEqual([]);
  });
});
