/**
 * fast-check arbitraries that produce VALID journey documents of varied shape: unicode and
 * CSV/Mermaid-hostile text, optional fields present or absent, ISO dates and day offsets,
 * emotions within the journey's scale, keys the schema does not know. Every value passes
 * `parseJourney`. Used by the interop round-trip tests and by fuzzing.
 */
import fc from 'fast-check';
import type { JourneyDocument } from '../../packages/core/src/model/types';
import { CHANNELS } from '../../packages/core/src/presets/channels';
import {
  BUYING_CENTER_ROLES,
  EVIDENCE_SOURCES,
  JOURNEY_TYPES,
  TOUCHPOINT_INFLUENCES,
  TOUCHPOINT_MODES,
} from '../../packages/core/src/schema/enums';

/** Options of {@link journeyDocumentArbitrary}. */
export interface JourneyDocumentArbitraryOptions {
  /** Most touchpoints in one document. @default 8 */
  maxTouchpoints?: number;
  /** Most phases in one document (at least one is always there). @default 4 */
  maxPhases?: number;
  /** Most personas in one document (at least one is always there). @default 3 */
  maxPersonas?: number;
}

const plain = { noNullPrototype: true } as const;
const optional = { requiredKeys: [] as never[], noNullPrototype: true };

/** Characters that break naive CSV, Mermaid and spreadsheet handling, mixed with letters. */
const HOSTILE_UNITS = ['a', 'Z', 'ß', 'é', ' ', ',', ';', '"', "'", '\n', '\r\n', '\t', ':', '#', '%', '%%', '=', '+', '-', '@', '|', '{', '}', '😀', '\u00a0', '0', '5'];

/** Free text: printable unicode, any code point, or hostile punctuation; may be empty. */
export const textArbitrary = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength }) },
  );

/** A name or title: like {@link textArbitrary}, never empty. */
export const nameArbitrary = (maxLength = 20): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), minLength: 1, maxLength }) },
  );

/** A stable id: lower-case letters (umlauts too), digits, `-`, `_`, `.`; already trimmed. */
export const idArbitrary: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9äöü][a-z0-9äöü_.-]{0,11}$/);

const listArbitrary = fc.array(textArbitrary(16), { maxLength: 3 });

/** A number without `-0` (JSON cannot tell `-0` from `0`). */
const noNegativeZero = (value: number): number => value + 0;
const realIn = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }).map(noNegativeZero));

/** An ISO calendar date (`2026-03-14`) or date-time (UTC, with milliseconds or an offset). */
export const isoDateArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('date', 'utc', 'offset'))
  .map(([date, form]) => {
    const iso = date.toISOString();
    if (form === 'date') return iso.slice(0, 10);
    return form === 'utc' ? iso : `${iso.slice(0, 19)}+02:00`;
  });

/** When a touchpoint happens: an ISO date or a number of days since the journey start. */
export const atArbitrary: fc.Arbitrary<string | number> = fc.oneof(isoDateArbitrary, realIn(0, 1000));

const emotionScaleArbitrary = fc
  .tuple(fc.integer({ min: -5, max: 3 }), fc.integer({ min: 1, max: 8 }))
  .map(([min, span]) => ({ min, max: min + span }));

const companyArbitrary = fc.record(
  {
    name: textArbitrary(),
    industry: textArbitrary(),
    size: fc.constantFrom('SME', 'Enterprise', 'KMU'),
    employees: fc.integer({ min: 0, max: 500_000 }),
    customers: realIn(0, 1e6),
    budget: textArbitrary(),
    buyingProcess: textArbitrary(),
    competitors: listArbitrary,
  },
  optional,
);

const phaseArbitrary = (id: string) =>
  fc
    .tuple(fc.record({ name: nameArbitrary() }, plain), fc.record({ description: textArbitrary(40), goals: listArbitrary }, optional))
    .map(([required, rest]) => ({ id, ...required, ...rest }));

const personaArbitrary = (id: string, phaseIds: readonly string[]) =>
  fc
    .tuple(
      fc.record({ name: nameArbitrary(), role: fc.constantFrom(...BUYING_CENTER_ROLES) }, plain),
      fc.record(
        {
          jobTitle: textArbitrary(),
          department: textArbitrary(),
          seniority: textArbitrary(),
          company: textArbitrary(),
          age: fc.integer({ min: 0, max: 150 }),
          location: textArbitrary(),
          motivations: listArbitrary,
          frustrations: listArbitrary,
          goals: listArbitrary,
          needs: listArbitrary,
          quote: textArbitrary(40),
          joinsAt: fc.constantFrom(...phaseIds),
          color: fc.constantFrom('#2563eb', '#abc', 'rgb(10, 20, 30)', 'hsl(200, 50%, 40%)', 'teal'),
          avatarUrl: fc.constantFrom('https://example.com/avatar.png', 'http://example.org/a/b.jpg'),
        },
        optional,
      ),
    )
    .map(([required, rest]) => ({ id, ...required, ...rest }));

const ownerArbitrary = fc.record({ department: textArbitrary(), role: textArbitrary(), system: textArbitrary(), process: textArbitrary() }, optional);
const metricsArbitrary = fc.record(
  {
    volume: realIn(0, 1e6),
    conversionRate: realIn(0, 1),
    dropOffRate: realIn(0, 1),
    csat: realIn(0, 100),
    nps: realIn(-100, 100),
    period: fc.constantFrom('2026-Q3', 'H1 2025', 'März 2026'),
  },
  optional,
);
const evidenceArbitrary = fc
  .tuple(fc.record({ source: fc.constantFrom(...EVIDENCE_SOURCES) }, plain), fc.record({ confidence: realIn(0, 1), note: textArbitrary() }, optional))
  .map(([required, rest]) => ({ ...required, ...rest }));
const linkArbitrary = fc.record({ label: nameArbitrary(), url: fc.constantFrom('https://example.com/report', 'mailto:team@example.com', 'http://example.org/?q=1,2') }, plain);

const channelArbitrary = fc.oneof(fc.constantFrom(...CHANNELS.map((preset) => preset.id)), nameArbitrary(12));

const touchpointArbitrary = (id: string, phaseIds: readonly string[], personaIds: readonly string[], scale: { min: number; max: number }) =>
  fc
    .tuple(
      fc.record(
        {
          phaseId: fc.constantFrom(...phaseIds),
          personaIds: fc.shuffledSubarray([...personaIds], { minLength: 1 }),
          title: nameArbitrary(),
          channel: channelArbitrary,
          mode: fc.constantFrom(...TOUCHPOINT_MODES),
          influence: fc.constantFrom(...TOUCHPOINT_INFLUENCES),
        },
        plain,
      ),
      fc.record(
        {
          at: atArbitrary,
          durationDays: realIn(0, 90),
          order: realIn(-50, 50),
          action: textArbitrary(40),
          thoughts: textArbitrary(40),
          needs: listArbitrary,
          emotion: realIn(scale.min, scale.max),
          desiredEmotion: realIn(scale.min, scale.max),
          painPoints: listArbitrary,
          opportunities: listArbitrary,
          keyMoment: fc.boolean(),
          owner: ownerArbitrary,
          importance: realIn(1, 5),
          risk: realIn(1, 5),
          performance: realIn(1, 5),
          metrics: metricsArbitrary,
          evidence: evidenceArbitrary,
          links: fc.array(linkArbitrary, { maxLength: 2 }),
          crmId: fc.string({ maxLength: 10 }),
        },
        optional,
      ),
    )
    .map(([required, rest]) => ({ id, ...required, ...rest }));

const uniqueIds = (minLength: number, maxLength: number) => fc.uniqueArray(idArbitrary, { minLength, maxLength });

/**
 * Valid journey documents (the input of `parseJourney`) of varied shape: 1…`maxPhases` phases,
 * 1…`maxPersonas` personas, 0…`maxTouchpoints` touchpoints with every optional field present
 * or absent, emotions within the (optional, else −2…+2) emotion scale, and a key unknown to the
 * schema on some touchpoints (`crmId`) and journeys (`x-source`).
 * @example
 * fc.assert(fc.property(journeyDocumentArbitrary({ maxTouchpoints: 5 }), (doc) => { parseJourney(doc); }));
 */
export function journeyDocumentArbitrary(options: JourneyDocumentArbitraryOptions = {}): fc.Arbitrary<JourneyDocument> {
  const { maxTouchpoints = 8, maxPhases = 4, maxPersonas = 3 } = options;
  return fc
    .tuple(uniqueIds(1, maxPhases), uniqueIds(1, maxPersonas), uniqueIds(0, maxTouchpoints), fc.option(emotionScaleArbitrary, { nil: undefined }))
    .chain(([phaseIds, personaIds, touchpointIds, emotionScale]) => {
      const scale = emotionScale ?? { min: -2, max: 2 };
      return fc
        .tuple(
          fc.record({ id: idArbitrary, title: nameArbitrary(30), type: fc.constantFrom(...JOURNEY_TYPES) }, plain),
          fc.record(
            {
              description: textArbitrary(60),
              locale: fc.constantFrom('en', 'de', 'de-DE', 'en-GB'),
              startDate: isoDateArbitrary.map((iso) => iso.slice(0, 10)),
              company: companyArbitrary,
              'x-source': fc.record({ system: fc.constantFrom('hubspot', 'salesforce'), exportedAt: fc.integer({ min: 0 }) }, plain),
            },
            optional,
          ),
          fc.tuple(...phaseIds.map((id) => phaseArbitrary(id))),
          fc.tuple(...personaIds.map((id) => personaArbitrary(id, phaseIds))),
          fc.tuple(...touchpointIds.map((id) => touchpointArbitrary(id, phaseIds, personaIds, scale))),
        )
        .map(([required, rest, phases, personas, touchpoints]) => ({
          version: 1 as const,
          ...required,
          ...rest,
          ...(emotionScale ? { emotionScale } : {}),
          phases,
          personas,
          touchpoints,
        }));
    });
}
