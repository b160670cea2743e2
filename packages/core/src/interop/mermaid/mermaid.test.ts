import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../../../../../test/support/arbitraries';
import { touchpointOrder } from '../../model/order';
import type { Journey, JourneyDocument } from '../../model/types';
import { SAMPLE_JOURNEYS, generateJourney } from '../../samples/index';
import { JourneyValidationError, parseJourney } from '../../schema/validate';
import { MermaidParseError } from './errors';
import { emotionToMermaidScore, toMermaidJourney } from './export';
import { fromMermaidJourney, mermaidScoreToEmotion } from './import';
import { parseMermaidJourney } from './parse';
import { WORD_JOINER, sanitizeActor, sanitizeSection, sanitizeTask, sanitizeTitle } from './sanitize';

const MERMAID_DOCS_EXAMPLE = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me`;

function errorOf(text: string): { line: number; message: string } {
  try {
    fromMermaidJourney(text);
  } catch (error) {
    if (error instanceof MermaidParseError) return { line: error.line, message: error.reason };
    throw error;
  }
  throw new Error('expected a MermaidParseError');
}

describe('fromMermaidJourney', () => {
  it('reads the example of the Mermaid documentation', () => {
    const journey = fromMermaidJourney(MERMAID_DOCS_EXAMPLE);
    expect(journey).toMatchObject({ id: 'mermaid-journey', title: 'My working day', type: 'current-state', emotionScale: { min: -2, max: 2 } });
    expect(journey.phases).toEqual([
      { id: 'go-to-work', name: 'Go to work' },
      { id: 'go-home', name: 'Go home' },
    ]);
    expect(journey.personas).toEqual([
      { id: 'me', name: 'Me', role: 'user' },
      { id: 'cat', name: 'Cat', role: 'user' },
    ]);
    expect(journey.touchpoints.map((t) => [t.id, t.phaseId, t.title, t.emotion, t.personaIds])).toEqual([
      ['tp-1', 'go-to-work', 'Make tea', 2, ['me']],
      ['tp-2', 'go-to-work', 'Go upstairs', 0, ['me']],
      ['tp-3', 'go-to-work', 'Do work', -2, ['me', 'cat']],
      ['tp-4', 'go-home', 'Go downstairs', 2, ['me']],
      ['tp-5', 'go-home', 'Sit down', 2, ['me']],
    ]);
    expect(journey.touchpoints[0]).toMatchObject({ channel: 'other', mode: 'online', influence: 'direct' });
  });

  it('reads comments, accessibility directives, blank lines, odd indentation and keyword case', () => {
    const text = [
      '%% a comment before the header',
      '%%{init: {"theme": "forest"}}%%',
      '',
      'journey',
      'accTitle: Accessible title',
      '  accDescr {',
      '    Two lines',
      '',
      '    of description',
      '  %% a comment line inside the block, even with }',
      '  }',
      'Orphan task: 4 %% before any section',
      '\tSECTION Über uns # hash comment',
      '        Read: 2.5: Ana ,Ben,  Ana',
      '',
      '  section Empty',
    ].join('\r\n');
    const journey = fromMermaidJourney(text, { id: 'x', type: 'future-state', emotionScale: { min: 0, max: 8 } });
    expect(journey).toMatchObject({ id: 'x', type: 'future-state', title: 'Accessible title', description: 'Two lines\nof description' });
    expect(journey.phases).toEqual([
      { id: 'journey', name: 'Journey' },
      { id: 'uber-uns', name: 'Über uns' },
      { id: 'empty', name: 'Empty' },
    ]);
    expect(journey.personas.map((persona) => persona.name)).toEqual(['Customer', 'Ana', 'Ben']);
    expect(journey.touchpoints.map((t) => [t.title, t.emotion, t.personaIds])).toEqual([
      ['Orphan task', 6, ['customer']],
      ['Read', 3, ['ana', 'ben']],
    ]);
    expect(parseMermaidJourney('---\ntitle: "From front matter"\n---\njourney\naccDescr: One line; with # kept').title).toBe('From front matter');
    expect(parseMermaidJourney('journey\naccDescr: One line; with # kept').accDescription).toBe('One line; with # kept');
    expect(parseMermaidJourney('journey\naccDescr {single}').accDescription).toBe('single');
  });

  it('makes a complete journey from a diagram without tasks', () => {
    const journey = fromMermaidJourney('journey\n  title Empty');
    expect(journey.phases).toEqual([{ id: 'journey', name: 'Journey' }]);
    expect(journey.personas).toEqual([{ id: 'customer', name: 'Customer', role: 'user' }]);
    expect(journey.touchpoints).toEqual([]);
  });

  it.each([
    ['', 1, 'missing the "journey" header: a Mermaid journey diagram starts with "journey"'],
    ['%% only a comment\n\n', 3, 'missing the "journey" header: a Mermaid journey diagram starts with "journey"'],
    ['title Oops\njourney', 1, 'expected the "journey" header first (in lower case, as Mermaid detects it); found "title Oops"'],
    ['\n  JOURNEY', 2, 'expected the "journey" header first (in lower case, as Mermaid detects it); found "JOURNEY"'],
    ['journey\n  section A\n    Make tea\n', 3, 'task "Make tea" has no score; write it as "Make tea: 1…5: actors"'],
    ['journey\n  section A\n    Make tea:\n', 3, 'task "Make tea" has no score; write it as "Make tea: 1…5: actors"'],
    ['journey\n  section A\n    Make tea: : Me\n', 3, 'task "Make tea" has no score; write it as "Make tea: 1…5: actors"'],
    ['journey\n\n  section A\n    Make tea: 6: Me', 4, 'the score of task "Make tea" must be a number from 1 to 5; found "6"'],
    ['journey\n  section A\n    Make tea: 0: Me', 3, 'the score of task "Make tea" must be a number from 1 to 5; found "0"'],
    ['journey\n  section A\n    Make tea: great: Me', 3, 'the score of task "Make tea" must be a number from 1 to 5; found "great"'],
    ['journey\n  section A\n    Make tea: 3: Me: You', 3, 'task "Make tea" has more than two ":"; write it as "Make tea: score: Actor 1, Actor 2"'],
    ['journey\n  section A\n    : 3: Me', 3, 'the task has no name before ":"; write it as "Task name: score: actors"'],
    ['journey\n  direction LR\n', 2, 'unknown directive "direction"; a journey diagram has title, section, accTitle, accDescr and tasks ("Task name: score: actors")'],
    ['journey\n  subtitle\n', 2, '"subtitle" is neither a directive (title, section, accTitle, accDescr) nor a task with a score ("subtitle: 1…5: actors")'],
    ['journey\n  section\n', 2, '"section" needs a name'],
    ['journey\n  title   \n', 2, '"title" needs a text'],
    ['journey\n  section A: B\n', 2, 'section "A: B" contains ":", which Mermaid does not allow in a section name'],
    ['journey\n  section A\n    Tea; coffee: 3: Me', 3, '";" is not allowed in a journey diagram (Mermaid reads it as the end of a statement)'],
    ['journey\nJourney', 2, 'the "journey" header appears twice'],
    ['journey\n  accDescr {\n    never closed\n', 2, 'accDescr { … } is not closed with "}"'],
    ['journey\n  accDescr {\n  } trailing', 3, 'unexpected text after the "}" that ends accDescr { … }'],
    ['---\ntitle: x\njourney', 1, 'the front matter opened with "---" is not closed by a second "---" line'],
    [`journey\n  section A\n    ${'x'.repeat(501)}: 3: Me`, 3, 'task name must be at most 500 characters'],
    [`journey\n  section A\n  title ${'x'.repeat(501)}`, 3, 'title must be at most 500 characters'],
    [`journey\n  accDescr {\n${'x'.repeat(20_001)}\n}`, 2, 'accDescr must be at most 20000 characters'],
  ])('refuses %j at line %i', (text, line, message) => {
    expect(errorOf(text)).toEqual({ line, message });
  });

  it('refuses invalid options with a JourneyValidationError naming the field', () => {
    expect(() => fromMermaidJourney(MERMAID_DOCS_EXAMPLE, { id: ' ' })).toThrow(JourneyValidationError);
    expect(() => fromMermaidJourney(MERMAID_DOCS_EXAMPLE, { emotionScale: { min: 2, max: 2 } })).toThrow('emotionScale.max: must be greater than emotionScale.min (2)');
  });

  it('puts the line into the error message', () => {
    expect(() => fromMermaidJourney('journey\n  section A\n    Tea: 9')).toThrow('Line 3: the score of task "Tea" must be a number from 1 to 5; found "9"');
  });
});

describe('score ↔ emotion', () => {
  it('maps 1…5 linearly onto the scale and back, rounding and clamping', () => {
    expect([1, 2, 3, 4, 5].map((score) => mermaidScoreToEmotion(score, { min: -2, max: 2 }))).toEqual([-2, -1, 0, 1, 2]);
    expect([1, 3, 5].map((score) => mermaidScoreToEmotion(score, { min: -3, max: 3 }))).toEqual([-3, 0, 3]);
    expect([-3, -2, -1, 0, 1, 2, 3].map((emotion) => emotionToMermaidScore(emotion, { min: -3, max: 3 }))).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect(emotionToMermaidScore(undefined, { min: -2, max: 2 })).toBe(3);
    expect(emotionToMermaidScore(-0.5, { min: -2, max: 2 })).toBe(3); // 2.5 rounds up
    expect(emotionToMermaidScore(9, { min: -2, max: 2 })).toBe(5);
  });
});

describe('toMermaidJourney', () => {
  const document: JourneyDocument = {
    version: 1,
    id: 'j',
    title: 'Payment: the #1 journey',
    type: 'current-state',
    description: 'Line one\nLine } two',
    phases: [
      { id: 'aw', name: 'Awareness; early' },
      { id: 'empty', name: 'Empty' },
    ],
    personas: [
      { id: 'mia', name: 'Mia, Lorenz', role: 'decider' },
      { id: 'tom', name: 'Tom', role: 'buyer' },
    ],
    touchpoints: [
      { id: 'b', phaseId: 'aw', personaIds: ['tom'], title: 'Journey review', channel: 'web', mode: 'online', influence: 'direct', at: 5 },
      { id: 'a', phaseId: 'aw', personaIds: ['mia', 'tom'], title: 'Search:\nproviders 100%%', channel: 'web', mode: 'online', influence: 'direct', at: 1, emotion: -2 },
    ],
  };

  it('writes title, accDescr block, sections, sanitised tasks in reading order', () => {
    expect(toMermaidJourney(parseJourney(document))).toBe(
      [
        'journey',
        '    title Payment: the ＃1 journey',
        '    accDescr {',
        'Line one\nLine ｝ two',
        '    }',
        '    section Awareness； early',
        '      Search： providers 100％%: 1: Mia， Lorenz, Tom',
        `      J${WORD_JOINER}ourney review: 3: Tom`,
        '    section Empty',
      ].join('\n'),
    );
    expect(toMermaidJourney(parseJourney({ ...document, description: 'One line' }))).toContain('\n    accDescr: One line\n');
  });

  it('reads its own output back', () => {
    const journey = fromMermaidJourney(toMermaidJourney(parseJourney(document)));
    expect(journey.title).toBe('Payment: the ＃1 journey');
    expect(journey.description).toBe('Line one\nLine ｝ two');
    expect(journey.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Search： providers 100％%', -2],
      ['Journey review', 0],
    ]);
  });
});

/** What a Mermaid diagram carries of a journey, in the form `fromMermaidJourney` gives it back. */
function mermaidCarried(journey: Journey) {
  const phaseIndex = new Map(journey.phases.map((phase, index) => [phase.id, index]));
  const names = new Map(journey.personas.map((persona) => [persona.id, persona.name]));
  const unjoin = (text: string) => text.replaceAll(WORD_JOINER, '');
  return {
    title: sanitizeTitle(journey.title),
    phases: journey.phases.map((phase) => sanitizeSection(phase.name)),
    touchpoints: touchpointOrder(journey).map((index) => {
      const touchpoint = journey.touchpoints[index]!;
      return {
        phase: phaseIndex.get(touchpoint.phaseId),
        title: unjoin(sanitizeTask(touchpoint.title)),
        emotion: emotionToMermaidScore(touchpoint.emotion, journey.emotionScale) - 3,
        personas: [...new Set(touchpoint.personaIds.map((id) => sanitizeActor(names.get(id)!)))],
      };
    }),
  };
}

/** Checks that a journey survives the Mermaid round trip as far as Mermaid carries it. */
function expectMermaidRoundTrip(journey: Journey): void {
  const text = toMermaidJourney(journey);
  const back = fromMermaidJourney(text);
  const phaseIndex = new Map(back.phases.map((phase, index) => [phase.id, index]));
  const names = new Map(back.personas.map((persona) => [persona.id, persona.name]));
  expect({
    title: back.title,
    phases: back.phases.map((phase) => phase.name),
    touchpoints: back.touchpoints.map((touchpoint) => ({
      phase: phaseIndex.get(touchpoint.phaseId),
      title: touchpoint.title,
      emotion: touchpoint.emotion,
      personas: touchpoint.personaIds.map((id) => names.get(id)),
    })),
  }).toEqual(mermaidCarried(journey));
  expect(toMermaidJourney(back)).toBe(text);
}

describe('Mermaid round trip', () => {
  it.each(SAMPLE_JOURNEYS.map((sample) => [sample.id, sample.document] as const))('sample %s', (_id, document) => {
    expectMermaidRoundTrip(parseJourney(document));
  });

  it('a generated journey of 2,000 touchpoints', { timeout: 60_000 }, () => {
    expectMermaidRoundTrip(parseJourney(generateJourney({ touchpoints: 2000, seed: 7 })));
  });

  it('carries titles, phase names, persona names, order and the emotion as 1…5, and reaches a fixpoint', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary(), (document) => {
        expectMermaidRoundTrip(parseJourney(document));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
