import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../../../../../test/support/arbitraries';
import type { Journey, JourneyDocument, Persona, Phase, Touchpoint } from '../../model/types';
import { SAMPLE_JOURNEYS, generateJourney } from '../../samples/index';
import { parseJourney } from '../../schema/validate';
import { CSV_COLUMNS } from './columns';
import { CsvImportError, type CsvIssue } from './errors';
import { touchpointsToCsv } from './export';
import { touchpointsFromCsv } from './import';

const phases: Phase[] = [
  { id: 'awareness', name: 'Wahrnehmung' },
  { id: 'decision', name: 'Entscheidung' },
];
const personas: Persona[] = [
  { id: 'anna', name: 'Anna Becker', role: 'decider' },
  { id: 'jonas', name: 'Jonas Wolf', role: 'buyer' },
];
const HEADER = 'phase,personas,title,channel';

function issuesOf(run: () => unknown): CsvIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvImportError) return error.issues;
    throw error;
  }
  throw new Error('expected a CsvImportError');
}

const importCsv = (text: string, extra: Partial<Parameters<typeof touchpointsFromCsv>[1]> = {}) => touchpointsFromCsv(text, { phases, personas, ...extra });

describe('touchpointsToCsv', () => {
  const journey = parseJourney({
    version: 1,
    id: 'j',
    title: 'J',
    type: 'current-state',
    phases,
    personas,
    touchpoints: [
      {
        id: 't1',
        phaseId: 'decision',
        personaIds: ['anna', 'jonas'],
        title: 'Demo, "live"',
        channel: 'on-site-meeting',
        mode: 'offline',
        influence: 'direct',
        at: 3.5,
        needs: ['Prices', 'Terms; conditions'],
        emotion: -1.5,
        keyMoment: true,
        owner: { department: 'Sales' },
        metrics: { conversionRate: 0.35 },
        evidence: { source: 'crm' },
        action: '=HYPERLINK("x")',
      },
    ],
  } satisfies JourneyDocument);

  it('writes the documented header and one exact row per touchpoint', () => {
    const [header, ...rest] = touchpointsToCsv(journey).split('\n');
    expect(header).toBe(CSV_COLUMNS.map((column) => column.name).join(','));
    expect(header).toBe(
      'id,phase,personas,title,channel,mode,influence,at,durationDays,order,action,thoughts,needs,emotion,desiredEmotion,painPoints,opportunities,keyMoment,' +
        'owner.department,owner.role,owner.system,owner.process,importance,risk,performance,metrics.volume,metrics.conversionRate,metrics.dropOffRate,' +
        'metrics.csat,metrics.nps,metrics.period,evidence.source,evidence.confidence,evidence.note',
    );
    expect(rest.join('\n')).toBe('t1,decision,anna;jonas,"Demo, ""live""",on-site-meeting,offline,direct,3.5,,,"\'=HYPERLINK(""x"")",,"Prices\nTerms; conditions",-1.5,,,,true,Sales,,,,,,,,0.35,,,,,crm,,');
  });

  it('writes German Excel CSV: BOM, ;, decimal comma, | between personas, CRLF', () => {
    const text = touchpointsToCsv(journey, { delimiter: ';', bom: true, newline: '\r\n' });
    expect(text.startsWith('\uFEFFid;phase;')).toBe(true);
    const row = text.split('\r\n')[1]!;
    expect(row.startsWith('t1;decision;anna|jonas;"Demo, ""live""";on-site-meeting;offline;direct;3,5;')).toBe(true);
    expect(row).toContain(';-1,5;');
    expect(touchpointsToCsv(journey, { delimiter: '\t', escapeFormulas: false }).split('\n')[1]).toContain('\t"=HYPERLINK(""x"")"\t');
  });
});

describe('touchpointsFromCsv', () => {
  it('reads a German Excel file: BOM, ;, decimal comma, %, dates, ja/nein, names, quoted line break', () => {
    const text = readFileSync(new URL('./fixtures/german-excel.csv', import.meta.url), 'utf8');
    const journey = importCsv(text, { base: { id: 'de', title: 'Zahlungsanbieter', locale: 'de-DE' } });
    expect(journey).toMatchObject({ id: 'de', title: 'Zahlungsanbieter', locale: 'de-DE', type: 'current-state' });
    expect(journey.touchpoints).toEqual([
      {
        id: 'tp-suche',
        phaseId: 'awareness',
        personaIds: ['anna'],
        title: 'Anbieter suchen',
        channel: 'search-ads',
        mode: 'online',
        influence: 'direct',
        at: '2026-03-14',
        durationDays: 0.5,
        emotion: -0.5,
        desiredEmotion: 1,
        needs: ['Preise; Konditionen', 'Zahlungsarten'],
        keyMoment: false,
        metrics: { conversionRate: 0.35, csat: 78.5 },
        owner: { department: 'Marketing' },
        evidence: { source: 'analytics', confidence: 0.8 },
      },
      {
        id: 'tp-demo',
        phaseId: 'decision',
        personaIds: ['anna', 'jonas'],
        title: 'Demo vor Ort, mit "Live"-Daten',
        channel: 'Vor-Ort-Termin / Demo',
        mode: 'offline',
        influence: 'direct',
        at: '2026-04-02',
        durationDays: 1,
        emotion: 1.5,
        desiredEmotion: 2,
        keyMoment: true,
        owner: { department: 'Vertrieb' },
        evidence: { source: 'interview', confidence: 0.9 },
      },
      {
        id: 'tp-5',
        phaseId: 'awareness',
        personaIds: ['jonas'],
        title: 'Messe',
        channel: 'Messe',
        mode: 'offline',
        influence: 'direct',
        at: 20,
        emotion: -2,
        keyMoment: true,
        evidence: { source: 'survey' },
      },
    ]);
  });

  it('reads a minimal comma file with names, any header case, tabs, and makes unique ids', () => {
    const journey = importCsv('Title,PHASE,Persona Ids,channel,ID\nA,Entscheidung,Jonas Wolf,webinar,\nB,awareness,anna,webinar,tp-2\n');
    expect(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.phaseId, touchpoint.personaIds, touchpoint.mode])).toEqual([
      ['tp-2-2', 'decision', ['jonas'], 'online'],
      ['tp-2', 'awareness', ['anna'], 'online'],
    ]);
    const tabbed = importCsv('phase\tpersonas\ttitle\tchannel\tmode\tinfluence\nawareness\tanna\tCall\tphone\tONLINE\tIndirekt\n');
    expect(tabbed.touchpoints[0]).toMatchObject({ id: 'tp-2', mode: 'online', influence: 'indirect' });
    expect(importCsv(`${HEADER}\n`).touchpoints).toEqual([]);
  });

  it('names row and column for an unclosed quote and for text after a closing quote', () => {
    expect(issuesOf(() => importCsv(`${HEADER},action\nawareness,anna,A,web,ok\nawareness,anna,B,web,"never closed\n`))).toEqual([
      { row: 3, column: 'action', message: 'has a quoted cell that is never closed: add the closing " (a quote inside a cell is written as "")' },
    ]);
    expect(issuesOf(() => importCsv(`${HEADER}\nawareness,anna,"Demo "live"",web\n`))).toEqual([
      { row: 2, column: 'title', message: 'has text after the closing quote of a quoted cell: a quote inside a cell must be written as ""' },
    ]);
  });

  it('lists every problem by row and column: unknown phase, bad number, bad date, bad flag, unknown persona', () => {
    const text = [
      `${HEADER},mode,influence,emotion,at,keyMoment`,
      'awareness,anna,Fine,web,online,direct,1,2026-03-01,yes',
      'Kaufen,anna,Bad phase,web,online,direct,,,',
      'awareness,anna,Bad number,web,online,direct,happy,31.02.2026,maybe',
      'decision,anna;Mia,Bad persona,web,online,direct,,next week,',
    ].join('\n');
    expect(issuesOf(() => importCsv(text))).toEqual([
      { row: 3, column: 'phase', message: 'unknown phase "Kaufen"; known phases: "awareness" (Wahrnehmung), "decision" (Entscheidung)' },
      { row: 4, column: 'at', message: 'is not a real calendar date or time: "31.02.2026"' },
      { row: 4, column: 'emotion', message: 'must be a number; received "happy"' },
      { row: 4, column: 'keyMoment', message: 'must be yes or no (true/false, yes/no, ja/nein, 1/0 or x); received "maybe"' },
      { row: 5, column: 'personas', message: 'unknown persona "Mia"; known personas: "anna" (Anna Becker), "jonas" (Jonas Wolf)' },
      { row: 5, column: 'at', message: 'must be a date (YYYY-MM-DD or DD.MM.YYYY) or a number of days since the journey start; received "next week"' },
    ]);
  });

  it('maps validation issues of parseJourney back to row and column', () => {
    const text = [`${HEADER},mode,influence,emotion,importance,evidence.confidence`, 'awareness,anna,A,custom,online,direct,1,,', 'awareness,anna,,custom,,direct,5,9,0.5', 'awareness,anna,C,custom,online,sideways,,,'].join('\n');
    expect(issuesOf(() => importCsv(text))).toEqual([
      { row: 3, column: 'title', message: 'is required' },
      { row: 3, column: 'mode', message: 'is required' },
      { row: 3, column: 'emotion', message: "must be between -2 and 2 (the journey's emotionScale); received 5" },
      { row: 3, column: 'importance', message: 'must be between 1 and 5' },
      { row: 3, column: 'evidence.source', message: 'is required' },
      { row: 4, column: 'influence', message: 'must be one of direct, indirect; received "sideways"' },
    ]);
    expect(issuesOf(() => importCsv(`${HEADER},id\nawareness,anna,A,webinar,x\nawareness,anna,B,webinar,x\n`))).toEqual([
      { row: 3, column: 'id', message: 'duplicates the id "x" of touchpoints.0' },
    ]);
  });

  it('reports problems of the options as row 0 with the document path', () => {
    expect(issuesOf(() => touchpointsFromCsv(`${HEADER}\n`, { phases: [], personas, base: { title: '' } }))).toEqual([
      { row: 0, column: 'title', message: 'must not be empty' },
      { row: 0, column: 'phases', message: 'must contain at least one phase' },
    ]);
  });

  it('refuses a bad header: missing required, unknown and duplicate columns', () => {
    expect(issuesOf(() => importCsv('phase,title,Titel,Title,channel\n'))).toEqual([
      { row: 1, column: 'Titel', message: expect.stringMatching(/^is not a known column; known columns: id, phase, personas, title/) as string },
      { row: 1, column: 'title', message: 'appears twice (header cells 2 and 4)' },
      { row: 1, column: 'personas', message: 'is missing; every file needs the columns phase, personas, title, channel' },
    ]);
    expect(importCsv(`${HEADER},Notes\nawareness,anna,A,webinar,x\n`, { unknownColumns: 'ignore' }).touchpoints).toHaveLength(1);
    expect(issuesOf(() => importCsv('  \n'))).toEqual([{ row: 1, column: '', message: 'the file is empty; expected a header row with the columns' }]);
  });

  it('refuses values in cells without a header', () => {
    expect(issuesOf(() => importCsv(`${HEADER},\nawareness,anna,A,webinar,stray,more\n`))).toEqual([
      { row: 2, column: 'column 6', message: 'has a value, but the header has only 5 columns' },
      { row: 2, column: 'column 5', message: 'has a value, but its header cell is empty' },
    ]);
  });

  it('refuses an ambiguous name', () => {
    const twins = [...personas, { id: 'anna2', name: 'Anna Becker', role: 'user' as const }];
    expect(issuesOf(() => touchpointsFromCsv(`${HEADER}\nawareness,Anna Becker,A,webinar\n`, { phases, personas: twins }))).toEqual([
      { row: 2, column: 'personas', message: '"Anna Becker" matches 2 personas ("anna", "anna2"); use the persona id' },
    ]);
  });
});

/** What the CSV format carries of a journey (the documented lossy parts removed). */
function csvCarried(journey: Journey): Journey {
  const text = (value: string | undefined) => (value === '' ? undefined : value);
  const list = (items: string[] | undefined) => {
    const kept = items?.flatMap((item) => item.split(/\r\n|\r|\n/)).filter((item) => item.trim() !== '');
    return kept && kept.length > 0 ? kept : undefined;
  };
  const compact = <T extends object>(value: T | undefined): T | undefined => {
    if (!value) return undefined;
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && item !== '');
    return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
  };
  const touchpoints = journey.touchpoints.map((touchpoint): Touchpoint => {
    const { links: _links, crmId: _crmId, ...rest } = touchpoint as Touchpoint & { crmId?: string };
    return {
      ...rest,
      action: text(rest.action),
      thoughts: text(rest.thoughts),
      needs: list(rest.needs),
      painPoints: list(rest.painPoints),
      opportunities: list(rest.opportunities),
      owner: compact(rest.owner),
      metrics: compact(rest.metrics),
      evidence: rest.evidence && { source: rest.evidence.source, ...compact({ confidence: rest.evidence.confidence, note: rest.evidence.note }) },
    };
  });
  return { ...journey, touchpoints };
}

describe('CSV round trip', () => {
  it.each([',', ';', '\t'] as const)('carries every touchpoint field with delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(journeyDocumentArbitrary(), fc.boolean(), (document, bom) => {
        const journey = parseJourney(document);
        const csv = touchpointsToCsv(journey, { delimiter, bom });
        const { touchpoints: _touchpoints, ...base } = journey;
        const back = touchpointsFromCsv(csv, { phases: journey.phases, personas: journey.personas, base });
        expect(back).toEqual(csvCarried(journey));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('CSV round trip of the sample journeys', () => {
  const roundTrip = (journey: Journey, delimiter: ',' | ';') => {
    const { touchpoints: _touchpoints, ...base } = journey;
    return touchpointsFromCsv(touchpointsToCsv(journey, { delimiter, bom: delimiter === ';' }), { phases: journey.phases, personas: journey.personas, base });
  };

  it.each(SAMPLE_JOURNEYS.map((sample) => [sample.id, sample.document] as const))('%s', (_id, document) => {
    const journey = parseJourney(document);
    expect(roundTrip(journey, ',')).toEqual(csvCarried(journey));
    expect(roundTrip(journey, ';')).toEqual(csvCarried(journey));
  });

  it('a generated journey of 2,000 touchpoints', { timeout: 60_000 }, () => {
    const journey = parseJourney(generateJourney({ touchpoints: 2000, seed: 7 }));
    expect(roundTrip(journey, ';')).toEqual(csvCarried(journey));
  });
});
