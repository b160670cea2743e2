import { journeyTimeline } from '../model/time';
import type { Journey, JourneyDocument } from '../model/types';
import { channelPreset } from '../presets/channels';
import { PHASE_MODELS } from '../presets/phases';
import { parseJourney, safeParseJourney } from '../schema/validate';
import {
  manufacturingInputJourney,
  paymentProviderFutureJourney,
  paymentProviderJourney,
  SAMPLE_JOURNEYS,
  softwarePurchaseJourney,
} from './index';

const samples = SAMPLE_JOURNEYS.map((entry) => [entry.id, entry.document] as const);

function touchpointsOf(journey: Journey, personaId: string, phaseId: string) {
  return journey.touchpoints.filter((touchpoint) => touchpoint.phaseId === phaseId && touchpoint.personaIds.includes(personaId));
}

describe('SAMPLE_JOURNEYS', () => {
  it('lists the three main samples and the future state, unparsed, under their document ids', () => {
    expect(SAMPLE_JOURNEYS.map((entry) => entry.id)).toEqual(['payment-provider', 'payment-provider-future', 'software-purchase', 'manufacturing-input']);
    expect(SAMPLE_JOURNEYS.map((entry) => entry.document)).toEqual([
      paymentProviderJourney,
      paymentProviderFutureJourney,
      softwarePurchaseJourney,
      manufacturingInputJourney,
    ]);
    for (const entry of SAMPLE_JOURNEYS) expect([entry.id, entry.title]).toEqual([entry.document.id, entry.document.title]);
  });
});

describe.each(samples)('sample %s', (_id, document) => {
  const result = safeParseJourney(document);
  const journey = parseJourney(document);
  const timeline = journeyTimeline(journey);

  it('parses without errors or warnings', () => {
    expect(result.success && result.warnings).toEqual([]);
  });

  it('has 15–40 dated touchpoints, 2+ personas and a key moment, over 14+ days', () => {
    expect(journey.touchpoints.length).toBeGreaterThanOrEqual(15);
    expect(journey.touchpoints.length).toBeLessThanOrEqual(40);
    expect(journey.personas.length).toBeGreaterThanOrEqual(2);
    expect(journey.touchpoints.some((touchpoint) => touchpoint.keyMoment)).toBe(true);
    expect(timeline.startDays.every((day) => day !== undefined)).toBe(true);
    const days = timeline.startDays as number[];
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(14);
  });

  it('keeps phases in time order: no touchpoint starts before the previous phase’s last one', () => {
    const lastDayByPhase = journey.phases.map((phase) =>
      Math.max(...journey.touchpoints.flatMap((touchpoint, index) => (touchpoint.phaseId === phase.id ? [timeline.startDays[index]!] : []))),
    );
    journey.touchpoints.forEach((touchpoint, index) => {
      const phaseIndex = journey.phases.findIndex((phase) => phase.id === touchpoint.phaseId);
      if (phaseIndex > 0) expect(timeline.startDays[index]!).toBeGreaterThanOrEqual(lastDayByPhase[phaseIndex - 1]!);
    });
  });

  it('covers the checklist: online and offline, direct and indirect, pains, key moments, full owners and scores everywhere', () => {
    const modes = new Set(journey.touchpoints.map((touchpoint) => touchpoint.mode));
    const influences = new Set(journey.touchpoints.map((touchpoint) => touchpoint.influence));
    expect([...modes].sort()).toEqual(['offline', 'online']);
    expect([...influences].sort()).toEqual(['direct', 'indirect']);
    expect(journey.touchpoints.filter((touchpoint) => (touchpoint.painPoints?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
    expect(journey.touchpoints.filter((touchpoint) => (touchpoint.opportunities?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
    const incomplete = journey.touchpoints
      .filter(
        (touchpoint) =>
          !touchpoint.owner?.department || !touchpoint.owner.role || !touchpoint.owner.system || !touchpoint.owner.process ||
          touchpoint.emotion === undefined || touchpoint.desiredEmotion === undefined ||
          touchpoint.importance === undefined || touchpoint.risk === undefined || touchpoint.performance === undefined ||
          !touchpoint.action || !touchpoint.thoughts || !touchpoint.needs?.length || !touchpoint.evidence,
      )
      .map((touchpoint) => touchpoint.id);
    expect(incomplete).toEqual([]);
    expect(journey.touchpoints.some((touchpoint) => touchpoint.metrics !== undefined)).toBe(true);
  });

  it('uses whole emotions on the −2…+2 scale, catalogue channels with their mode and influence, and a few custom channels', () => {
    const wrong = journey.touchpoints.flatMap((touchpoint) => {
      const preset = channelPreset(touchpoint.channel);
      const problems: string[] = [];
      if (preset && (preset.mode !== touchpoint.mode || preset.influence !== touchpoint.influence)) problems.push(`${touchpoint.id}: channel`);
      if (!Number.isInteger(touchpoint.emotion) || !Number.isInteger(touchpoint.desiredEmotion)) problems.push(`${touchpoint.id}: emotion`);
      return problems;
    });
    expect(wrong).toEqual([]);
    expect(journey.emotionScale).toEqual({ min: -2, max: 2 });
    const custom = new Set(journey.touchpoints.filter((touchpoint) => !channelPreset(touchpoint.channel)).map((touchpoint) => touchpoint.channel));
    expect(custom.size).toBeGreaterThanOrEqual(1);
    expect(new Set(journey.touchpoints.map((touchpoint) => touchpoint.channel)).size).toBeGreaterThanOrEqual(10);
  });

  it('gives every persona the full profile and meets them only after they join', () => {
    const phaseRank = new Map(journey.phases.map((phase, index) => [phase.id, index]));
    for (const persona of journey.personas) {
      const { id, name, role, jobTitle, department, seniority, company, age, location, quote, joinsAt, color } = persona;
      expect([id, name, role, jobTitle, department, seniority, company, location, quote, joinsAt].every((value) => typeof value === 'string' && value.length > 0)).toBe(true);
      expect(age).toBeGreaterThan(18);
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      for (const list of [persona.motivations, persona.frustrations, persona.goals, persona.needs]) expect(list?.length).toBeGreaterThanOrEqual(1);
      const early = journey.touchpoints.filter(
        (touchpoint) => touchpoint.personaIds.includes(persona.id) && phaseRank.get(touchpoint.phaseId)! < phaseRank.get(joinsAt!)!,
      );
      expect(early.map((touchpoint) => touchpoint.id)).toEqual([]);
      expect(journey.touchpoints.some((touchpoint) => touchpoint.personaIds.includes(persona.id))).toBe(true);
    }
    expect(journey.company?.name).toBeTruthy();
    expect(journey.phases.every((phase) => phase.description && phase.goals?.length)).toBe(true);
  });

  it('has some links, all to https addresses', () => {
    const urls = journey.touchpoints.flatMap((touchpoint) => (touchpoint.links ?? []).map((link) => link.url));
    expect(urls.length).toBeGreaterThanOrEqual(1);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });

  it('reports a broken phase reference at exactly touchpoints.3.phaseId', () => {
    const broken = structuredClone(document) as JourneyDocument;
    broken.touchpoints[3]!.phaseId = 'nope';
    const outcome = safeParseJourney(broken);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.issues.map((issue) => [issue.path, issue.code])).toEqual([['touchpoints.3.phaseId', 'unknown_reference']]);
  });
});

describe('paymentProviderJourney', () => {
  it('uses the five-phase model and three personas, and tells the checkout and recovery story', () => {
    const journey = parseJourney(paymentProviderJourney);
    expect(journey.phases.map((phase) => [phase.id, phase.name])).toEqual(PHASE_MODELS['five-phase'].map((phase) => [phase.id, phase.name.en]));
    expect(journey.personas.map((persona) => persona.role)).toEqual(['decider', 'buyer', 'user']);
    expect(journey.locale).toBe('en');
    const byId = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
    expect(byId.get('pp-checkout-abandon')).toMatchObject({ channel: 'checkout', at: '2026-03-23', emotion: -2, keyMoment: true });
    expect(byId.get('pp-cart-recovery')).toMatchObject({ channel: 'email', at: '2026-03-24' });
    expect(byId.get('pp-cart-recovery')!.title).toContain('10 %');
    expect(byId.get('pp-write-review')).toMatchObject({ channel: 'review-portal', influence: 'indirect' });
    expect(journey.touchpoints.at(-1)!.id).toBe('pp-expansion');
  });
});

describe('paymentProviderFutureJourney', () => {
  const current = parseJourney(paymentProviderJourney);
  const future = parseJourney(paymentProviderFutureJourney);
  const currentById = new Map(current.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const futureIds = new Set(future.touchpoints.map((touchpoint) => touchpoint.id));

  it('is a future state over the same phases and personas', () => {
    expect(future.type).toBe('future-state');
    expect(future.id).not.toBe(current.id);
    expect(future.phases).toEqual(current.phases);
    expect(future.personas).toEqual(current.personas);
  });

  it('shares 23 touchpoint ids, removes 3 and adds 3', () => {
    expect(future.touchpoints.filter((touchpoint) => currentById.has(touchpoint.id))).toHaveLength(23);
    expect(current.touchpoints.filter((touchpoint) => !futureIds.has(touchpoint.id)).map((touchpoint) => touchpoint.id)).toEqual([
      'pp-kyc-approval',
      'pp-integration-docs',
      'pp-cart-recovery',
    ]);
    expect(future.touchpoints.filter((touchpoint) => !currentById.has(touchpoint.id)).map((touchpoint) => touchpoint.id)).toEqual([
      'pp-guided-setup',
      'pp-finance-onboarding',
      'pp-accounting-export',
    ]);
  });

  it('raises emotions on the changed touchpoints and introduces exactly one new pain point', () => {
    const better = future.touchpoints.filter((touchpoint) => {
      const before = currentById.get(touchpoint.id);
      return before && touchpoint.emotion! > before.emotion!;
    });
    expect(better.map((touchpoint) => touchpoint.id)).toEqual([
      'pp-fee-calculator',
      'pp-sales-call',
      'pp-signup-kyc',
      'pp-first-payout',
      'pp-checkout-abandon',
      'pp-chargeback-hotline',
    ]);
    expect(future.touchpoints.some((touchpoint) => currentById.has(touchpoint.id) && touchpoint.emotion! < currentById.get(touchpoint.id)!.emotion!)).toBe(false);
    const newPains = future.touchpoints.flatMap((touchpoint) => {
      const before = new Set(currentById.get(touchpoint.id)?.painPoints ?? []);
      return currentById.has(touchpoint.id) ? (touchpoint.painPoints ?? []).filter((pain) => !before.has(pain)).map((pain) => [touchpoint.id, pain]) : [];
    });
    expect(newPains).toEqual([['pp-checkout-abandon', 'Existing merchants have to pass a credit check again for hardware on invoice']]);
  });

  it('does not change the current-state document', () => {
    expect(currentById.get('pp-fee-calculator')!.emotion).toBe(-1);
    expect(paymentProviderJourney.type).toBe('current-state');
  });
});

describe('softwarePurchaseJourney', () => {
  const journey = parseJourney(softwarePurchaseJourney);

  it('is a blueprint with five buying-center roles joining at different phases', () => {
    expect(journey.type).toBe('blueprint');
    expect(journey.personas.map((persona) => [persona.id, persona.role, persona.joinsAt])).toEqual([
      ['team-lead', 'initiator', 'need'],
      ['sales-engineer', 'user', 'evaluation'],
      ['it-security', 'gatekeeper', 'evaluation'],
      ['cfo', 'decider', 'evaluation'],
      ['procurement', 'buyer', 'approval'],
    ]);
    const motivations = new Set(journey.personas.flatMap((persona) => persona.motivations ?? []));
    expect(motivations.size).toBe(journey.personas.reduce((sum, persona) => sum + (persona.motivations?.length ?? 0), 0));
  });

  it('shows a consensus risk in evaluation: the initiator’s emotion rises while the gatekeeper’s falls', () => {
    expect(touchpointsOf(journey, 'team-lead', 'evaluation').map((touchpoint) => touchpoint.emotion)).toEqual([1, 2, 2]);
    expect(touchpointsOf(journey, 'it-security', 'evaluation').map((touchpoint) => touchpoint.emotion)).toEqual([0, -1, -2]);
  });

  it('runs from research to renewal over months', () => {
    const timeline = journeyTimeline(journey);
    expect(journey.touchpoints[0]!.at).toBe('2026-01-12');
    expect(Math.max(...(timeline.startDays as number[]))).toBe(262);
  });
});

describe('manufacturingInputJourney', () => {
  const journey = parseJourney(manufacturingInputJourney);

  it('uses the four-phase B2B funnel and the five people of the seed example', () => {
    expect(journey.phases.map((phase) => [phase.id, phase.name])).toEqual(PHASE_MODELS['b2b-funnel'].map((phase) => [phase.id, phase.name.en]));
    expect(journey.personas.map((persona) => persona.jobTitle)).toEqual([
      'Line operator, bonding station',
      'Shift supervisor, body assembly',
      'Production planner',
      'Head of production',
      'Procurement expert, production materials',
    ]);
  });

  it('runs for about four months and contains the complex order and the missing substitute', () => {
    const days = journeyTimeline(journey).startDays as number[];
    expect(Math.max(...days)).toBe(114);
    const byId = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
    expect(byId.get('mi-complex-order')).toMatchObject({ channel: 'webshop', emotion: -2, keyMoment: true, personaIds: ['procurement'] });
    expect(byId.get('mi-complex-order')!.title).toBe('First order: 1,000 cartridges to 10 addresses');
    expect(byId.get('mi-spare-part-search')!.painPoints).toContain('Substitute not found by name or article code');
    expect(journey.phases.some((phase) => phase.id === 'offboarding')).toBe(false);
  });
});
