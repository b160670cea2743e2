import { journeyTimeline } from '../model/time';
import { channelPreset } from '../presets/channels';
import { parseJourney } from '../schema/validate';
import { generateJourney } from './generate';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats the same stream for the same seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    const random = createRandom(7);
    const ints = Array.from({ length: 1000 }, () => random.int(1, 5));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});

describe('generateJourney', () => {
  it.each([
    [1, 0],
    [1, 1],
    [2, 7],
    [3, 250],
    [4_294_967_295, 2_000],
  ])('produces a parseable document (seed %i, %i touchpoints)', (seed, size) => {
    const journey = parseJourney(generateJourney({ seed, touchpoints: size }));
    expect(journey.touchpoints).toHaveLength(size);
    expect(journey.personas).toHaveLength(8);
    expect(journey.phases).toHaveLength(6);
  });

  it('parses 50,000 touchpoints', { timeout: 60_000 }, () => {
    const journey = parseJourney(generateJourney({ seed: 11, touchpoints: 50_000 }));
    expect(journey.touchpoints).toHaveLength(50_000);
    expect(journey.touchpoints[49_999]!.id).toBe('tp-50000');
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateJourney({ seed: 5, touchpoints: 300 })).toEqual(generateJourney({ seed: 5, touchpoints: 300 }));
    const a = generateJourney({ seed: 5, touchpoints: 300 });
    const b = generateJourney({ seed: 6, touchpoints: 300 });
    expect(b.touchpoints.map((touchpoint) => touchpoint.channel)).not.toEqual(a.touchpoints.map((touchpoint) => touchpoint.channel));
  });

  it('honours the counts and gives stable, unique ids', () => {
    const document = generateJourney({ seed: 9, touchpoints: 40, personas: 3, phases: 11 });
    expect(document.personas.map((persona) => persona.id)).toEqual(['persona-1', 'persona-2', 'persona-3']);
    expect(document.personas.map((persona) => persona.role)).toEqual(['initiator', 'user', 'influencer']);
    expect(document.phases.map((phase) => phase.id)).toEqual([
      'awareness', 'consideration', 'decision', 'onboarding', 'retention', 'advocacy', 'renewal', 'offboarding', 'phase-9', 'phase-10', 'phase-11',
    ]);
    expect(document.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(Array.from({ length: 40 }, (_, index) => `tp-${index + 1}`));
    expect(() => parseJourney(document)).not.toThrow();
  });

  it('cycles persona roles through the buying center', () => {
    const roles = generateJourney({ touchpoints: 0, personas: 8 }).personas.map((persona) => persona.role);
    expect(roles).toEqual(['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper', 'initiator', 'user']);
  });

  it('places touchpoints in phase order and time order, starting at startDate', () => {
    const journey = parseJourney(generateJourney({ seed: 3, touchpoints: 1_000, startDate: '2026-03-02' }));
    const phaseRank = new Map(journey.phases.map((phase, index) => [phase.id, index]));
    const { startDays } = journeyTimeline(journey);
    const outOfOrder: number[] = [];
    for (let index = 1; index < journey.touchpoints.length; index++)
      if (
        phaseRank.get(journey.touchpoints[index]!.phaseId)! < phaseRank.get(journey.touchpoints[index - 1]!.phaseId)! ||
        startDays[index]! < startDays[index - 1]!
      )
        outOfOrder.push(index);
    expect(outOfOrder).toEqual([]);
    expect(journey.touchpoints[0]!.at! >= '2026-03-02').toBe(true);
    const span = startDays[startDays.length - 1]!;
    expect(span).toBeGreaterThanOrEqual(28);
    expect(span).toBeLessThan(154);
    expect(journey.phases.every((phase) => journey.touchpoints.some((touchpoint) => touchpoint.phaseId === phase.id))).toBe(true);
  });

  it('writes day offsets or orders when asked', () => {
    const days = parseJourney(generateJourney({ seed: 2, touchpoints: 50, timeFormat: 'days' }));
    expect(days.touchpoints.every((touchpoint) => typeof touchpoint.at === 'number' && Number.isInteger(touchpoint.at))).toBe(true);
    expect(days.startDate).toBe('2026-01-05');

    const untimed = parseJourney(generateJourney({ seed: 2, touchpoints: 12, phases: 3, timed: false }));
    expect(untimed.touchpoints.every((touchpoint) => touchpoint.at === undefined && touchpoint.durationDays === undefined)).toBe(true);
    expect(untimed.touchpoints.map((touchpoint) => touchpoint.order)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
    expect(journeyTimeline(untimed).timed).toBe(false);
  });

  it('keeps the data realistic: scales, channels, personas that have joined', () => {
    const journey = parseJourney(generateJourney({ seed: 21, touchpoints: 5_000 }));
    const joined = new Map(journey.personas.map((persona) => [persona.id, journey.phases.findIndex((phase) => phase.id === persona.joinsAt)]));
    const phaseRank = new Map(journey.phases.map((phase, index) => [phase.id, index]));
    let custom = 0;
    const problems: string[] = [];
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.personaIds.length < 1 || touchpoint.personaIds.length > 2) problems.push(`${touchpoint.id}: persona count`);
      for (const personaId of touchpoint.personaIds)
        if (personaId !== 'persona-1' && joined.get(personaId)! > phaseRank.get(touchpoint.phaseId)!) problems.push(`${touchpoint.id}: ${personaId} not joined yet`);
      for (const value of [touchpoint.emotion, touchpoint.desiredEmotion])
        if (value !== undefined && !(Number.isInteger(value) && value >= -2 && value <= 2)) problems.push(`${touchpoint.id}: emotion ${value}`);
      for (const value of [touchpoint.importance, touchpoint.risk, touchpoint.performance])
        if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 5)) problems.push(`${touchpoint.id}: score ${value}`);
      const preset = channelPreset(touchpoint.channel);
      if (!preset) custom++;
      else if (preset.mode !== touchpoint.mode || preset.influence !== touchpoint.influence) problems.push(`${touchpoint.id}: channel mode/influence`);
    }
    expect(problems).toEqual([]);
    const share = (test: (touchpoint: (typeof journey.touchpoints)[number]) => boolean) =>
      journey.touchpoints.filter(test).length / journey.touchpoints.length;
    expect(custom).toBeGreaterThan(0);
    expect(share((touchpoint) => touchpoint.emotion === undefined)).toBeGreaterThan(0);
    expect(share((touchpoint) => touchpoint.keyMoment === true)).toBeCloseTo(0.06, 1);
    expect(share((touchpoint) => touchpoint.owner !== undefined)).toBeCloseTo(0.85, 1);
    expect(share((touchpoint) => touchpoint.metrics !== undefined)).toBeCloseTo(0.3, 1);
    expect(share((touchpoint) => (touchpoint.painPoints?.length ?? 0) > 0)).toBeGreaterThan(0.05);
    expect(share((touchpoint) => touchpoint.mode === 'offline')).toBeGreaterThan(0.1);
    expect(share((touchpoint) => touchpoint.influence === 'indirect')).toBeGreaterThan(0.1);
  });

  it('refuses bad options with an error naming the option', () => {
    expect(() => generateJourney({ touchpoints: -1 })).toThrow(/options\.touchpoints must be a whole number ≥ 0; received -1/);
    expect(() => generateJourney({ touchpoints: 2.5 })).toThrow(/options\.touchpoints/);
    expect(() => generateJourney({ touchpoints: 1, personas: 0 })).toThrow(/options\.personas must be a whole number ≥ 1/);
    expect(() => generateJourney({ touchpoints: 1, phases: Number.NaN })).toThrow(/options\.phases/);
    expect(() => generateJourney({ touchpoints: 1, seed: Number.POSITIVE_INFINITY })).toThrow(/options\.seed/);
    expect(() => generateJourney({ touchpoints: 1, startDate: '2026-02-30' })).toThrow(/options\.startDate/);
  });
});
