/**
 * Checks of meaning that a structural schema cannot express: references between phases,
 * personas and touchpoints, unique ids, emotions within the journey's scale, real calendar
 * dates, safe colours and reserved keys. They read the raw input defensively, so they report
 * alongside structural problems: a document gets every problem at once.
 */
import { parseIsoDate } from './dates';
import type { JourneyIssue } from './issues';
import { isSafeCssColor } from './safety';

type Rec = Record<string, unknown>;
type Report = (issue: Omit<JourneyIssue, 'severity'>, severity?: JourneyIssue['severity']) => void;

/** Keys refused anywhere in a document (prototype pollution). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Documents nest at most 4 levels (journey → touchpoints → 3 → links → 0 → url); junk deeper than this is refused. */
export const MAX_DEPTH = 32;

const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function quoteList(ids: Iterable<string>): string {
  const all = [...ids];
  const shown = all.slice(0, 8).map((item) => `"${item}"`).join(', ');
  return all.length > 8 ? `${shown} and ${all.length - 8} more` : shown || 'none';
}

/** A path as a chain of parent links: allocation-free to extend, turned into text only when reported. */
interface PathLink {
  parent: PathLink | null;
  key: string | number;
}

function pathText(link: PathLink | null): string {
  const keys: (string | number)[] = [];
  for (let node = link; node; node = node.parent) keys.push(node.key);
  return keys.reverse().join('.');
}

/** Walks the whole input once for reserved keys, cycles and runaway nesting. O(size of the input). */
function checkShape(input: unknown, report: Report): boolean {
  let clean = true;
  const ancestors = new Set<object>();
  const walk = (value: object, link: PathLink | null, depth: number): void => {
    if (ancestors.has(value)) {
      report({ path: pathText(link), message: 'refers back to one of its parents (circular structure)', code: 'too_deep' });
      clean = false;
      return;
    }
    if (depth > MAX_DEPTH) {
      report({ path: pathText(link), message: `is nested more than ${MAX_DEPTH} levels deep`, code: 'too_deep' });
      clean = false;
      return;
    }
    ancestors.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) walk(item, { parent: link, key: index }, depth + 1);
      }
    } else
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        if (RESERVED_KEYS.has(key)) {
          report({ path: pathText({ parent: link, key }), message: `uses the reserved key "${key}"`, code: 'reserved_key' });
          clean = false;
          continue;
        }
        const child: unknown = (value as Rec)[key];
        if (typeof child === 'object' && child !== null) walk(child, { parent: link, key }, depth + 1);
      }
    ancestors.delete(value);
  };
  if (typeof input === 'object' && input !== null) walk(input, null, 0);
  return clean;
}

function collectIds(list: unknown[], section: string, report: Report): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const key = item.id;
    const first = seen.get(key);
    if (first !== undefined) report({ path: `${section}.${index}.id`, message: `duplicates the id "${key}" of ${section}.${first}`, code: 'duplicate_id' });
    else seen.set(key, index);
  });
  return seen;
}

function checkDate(value: unknown, path: string, report: Report): void {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && parseIsoDate(value) === null)
    report({ path, message: `is not a real calendar date or time: "${value}"`, code: 'invalid_date' });
}

/** Options of the semantic checks. */
export interface SemanticOptions {
  /** Report unknown phase and persona references as warnings instead of errors (live data). */
  lenient: boolean;
}

/** Runs every check of meaning; `report` receives each problem. */
export function checkSemantics(input: unknown, options: SemanticOptions, report: Report): void {
  if (!checkShape(input, report) || !isRecord(input)) return;
  const phases = listOf(input.phases);
  const personas = listOf(input.personas);
  const touchpoints = listOf(input.touchpoints);
  const phaseIds = collectIds(phases, 'phases', report);
  const personaIds = collectIds(personas, 'personas', report);
  collectIds(touchpoints, 'touchpoints', report);
  const referenceSeverity = options.lenient ? 'warning' : 'error';

  checkDate(input.startDate, 'startDate', report);

  let scaleMin = -2;
  let scaleMax = 2;
  if (isRecord(input.emotionScale) && isFiniteNumber(input.emotionScale.min) && isFiniteNumber(input.emotionScale.max)) {
    scaleMin = input.emotionScale.min;
    scaleMax = input.emotionScale.max;
    if (scaleMin >= scaleMax)
      report({ path: 'emotionScale.max', message: `must be greater than emotionScale.min (${scaleMin})`, code: 'invalid_value' });
  }

  personas.forEach((persona, index) => {
    if (!isRecord(persona)) return;
    if (typeof persona.joinsAt === 'string' && !phaseIds.has(persona.joinsAt))
      report(
        { path: `personas.${index}.joinsAt`, message: `refers to unknown phase "${persona.joinsAt}"; known phases: ${quoteList(phaseIds.keys())}`, code: 'unknown_reference' },
        referenceSeverity,
      );
    if (typeof persona.color === 'string' && !isSafeCssColor(persona.color))
      report({ path: `personas.${index}.color`, message: 'must be a CSS colour: #rgb, #rrggbb, rgb(), hsl() or a colour name', code: 'invalid_value' });
  });

  touchpoints.forEach((touchpoint, index) => {
    if (!isRecord(touchpoint)) return;
    const at = `touchpoints.${index}`;
    if (typeof touchpoint.phaseId === 'string' && !phaseIds.has(touchpoint.phaseId))
      report(
        { path: `${at}.phaseId`, message: `refers to unknown phase "${touchpoint.phaseId}"; known phases: ${quoteList(phaseIds.keys())}`, code: 'unknown_reference' },
        referenceSeverity,
      );
    listOf(touchpoint.personaIds).forEach((personaId, personaIndex) => {
      if (typeof personaId === 'string' && !personaIds.has(personaId))
        report(
          { path: `${at}.personaIds.${personaIndex}`, message: `refers to unknown persona "${personaId}"; known personas: ${quoteList(personaIds.keys())}`, code: 'unknown_reference' },
          referenceSeverity,
        );
    });
    for (const field of ['emotion', 'desiredEmotion'] as const) {
      const value = touchpoint[field];
      if (isFiniteNumber(value) && (value < scaleMin || value > scaleMax))
        report({ path: `${at}.${field}`, message: `must be between ${scaleMin} and ${scaleMax} (the journey's emotionScale); received ${value}`, code: 'out_of_scale' });
    }
    checkDate(touchpoint.at, `${at}.at`, report);
  });
}
