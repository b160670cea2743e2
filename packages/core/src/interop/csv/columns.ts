/**
 * The documented CSV column set: one row per touchpoint, one column per field. Export writes
 * all columns in this order; import reads any subset in any order (header names are matched
 * case-insensitively, ignoring spaces, `_` and `-`).
 */
import { EVIDENCE_SOURCES, TOUCHPOINT_INFLUENCES, TOUCHPOINT_MODES } from '../../schema/enums';

/** How a column's cells are read and written. */
export type CsvColumnKind =
  /** Free text, kept exactly (an empty cell is "absent"). */
  | 'text'
  /** A list of texts, one item per line inside the cell. */
  | 'list'
  /** A number (decimal comma allowed). */
  | 'number'
  /** A yes/no flag. */
  | 'boolean'
  /** One word of a fixed list (mode, influence, evidence source), any case. */
  | 'keyword'
  /** `at`: an ISO or DD.MM.YYYY date, or a number of days. */
  | 'time'
  /** The phase id or phase name. */
  | 'phase'
  /** Persona ids or names separated by `;` or `|`. */
  | 'personas';

/** One column of the CSV format. */
export interface CsvColumn {
  /** Header name as written on export, e.g. `owner.department`. */
  name: string;
  /** Path of the touchpoint field, e.g. `['owner', 'department']`. */
  path: readonly [string] | readonly [string, string];
  /** How the cells are read and written. */
  kind: CsvColumnKind;
  /** Other header names accepted on import. */
  aliases?: readonly string[];
  /**
   * For number columns: how a trailing `%` is read. `fraction`: `35 %` → 0.35 (rates);
   * `points`: `80 %` → 80 (CSAT). Without it a `%` is an error.
   */
  percent?: 'fraction' | 'points';
  /** For keyword columns: the words of the schema's list. */
  values?: readonly string[];
  /** For keyword columns: other words accepted, lower-case, e.g. German `direkt` → `direct`. */
  synonyms?: Readonly<Record<string, string>>;
}

const column = (name: string, kind: CsvColumnKind, extra: Partial<CsvColumn> = {}): CsvColumn => ({
  name,
  path: name.split('.') as [string] | [string, string],
  kind,
  ...extra,
});

/**
 * The columns, in export order. List columns (`needs`, `painPoints`, `opportunities`) hold one
 * item per line inside the cell (Alt+Enter in Excel); `personas` holds ids or names separated by
 * `;` (or `|`, which export uses when `;` is the delimiter).
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  column('id', 'text', { aliases: ['touchpointid'] }),
  { name: 'phase', path: ['phaseId'], kind: 'phase', aliases: ['phaseid'] },
  { name: 'personas', path: ['personaIds'], kind: 'personas', aliases: ['persona', 'personaids'] },
  column('title', 'text'),
  column('channel', 'text'),
  column('mode', 'keyword', { values: TOUCHPOINT_MODES }),
  column('influence', 'keyword', { values: TOUCHPOINT_INFLUENCES, synonyms: { direkt: 'direct', indirekt: 'indirect' } }),
  column('at', 'time', { aliases: ['date', 'day'] }),
  column('durationDays', 'number', { aliases: ['duration'] }),
  column('order', 'number'),
  column('action', 'text'),
  column('thoughts', 'text'),
  column('needs', 'list'),
  column('emotion', 'number'),
  column('desiredEmotion', 'number'),
  column('painPoints', 'list'),
  column('opportunities', 'list'),
  column('keyMoment', 'boolean'),
  column('owner.department', 'text'),
  column('owner.role', 'text'),
  column('owner.system', 'text'),
  column('owner.process', 'text'),
  column('importance', 'number'),
  column('risk', 'number'),
  column('performance', 'number'),
  column('metrics.volume', 'number'),
  column('metrics.conversionRate', 'number', { percent: 'fraction' }),
  column('metrics.dropOffRate', 'number', { percent: 'fraction' }),
  column('metrics.csat', 'number', { percent: 'points' }),
  column('metrics.nps', 'number'),
  column('metrics.period', 'text'),
  column('evidence.source', 'keyword', { values: EVIDENCE_SOURCES, synonyms: { umfrage: 'survey', annahme: 'assumption', webanalyse: 'analytics' } }),
  column('evidence.confidence', 'number', { percent: 'fraction' }),
  column('evidence.note', 'text'),
];

/** The form a header name is matched in: lower case, without spaces, `_` and `-`. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Columns by every accepted header key (name and aliases). */
export const COLUMN_BY_HEADER: ReadonlyMap<string, CsvColumn> = new Map(
  CSV_COLUMNS.flatMap((item) => [item.name, ...(item.aliases ?? [])].map((name) => [headerKey(name), item] as const)),
);

/** Columns by the dotted touchpoint field path they fill, e.g. `phaseId` → `phase`. */
export const COLUMN_BY_FIELD: ReadonlyMap<string, CsvColumn> = new Map(CSV_COLUMNS.map((item) => [item.path.join('.'), item]));

/** Columns a file must have: without them no row could become a touchpoint. */
export const REQUIRED_COLUMNS: readonly string[] = ['phase', 'personas', 'title', 'channel'];
