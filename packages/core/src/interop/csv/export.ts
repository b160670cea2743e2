import { dsvFormat } from 'd3-dsv';
import type { Journey, Touchpoint } from '../../model/types';
import { CSV_COLUMNS, type CsvColumn } from './columns';
import { escapeFormula, formatCsvNumber } from './values';

/** Options of {@link touchpointsToCsv}. */
export interface TouchpointsToCsvOptions {
  /**
   * Cell separator. Use `';'` for Excel with German (or most European) regional settings.
   * @default ','
   */
  delimiter?: ',' | ';' | '\t';
  /**
   * Decimal separator of numbers.
   * @default ',' when `delimiter` is `';'`, else '.'
   */
  decimalSeparator?: '.' | ',';
  /**
   * Start the text with a UTF-8 byte order mark, so Excel reads umlauts correctly.
   * @default false
   */
  bom?: boolean;
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab, carriage return or `'` with a
   * `'` so spreadsheets do not run them as formulas; `touchpointsFromCsv` removes it again.
   * @default true
   */
  escapeFormulas?: boolean;
  /**
   * Line break between rows.
   * @default '\n'
   */
  newline?: '\n' | '\r\n';
}

function fieldOf(touchpoint: Touchpoint, column: CsvColumn): unknown {
  const [first, second] = column.path;
  const value = (touchpoint as unknown as Record<string, unknown>)[first];
  if (second === undefined) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[second] : undefined;
}

/**
 * The touchpoints of a journey as CSV text: a header row with every column of `CSV_COLUMNS`,
 * then one row per touchpoint in document order. Phases and personas are written by id;
 * persona ids are joined with `;` (with `|` when `;` is the delimiter); list items are one per
 * line inside the cell; numbers are written exactly (`String(n)`); `keyMoment` as
 * `true`/`false`; absent fields as empty cells. Quoting follows RFC 4180 (d3-dsv).
 *
 * Not carried (see `touchpointsFromCsv` for the round trip): `links`, keys the schema does not
 * know, and everything outside the touchpoints (phases, personas, journey fields).
 * @example
 * const csv = touchpointsToCsv(journey, { delimiter: ';', bom: true }); // for German Excel
 */
export function touchpointsToCsv(journey: Journey, options: TouchpointsToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimalSeparator ?? (delimiter === ';' ? ',' : '.');
  const personaSeparator = delimiter === ';' ? '|' : ';';
  const guard = options.escapeFormulas === false ? (text: string) => text : escapeFormula;

  const cell = (touchpoint: Touchpoint, column: CsvColumn): string => {
    const value = fieldOf(touchpoint, column);
    if (value === undefined || value === null) return '';
    switch (column.kind) {
      case 'number':
        return typeof value === 'number' ? formatCsvNumber(value, decimal) : guard(String(value));
      case 'time':
        return typeof value === 'number' ? formatCsvNumber(value, decimal) : guard(String(value));
      case 'boolean':
        return value === true ? 'true' : value === false ? 'false' : '';
      case 'list':
        return Array.isArray(value) ? guard(value.join('\n')) : '';
      case 'personas':
        return Array.isArray(value) ? guard(value.join(personaSeparator)) : '';
      default:
        return guard(String(value));
    }
  };

  const format = dsvFormat(delimiter);
  const lines = [format.formatRow(CSV_COLUMNS.map((column) => column.name))];
  for (const touchpoint of journey.touchpoints) lines.push(format.formatRow(CSV_COLUMNS.map((column) => cell(touchpoint, column))));
  return (options.bom ? '\uFEFF' : '') + lines.join(options.newline ?? '\n');
}
