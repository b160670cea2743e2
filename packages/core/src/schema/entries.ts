/**
 * The journey document, v1 — the one schema.
 *
 * Every type in `model/` is inferred from the entries below, the validator runs them, and the
 * JSON Schema shipped as `@journeykit/core/journey.schema.json` is generated from them at build
 * time. Field names are the public contract: extend, never rename.
 *
 * Objects are *loose*: keys this version does not know are kept on the parsed model (nothing a
 * CRM sends is lost), while the TypeScript types only list the known fields.
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
const text = (what: string) => v.pipe(longText, v.description(what));
const name = (what: string) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`), v.description(what));
const id = (what: string) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.regex(/^(?:\S(?:.*\S)?)?$/s, 'must not start or end with spaces'),
    v.maxLength(200, 'must be at most 200 characters'),
    v.description(what),
  );
const textList = (what: string) => v.pipe(v.array(longText), v.description(what));
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const count = v.pipe(finite, v.minValue(0, 'must not be negative'));
/** Longest span in days a journey can describe (100 years): day offsets and durations beyond it are refused, not drawn kilometres wide. */
export const MAX_JOURNEY_DAYS = 36_525;
const days = v.pipe(finite, v.minValue(0, 'must not be negative'), v.maxValue(MAX_JOURNEY_DAYS, `must be at most ${MAX_JOURNEY_DAYS} days (100 years)`));
const rate = v.pipe(finite, v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'));
const scoreOneToFive = (what: string) =>
  v.pipe(finite, v.minValue(1, 'must be between 1 and 5'), v.maxValue(5, 'must be between 1 and 5'), v.description(what));

/** ISO calendar date (`2026-03-14`) or date-time (`2026-03-14T09:30:00Z`); validity is checked in `semantics`. */
const isoDateText = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO date (YYYY-MM-DD) or date-time',
  ),
);

export const emotionScaleEntries = {
  min: v.pipe(v.number(), v.integer('must be a whole number'), v.description('Lowest emotion score, e.g. -2.')),
  max: v.pipe(v.number(), v.integer('must be a whole number'), v.description('Highest emotion score, e.g. 2.')),
};

export const companyEntries = {
  name: v.optional(text('Company or segment name.')),
  industry: v.optional(text('Industry, e.g. "Mechanical engineering".')),
  size: v.optional(text('Size class, e.g. "SME" or "Enterprise".')),
  employees: v.optional(v.pipe(count, v.description('Number of employees.'))),
  customers: v.optional(v.pipe(count, v.description('Number of customers.'))),
  budget: v.optional(text('Budget, free text with currency, e.g. "EUR 50-120k per year".')),
  buyingProcess: v.optional(text('How the company buys, e.g. "Tender with three quotes".')),
  competitors: v.optional(textList('Competitors the buyer compares with.')),
};

export const phaseEntries = {
  id: id('Stable phase id, referenced by touchpoints and personas.'),
  name: name('Display name.'),
  description: v.optional(text('What happens in this phase.')),
  goals: v.optional(textList('What the buyer wants to achieve in this phase.')),
};

export const personaEntries = {
  id: id('Stable persona id, referenced by touchpoints.'),
  name: name('Full name of the (fictitious) persona.'),
  role: v.pipe(v.picklist(BUYING_CENTER_ROLES), v.description('Role in the buying center.')),
  jobTitle: v.optional(text('Job title.')),
  department: v.optional(text('Department.')),
  seniority: v.optional(text('Career level, e.g. "Head of".')),
  company: v.optional(text('Company the persona works for.')),
  age: v.optional(v.pipe(finite, v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(150, 'must be at most 150'))),
  location: v.optional(text('Place of residence or work.')),
  motivations: v.optional(textList('What drives the persona.')),
  frustrations: v.optional(textList('What gets in their way.')),
  goals: v.optional(textList('What they want to achieve.')),
  needs: v.optional(textList('Information and support they need.')),
  quote: v.optional(text('A typical sentence the persona says.')),
  joinsAt: v.optional(v.pipe(v.string(), v.description('Id of the phase at which the persona joins the journey.'))),
  color: v.optional(v.pipe(v.string(), v.description('CSS colour: #rgb, #rrggbb, rgb(), hsl() or a named colour.'))),
  avatarUrl: v.optional(v.pipe(v.string(), v.maxLength(2048, 'must be at most 2048 characters'), v.description('Avatar image, an http(s) URL.'))),
};

export const ownerEntries = {
  department: v.optional(text('Responsible department, e.g. "Sales".')),
  role: v.optional(text('Responsible staff role, e.g. "Key account manager".')),
  system: v.optional(text('Technology or system, e.g. "Salesforce".')),
  process: v.optional(text('Backstage process behind the touchpoint.')),
};

export const metricsEntries = {
  volume: v.optional(v.pipe(count, v.description('How many buyers reach this touchpoint in the period.'))),
  conversionRate: v.optional(v.pipe(rate, v.description('Share that moves on, 0…1.'))),
  dropOffRate: v.optional(v.pipe(rate, v.description('Share that leaves here, 0…1.'))),
  csat: v.optional(v.pipe(finite, v.minValue(0, 'must be between 0 and 100'), v.maxValue(100, 'must be between 0 and 100'), v.description('Customer satisfaction, 0…100 %.'))),
  nps: v.optional(v.pipe(finite, v.minValue(-100, 'must be between -100 and 100'), v.maxValue(100, 'must be between -100 and 100'), v.description('Net promoter score, −100…100.'))),
  period: v.optional(text('Period the figures cover, e.g. "2026-Q3".')),
};

export const evidenceEntries = {
  source: v.pipe(v.picklist(EVIDENCE_SOURCES), v.description('Where the data comes from.')),
  confidence: v.optional(v.pipe(rate, v.description('How sure the team is, 0…1.'))),
  note: v.optional(text('Reference, e.g. the interview or report.')),
};

export const linkEntries = {
  label: name('Link text.'),
  url: v.pipe(v.string(), v.maxLength(2048, 'must be at most 2048 characters'), v.description('Only http, https and mailto URLs are rendered as links.')),
};

export const touchpointEntries = {
  id: id('Stable touchpoint id; diffs compare by it.'),
  phaseId: v.pipe(v.string(), v.description('Id of the phase the touchpoint belongs to.')),
  personaIds: v.pipe(v.array(v.string()), v.minLength(1, 'must name at least one persona'), v.description('Personas that meet this touchpoint.')),
  title: name('Short name shown on the card.'),
  channel: name('Channel id from the catalogue (e.g. "webinar") or any custom channel name.'),
  mode: v.pipe(v.picklist(TOUCHPOINT_MODES), v.description('Online or offline.')),
  influence: v.pipe(v.picklist(TOUCHPOINT_INFLUENCES), v.description('Directly influenced by the company (own webshop) or indirectly (review portal).')),
  at: v.optional(
    v.pipe(
      v.union([isoDateText, days], 'must be an ISO date string or a number of days since the journey start'),
      v.description('When it happens: ISO date/date-time, or days since the journey start.'),
    ),
  ),
  durationDays: v.optional(v.pipe(days, v.description('How long it lasts, in days.'))),
  order: v.optional(v.pipe(finite, v.description('Order within the phase when no time is given; lower first.'))),
  action: v.optional(text('What the buyer does.')),
  thoughts: v.optional(text('What the buyer thinks.')),
  needs: v.optional(textList('Information the buyer needs here.')),
  emotion: v.optional(v.pipe(finite, v.description('Felt emotion on the journey’s emotion scale.'))),
  desiredEmotion: v.optional(v.pipe(finite, v.description('Emotion the company wants to create.'))),
  painPoints: v.optional(textList('Friction, obstacles, negative emotions.')),
  opportunities: v.optional(textList('Ideas to improve the touchpoint.')),
  keyMoment: v.optional(v.pipe(v.boolean(), v.description('A moment of truth: the relationship is made or broken here.'))),
  owner: v.optional(v.looseObject(ownerEntries)),
  importance: v.optional(scoreOneToFive('How important the touchpoint is, 1 (low) … 5 (high).')),
  risk: v.optional(scoreOneToFive('Risk to the relationship if it fails, 1 … 5.')),
  performance: v.optional(scoreOneToFive('How well the company performs here, 1 (poor) … 5 (excellent).')),
  metrics: v.optional(v.looseObject(metricsEntries)),
  evidence: v.optional(v.looseObject(evidenceEntries)),
  links: v.optional(v.array(v.looseObject(linkEntries))),
};

export const journeyEntries = {
  version: v.pipe(v.literal(1), v.description('Document format version; this release reads 1.')),
  id: id('Stable journey id.'),
  title: name('Title of the map.'),
  type: v.pipe(v.picklist(JOURNEY_TYPES), v.description('Kind of map.')),
  description: v.optional(text('What the map is about.')),
  locale: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "de-DE"'))),
  startDate: v.optional(v.pipe(isoDateText, v.description('Calendar date of day 0 for touchpoints timed in days.'))),
  emotionScale: v.optional(v.looseObject(emotionScaleEntries), { min: -2, max: 2 }),
  company: v.optional(v.looseObject(companyEntries)),
  phases: v.pipe(v.array(v.looseObject(phaseEntries)), v.minLength(1, 'must contain at least one phase')),
  personas: v.pipe(v.array(v.looseObject(personaEntries)), v.minLength(1, 'must contain at least one persona')),
  touchpoints: v.array(v.looseObject(touchpointEntries)),
};

/** The runtime schema of a v1 journey document (structure only; meaning is checked in `semantics`). */
export const JourneySchema = v.looseObject(journeyEntries);
