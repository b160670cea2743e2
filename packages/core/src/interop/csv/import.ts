import { dsvFormat } from 'd3-dsv';
import type { Journey, JourneyDocument, Persona, Phase } from '../../model/types';
import type { JourneyIssue } from '../../schema/issues';
import { safeParseJourney } from '../../schema/validate';
import { COLUMN_BY_FIELD, CSV_COLUMNS } from './columns';
import { CsvImportError, type CsvIssue } from './errors';
import { detectDelimiter, findQuoteProblem } from './quotes';
import { createResolver } from './references';
import { isBlankRow, readHeader, readRow, type RowContext } from './rows';

/** Options of {@link touchpointsFromCsv}. */
export interface TouchpointsFromCsvOptions {
  /** Phases of the journey; the `phase` column names one of them by id or name. */
  phases: Phase[];
  /** Personas of the journey; the `personas` column names them by id or name. */
  personas: Persona[];
  /**
   * Cell separator.
   * @default detected from the header line: the most frequent of `,` `;` and tab (`,` on a tie)
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * The rest of the journey document: `id`, `title`, `type`, `startDate`, `emotionScale`, … Its
   * `phases`, `personas` and `touchpoints` are replaced. Missing required fields default to
   * `id: 'csv-import'`, `title: 'Imported journey'`, `type: 'current-state'`.
   */
  base?: Partial<JourneyDocument>;
  /**
   * What to do with a header this format does not know: refuse the file (so a misspelt
   * column is not silently dropped) or ignore the column.
   * @default 'error'
   */
  unknownColumns?: 'error' | 'ignore';
  /**
   * Remove the `'` that `touchpointsToCsv` puts before text starting with `=`, `+`, `-`, `@`,
   * tab, carriage return or `'` (formula guard).
   * @default true
   */
  escapeFormulas?: boolean;
}

const COLUMN_RANK = new Map(CSV_COLUMNS.map((column, index) => [column.name, index]));

/** Maps a validation issue (`touchpoints.3.emotion`) back to its row and column. */
function toCsvIssue(issue: JourneyIssue, rowOfTouchpoint: readonly number[]): CsvIssue {
  const match = /^touchpoints\.(\d+)(?:\.(.*))?$/.exec(issue.path);
  if (!match) return { row: 0, column: issue.path, message: issue.message };
  const row = rowOfTouchpoint[Number(match[1])] ?? 0;
  const parts = (match[2] ?? '').split('.');
  for (let length = parts.length; length > 0; length--) {
    const column = COLUMN_BY_FIELD.get(parts.slice(0, length).join('.'));
    if (column) return { row, column: column.name, message: issue.message };
  }
  return { row, column: match[2] ?? '', message: issue.message };
}

function sortIssues(issues: CsvIssue[]): CsvIssue[] {
  const rank = (column: string) => COLUMN_RANK.get(column) ?? CSV_COLUMNS.length;
  return issues.sort((a, b) => a.row - b.row || rank(a.column) - rank(b.column));
}

/** Gives rows without an `id` the id `tp-<row>` (row as in errors: header = 1), made unique with `-2`, `-3` … */
function assignIds(touchpoints: Record<string, unknown>[], rows: readonly number[]): void {
  const taken = new Set(touchpoints.map((touchpoint) => touchpoint.id).filter((id): id is string => typeof id === 'string').map((id) => id.trim()));
  touchpoints.forEach((touchpoint, index) => {
    if (touchpoint.id !== undefined) return;
    const stem = `tp-${rows[index]}`;
    let id = stem;
    for (let suffix = 2; taken.has(id); suffix++) id = `${stem}-${suffix}`;
    taken.add(id);
    touchpoint.id = id;
  });
}

/**
 * Builds a journey from CSV text with one touchpoint per row (columns: see `CSV_COLUMNS` and
 * `touchpointsToCsv`), plus the given phases, personas and `base` document. The result is
 * validated by `parseJourney`, so every rule of the schema applies. All or nothing: either a
 * complete journey, or a {@link CsvImportError} listing every problem by row and column.
 *
 * Reads what Excel writes: a UTF-8 byte order mark, `;` or tab delimiters, decimal commas
 * (`0,35`), `35 %` in rate columns, dates as `14.03.2026`, yes/no as `ja`/`nein`/`WAHR`/`x`,
 * quoted cells with delimiters, quotes (`""`) and line breaks. Missing optional columns are
 * fine; `phase`, `personas`, `title` and `channel` are required. Blank rows are skipped. A row
 * without `id` gets `tp-<row>`.
 *
 * Round trip with `touchpointsToCsv`: every touchpoint field except `links` and unknown keys;
 * an empty text becomes absent; list items containing line breaks are split, blank items and
 * empty lists dropped; an `owner`/`metrics` object with no fields is dropped.
 * @throws {CsvImportError} listing every problem by `row` (header = 1) and `column`.
 * @example
 * const journey = touchpointsFromCsv(text, { phases: PHASES, personas: PERSONAS, base: { id: 'q3', title: 'Q3 map' } });
 */
export function touchpointsFromCsv(text: string, options: TouchpointsFromCsvOptions): Journey {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (content.trim() === '') throw new CsvImportError([{ row: 1, column: '', message: 'the file is empty; expected a header row with the columns' }]);
  const delimiter = options.delimiter ?? detectDelimiter(content);

  const rows = dsvFormat(delimiter).parseRows(content);
  const quoteProblem = findQuoteProblem(content, delimiter);
  if (quoteProblem) {
    const header = rows[0] ?? [];
    const name = quoteProblem.record === 0 ? undefined : header[quoteProblem.field]?.trim();
    const known = name === undefined ? undefined : readHeader([name], 'ignore', []).columns[0]?.name;
    throw new CsvImportError([{ row: quoteProblem.record + 1, column: known ?? name ?? `column ${quoteProblem.field + 1}`, message: quoteProblem.message }]);
  }

  const issues: CsvIssue[] = [];
  const layout = readHeader(rows[0] ?? [], options.unknownColumns ?? 'error', issues);
  if (issues.length > 0) throw new CsvImportError(issues);

  const context: RowContext = {
    layout,
    resolvePhase: createResolver(options.phases, 'phase'),
    resolvePersona: createResolver(options.personas, 'persona'),
    unescapeFormulas: options.escapeFormulas !== false,
  };
  const touchpoints: Record<string, unknown>[] = [];
  const rowOfTouchpoint: number[] = [];
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (isBlankRow(cells)) continue;
    touchpoints.push(readRow(cells, index + 1, context, issues));
    rowOfTouchpoint.push(index + 1);
  }
  assignIds(touchpoints, rowOfTouchpoint);

  const document = {
    id: 'csv-import',
    title: 'Imported journey',
    type: 'current-state',
    ...options.base,
    version: 1,
    phases: options.phases,
    personas: options.personas,
    touchpoints,
  };
  const result = safeParseJourney(document);
  if (result.success && issues.length === 0) return result.data;

  const reported = new Set(issues.map((issue) => `${issue.row}\u0000${issue.column}`));
  if (!result.success)
    for (const issue of result.error.issues) {
      const mapped = toCsvIssue(issue, rowOfTouchpoint);
      if (!reported.has(`${mapped.row}\u0000${mapped.column}`)) issues.push(mapped);
    }
  throw new CsvImportError(sortIssues(issues));
}
