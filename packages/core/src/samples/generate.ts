/**
 * A seeded generator of realistic-looking journey documents of any size, for stories,
 * benchmarks and property tests. Same options → the same document on every machine.
 */
import type { JourneyDocument, Persona, Phase, Touchpoint, TouchpointMetrics } from '../model/types';
import { CHANNELS } from '../presets/channels';
import { parseIsoDate } from '../schema/dates';
import { BUYING_CENTER_ROLES, EVIDENCE_SOURCES, type TouchpointInfluence, type TouchpointMode } from '../schema/enums';
import {
  CHANNEL_TITLES,
  COMPANIES,
  CUSTOM_CHANNELS,
  EVIDENCE_NOTES,
  FIRST_NAMES,
  GROUP_TEXTS,
  GROUPS_BY_STAGE,
  LAST_NAMES,
  LOCATIONS,
  PERSONA_COLORS,
  PHASE_TEMPLATES,
  ROLE_PROFILES,
  type ChannelGroup,
} from './generator-vocabulary';
import { createRandom, type SeededRandom } from './random';

/** Options of {@link generateJourney}. */
export interface GenerateJourneyOptions {
  /** Seed of the pseudo-random stream (truncated to an unsigned 32-bit integer). @default 1 */
  seed?: number;
  /** Number of touchpoints, a whole number ≥ 0 (0 gives an empty map). */
  touchpoints: number;
  /** Number of personas, a whole number ≥ 1; roles cycle through the buying-center roles. @default 8 */
  personas?: number;
  /** Number of phases, a whole number ≥ 1. @default 6 */
  phases?: number;
  /** Calendar date of day 0, an ISO date. @default '2026-01-05' */
  startDate?: string;
  /** Whether touchpoints carry a time (`at`); without it they carry `order` within their phase. @default true */
  timed?: boolean;
  /**
   * How a timed touchpoint's `at` is written: `'date'` as an ISO date (`2026-02-17`), `'days'` as
   * a number of days since `startDate`. Ignored when `timed` is false.
   * @default 'date'
   */
  timeFormat?: 'date' | 'days';
}

const MS_PER_DAY = 86_400_000;

interface ChannelChoice {
  channel: string;
  mode: TouchpointMode;
  influence: TouchpointInfluence;
  group: ChannelGroup;
  titles: readonly string[];
}

function wholeNumber(value: number, field: string, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`generateJourney: options.${field} must be a whole number ≥ ${min}; received ${String(value)}`);
  return value;
}

/** Catalogue channels grouped by stage (early, middle, late), plus the custom channels. */
function channelPools(): ChannelChoice[][] {
  const byGroup = new Map<ChannelGroup, ChannelChoice[]>();
  for (const preset of CHANNELS) {
    const list = byGroup.get(preset.group) ?? [];
    list.push({ channel: preset.id, mode: preset.mode, influence: preset.influence, group: preset.group, titles: CHANNEL_TITLES[preset.id] ?? [preset.label.en] });
    byGroup.set(preset.group, list);
  }
  return GROUPS_BY_STAGE.map((groups) => groups.flatMap((group) => byGroup.get(group) ?? []));
}

function makePhases(count: number): Phase[] {
  return Array.from({ length: count }, (_, index) => {
    const template = PHASE_TEMPLATES[index];
    return template
      ? { id: template.id, name: template.name, description: template.description, goals: [template.goal] }
      : { id: `phase-${index + 1}`, name: `Phase ${index + 1}`, description: 'A further stage of the relationship.' };
  });
}

function makePersonas(count: number, phases: Phase[], random: SeededRandom, company: string): Persona[] {
  return Array.from({ length: count }, (_, index) => {
    const role = BUYING_CENTER_ROLES[index % BUYING_CENTER_ROLES.length]!;
    const profile = ROLE_PROFILES[role];
    const joinsAt = phases[Math.min(profile.joinsAtPhase, phases.length - 1)]!.id;
    return {
      id: `persona-${index + 1}`,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      role,
      jobTitle: profile.jobTitle,
      department: profile.department,
      seniority: profile.seniority,
      company,
      age: random.int(26, 61),
      location: random.pick(LOCATIONS),
      motivations: [profile.motivation],
      frustrations: [profile.frustration],
      goals: [profile.goal],
      needs: [profile.need],
      quote: profile.quote,
      joinsAt,
      color: PERSONA_COLORS[index % PERSONA_COLORS.length]!,
    };
  });
}

/** Persona ids that have joined by each phase (every list non-empty: persona 1 joins first). */
function personasByPhase(personas: Persona[], phases: Phase[]): string[][] {
  const joinIndex = new Map(phases.map((phase, index) => [phase.id, index]));
  return phases.map((_, phaseIndex) =>
    personas.filter((persona) => (joinIndex.get(persona.joinsAt ?? '') ?? 0) <= phaseIndex || persona.id === 'persona-1').map((persona) => persona.id),
  );
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

interface TouchpointContext {
  random: SeededRandom;
  phases: Phase[];
  /** Persona ids that may appear in each phase. */
  eligible: string[][];
  /** Channels for the early, middle and late stage. */
  pools: ChannelChoice[][];
  spanDays: number;
  baseVolume: number;
  count: number;
  timed: boolean;
  asDays: boolean;
  seed: number;
  dateText: (day: number) => string;
}

/**
 * Returns a function that makes touchpoint `index` of `count`; call it with 0, 1, 2 … in order
 * (the emotion random walk and the order within a phase carry over from one call to the next).
 */
function touchpointMaker(context: TouchpointContext): (index: number) => Touchpoint {
  const { random, phases, eligible, pools, spanDays, baseVolume, count, timed, asDays, seed, dateText } = context;
  const phaseCount = phases.length;
  let emotion = random.int(-1, 1);
  let orderInPhase = 0;
  let previousPhase = -1;
  return (index) => {
    const progress = (index + random.next()) / count; // strictly increasing with index: keeps time order
    const phaseIndex = Math.min(phaseCount - 1, Math.floor((index * phaseCount) / count));
    orderInPhase = phaseIndex === previousPhase ? orderInPhase + 1 : 1;
    previousPhase = phaseIndex;
    const stage = Math.min(2, Math.floor((phaseIndex * 3) / phaseCount));
    const custom = random.chance(0.03) ? random.pick(CUSTOM_CHANNELS) : undefined;
    const choice: ChannelChoice = custom ? { ...custom, channel: custom.name, titles: [custom.name] } : random.pick(pools[stage]!);
    const texts = GROUP_TEXTS[choice.group];

    const phasePersonas = eligible[phaseIndex]!;
    const first = random.pick(phasePersonas);
    const second = random.chance(0.3) ? random.pick(phasePersonas) : first;

    emotion = clamp(emotion + random.int(-1, 1), -2, 2);
    const keyMoment = random.chance(0.06);
    const touchpoint: Touchpoint = {
      id: `tp-${index + 1}`,
      phaseId: phases[phaseIndex]!.id,
      personaIds: second === first ? [first] : [first, second],
      title: random.pick(choice.titles),
      channel: choice.channel,
      mode: choice.mode,
      influence: choice.influence,
      action: random.pick(texts.actions),
      thoughts: random.pick(texts.thoughts),
      needs: [random.pick(texts.needs)],
    };
    const day = Math.floor(progress * spanDays);
    if (timed) touchpoint.at = asDays ? day : dateText(day);
    else touchpoint.order = orderInPhase;
    if (timed && random.chance(0.08)) touchpoint.durationDays = random.int(1, 14);
    if (random.chance(0.96)) touchpoint.emotion = emotion;
    if (random.chance(0.9)) touchpoint.desiredEmotion = keyMoment ? 2 : Math.max(1, emotion);
    if (emotion <= -1 && random.chance(0.75)) {
      const painPoint = random.pick(texts.painPoints);
      const another = random.chance(0.3) ? random.pick(texts.painPoints) : painPoint;
      touchpoint.painPoints = another === painPoint ? [painPoint] : [painPoint, another];
      if (random.chance(0.6)) touchpoint.opportunities = [random.pick(texts.opportunities)];
    }
    if (keyMoment) touchpoint.keyMoment = true;
    if (random.chance(0.85)) {
      const owner = texts.owner;
      touchpoint.owner = random.chance(0.9)
        ? { department: owner.department, role: owner.role, system: random.pick(owner.systems), process: owner.process }
        : { department: owner.department };
    }
    if (random.chance(0.85)) touchpoint.importance = keyMoment ? random.int(4, 5) : random.int(1, 5);
    if (random.chance(0.85)) touchpoint.risk = random.int(1, 5);
    if (random.chance(0.85)) touchpoint.performance = clamp(emotion + 3 + random.int(-1, 1), 1, 5);
    if (random.chance(0.3)) {
      const conversionRate = round2(0.05 + random.next() * 0.85);
      const metrics: TouchpointMetrics = {
        volume: Math.max(1, Math.round(baseVolume * (1 - 0.85 * progress) * (0.8 + random.next() * 0.4))),
        conversionRate,
        dropOffRate: round2((1 - conversionRate) * random.next()),
        period: '2026-Q1',
      };
      if (choice.group === 'service') metrics.csat = random.int(45, 95);
      if (random.chance(0.2)) metrics.nps = random.int(-30, 70);
      touchpoint.metrics = metrics;
    }
    if (random.chance(0.6)) {
      const source = random.pick(EVIDENCE_SOURCES);
      touchpoint.evidence = { source, confidence: round2(0.3 + random.next() * 0.65), note: EVIDENCE_NOTES[source] };
    }
    if (random.chance(0.04)) touchpoint.links = [{ label: 'Source material', url: `https://example.com/journeys/${seed >>> 0}/tp-${index + 1}` }];
    return touchpoint;
  };
}

/**
 * Generates a realistic-looking B2B journey document, deterministic for equal options (a seeded
 * mulberry32 stream, no `Math.random`, no clock).
 *
 * - Phases: Awareness, Consideration, Decision, Onboarding, Retention, Advocacy, Renewal,
 *   Offboarding, then `phase-9` "Phase 9" …; personas `persona-1…` with roles cycling through the
 *   buying-center roles, each joining at its role's usual phase (persona 1 always at the first).
 * - Touchpoints `tp-1…` in document order = time order, split evenly and contiguously over the
 *   phases, dated over 5–22 weeks from `startDate`; 1 persona (70 %) or 2 (30 %) of those
 *   already joined; a catalogue channel suited to the stage (early: ads, third parties; middle:
 *   sales, events; late: service, portals) with its mode and influence, or a custom channel (3 %).
 * - Emotion: an integer random walk in −2…+2 (step −1, 0 or +1), present on 96 %; desired
 *   emotion (90 %) is 2 at key moments, else max(1, emotion). Key moments: 6 %.
 * - Pain points on 75 % of touchpoints with emotion ≤ −1, opportunities on 60 % of those.
 * - Owner 85 % (of which 10 % department only), importance/risk/performance 85 % each
 *   (performance ≈ emotion + 3 ± 1), metrics 30 % (volume falls along the journey, csat on
 *   service channels, nps on 20 %), evidence 60 %, links 4 %, `durationDays` 8 %.
 *
 * O(n) time and memory; every nested object is its own (safe to edit). About 0.1–0.3 s for
 * 50,000 touchpoints on a small 2-core VM, mostly allocation. `parseJourney` accepts the result
 * for every seed and size.
 * @throws {RangeError} when a count is not a whole number in range, the seed is not finite or
 * `startDate` is not an ISO date.
 * @example
 * const big = parseJourney(generateJourney({ seed: 7, touchpoints: 50_000 }));
 * const ordinal = generateJourney({ touchpoints: 40, personas: 4, phases: 5, timed: false });
 */
export function generateJourney(options: GenerateJourneyOptions): JourneyDocument {
  const touchpointCount = wholeNumber(options.touchpoints, 'touchpoints', 0);
  const personaCount = wholeNumber(options.personas ?? 8, 'personas', 1);
  const phaseCount = wholeNumber(options.phases ?? 6, 'phases', 1);
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) throw new RangeError(`generateJourney: options.seed must be a finite number; received ${String(seed)}`);
  const startDate = options.startDate ?? '2026-01-05';
  const startMs = parseIsoDate(startDate);
  if (startMs === null) throw new RangeError(`generateJourney: options.startDate must be an ISO date such as "2026-01-05"; received "${startDate}"`);
  const timed = options.timed ?? true;
  const asDays = options.timeFormat === 'days';

  const random = createRandom(seed);
  const companyTemplate = random.pick(COMPANIES);
  const phases = makePhases(phaseCount);
  const personas = makePersonas(personaCount, phases, random, companyTemplate.name);
  const eligible = personasByPhase(personas, phases);
  const pools = channelPools();
  const spanDays = 35 + random.int(0, 119);
  const dayOrigin = Math.floor(startMs / MS_PER_DAY) * MS_PER_DAY;
  const dateTexts = new Map<number, string>();
  const dateText = (day: number): string => {
    let text = dateTexts.get(day);
    if (text === undefined) dateTexts.set(day, (text = new Date(dayOrigin + day * MS_PER_DAY).toISOString().slice(0, 10)));
    return text;
  };
  const baseVolume = random.int(2, 40) * 500;

  const makeTouchpoint = touchpointMaker({ random, phases, eligible, pools, spanDays, baseVolume, count: touchpointCount, timed, asDays, seed, dateText });
  const touchpoints: Touchpoint[] = new Array(touchpointCount);
  for (let index = 0; index < touchpointCount; index++) touchpoints[index] = makeTouchpoint(index);

  return {
    version: 1,
    id: `generated-${seed >>> 0}-${touchpointCount}`,
    title: `Generated journey #${seed >>> 0} (${String(touchpointCount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} touchpoints)`,
    type: 'current-state',
    description: `Synthetic B2B journey of ${companyTemplate.name} generated from seed ${seed >>> 0} for demos, benchmarks and tests.`,
    locale: 'en',
    startDate,
    emotionScale: { min: -2, max: 2 },
    company: {
      name: companyTemplate.name,
      industry: companyTemplate.industry,
      size: companyTemplate.size,
      employees: companyTemplate.employees,
      budget: 'EUR 40–150k per year',
      buyingProcess: 'Buying center with three quotes and procurement sign-off',
      competitors: ['Incumbent supplier', 'Low-cost online vendor'],
    },
    phases,
    personas,
    touchpoints,
  };
}
