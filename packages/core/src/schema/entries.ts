/**
 * The journey document, v1 — the one schema.
 *
 * Every type in `model/` is inferred from the entries below, the validator runs them, and the
 * JSON Schema shipped as `@journeykit/core/journey.schema.json` is generated from them at build
 * time. Field names are the public contract: extend, never rename.
 *
 * Objects are *loose*: keys this version does not know are kept on the parsed model (nothing a
 * CRM sends is lost), while the TypeScript types only list the known fields.
 *
 * What each field means lives in `field-descriptions.json`, not here: the descriptions are
 * documentation (the JSON Schema's `description`s, written at build time), and as valibot
 * `description` actions they were ~3.5 KB of text in every app's bundle that no code read.
 */
import * as v from 'valibot';
import {
  BUYING_CENTER_ROLES,
  EVIDENCE_SOURCES,
  JOURNEY_TYPES,
  TOUCHPOINT_INFLUENCES,
  TOUCHPOINT_MODES,
} from './enums';

/** Longest free text accepted in one field (a page of prose); longer input is refused, not cut. */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest name or title accepted. */
export const MAX_NAME_LENGTH = 500;

const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`));
const nameText = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`));
const idText = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.regex(/^(?:\S(?:.*\S)?)?$/s, 'must not start or end with spaces'),
  v.maxLength(200, 'must be at most 200 characters'),
);
const textList = v.array(longText);
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const count = v.pipe(finite, v.minValue(0, 'must not be negative'));
/** Longest span in days a journey can describe (100 years): day offsets and durations beyond it are refused, not drawn kilometres wide. */
export const MAX_JOURNEY_DAYS = 36_525;
const days = v.pipe(finite, v.minValue(0, 'must not be negative'), v.maxValue(MAX_JOURNEY_DAYS, `must be at most ${MAX_JOURNEY_DAYS} days (100 years)`));
const rate = v.pipe(finite, v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'));
const scoreOneToFive = v.pipe(finite, v.minValue(1, 'must be between 1 and 5'), v.maxValue(5, 'must be between 1 and 5'));

/** ISO calendar date (`2026-03-14`) or date-time (`2026-03-14T09:30:00Z`); validity is checked in `semantics`. */
const isoDateText = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO date (YYYY-MM-DD) or date-time',
  ),
);

export const emotionScaleEntries = {
  min: v.pipe(v.number(), v.integer('must be a whole number')),
  max: v.pipe(v.number(), v.integer('must be a whole number')),
};

export const companyEntries = {
  name: v.optional(longText),
  industry: v.optional(longText),
  size: v.optional(longText),
  employees: v.optional(count),
  customers: v.optional(count),
  budget: v.optional(longText),
  buyingProcess: v.optional(longText),
  competitors: v.optional(textList),
};

export const phaseEntries = {
  id: idText,
  name: nameText,
  description: v.optional(longText),
  goals: v.optional(textList),
};

export const personaEntries = {
  id: idText,
  name: nameText,
  role: v.picklist(BUYING_CENTER_ROLES),
  jobTitle: v.optional(longText),
  department: v.optional(longText),
  seniority: v.optional(longText),
  company: v.optional(longText),
  age: v.optional(v.pipe(finite, v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(150, 'must be at most 150'))),
  location: v.optional(longText),
  motivations: v.optional(textList),
  frustrations: v.optional(textList),
  goals: v.optional(textList),
  needs: v.optional(textList),
  quote: v.optional(longText),
  joinsAt: v.optional(v.string()),
  color: v.optional(v.string()),
  avatarUrl: v.optional(v.pipe(v.string(), v.maxLength(2048, 'must be at most 2048 characters'))),
};

export const ownerEntries = {
  department: v.optional(longText),
  role: v.optional(longText),
  system: v.optional(longText),
  process: v.optional(longText),
};

export const metricsEntries = {
  volume: v.optional(count),
  conversionRate: v.optional(rate),
  dropOffRate: v.optional(rate),
  csat: v.optional(v.pipe(finite, v.minValue(0, 'must be between 0 and 100'), v.maxValue(100, 'must be between 0 and 100'))),
  nps: v.optional(v.pipe(finite, v.minValue(-100, 'must be between -100 and 100'), v.maxValue(100, 'must be between -100 and 100'))),
  period: v.optional(longText),
};

export const evidenceEntries = {
  source: v.picklist(EVIDENCE_SOURCES),
  confidence: v.optional(rate),
  note: v.optional(longText),
};

export const linkEntries = {
  label: nameText,
  url: v.pipe(v.string(), v.maxLength(2048, 'must be at most 2048 characters')),
};

export const touchpointEntries = {
  id: idText,
  phaseId: v.string(),
  personaIds: v.pipe(v.array(v.string()), v.minLength(1, 'must name at least one persona')),
  title: nameText,
  channel: nameText,
  mode: v.picklist(TOUCHPOINT_MODES),
  influence: v.picklist(TOUCHPOINT_INFLUENCES),
  at: v.optional(v.union([isoDateText, days], 'must be an ISO date string or a number of days since the journey start')),
  durationDays: v.optional(days),
  order: v.optional(finite),
  action: v.optional(longText),
  thoughts: v.optional(longText),
  needs: v.optional(textList),
  emotion: v.optional(finite),
  desiredEmotion: v.optional(finite),
  painPoints: v.optional(textList),
  opportunities: v.optional(textList),
  keyMoment: v.optional(v.boolean()),
  owner: v.optional(v.looseObject(ownerEntries)),
  importance: v.optional(scoreOneToFive),
  risk: v.optional(scoreOneToFive),
  performance: v.optional(scoreOneToFive),
  metrics: v.optional(v.looseObject(metricsEntries)),
  evidence: v.optional(v.looseObject(evidenceEntries)),
  links: v.optional(v.array(v.looseObject(linkEntries))),
};

export const journeyEntries = {
  version: v.literal(1),
  id: idText,
  title: nameText,
  type: v.picklist(JOURNEY_TYPES),
  description: v.optional(longText),
  locale: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "de-DE"'))),
  startDate: v.optional(isoDateText),
  emotionScale: v.optional(v.looseObject(emotionScaleEntries), { min: -2, max: 2 }),
  company: v.optional(v.looseObject(companyEntries)),
  phases: v.pipe(v.array(v.looseObject(phaseEntries)), v.minLength(1, 'must contain at least one phase')),
  personas: v.pipe(v.array(v.looseObject(personaEntries)), v.minLength(1, 'must contain at least one persona')),
  touchpoints: v.array(v.looseObject(touchpointEntries)),
};

/** The runtime schema of a v1 journey document (structure only; meaning is checked in `semantics`). */
export const JourneySchema = v.looseObject(journeyEntries);
