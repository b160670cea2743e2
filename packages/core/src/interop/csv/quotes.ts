/**
 * A quote check before d3-dsv parses a file: d3-dsv silently mangles broken quoting (text after
 * a closing quote becomes a new cell, an unclosed quote swallows the rest of the file). This
 * scan finds the first such problem and says in which row and field it is. O(length).
 */

/** Where quoting breaks: `record` 0 is the header; `field` is 0-based. */
export interface QuoteProblem {
  record: number;
  field: number;
  message: string;
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/**
 * The first quoting problem of `text` read with `delimiter`, or `null`. A field that starts
 * with `"` must end with a `"` followed by the delimiter, a line break or the end of the file;
 * `""` inside stands for one quote. Quotes inside an unquoted field are kept as text (as Excel
 * and d3-dsv do).
 */
export function findQuoteProblem(text: string, delimiter: string): QuoteProblem | null {
  const delimiterCode = delimiter.charCodeAt(0);
  const length = text.length;
  let record = 0;
  let field = 0;
  let i = 0;
  while (i < length) {
    if (text.charCodeAt(i) === QUOTE) {
      const start = { record, field };
      i++;
      for (;;) {
        if (i >= length)
          return { ...start, message: 'has a quoted cell that is never closed: add the closing " (a quote inside a cell is written as "")' };
        const code = text.charCodeAt(i++);
        if (code !== QUOTE) continue;
        if (text.charCodeAt(i) === QUOTE) {
          i++;
          continue;
        }
        break;
      }
      if (i < length) {
        const next = text.charCodeAt(i);
        if (next !== delimiterCode && next !== NEWLINE && next !== RETURN)
          return { ...start, message: 'has text after the closing quote of a quoted cell: a quote inside a cell must be written as ""' };
      }
    }
    // Unquoted rest of the field, up to the delimiter or line break.
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === delimiterCode || code === NEWLINE || code === RETURN) break;
      i++;
    }
    if (i >= length) break;
    const code = text.charCodeAt(i++);
    if (code === delimiterCode) field++;
    else {
      if (code === RETURN && text.charCodeAt(i) === NEWLINE) i++;
      record++;
      field = 0;
    }
  }
  return null;
}

/**
 * The delimiter of a file, guessed from its header line (up to the first line break): whichever
 * of `,` `;` and tab occurs most often outside quotes; `,` on a tie or when none occurs.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
