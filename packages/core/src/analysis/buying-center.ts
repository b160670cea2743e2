import type { BuyingCenterRole, Journey } from '../model/types';
import { BUYING_CENTER_ROLES } from '../schema/enums';
import { createAnalysisContext, meanEmotion, type AnalysisContext } from './context';

/** A buying-center role active in a phase. */
export interface RoleActivity {
  /** The role. */
  role: BuyingCenterRole;
  /** Personas of this role with a touchpoint in the phase, in persona order. */
  personaIds: string[];
  /** Touchpoints of the phase met by at least one persona of this role. */
  touchpointCount: number;
}

/** A persona active in a phase. */
export interface PersonaActivity {
  /** Id of the persona. */
  personaId: string;
  /** Its role. */
  role: BuyingCenterRole;
  /** Its touchpoints in the phase. */
  touchpointCount: number;
}

/** Who of the buying center is active in one phase. */
export interface BuyingCenterPhase {
  /** Id of the phase. */
  phaseId: string;
  /** Active roles, in the order of `BUYING_CENTER_ROLES` (initiator, user, influencer, decider, buyer, gatekeeper). */
  roles: RoleActivity[];
  /** Active personas, in persona order. */
  personas: PersonaActivity[];
}

/** A persona's mean emotion in one phase. */
export interface PersonaPhaseEmotion {
  /** Id of the phase. */
  phaseId: string;
  /** Mean emotion of the persona's touchpoints in the phase, `null` when none has an emotion. */
  meanEmotion: number | null;
  /** The persona's touchpoints in the phase. */
  touchpointCount: number;
}

/** When and how one persona takes part. */
export interface BuyingCenterPersona {
  /** Id of the persona. */
  personaId: string;
  /** Its role. */
  role: BuyingCenterRole;
  /** The declared joining phase (`persona.joinsAt`), `null` when not declared. */
  joinsAt: string | null;
  /** The first phase (in phase order) where the persona has a touchpoint, `null` when it has none. */
  firstPhaseId: string | null;
  /** The persona has a touchpoint in a phase before its declared `joinsAt` (worth checking the data). */
  activeBeforeJoin: boolean;
  /** Mean emotion per phase, every phase in phase order. */
  phases: PersonaPhaseEmotion[];
}

/** How one persona's mean emotion moved into a phase. */
export interface EmotionShift {
  /** Id of the persona. */
  personaId: string;
  /** The earlier phase it is compared with: the persona's latest phase with an emotion before this one. */
  previousPhaseId: string;
  /** Mean emotion there. */
  from: number;
  /** Mean emotion in this phase. */
  to: number;
  /** `to − from`. */
  delta: number;
}

/** A phase where the buying center drifts apart: one persona's emotion falls while another's rises. */
export interface ConsensusRisk {
  /** Id of the phase. */
  phaseId: string;
  /** Personas whose mean emotion fell (delta < 0), in persona order. */
  falling: string[];
  /** Personas whose mean emotion rose (delta > 0), in persona order. */
  rising: string[];
  /** Largest rise minus largest fall (largest delta − smallest delta), > 0. */
  spread: number;
  /** Every persona's shift into this phase (falling, rising and unchanged), in persona order. */
  shifts: EmotionShift[];
}

/** The result of {@link buyingCenter}. */
export interface BuyingCenter {
  /** Per phase, in phase order. */
  phases: BuyingCenterPhase[];
  /** Per persona, in persona order. */
  personas: BuyingCenterPersona[];
  /** Phases with diverging emotions, in phase order. */
  consensusRisks: ConsensusRisk[];
}

/**
 * The buying center over time: who is active in each phase, when each persona joins and how
 * they feel, and where their emotions diverge.
 *
 * Consensus risk: for each persona and each phase where the persona has a mean emotion, the
 * delta is that mean minus the persona's mean in its latest EARLIER phase with an emotion
 * (phases without the persona's emotion are skipped; the persona's first such phase has no
 * delta). A phase is a consensus risk when at least one delta is negative (falling) and another
 * positive (rising). O(n + pairs + personas × phases).
 * @example
 * for (const risk of buyingCenter(journey).consensusRisks)
 *   console.log(`${risk.phaseId}: ${risk.falling} fall while ${risk.rising} rise`);
 */
export function buyingCenter(journey: Journey): BuyingCenter {
  return buyingCenterOf(createAnalysisContext(journey));
}

/** {@link buyingCenter} on prepared intermediates. */
export function buyingCenterOf(context: AnalysisContext): BuyingCenter {
  const { journey } = context;
  const phaseCount = journey.phases.length;
  const countOf = (p: number, k: number) => context.cells.count[p * phaseCount + k]!;
  const roleRank = new Map<string, number>(BUYING_CENTER_ROLES.map((role, index) => [role, index]));
  const roleBitOf = journey.personas.map((persona) => 1 << roleRank.get(persona.role)!);

  const phases: BuyingCenterPhase[] = journey.phases.map((phase, k) => {
    const roleTouchpoints = new Array<number>(BUYING_CENTER_ROLES.length).fill(0);
    const members = context.byPhase[k]!;
    for (let position = 0; position < members.length; position += 1) {
      const index = members[position]!;
      let roles = 0;
      for (let pair = context.pairStart[index]!; pair < context.pairStart[index + 1]!; pair += 1) {
        const persona = context.pairPersona[pair]!;
        if (persona >= 0) roles |= roleBitOf[persona]!;
      }
      for (let r = 0; roles !== 0; r += 1, roles >>= 1) if (roles & 1) roleTouchpoints[r]! += 1;
    }
    const personas: PersonaActivity[] = journey.personas.flatMap((persona, p) =>
      countOf(p, k) > 0 ? [{ personaId: persona.id, role: persona.role, touchpointCount: countOf(p, k) }] : [],
    );
    const roles: RoleActivity[] = BUYING_CENTER_ROLES.flatMap((role, r) =>
      roleTouchpoints[r]! > 0
        ? [{ role, personaIds: personas.filter((persona) => persona.role === role).map((persona) => persona.personaId), touchpointCount: roleTouchpoints[r]! }]
        : [],
    );
    return { phaseId: phase.id, roles, personas };
  });

  const personas: BuyingCenterPersona[] = journey.personas.map((persona, p) => {
    const joinIndex = persona.joinsAt === undefined ? undefined : context.phaseIndex.get(persona.joinsAt);
    const firstPhase = journey.phases.findIndex((_, k) => countOf(p, k) > 0);
    return {
      personaId: persona.id,
      role: persona.role,
      joinsAt: persona.joinsAt ?? null,
      firstPhaseId: firstPhase < 0 ? null : journey.phases[firstPhase]!.id,
      activeBeforeJoin: joinIndex !== undefined && firstPhase >= 0 && firstPhase < joinIndex,
      phases: journey.phases.map((phase, k) => ({
        phaseId: phase.id,
        meanEmotion: meanEmotion(context.cells, p * phaseCount + k),
        touchpointCount: countOf(p, k),
      })),
    };
  });

  return { phases, personas, consensusRisks: consensusRisks(context, personas) };
}

function consensusRisks(context: AnalysisContext, personas: BuyingCenterPersona[]): ConsensusRisk[] {
  const { phases } = context.journey;
  const last: ({ phaseId: string; mean: number } | undefined)[] = personas.map(() => undefined);
  const risks: ConsensusRisk[] = [];
  phases.forEach((phase, k) => {
    const shifts: EmotionShift[] = [];
    personas.forEach((persona, p) => {
      const mean = persona.phases[k]!.meanEmotion;
      if (mean === null) return;
      const previous = last[p];
      if (previous !== undefined) shifts.push({ personaId: persona.personaId, previousPhaseId: previous.phaseId, from: previous.mean, to: mean, delta: mean - previous.mean });
      last[p] = { phaseId: phase.id, mean };
    });
    const falling = shifts.filter((shift) => shift.delta < 0);
    const rising = shifts.filter((shift) => shift.delta > 0);
    if (falling.length === 0 || rising.length === 0) return;
    const deltas = shifts.map((shift) => shift.delta);
    risks.push({
      phaseId: phase.id,
      falling: falling.map((shift) => shift.personaId),
      rising: rising.map((shift) => shift.personaId),
      spread: Math.max(...deltas) - Math.min(...deltas),
      shifts,
    });
  });
  return risks;
}
