/**
 * Making journey text safe inside Mermaid journey syntax. Mermaid's lexer ends a statement at a
 * line break or `;`, starts a comment at `#` or `%%`, splits tasks at `:` and actors at `,`,
 * and reads a line starting with `journey`, `title `, `section `, `accTitle` or `accDescr` as
 * a keyword. Such characters are replaced by look-alikes, so the text stays readable:
 * line breaks → space, `:` → `：`, `;` → `；`, `#` → `＃`, `%%` → `％%`, `,` → `，` (actors),
 * `}` → `｝` (multi-line `accDescr`). Mermaid drops a task line that starts with `%`, so a
 * leading `%` of a task name becomes `％`. A task name that starts with a keyword gets an
 * invisible WORD JOINER (U+2060) after its first letter; `fromMermaidJourney` removes U+2060
 * again. (Checked against Mermaid 11's own parser on generated journeys.)
 */

/** Names that become empty after sanitising get these. */
export const MERMAID_FALLBACK_NAMES = {
  title: 'Untitled journey',
  section: 'Untitled phase',
  task: 'Untitled task',
  actor: 'Unnamed persona',
} as const;

/** The invisible character that keeps a task name from being read as a keyword. */
export const WORD_JOINER = '\u2060';

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
const KEYWORD_START = /^(?:journey|title\s|section\s|acctitle|accdescr)/i;

function common(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replaceAll(';', '；').replaceAll('#', '＃').replace(/%(?=%)/g, '％');
}

/** Text for `title …` (a `:` is allowed there). */
export function sanitizeTitle(text: string): string {
  return common(text).trim() || MERMAID_FALLBACK_NAMES.title;
}

/** Text for `section …`. */
export function sanitizeSection(text: string): string {
  return common(text).replaceAll(':', '：').trim() || MERMAID_FALLBACK_NAMES.section;
}

/** A task name (before the first `:` of a task line). */
export function sanitizeTask(text: string): string {
  const safe = common(text).replaceAll(':', '：').trim().replace(/^%/, '％') || MERMAID_FALLBACK_NAMES.task;
  return KEYWORD_START.test(safe) ? `${safe.slice(0, 1)}${WORD_JOINER}${safe.slice(1)}` : safe;
}

/** An actor name (one of the comma-separated names after the score). */
export function sanitizeActor(text: string): string {
  return common(text).replaceAll(':', '：').replaceAll(',', '，').trim() || MERMAID_FALLBACK_NAMES.actor;
}

/**
 * The text of `accDescr`: `''` when nothing is left. Line breaks are kept (a block is written);
 * as Mermaid reads a block, each line is trimmed, blank lines are dropped and a leading `%%`
 * (a comment line to Mermaid) becomes `％%`.
 */
export function sanitizeDescription(text: string): string {
  return text
    .replaceAll('}', '｝')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(/^%%/, '％%'))
    .filter((line) => line !== '')
    .join('\n');
}
