import { JourneyValidationError, isJourneyModel, parseJourney, safeParseJourney } from './validate';
import type { JourneyDocument } from '../model/types';

/** A small valid document; each test breaks one thing. */
function validDocument(): JourneyDocument & Record<string, unknown> {
  return {
    version: 1,
    id: 'j1',
    title: 'Payment provider',
    type: 'current-state',
    phases: [
      { id: 'awareness', name: 'Awareness' },
      { id: 'decision', name: 'Decision' },
    ],
    personas: [
      { id: 'mia', name: 'Mia Koch', role: 'initiator' },
      { id: 'tom', name: 'Tom Berg', role: 'buyer', joinsAt: 'decision' },
    ],
    touchpoints: [
      { id: 't1', phaseId: 'awareness', personaIds: ['mia'], title: 'Search ad', channel: 'search-ads', mode: 'online', influence: 'direct', at: '2026-03-02', emotion: 1 },
      { id: 't2', phaseId: 'decision', personaIds: ['mia', 'tom'], title: 'Demo call', channel: 'phone', mode: 'offline', influence: 'direct', at: 14, emotion: -1, desiredEmotion: 2 },
    ],
  };
}

type Mutable = Record<string, any>;

/** The issues of a document changed by `change`, as `[path, message]` pairs. */
function issuesOf(change: (document: Mutable) => void, options?: { lenient?: boolean }): [string, string][] {
  const document = validDocument() as Mutable;
  change(document);
  const result = safeParseJourney(document, options);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path, issue.message]);
}

describe('parseJourney', () => {
  it('returns the typed model of a valid document with the default emotion scale', () => {
    const journey = parseJourney(validDocument());
    expect(journey.emotionScale).toEqual({ min: -2, max: 2 });
    expect(journey.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(['t1', 't2']);
    expect(journey.personas[1]?.joinsAt).toBe('decision');
  });

  it('accepts JSON text', () => {
    expect(parseJourney(JSON.stringify(validDocument())).title).toBe('Payment provider');
  });

  it('keeps keys it does not know (nothing the CRM sent is lost)', () => {
    const document = validDocument() as Mutable;
    document.crmId = 'opp-77';
    document.touchpoints[0].salesforceId = 'a0X1';
    const journey = parseJourney(document) as Mutable;
    expect(journey.crmId).toBe('opp-77');
    expect(journey.touchpoints[0].salesforceId).toBe('a0X1');
  });

  it('never mutates its input', () => {
    const document = validDocument() as Mutable;
    document.id = '';
    document.touchpoints[0].phaseId = 'nowhere';
    const before = structuredClone(document);
    safeParseJourney(document);
    safeParseJourney({ ...document, id: 'j', touchpoints: [] });
    expect(document).toEqual(before);
  });

  it('throws JourneyValidationError with every problem and a readable message', () => {
    const document = validDocument() as Mutable;
    document.title = '';
    document.touchpoints[1].phaseId = 'decison';
    expect(() => parseJourney(document)).toThrow(JourneyValidationError);
    try {
      parseJourney(document);
    } catch (error) {
      expect((error as JourneyValidationError).issues).toHaveLength(2);
      expect((error as Error).message).toBe(
        'Invalid journey document (2 problems):\n- title: must not be empty\n- touchpoints.1.phaseId: refers to unknown phase "decison"; known phases: "awareness", "decision"',
      );
    }
  });

  it('warns instead of failing on unknown references in lenient mode', () => {
    const document = validDocument() as Mutable;
    document.touchpoints[1].personaIds = ['ghost'];
    const result = safeParseJourney(document, { lenient: true });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.warnings.map((issue) => [issue.path, issue.severity])).toEqual([['touchpoints.1.personaIds.0', 'warning']]);
      expect(result.data.touchpoints[1]?.personaIds).toEqual(['ghost']);
    }
  });
});

describe('validation rules (exact path and message)', () => {
  it.each<[string, (document: Mutable) => void, [string, string][]]>([
    ['non-object document', (d) => Object.keys(d).forEach((key) => delete d[key]), [
      ['version', 'is required'], ['id', 'is required'], ['title', 'is required'], ['type', 'is required'],
      ['phases', 'is required'], ['personas', 'is required'], ['touchpoints', 'is required'],
    ]],
    ['missing title', (d) => delete d.title, [['title', 'is required']]],
    ['wrong type of title', (d) => (d.title = 42), [['title', 'must be text; received number 42']]],
    ['blank id', (d) => (d.id = '   '), [['id', 'must not start or end with spaces']]],
    ['empty id', (d) => (d.id = ''), [['id', 'must not be empty']]],
    ['padded id', (d) => (d.phases[1].id = ' decision'), [
      ['phases.1.id', 'must not start or end with spaces'],
      ['personas.1.joinsAt', 'refers to unknown phase "decision"; known phases: "awareness", " decision"'],
      ['touchpoints.1.phaseId', 'refers to unknown phase "decision"; known phases: "awareness", " decision"'],
    ]],
    ['unknown map type', (d) => (d.type = 'poster'), [['type', 'must be one of "current-state", "future-state", "day-in-the-life", "blueprint", "tactical"; received text "poster"']]],
    ['bad locale', (d) => (d.locale = 'english please'), [['locale', 'must be a BCP 47 language tag such as "en" or "de-DE"']]],
    ['no phases', (d) => (d.phases = []), [
      ['phases', 'must contain at least one phase'],
      ['personas.1.joinsAt', 'refers to unknown phase "decision"; known phases: none'],
      ['touchpoints.0.phaseId', 'refers to unknown phase "awareness"; known phases: none'],
      ['touchpoints.1.phaseId', 'refers to unknown phase "decision"; known phases: none'],
    ]],
    ['no personas', (d) => { d.personas = []; d.touchpoints = []; }, [['personas', 'must contain at least one persona']]],
    ['touchpoints not a list', (d) => (d.touchpoints = {}), [['touchpoints', 'must be a list; received an object']]],
    ['unknown role', (d) => (d.personas[0].role = 'boss'), [['personas.0.role', 'must be one of "initiator", "user", "influencer", "decider", "buyer", "gatekeeper"; received text "boss"']]],
    ['unknown mode', (d) => (d.touchpoints[0].mode = 'web'), [['touchpoints.0.mode', 'must be one of "online", "offline"; received text "web"']]],
    ['unknown influence', (d) => (d.touchpoints[0].influence = 'paid'), [['touchpoints.0.influence', 'must be one of "direct", "indirect"; received text "paid"']]],
    ['no persona on a touchpoint', (d) => (d.touchpoints[0].personaIds = []), [['touchpoints.0.personaIds', 'must name at least one persona']]],
    ['unknown phase reference', (d) => (d.touchpoints[1].phaseId = 'decison'), [['touchpoints.1.phaseId', 'refers to unknown phase "decison"; known phases: "awareness", "decision"']]],
    ['unknown persona reference', (d) => (d.touchpoints[1].personaIds = ['mia', 'tim']), [['touchpoints.1.personaIds.1', 'refers to unknown persona "tim"; known personas: "mia", "tom"']]],
    ['unknown joinsAt phase', (d) => (d.personas[1].joinsAt = 'purchase'), [['personas.1.joinsAt', 'refers to unknown phase "purchase"; known phases: "awareness", "decision"']]],
    ['duplicate phase id', (d) => d.phases.push({ id: 'awareness', name: 'Again' }), [['phases.2.id', 'duplicates the id "awareness" of phases.0']]],
    ['duplicate persona id', (d) => d.personas.push({ id: 'mia', name: 'Mia 2', role: 'user' }), [['personas.2.id', 'duplicates the id "mia" of personas.0']]],
    ['duplicate touchpoint id', (d) => (d.touchpoints[1].id = 't1'), [['touchpoints.1.id', 'duplicates the id "t1" of touchpoints.0']]],
    ['emotion above the scale', (d) => (d.touchpoints[0].emotion = 3), [['touchpoints.0.emotion', "must be between -2 and 2 (the journey's emotionScale); received 3"]]],
    ['desired emotion below a custom scale', (d) => { d.emotionScale = { min: -3, max: 3 }; d.touchpoints[1].desiredEmotion = -4; }, [['touchpoints.1.desiredEmotion', "must be between -3 and 3 (the journey's emotionScale); received -4"]]],
    ['inverted emotion scale', (d) => (d.emotionScale = { min: 2, max: -2 }), [
      ['emotionScale.max', 'must be greater than emotionScale.min (2)'],
      ['touchpoints.0.emotion', "must be between 2 and -2 (the journey's emotionScale); received 1"],
      ['touchpoints.1.emotion', "must be between 2 and -2 (the journey's emotionScale); received -1"],
      ['touchpoints.1.desiredEmotion', "must be between 2 and -2 (the journey's emotionScale); received 2"],
    ]],
    ['NaN emotion', (d) => (d.touchpoints[0].emotion = Number.NaN), [['touchpoints.0.emotion', 'must be a number; received NaN']]],
    ['infinite volume', (d) => (d.touchpoints[0].metrics = { volume: Number.POSITIVE_INFINITY }), [['touchpoints.0.metrics.volume', 'must be a finite number']]],
    ['impossible date', (d) => (d.touchpoints[0].at = '2026-02-30'), [['touchpoints.0.at', 'is not a real calendar date or time: "2026-02-30"']]],
    ['impossible time', (d) => (d.touchpoints[0].at = '2026-03-02T25:00:00Z'), [['touchpoints.0.at', 'is not a real calendar date or time: "2026-03-02T25:00:00Z"']]],
    ['impossible start date', (d) => (d.startDate = '2026-13-01'), [['startDate', 'is not a real calendar date or time: "2026-13-01"']]],
    ['text instead of a date', (d) => (d.touchpoints[0].at = 'next week'), [['touchpoints.0.at', 'must be an ISO date (YYYY-MM-DD) or date-time']]],
    ['negative day offset', (d) => (d.touchpoints[1].at = -3), [['touchpoints.1.at', 'must not be negative']]],
    ['a day offset beyond 100 years', (d) => (d.touchpoints[1].at = 1e308), [['touchpoints.1.at', 'must be at most 36525 days (100 years)']]],
    ['a duration beyond 100 years', (d) => (d.touchpoints[0].durationDays = 1e308), [['touchpoints.0.durationDays', 'must be at most 36525 days (100 years)']]],
    ['a list as a date', (d) => (d.touchpoints[1].at = [14]), [['touchpoints.1.at', 'must be an ISO date string or a number of days since the journey start; received a list']]],
    ['score out of 1…5', (d) => (d.touchpoints[0].importance = 7), [['touchpoints.0.importance', 'must be between 1 and 5']]],
    ['rate out of 0…1', (d) => (d.touchpoints[0].metrics = { conversionRate: 12 }), [['touchpoints.0.metrics.conversionRate', 'must be between 0 and 1']]],
    ['nps out of range', (d) => (d.touchpoints[0].metrics = { nps: 120 }), [['touchpoints.0.metrics.nps', 'must be between -100 and 100']]],
    ['unknown evidence source', (d) => (d.touchpoints[0].evidence = { source: 'gut feeling' }), [['touchpoints.0.evidence.source', 'must be one of "crm", "analytics", "survey", "interview", "assumption"; received text "gut feeling"']]],
    ['unsafe persona colour', (d) => (d.personas[0].color = 'red; background: url(https://evil.test)'), [['personas.0.color', 'must be a CSS colour: #rgb, #rrggbb, rgb(), hsl() or a colour name']]],
    ['link without label', (d) => (d.touchpoints[0].links = [{ url: 'https://example.com' }]), [['touchpoints.0.links.0.label', 'is required']]],
    ['over-long title', (d) => (d.touchpoints[0].title = 'x'.repeat(501)), [['touchpoints.0.title', 'must be at most 500 characters']]],
    ['over-long text', (d) => (d.touchpoints[0].action = 'x'.repeat(20_001)), [['touchpoints.0.action', 'must be at most 20000 characters']]],
    ['reserved key', (d) => (d.touchpoints[0] = JSON.parse(JSON.stringify(d.touchpoints[0]).replace('{', '{"__proto__":{"polluted":true},'))), [['touchpoints.0.__proto__', 'uses the reserved key "__proto__"']]],
    ['constructor key', (d) => (d.personas[0].constructor = { prototype: {} }), [['personas.0.constructor', 'uses the reserved key "constructor"']]],
    ['wrong age', (d) => (d.personas[0].age = 31.5), [['personas.0.age', 'must be a whole number']]],
  ])('%s', (_name, change, expected) => {
    expect(issuesOf(change)).toEqual(expected);
  });

  it('refuses unsupported versions and says which it reads', () => {
    expect(issuesOf((d) => (d.version = 2))).toEqual([['version', 'is not supported: received number 2; this release of journeykit reads version 1']]);
    expect(issuesOf((d) => (d.version = '1'))).toEqual([['version', 'is not supported: received text "1"; this release of journeykit reads version 1']]);
    expect(issuesOf((d) => delete d.version)).toEqual([['version', 'is required']]);
  });

  it('refuses text that is not JSON, and values that are not documents', () => {
    expect(safeParseJourney('{"version": 1,').success).toBe(false);
    const notJson = safeParseJourney('hello');
    expect(!notJson.success && notJson.error.issues[0]?.code).toBe('invalid_json');
    const rootMessages = [null, 42, [], undefined].map((input) => {
      const result = safeParseJourney(input);
      return result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message]);
    });
    expect(rootMessages).toEqual([
      [['', 'must be a journey document (an object); received null']],
      [['', 'must be a journey document (an object); received number 42']],
      [['', 'must be a journey document (an object); received a list']],
      [['', 'must be a journey document (an object); received nothing']],
    ]);
  });

  it('refuses circular structures and runaway nesting without hanging', () => {
    expect(issuesOf((d) => (d.touchpoints[0].extra = d.touchpoints))).toEqual([['touchpoints.0.extra', 'refers back to one of its parents (circular structure)']]);
    let deep: Mutable = {};
    const root = deep;
    for (let level = 0; level < 100; level++) deep = deep.next = {};
    // journey → touchpoints → 0 → junk is 3 levels; 30 more `next` reach the limit of 32.
    expect(issuesOf((d) => (d.touchpoints[0].junk = root))[0]).toEqual([`touchpoints.0.junk${'.next'.repeat(30)}`, 'is nested more than 32 levels deep']);
  });

  it('reports every problem of a document at once, structural first', () => {
    const issues = issuesOf((d) => {
      d.title = '';
      d.touchpoints[0].mode = 'web';
      d.touchpoints[0].emotion = 9;
      d.touchpoints[1].phaseId = 'x';
    });
    expect(issues.map(([path]) => path)).toEqual(['title', 'touchpoints.0.mode', 'touchpoints.0.emotion', 'touchpoints.1.phaseId']);
  });
});

describe('isJourneyModel', () => {
  it('recognises journeys returned by parseJourney by identity, never a look-alike or a copy', () => {
    const journey = parseJourney(validDocument());
    expect(isJourneyModel(journey)).toBe(true);
    expect(isJourneyModel({ ...journey })).toBe(false);
    expect(isJourneyModel({ ...validDocument(), emotionScale: { min: -2, max: 2 } })).toBe(false);
    const lenient = safeParseJourney(validDocument(), { lenient: true });
    if (!lenient.success) throw lenient.error;
    expect(isJourneyModel(lenient.data)).toBe(false);
    expect(isJourneyModel(lenient.data, { lenient: true })).toBe(true);
    expect(isJourneyModel(journey, { lenient: true })).toBe(true);
    expect(isJourneyModel({ ...lenient.data }, { lenient: true })).toBe(false);
    expect(isJourneyModel(null)).toBe(false);
  });
});
