import { emotionCurve } from './emotion-curve';
import { journeyWith, touchpoint } from './test-fixtures';

// Reading order: t1, t2 (aw), t4 (co, day 6), t3 (co, untimed: after the timed one), t5 (re). Nobody is in "de".
const journey = journeyWith([
  touchpoint('t1', 'aw', ['ana'], { at: 0, emotion: 1, desiredEmotion: 2 }),
  touchpoint('t2', 'aw', ['ana', 'ben'], { at: 2, emotion: -1 }),
  touchpoint('t3', 'co', ['ana']),
  touchpoint('t4', 'co', ['ana'], { at: 6, emotion: 0 }),
  touchpoint('t5', 're', ['ana', 'ben'], { at: 10, emotion: 2, desiredEmotion: 2 }),
]);

const point = (touchpointId: string, phaseId: string, index: number, day: number | undefined, emotion?: number, desired?: number) => ({
  touchpointId,
  phaseId,
  index,
  day,
  emotion,
  desired,
});
const t1 = point('t1', 'aw', 0, 0, 1, 2);
const t2 = point('t2', 'aw', 1, 2, -1);
const t4 = point('t4', 'co', 2, 6, 0);
const t3 = point('t3', 'co', 3, undefined);
const t5 = point('t5', 're', 4, 10, 2, 2);

describe('emotionCurve', () => {
  const { personas, all } = emotionCurve(journey);

  it('lists every persona in document order, points in reading order', () => {
    expect(personas.map((curve) => curve.personaId)).toEqual(['ana', 'ben', 'cleo']);
    expect(personas[0]!.points).toEqual([t1, t2, t4, t3, t5]);
    expect(personas[1]!.points).toEqual([t2, t5]);
    expect(personas[2]!.points).toEqual([]);
  });

  it('connects adjacent phases, breaks at points without emotion and across phases the persona skips', () => {
    const ana = personas[0]!;
    expect(ana.segments).toEqual([[t1, t2, t4], [t5]]);
    expect(ana.gaps).toEqual([{ afterTouchpointId: 't3', beforeTouchpointId: 't5', phaseIds: ['de'] }]);
    expect(ana.absentPhaseIds).toEqual(['de']);

    const ben = personas[1]!;
    expect(ben.segments).toEqual([[t2], [t5]]);
    expect(ben.gaps).toEqual([{ afterTouchpointId: 't2', beforeTouchpointId: 't5', phaseIds: ['co', 'de'] }]);
    expect(ben.absentPhaseIds).toEqual(['co', 'de']);
  });

  it('gives an empty curve to a persona without touchpoints', () => {
    expect(personas[2]).toEqual({ personaId: 'cleo', points: [], segments: [], gaps: [], absentPhaseIds: ['aw', 'co', 'de', 're'], phases: expect.any(Array) });
    expect(personas[2]!.phases.every((phase) => phase.meanEmotion === null && phase.touchpointCount === 0)).toBe(true);
  });

  it('computes mean emotion per phase, null where no emotion is recorded', () => {
    expect(personas[0]!.phases).toEqual([
      { phaseId: 'aw', meanEmotion: 0, meanDesired: 2, touchpointCount: 2 },
      { phaseId: 'co', meanEmotion: 0, meanDesired: null, touchpointCount: 2 },
      { phaseId: 'de', meanEmotion: null, meanDesired: null, touchpointCount: 0 },
      { phaseId: 're', meanEmotion: 2, meanDesired: 2, touchpointCount: 1 },
    ]);
    expect(personas[1]!.phases.map((phase) => phase.meanEmotion)).toEqual([-1, null, null, 2]);
  });

  it('builds the aggregate curve over all touchpoints once each', () => {
    expect(all).not.toBeNull();
    expect(all!.personaId).toBeNull();
    expect(all!.points).toEqual([t1, t2, t4, t3, t5]);
    expect(all!.segments).toEqual([[t1, t2, t4], [t5]]);
    expect(all!.gaps).toEqual([{ afterTouchpointId: 't3', beforeTouchpointId: 't5', phaseIds: ['de'] }]);
    expect(all!.phases.map((phase) => [phase.meanEmotion, phase.touchpointCount])).toEqual([[0, 2], [0, 2], [null, 0], [2, 1]]);
  });

  it('shares one point object per touchpoint between curves', () => {
    expect(personas[1]!.points[0]).toBe(personas[0]!.points[1]);
    expect(all!.points[4]).toBe(personas[1]!.points[1]);
  });

  it('returns only the persona asked for, and no aggregate when all is false', () => {
    const result = emotionCurve(journey, { personaId: 'ben', all: false });
    expect(result.personas.map((curve) => curve.personaId)).toEqual(['ben']);
    expect(result.personas[0]!.points).toEqual([t2, t5]);
    expect(result.all).toBeNull();
  });

  it('throws a clear error for an unknown persona', () => {
    expect(() => emotionCurve(journey, { personaId: 'zed' })).toThrow('options.personaId: unknown persona "zed"; known personas: "ana", "ben", "cleo"');
  });

  it('leaves out touchpoints of unknown phases and unknown personas (lenient mode)', () => {
    const lenient = journeyWith(
      [touchpoint('a', 'aw', ['ana', 'ghost'], { emotion: 1 }), touchpoint('b', 'nowhere', ['ana'], { emotion: -2 })],
      {},
      { lenient: true },
    );
    const result = emotionCurve(lenient);
    expect(result.personas[0]!.points.map((p) => p.touchpointId)).toEqual(['a']);
    expect(result.all!.points.map((p) => p.touchpointId)).toEqual(['a']);
    expect(result.all!.phases[0]).toEqual({ phaseId: 'aw', meanEmotion: 1, meanDesired: null, touchpointCount: 1 });
  });

  it('handles a journey without touchpoints', () => {
    const result = emotionCurve(journeyWith([]));
    expect(result.all).toEqual({ personaId: null, points: [], segments: [], gaps: [], absentPhaseIds: ['aw', 'co', 'de', 're'], phases: expect.any(Array) });
  });
});

describe('emotionCurve segments within one phase', () => {
  it('splits a line at a touchpoint without emotion', () => {
    const journey = journeyWith([
      touchpoint('a', 'aw', ['ana'], { order: 1, emotion: 1 }),
      touchpoint('b', 'aw', ['ana'], { order: 2 }),
      touchpoint('c', 'aw', ['ana'], { order: 3, emotion: -1 }),
      touchpoint('d', 'aw', ['ana'], { order: 4, emotion: 0 }),
    ]);
    const [ana] = emotionCurve(journey, { personaId: 'ana' }).personas;
    expect(ana!.segments.map((segment) => segment.map((p) => p.touchpointId))).toEqual([['a'], ['c', 'd']]);
    expect(ana!.gaps).toEqual([]);
  });
});
