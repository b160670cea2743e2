import fc from 'fast-check';
import { journeyDocumentArbitrary } from '../../../../../test/support/arbitraries';
import type { JourneyDocument } from '../../model/types';
import { SAMPLE_JOURNEYS, generateJourney } from '../../samples/index';
import { JourneyValidationError, parseJourney } from '../../schema/validate';
import { deserializeJourney } from './deserialize';
import { JourneyMigrationError, createMigrator, migrateJourney } from './migrate';
import { serializeJourney } from './serialize';

const doc: JourneyDocument = {
  version: 1,
  id: 'j1',
  title: 'Payment provider',
  type: 'current-state',
  phases: [{ id: 'aw', name: 'Awareness' }],
  personas: [{ id: 'p1', name: 'Mia', role: 'decider' }],
  touchpoints: [
    { id: 't1', phaseId: 'aw', personaIds: ['p1'], title: 'Search', channel: 'search-ads', mode: 'online', influence: 'direct', emotion: 1, owner: { system: 'Ads', department: 'Marketing' } },
  ],
};

describe('serializeJourney', () => {
  it('writes keys in schema order, unknown keys after the known ones, no undefined', () => {
    const journey = parseJourney({
      touchpoints: [{ influence: 'direct', mode: 'online', channel: 'web', title: 'T', personaIds: ['p'], phaseId: 'a', id: 't', crm: 7, action: undefined }],
      zExtra: { b: 1, a: 2 },
      personas: [{ role: 'user', name: 'P', id: 'p' }],
      phases: [{ name: 'A', id: 'a' }],
      type: 'tactical',
      title: 'X',
      id: 'j',
      version: 1,
    });
    expect(serializeJourney(journey, { space: 0 })).toBe(
      '{"version":1,"id":"j","title":"X","type":"tactical","emotionScale":{"min":-2,"max":2},' +
        '"phases":[{"id":"a","name":"A"}],"personas":[{"id":"p","name":"P","role":"user"}],' +
        '"touchpoints":[{"id":"t","phaseId":"a","personaIds":["p"],"title":"T","channel":"web","mode":"online","influence":"direct","crm":7}],' +
        '"zExtra":{"b":1,"a":2}}',
    );
  });

  it('orders nested objects (owner) by the schema too and indents by 2 by default', () => {
    const text = serializeJourney(parseJourney(doc));
    expect(text.indexOf('"department"')).toBeLessThan(text.indexOf('"system"'));
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(serializeJourney(parseJourney(doc), { space: '\t' }).split('\n')[1]).toBe('\t"version": 1,');
  });

  it('round-trips generated journeys exactly', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary(), (document) => {
        const journey = parseJourney(document);
        const text = serializeJourney(journey);
        expect(parseJourney(JSON.parse(text))).toEqual(journey);
        expect(deserializeJourney(text)).toEqual(journey);
        expect(serializeJourney(deserializeJourney(text))).toBe(text); // stable bytes
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('migrateJourney', () => {
  it('is the identity for v1 documents (same object, from 1 to 1)', () => {
    const result = migrateJourney(doc);
    expect(result).toEqual({ document: doc, from: 1, to: 1 });
    expect(result.document).toBe(doc);
    expect(migrateJourney.supportedVersions).toEqual([1]);
  });

  it('refuses a future version, naming the supported versions', () => {
    expect(() => migrateJourney({ ...doc, version: 2 })).toThrow(
      'The journey document has version 2, which is newer than this release of journeykit reads (supported versions: 1); upgrade @journeykit/core',
    );
    try {
      migrateJourney({ ...doc, version: 7 });
    } catch (error) {
      expect(error).toBeInstanceOf(JourneyMigrationError);
      expect((error as JourneyMigrationError).version).toBe(7);
      expect((error as JourneyMigrationError).supportedVersions).toEqual([1]);
    }
  });

  it('refuses an older version without a migration, a missing version, a non-integer version, a non-object', () => {
    expect(() => migrateJourney({ version: 0 })).toThrow('There is no migration from journey document version 0; supported versions: 1');
    expect(() => migrateJourney({ id: 'x' })).toThrow('The journey document has no "version"; supported versions: 1');
    expect(() => migrateJourney({ version: '1' })).toThrow('The journey document\'s "version" must be a whole number; received text "1"; supported versions: 1');
    expect(() => migrateJourney({ version: 1.5 })).toThrow('must be a whole number; received number 1.5');
    expect(() => migrateJourney([doc])).toThrow('A journey document must be a JSON object; received a list');
  });
});

describe('createMigrator', () => {
  /** A fake v0 format: `stages` instead of `phases`, `name` instead of `title`. */
  const v0ToV1 = {
    from: 0,
    to: 1,
    description: 'stages → phases, name → title',
    migrate: (old: Record<string, unknown>) => {
      const { stages, name, ...rest } = old;
      return { ...rest, version: 1, phases: stages, title: name };
    },
  };
  const v0 = { version: 0, id: 'old', name: 'Legacy map', type: 'current-state', stages: [{ id: 'a', name: 'A' }], personas: [{ id: 'p', name: 'P', role: 'user' }], touchpoints: [] };

  it('runs the registered steps and leaves the input untouched', () => {
    const migrate = createMigrator([v0ToV1]);
    const before = structuredClone(v0);
    const result = migrate(v0);
    expect(result.from).toBe(0);
    expect(result.to).toBe(1);
    expect(result.document).toEqual({ version: 1, id: 'old', title: 'Legacy map', type: 'current-state', phases: [{ id: 'a', name: 'A' }], personas: [{ id: 'p', name: 'P', role: 'user' }], touchpoints: [] });
    expect(v0).toEqual(before);
    expect(migrate.supportedVersions).toEqual([0, 1]);
    expect(parseJourney(result.document).title).toBe('Legacy map');
    expect(deserializeJourney(JSON.stringify(v0), { migrator: migrate }).phases).toEqual([{ id: 'a', name: 'A' }]);
  });

  it('chains steps (−1 → 0 → 1) and supports only versions with a path to the current one', () => {
    const older = { from: -1, to: 0, migrate: (d: Record<string, unknown>) => ({ ...d, version: 0, name: d.label }) };
    const deadEnd = { from: 5, to: 9, migrate: (d: Record<string, unknown>) => ({ ...d, version: 9 }) };
    const migrate = createMigrator([v0ToV1, older, deadEnd]);
    expect(migrate.supportedVersions).toEqual([-1, 0, 1]);
    const result = migrate({ ...v0, version: -1, name: undefined, label: 'From label' });
    expect((result.document as { title: string }).title).toBe('From label');
    expect(result.from).toBe(-1);
    expect(() => migrate({ version: 5 })).toThrow('supported versions: -1, 0, 1');
  });

  it('reports a failing or misbehaving step by name and never returns a half-migrated document', () => {
    const throwing = createMigrator([{ from: 0, to: 1, description: 'boom', migrate: () => { throw new Error('no stages'); } }]);
    expect(() => throwing(v0)).toThrow('Migration step 0 → 1 (boom) failed: no stages');
    const forgetful = createMigrator([{ from: 0, to: 1, migrate: (d) => d }]);
    expect(() => forgetful(v0)).toThrow('Migration step 0 → 1 did not return a document with version 1');
  });

  it('refuses an invalid registry', () => {
    expect(() => createMigrator([{ from: 1, to: 1, migrate: (d) => d }])).toThrow('Migration step 1 → 1 is invalid');
    expect(() => createMigrator([v0ToV1, { ...v0ToV1 }])).toThrow('Two migration steps start at version 0');
  });
});

describe('deserializeJourney', () => {
  it('reports broken JSON and invalid documents as JourneyValidationError', () => {
    expect(() => deserializeJourney('{"version":')).toThrow(JourneyValidationError);
    expect(() => deserializeJourney({ ...doc, title: '' })).toThrow('title: must not be empty');
    expect(() => deserializeJourney({ ...doc, version: 3 })).toThrow(JourneyMigrationError);
  });
});

describe('JSON round trip of the sample journeys', () => {
  it.each(SAMPLE_JOURNEYS.map((sample) => [sample.id, sample.document] as const))('%s', (_id, document) => {
    const journey = parseJourney(document);
    expect(deserializeJourney(serializeJourney(journey))).toEqual(journey);
  });

  it('a generated journey of 2,000 touchpoints', { timeout: 60_000 }, () => {
    const journey = parseJourney(generateJourney({ touchpoints: 2000, seed: 7 }));
    expect(deserializeJourney(serializeJourney(journey, { space: 0 }))).toEqual(journey);
  });
});

describe('journeyDocumentArbitrary (test/support)', () => {
  it('produces valid documents of varied shape', { timeout: 60_000 }, () => {
    const documents = fc.sample(journeyDocumentArbitrary({ maxTouchpoints: 6 }), { numRuns: 120, seed: 3 });
    const touchpoints = documents.flatMap((document) => document.touchpoints);
    const count = (test: (touchpoint: (typeof touchpoints)[number]) => boolean) => touchpoints.filter(test).length;
    for (const document of documents) expect(() => parseJourney(document)).not.toThrow();
    expect(documents.some((document) => document.touchpoints.length === 0)).toBe(true);
    expect(documents.some((document) => document.touchpoints.length === 6)).toBe(true);
    expect(documents.some((document) => document.emotionScale !== undefined)).toBe(true);
    expect(documents.some((document) => document.emotionScale === undefined)).toBe(true);
    expect(count((touchpoint) => typeof touchpoint.at === 'string')).toBeGreaterThan(0);
    expect(count((touchpoint) => typeof touchpoint.at === 'number')).toBeGreaterThan(0);
    expect(count((touchpoint) => touchpoint.at === undefined)).toBeGreaterThan(0);
    expect(count((touchpoint) => touchpoint.emotion === undefined)).toBeGreaterThan(0);
    expect(count((touchpoint) => /[^\x20-\x7e]/.test(touchpoint.title))).toBeGreaterThan(0);
    expect(count((touchpoint) => 'crmId' in touchpoint)).toBeGreaterThan(0);
  });
});
