import * as v from 'valibot';
import type { Journey } from '../model/types';
import { JourneySchema } from './entries';
import { SUPPORTED_VERSIONS } from './enums';
import { fastParseJourney } from './fast-path';
import { describeReceived, fromValibotIssue, type JourneyIssue } from './issues';
import { checkSemantics } from './semantics';

/** Every journey this module returned, so components can skip validating it again. */
const validatedJourneys = new WeakSet<object>();
/** Journeys parsed in lenient mode: valid except for dangling phase/persona references (shown as unplaced). */
const lenientJourneys = new WeakSet<object>();

/** Options of {@link parseJourney} and {@link safeParseJourney}. */
export interface ParseJourneyOptions {
  /**
   * For live data: unknown phase and persona references become warnings instead of errors, and
   * the touchpoints concerned are kept (maps show them as "unplaced").
   * @default false
   */
  lenient?: boolean;
}

/** The result of {@link safeParseJourney}. */
export type SafeParseJourneyResult =
  | { success: true; data: Journey; warnings: JourneyIssue[] }
  | { success: false; error: JourneyValidationError };

/** Thrown by {@link parseJourney}: the document is not a valid journey. Lists every problem. */
export class JourneyValidationError extends Error {
  override readonly name = 'JourneyValidationError';
  /** Every problem found, in document order; each names its field by dotted `path`. */
  readonly issues: JourneyIssue[];

  constructor(issues: JourneyIssue[]) {
    const lines = issues.slice(0, 20).map((issue) => `- ${issue.path || '(document)'}: ${issue.message}`);
    if (issues.length > 20) lines.push(`- … and ${issues.length - 20} more`);
    super(`Invalid journey document (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

function readInput(input: unknown): { value: unknown } | { issue: JourneyIssue } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { issue: { path: '', message: `is not valid JSON (${reason})`, code: 'invalid_json', severity: 'error' } };
  }
}

function rootIssue(value: unknown): JourneyIssue | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null;
  return { path: '', message: `must be a journey document (an object); received ${describeReceived(value)}`, code: 'invalid_type', severity: 'error' };
}

function versionIssue(value: object): JourneyIssue | null {
  const version = (value as { version?: unknown }).version;
  if (version === undefined || (SUPPORTED_VERSIONS as readonly unknown[]).includes(version)) return null;
  return {
    path: 'version',
    message: `is not supported: received ${describeReceived(version)}; this release of journeykit reads version ${SUPPORTED_VERSIONS.join(', ')}`,
    code: 'unsupported_version',
    severity: 'error',
  };
}

/**
 * Validates a journey document and returns the typed model, or the list of every problem.
 * Never throws, never mutates `input`. `input` may be a parsed object or JSON text.
 *
 * A valid document is not copied where it needs no change: the journey is a new object with new
 * `phases`, `personas` and `touchpoints` lists, but a phase, persona, touchpoint or nested value
 * that passed unchanged is the document's own object (structural sharing — 10,000 touchpoints
 * parse without 60,000 copies). journeykit never mutates either; treat both as immutable, as
 * React state is, and parse again after a change.
 * @example
 * const result = safeParseJourney(await response.json());
 * if (!result.success) console.table(result.error.issues);
 */
export function safeParseJourney(input: unknown, options: ParseJourneyOptions = {}): SafeParseJourneyResult {
  try {
    const read = readInput(input);
    if ('issue' in read) return { success: false, error: new JourneyValidationError([read.issue]) };
    const notADocument = rootIssue(read.value);
    if (notADocument) return { success: false, error: new JourneyValidationError([notADocument]) };
    const unsupported = versionIssue(read.value as object);
    if (unsupported) return { success: false, error: new JourneyValidationError([unsupported]) };

    // The common case, a document without any problem, takes one compiled pass; anything else
    // (errors, or warnings of lenient mode) is reported by the full path below.
    const fast = fastParseJourney(read.value);
    if (fast !== undefined) {
      (options.lenient ? lenientJourneys : validatedJourneys).add(fast);
      return { success: true, data: fast, warnings: [] };
    }

    // Structural problems first (in document order), then problems of meaning.
    const structural = v.safeParse(JourneySchema, read.value, { abortEarly: false });
    const issues: JourneyIssue[] = structural.success ? [] : structural.issues.map(fromValibotIssue);
    checkSemantics(read.value, { lenient: options.lenient ?? false }, (issue, severity = 'error') => issues.push({ ...issue, severity }));

    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0 || !structural.success) return { success: false, error: new JourneyValidationError(errors) };
    const journey = structural.output as Journey;
    // Lenient results keep dangling references: only strict ones count as fully validated models.
    (options.lenient ? lenientJourneys : validatedJourneys).add(journey);
    return { success: true, data: journey, warnings: issues.filter((issue) => issue.severity === 'warning') };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      success: false,
      error: new JourneyValidationError([{ path: '', message: `could not be read (${reason})`, code: 'invalid_type', severity: 'error' }]),
    };
  }
}

/**
 * Validates a journey document and returns the typed model (sharing unchanged values with the
 * document, see {@link safeParseJourney}).
 * @throws {JourneyValidationError} listing every problem, each with a dotted `path` such as `touchpoints.3.phaseId`.
 * @example
 * const journey = parseJourney(documentFromCrm);
 */
export function parseJourney(input: unknown, options: ParseJourneyOptions = {}): Journey {
  const result = safeParseJourney(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Options of {@link isJourneyModel}. */
export interface IsJourneyModelOptions {
  /** Also accept journeys parsed with `{ lenient: true }` (they may carry dangling references, shown as unplaced). @default false */
  lenient?: boolean;
}

/**
 * Whether `value` is a journey returned by {@link parseJourney} or {@link safeParseJourney} (the
 * very object, not a copy): such a journey needs no second validation. Recognised by identity,
 * never by shape, so a raw document that merely looks like a model is always validated. Journeys
 * parsed leniently count only with `{ lenient: true }`.
 */
export function isJourneyModel(value: unknown, options: IsJourneyModelOptions = {}): value is Journey {
  if (typeof value !== 'object' || value === null) return false;
  return validatedJourneys.has(value) || (options.lenient === true && lenientJourneys.has(value));
}
