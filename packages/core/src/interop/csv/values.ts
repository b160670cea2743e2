/**
 * Reading and writing single CSV cells: numbers in English and German notation, yes/no
 * words, dates as Excel writes them, lists inside one cell, and the spreadsheet-formula guard.
 */
import { parseIsoDate } from '../../schema/dates';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = {
  ',': /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, // 1,234,567.5 (English)
  '.': /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, // 1.234.567,5 (German)
};

/**
 * Reads a number cell, or `null` when the text is not a number. Accepts:
 * - plain numbers with `.` as decimal point, with an exponent (`1e-7`, `-2`, `.5`);
 * - a decimal comma (`0,35`, `-1,5e3`): a single comma is ALWAYS a decimal comma;
 * - grouped thousands when both separators appear (`1.234,5` and `1,234.5`) or the
 *   separator repeats (`1.234.567`, `1,234,567`); groups must have three digits;
 * - a Unicode minus sign (`−2`) and surrounding spaces.
 * `Infinity`, `NaN`, hex and empty text are refused.
 */
export function parseCsvNumber(cell: string): number | null {
  const text = cell.trim().replace(/^\u2212/, '-');
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  let normal: string | null = null;
  if (commas === 1 && dots === 0) normal = text.replace(',', '.');
  else if (GROUPED[','].test(text) && (commas > 1 || dots === 1)) normal = text.replaceAll(',', '');
  else if (GROUPED['.'].test(text) && (dots > 1 || commas === 1)) normal = text.replaceAll('.', '').replace(',', '.');
  if (normal === null || !PLAIN_NUMBER.test(normal)) return null;
  return Number(normal);
}

/** Writes a number the way `Number()` reads it back exactly, with `,` as decimal separator if asked. */
export function formatCsvNumber(value: number, decimalSeparator: '.' | ','): string {
  const text = String(value);
  return decimalSeparator === ',' ? text.replace('.', ',') : text;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 'ja', 'j', 'wahr']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nein', 'falsch']);

/** Reads a yes/no cell: true/yes/y/1/x/ja/j/wahr or false/no/n/0/nein/falsch, any case; else `null`. */
export function parseCsvBoolean(cell: string): boolean | null {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_START = /^\d{4}-\d{2}-\d{2}/;

/**
 * Reads the `at` cell: a number of days since the journey start (`12`, `3,5`), an ISO date or
 * date-time (`2026-03-14`, `2026-03-14T09:30:00Z`, kept as written), or a German/Excel date
 * `14.03.2026` / `14.03.2026 09:30` (converted to ISO, read as UTC).
 */
export function parseCsvTime(cell: string): { value: string | number } | { error: string } {
  const text = cell.trim();
  const days = parseCsvNumber(text);
  if (days !== null) return { value: days };
  let iso: string | null = null;
  if (ISO_START.test(text)) iso = text;
  const german = GERMAN_DATE.exec(text);
  if (german) {
    const [, d, m, y, h, mi, s] = german;
    const pad = (part: string) => part.padStart(2, '0');
    iso = `${y}-${pad(m!)}-${pad(d!)}` + (h === undefined ? '' : `T${pad(h)}:${mi}${s === undefined ? '' : `:${s}`}`);
  }
  if (iso === null) return { error: `must be a date (YYYY-MM-DD or DD.MM.YYYY) or a number of days since the journey start; received "${text}"` };
  if (parseIsoDate(iso) === null) return { error: `is not a real calendar date or time: "${text}"` };
  return { value: iso };
}

const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Guards a text cell against spreadsheet formula injection (OWASP "CSV injection"): text that
 * starts with `=`, `+`, `-`, `@`, a tab, a carriage return or `'` gets a leading `'`, so Excel
 * and LibreOffice show it as text instead of running it. {@link unescapeFormula} undoes it.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Removes the `'` that {@link escapeFormula} added (only when the next character needed it). */
export function unescapeFormula(text: string): string {
  return text.length > 1 && text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Line break inside a cell: separates the items of a list column. */
const LINE_BREAK = /\r\n|\r|\n/;

/** Splits a list cell into its items, one per line; blank lines are dropped. */
export function splitListCell(cell: string): string[] {
  return cell.split(LINE_BREAK).filter((item) => item.trim() !== '');
}

/** Splits a persona cell on `;` or `|` into trimmed, non-empty references. */
export function splitPersonaCell(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
