import type * as v from 'valibot';

/** What kind of problem an issue describes; stable, for programmatic handling. */
export type JourneyIssueCode =
  | 'invalid_json'
  | 'invalid_type'
  | 'required'
  | 'invalid_value'
  | 'unsupported_version'
  | 'unknown_reference'
  | 'duplicate_id'
  | 'out_of_scale'
  | 'invalid_date'
  | 'reserved_key'
  | 'too_deep';

/** One problem found in a journey document. */
export interface JourneyIssue {
  /** Dotted path to the field, e.g. `touchpoints.3.phaseId`; `''` for the document itself. */
  path: string;
  /** What is wrong, in words a person can act on (without the path). */
  message: string;
  /** Machine-readable kind of problem. */
  code: JourneyIssueCode;
  /** `warning` only in lenient mode, for problems the map can still show (unplaced touchpoints). */
  severity: 'error' | 'warning';
}

/** Joins path segments into the dotted form, e.g. `['touchpoints', 3, 'phaseId']` → `touchpoints.3.phaseId`. */
export function joinPath(segments: readonly (string | number)[]): string {
  return segments.join('.');
}

/** A short description of a value's type, as in `received number`. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    return `number ${value}`;
  }
  if (typeof value === 'string') return value.length > 40 ? `text "${value.slice(0, 37)}…"` : `text "${value}"`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  loose_object: 'an object',
};

/** Turns one valibot issue into a journeykit issue with a plain-language message. */
export function fromValibotIssue(issue: v.BaseIssue<unknown>): JourneyIssue {
  const path = joinPath((issue.path ?? []).map((item) => item.key as string | number));
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return { path, message: 'is required', code: 'required', severity: 'error' };
    if (issue.type === 'picklist') {
      const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
      return { path, message: `must be one of ${options}; received ${describeReceived(issue.input)}`, code: 'invalid_value', severity: 'error' };
    }
    if (issue.type === 'union') {
      return { path, message: `${issue.message}; received ${describeReceived(issue.input)}`, code: 'invalid_type', severity: 'error' };
    }
    const expected = EXPECTED_WORDS[issue.type] ?? issue.expected ?? issue.type;
    return { path, message: `must be ${expected}; received ${describeReceived(issue.input)}`, code: 'invalid_type', severity: 'error' };
  }
  return { path, message: issue.message, code: 'invalid_value', severity: 'error' };
}
