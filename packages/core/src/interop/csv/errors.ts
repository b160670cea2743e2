/** One problem found while importing a CSV file. */
export interface CsvIssue {
  /**
   * Row of the file as a spreadsheet numbers it: the header is row 1, the first touchpoint row
   * is row 2 (a quoted cell with line breaks still counts as one row). `0` for a problem that
   * is not in the file (in `base`, `phases` or `personas` of the options).
   */
  row: number;
  /**
   * Canonical column name (`emotion`, `owner.department`, see `CSV_COLUMNS`), whatever the
   * header spelled; an unknown header as written; `column N` (1-based) for a cell without a
   * header; for row 0, the dotted document path (`phases.1.id`).
   */
  column: string;
  /** What is wrong, in words a person can act on. */
  message: string;
}

/** Thrown by `touchpointsFromCsv`: the file cannot become a valid journey. Lists every problem. */
export class CsvImportError extends Error {
  override readonly name = 'CsvImportError';
  /** Every problem found, by row, then by column order. */
  readonly issues: CsvIssue[];

  constructor(issues: CsvIssue[]) {
    const lines = issues.slice(0, 20).map((issue) => `- ${issue.row === 0 ? issue.column || '(document)' : `row ${issue.row}, column ${issue.column || '?'}`}: ${issue.message}`);
    if (issues.length > 20) lines.push(`- … and ${issues.length - 20} more`);
    super(`CSV import failed (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
