/** Turning the header and the data rows of a CSV file into columns and draft touchpoints. */
import { CHANNELS, channelPreset, type ChannelPreset } from '../../presets/channels';
import { COLUMN_BY_HEADER, CSV_COLUMNS, REQUIRED_COLUMNS, headerKey, type CsvColumn } from './columns';
import type { CsvIssue } from './errors';
import type { Resolve } from './references';
import { parseCsvBoolean, parseCsvNumber, parseCsvTime, splitListCell, splitPersonaCell, unescapeFormula } from './values';

/** What each position of the header means: a known column, or `null` (empty or ignored header). */
export interface HeaderLayout {
  columns: (CsvColumn | null)[];
  /** Positions whose header cell is empty: a value below them is an error. */
  unnamed: Set<number>;
}

/** Reads the header row (row 1). Unknown names are errors unless `unknownColumns` is `'ignore'`. */
export function readHeader(header: readonly string[], unknownColumns: 'error' | 'ignore', issues: CsvIssue[]): HeaderLayout {
  const columns: (CsvColumn | null)[] = [];
  const unnamed = new Set<number>();
  const seen = new Map<CsvColumn, number>();
  header.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(headerKey(name)) ?? null;
    columns.push(column);
    if (name.trim() === '') unnamed.add(index);
    else if (!column) {
      if (unknownColumns === 'error')
        issues.push({ row: 1, column: name.trim(), message: `is not a known column; known columns: ${CSV_COLUMNS.map((item) => item.name).join(', ')} (matched ignoring case, spaces, _ and -)` });
    } else if (seen.has(column)) {
      issues.push({ row: 1, column: column.name, message: `appears twice (header cells ${seen.get(column)! + 1} and ${index + 1})` });
    } else seen.set(column, index);
  });
  for (const required of REQUIRED_COLUMNS)
    if (![...seen.keys()].some((column) => column.name === required))
      issues.push({ row: 1, column: required, message: `is missing; every file needs the columns ${REQUIRED_COLUMNS.join(', ')}` });
  return { columns, unnamed };
}

/** What reading a row needs besides the row. */
export interface RowContext {
  layout: HeaderLayout;
  resolvePhase: Resolve;
  resolvePersona: Resolve;
  /** Whether text cells lose the `'` that guards against formulas. */
  unescapeFormulas: boolean;
}

const channelByLabel = new Map<string, ChannelPreset>();
for (const preset of CHANNELS) for (const label of [preset.id, ...Object.values(preset.label)]) channelByLabel.set(label.trim().toLowerCase(), preset);

/** The catalogue entry of a channel cell given as id or English/German label, any case. */
function presetOf(channel: unknown): ChannelPreset | undefined {
  return typeof channel === 'string' ? (channelPreset(channel) ?? channelByLabel.get(channel.trim().toLowerCase())) : undefined;
}

function setField(target: Record<string, unknown>, path: CsvColumn['path'], value: unknown): void {
  const [first, second] = path;
  if (second === undefined) target[first] = value;
  else ((target[first] ??= {}) as Record<string, unknown>)[second] = value;
}

type CellResult = { value: unknown } | { errors: string[] } | null;

function readCell(raw: string, column: CsvColumn, context: RowContext): CellResult {
  const text = context.unescapeFormulas ? unescapeFormula(raw) : raw;
  if (raw === '') return null;
  if (column.kind === 'text') return { value: text }; // kept exactly, spaces included
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  switch (column.kind) {
    case 'list': {
      const items = splitListCell(text);
      return items.length > 0 ? { value: items } : null;
    }
    case 'number': {
      const percent = column.percent && trimmed.endsWith('%');
      const number = parseCsvNumber(percent ? trimmed.slice(0, -1) : trimmed);
      if (number === null) return { errors: [`must be a number${column.percent ? ' (a % sign is allowed)' : ''}; received "${trimmed}"`] };
      return { value: percent && column.percent === 'fraction' ? number / 100 : number };
    }
    case 'boolean': {
      const flag = parseCsvBoolean(trimmed);
      return flag === null ? { errors: [`must be yes or no (true/false, yes/no, ja/nein, 1/0 or x); received "${trimmed}"`] } : { value: flag };
    }
    case 'keyword': {
      const word = trimmed.toLowerCase();
      const value = column.synonyms?.[word] ?? word;
      return column.values?.includes(value) ? { value } : { errors: [`must be one of ${(column.values ?? []).join(', ')}; received "${trimmed}"`] };
    }
    case 'time': {
      const time = parseCsvTime(trimmed);
      return 'error' in time ? { errors: [time.error] } : time;
    }
    case 'phase': {
      const phase = context.resolvePhase(text.trim());
      return 'error' in phase ? { errors: [phase.error] } : { value: phase.id };
    }
    case 'personas': {
      const ids: string[] = [];
      const errors: string[] = [];
      for (const reference of splitPersonaCell(text)) {
        const persona = context.resolvePersona(reference);
        if ('error' in persona) errors.push(persona.error);
        else if (!ids.includes(persona.id)) ids.push(persona.id);
      }
      if (errors.length > 0) return { errors };
      return ids.length > 0 ? { value: ids } : null;
    }
  }
}

/**
 * Reads one data row into a draft touchpoint (fields of empty cells are left out). Problems go
 * to `issues` with `row`; the cells concerned are left out of the draft. When `mode` or
 * `influence` is empty and the channel is in the catalogue (by id or English/German label),
 * the catalogue's mode and influence fill them.
 */
export function readRow(cells: readonly string[], row: number, context: RowContext, issues: CsvIssue[]): Record<string, unknown> {
  const touchpoint: Record<string, unknown> = {};
  const { columns, unnamed } = context.layout;
  const extra = cells.slice(columns.length).findIndex((cell) => cell.trim() !== '');
  if (extra >= 0)
    issues.push({ row, column: `column ${columns.length + extra + 1}`, message: `has a value, but the header has only ${columns.length} columns` });
  cells.forEach((raw, index) => {
    const column = columns[index];
    if (!column) {
      if (unnamed.has(index) && raw.trim() !== '') issues.push({ row, column: `column ${index + 1}`, message: 'has a value, but its header cell is empty' });
      return;
    }
    const result = readCell(raw, column, context);
    if (result === null) return;
    if ('errors' in result) for (const message of result.errors) issues.push({ row, column: column.name, message });
    else setField(touchpoint, column.path, result.value);
  });
  const preset = presetOf(touchpoint.channel);
  if (preset) {
    touchpoint.mode ??= preset.mode;
    touchpoint.influence ??= preset.influence;
  }
  return touchpoint;
}

/** Whether every cell of a row is empty or blank (such rows are skipped). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
