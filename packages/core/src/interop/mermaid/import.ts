import type { BuyingCenterRole, EmotionScale, Journey, JourneyType, TouchpointInfluence, TouchpointMode } from '../../model/types';
import { safeParseJourney } from '../../schema/validate';
import { createIdMaker } from '../ids';
import { MermaidParseError } from './errors';
import { parseMermaidJourney, type MermaidJourneyDiagram } from './parse';

/** Options of {@link fromMermaidJourney}. */
export interface FromMermaidJourneyOptions {
  /** Journey id. @default 'mermaid-journey' */
  id?: string;
  /** Kind of map. @default 'current-state' */
  type?: JourneyType;
  /** Emotion scale the 1…5 scores are mapped onto. @default { min: -2, max: 2 } */
  emotionScale?: EmotionScale;
  /** Buying-center role of the personas made from actors. @default 'user' */
  role?: BuyingCenterRole;
  /** Channel of every touchpoint (Mermaid has none). @default 'other' */
  channel?: string;
  /** Mode of every touchpoint. @default 'online' */
  mode?: TouchpointMode;
  /** Influence of every touchpoint. @default 'direct' */
  influence?: TouchpointInfluence;
  /** Persona for tasks without actors. @default 'Customer' */
  defaultActor?: string;
  /** Phase for tasks before the first section (and for a diagram without sections). @default 'Journey' */
  defaultSection?: string;
}

/**
 * Maps a Mermaid score (1…5) linearly onto an emotion scale: 1 → `min`, 3 → the middle,
 * 5 → `max`; `emotion = min + (score − 1) · (max − min) / 4`.
 */
export function mermaidScoreToEmotion(score: number, scale: EmotionScale): number {
  return scale.min + ((score - 1) * (scale.max - scale.min)) / 4;
}

/** Where a validation issue is in the diagram: its line and a name for the field; `null` when it comes from the options. */
function locate(path: string, diagram: MermaidJourneyDiagram, taskLines: number[], phaseLines: number[], personaLines: number[]): { line: number; field: string } | null {
  const match = /^(touchpoints|phases|personas)\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match) {
    const [, list, index, key] = match;
    const lines = list === 'touchpoints' ? taskLines : list === 'phases' ? phaseLines : personaLines;
    const what = list === 'touchpoints' ? 'task' : list === 'phases' ? 'section' : 'actor';
    return { line: lines[Number(index)] ?? 1, field: key === 'title' || key === 'name' ? `${what} name` : `${what} ${key ?? ''}`.trim() };
  }
  if (path === 'title') return { line: diagram.lines.title ?? diagram.lines.accTitle ?? 1, field: 'title' };
  if (path === 'description') return { line: diagram.lines.accDescription ?? 1, field: 'accDescr' };
  return null;
}

/**
 * Builds a journey from a Mermaid journey diagram: sections → phases (in order), tasks →
 * touchpoints, actors → personas (role `user`), score 1…5 → emotion on the journey's scale
 * (see {@link mermaidScoreToEmotion}); `title` (else `accTitle`, else front-matter title, else
 * "Untitled journey") → title, `accDescr` → description. Mermaid carries no channel, so every
 * touchpoint gets channel `other`, mode `online`, influence `direct` (options change these).
 * Tasks before the first section go into a phase "Journey"; tasks without actors to a persona
 * "Customer" (also added when the diagram names no actor at all). Ids are slugs of the names
 * (`section Go to work` → `go-to-work`, made unique with `-2` …); touchpoints are `tp-1`, `tp-2`…
 * @throws {MermaidParseError} with the 1-based line of the problem.
 * @throws {JourneyValidationError} for invalid options (an empty `id`, an `emotionScale` with `min ≥ max`).
 * @example
 * const journey = fromMermaidJourney('journey\n  title Buying\n  section Search\n    Google it: 2: Ana, Ben');
 * journey.touchpoints[0].emotion // -1
 */
export function fromMermaidJourney(text: string, options: FromMermaidJourneyOptions = {}): Journey {
  const diagram = parseMermaidJourney(text);
  const scale = options.emotionScale ?? { min: -2, max: 2 };
  const phaseId = createIdMaker('phase');
  const personaId = createIdMaker('persona');
  const personas = new Map<string, { id: string; name: string; role: BuyingCenterRole }>();
  const personaLines: number[] = [];
  const personaFor = (name: string, line: number): string => {
    let persona = personas.get(name);
    if (!persona) {
      persona = { id: personaId(name), name, role: options.role ?? 'user' };
      personas.set(name, persona);
      personaLines.push(line);
    }
    return persona.id;
  };

  const sections = diagram.sections.length > 0 ? diagram.sections : [{ name: null, line: 1, tasks: [] }];
  const phases = sections.map((section) => {
    const name = section.name ?? options.defaultSection ?? 'Journey';
    return { id: phaseId(name), name };
  });
  const phaseLines = sections.map((section) => section.line);
  const taskLines: number[] = [];
  const touchpoints = sections.flatMap((section, sectionIndex) =>
    section.tasks.map((task) => {
      taskLines.push(task.line);
      const actors = task.actors.length > 0 ? task.actors : [options.defaultActor ?? 'Customer'];
      return {
        id: `tp-${taskLines.length}`,
        phaseId: phases[sectionIndex]!.id,
        personaIds: actors.map((actor) => personaFor(actor, task.line)),
        title: task.name,
        channel: options.channel ?? 'other',
        mode: options.mode ?? 'online',
        influence: options.influence ?? 'direct',
        emotion: mermaidScoreToEmotion(task.score, scale),
      };
    }),
  );
  if (personas.size === 0) personaFor(options.defaultActor ?? 'Customer', 1);

  const title = diagram.title ?? diagram.accTitle;
  const result = safeParseJourney({
    version: 1,
    id: options.id ?? 'mermaid-journey',
    title: title || 'Untitled journey',
    type: options.type ?? 'current-state',
    ...(diagram.accDescription ? { description: diagram.accDescription } : {}),
    ...(options.emotionScale ? { emotionScale: options.emotionScale } : {}),
    phases,
    personas: [...personas.values()],
    touchpoints,
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = locate(issue.path, diagram, taskLines, phaseLines, personaLines);
  if (!where) throw result.error; // a bad option (id, type, emotionScale): JourneyValidationError names it
  throw new MermaidParseError(where.line, `${where.field} ${issue.message}`);
}
