/**
 * A line-based reader of Mermaid journey diagrams, as Mermaid documents them:
 *
 * ```
 * ---
 * title: Optional front matter title
 * ---
 * journey
 *   title My working day
 *   accTitle: Short accessible title
 *   accDescr: One-line description   (or a block: accDescr { … several lines … })
 *   section Go to work
 *     Make tea: 5: Me
 *     Do work: 1: Me, Cat
 * ```
 *
 * The `journey` header must be lower case (Mermaid's diagram detection needs it); the other
 * keywords are case-insensitive (as in Mermaid's lexer); indentation and blank lines do not matter; `%%` starts a
 * comment (also `%%{init: …}%%` lines), and so does `#` (as in Mermaid's lexer). A task is
 * `Name: score` or `Name: score: Actor 1, Actor 2`, score a number from 1 to 5.
 */
import { MermaidParseError } from './errors';
import { WORD_JOINER } from './sanitize';

/** A task line. */
export interface MermaidTask {
  /** Task name (trimmed, without U+2060). */
  name: string;
  /** Score, 1…5. */
  score: number;
  /** Actor names, trimmed, each once, in the order written; may be empty. */
  actors: string[];
  /** 1-based line. */
  line: number;
}

/** A section with its tasks; `name` is `null` for tasks written before any section. */
export interface MermaidSection {
  name: string | null;
  /** 1-based line of `section` (of the first task for the implicit section). */
  line: number;
  tasks: MermaidTask[];
}

/** What a Mermaid journey diagram says. */
export interface MermaidJourneyDiagram {
  /** `title …`, else the front matter's `title:`. */
  title?: string;
  /** `accTitle: …`. */
  accTitle?: string;
  /** `accDescr: …`, or the lines of `accDescr { … }` trimmed, without blank and `%%` lines (as Mermaid reads them). */
  accDescription?: string;
  /** Sections in order, the implicit one (tasks before any section) first when present. */
  sections: MermaidSection[];
  /** 1-based lines of the last `title`, `accTitle` and `accDescr` statements. */
  lines: { title?: number; accTitle?: number; accDescription?: number };
}

const OTHER_DIRECTIVES = new Set(['direction', 'classdef', 'class', 'style', 'click', 'linkstyle', 'acctitle', 'accdescr', 'title', 'section', 'journey']);
const cleanName = (text: string) => text.replaceAll(WORD_JOINER, '').trim();

/** The text of an `accDescr { … }` block as Mermaid reads it: each line trimmed, blank lines dropped. */
function blockText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

/** The line without a `#` or `%%` comment (Mermaid: `%%` not preceded by `}`). */
function withoutComment(line: string): string {
  const hash = line.indexOf('#');
  const percent = /(^|[^}])%%/.exec(line);
  const percentAt = percent ? percent.index + percent[1]!.length : -1;
  const cut = [hash, percentAt].filter((index) => index >= 0);
  return cut.length > 0 ? line.slice(0, Math.min(...cut)) : line;
}

function readFrontMatter(lines: readonly string[]): { end: number; title?: string } {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || lines[first]!.trim() !== '---') return { end: 0 };
  for (let index = first + 1; index < lines.length; index++) {
    if (lines[index]!.trim() !== '---') continue;
    let title: string | undefined;
    for (const line of lines.slice(first + 1, index)) {
      const match = /^title\s*:\s*(.*)$/.exec(line.trim());
      if (match) title = match[1]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    }
    return { end: index + 1, ...(title ? { title } : {}) };
  }
  throw new MermaidParseError(first + 1, 'the front matter opened with "---" is not closed by a second "---" line');
}

function readTask(text: string, line: number): MermaidTask {
  const colon = text.indexOf(':');
  const name = cleanName(text.slice(0, colon));
  if (name === '') throw new MermaidParseError(line, 'the task has no name before ":"; write it as "Task name: score: actors"');
  const pieces = text.slice(colon + 1).split(':');
  if (pieces.length > 2) throw new MermaidParseError(line, `task "${name}" has more than two ":"; write it as "${name}: score: Actor 1, Actor 2"`);
  const scoreText = pieces[0]!.trim();
  if (scoreText === '') throw new MermaidParseError(line, `task "${name}" has no score; write it as "${name}: 1…5: actors"`);
  const score = /^[+-]?\d+(?:\.\d+)?$/.test(scoreText) ? Number(scoreText) : Number.NaN;
  if (!(score >= 1 && score <= 5)) throw new MermaidParseError(line, `the score of task "${name}" must be a number from 1 to 5; found "${scoreText}"`);
  const actors = [...new Set((pieces[1] ?? '').split(',').map(cleanName).filter((actor) => actor !== ''))];
  return { name, score, actors, line };
}

/**
 * Reads the text of a Mermaid journey diagram into its parts, without building a journey.
 * @throws {MermaidParseError} with the 1-based line of the first problem: no `journey` header,
 * an unknown directive, a task without score or with a score outside 1…5, `;` in a line, an
 * unclosed `accDescr {` block or front matter.
 * @example
 * parseMermaidJourney('journey\n section Buy\n  Order: 4: Ana').sections[0].tasks[0].score // 4
 */
export function parseMermaidJourney(text: string): MermaidJourneyDiagram {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const front = readFrontMatter(lines);
  const diagram: MermaidJourneyDiagram = { sections: [], lines: {}, ...(front.title ? { title: front.title } : {}) };
  let header = false;
  let block: { line: number; parts: string[] } | null = null;
  let section: MermaidSection | null = null;

  for (let index = front.end; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    if (block) {
      if (/^\s*%%(?!\{)/.test(raw)) continue; // Mermaid drops %% lines everywhere, even here
      const close = raw.indexOf('}');
      block.parts.push(close < 0 ? raw : raw.slice(0, close));
      if (close < 0) continue;
      if (raw.slice(close + 1).trim() !== '') throw new MermaidParseError(line, 'unexpected text after the "}" that ends accDescr { … }');
      diagram.accDescription = blockText(block.parts);
      diagram.lines.accDescription = block.line;
      block = null;
      continue;
    }
    const statement = withoutComment(raw).trim();
    if (statement === '') continue;
    if (!header) {
      if (statement !== 'journey')
        throw new MermaidParseError(line, `expected the "journey" header first (in lower case, as Mermaid detects it); found "${statement}"`);
      header = true;
      continue;
    }
    const whole = raw.trim();
    const accTitle = /^accTitle\s*:\s*(.*)$/i.exec(whole);
    const accDescr = /^accDescr\s*:\s*(.*)$/i.exec(whole);
    const accBlock = /^accDescr\s*\{(.*)$/i.exec(whole);
    if (accTitle) {
      diagram.accTitle = accTitle[1]!.trim();
      diagram.lines.accTitle = line;
    } else if (accDescr) {
      diagram.accDescription = accDescr[1]!.trim();
      diagram.lines.accDescription = line;
    } else if (accBlock) {
      const rest = accBlock[1]!;
      const close = rest.indexOf('}');
      if (close < 0) block = { line, parts: [rest] };
      else if (rest.slice(close + 1).trim() !== '') throw new MermaidParseError(line, 'unexpected text after the "}" that ends accDescr { … }');
      else {
        diagram.accDescription = blockText([rest.slice(0, close)]);
        diagram.lines.accDescription = line;
      }
    } else if (statement.includes(';')) throw new MermaidParseError(line, '";" is not allowed in a journey diagram (Mermaid reads it as the end of a statement)');
    else {
      const keyword = /^(title|section)(?:\s+(.*))?$/i.exec(statement);
      if (keyword) {
        const value = cleanName(keyword[2] ?? '');
        const what = keyword[1]!.toLowerCase();
        if (value === '') throw new MermaidParseError(line, `"${what}" needs ${what === 'title' ? 'a text' : 'a name'}`);
        if (what === 'title') {
          diagram.title = value;
          diagram.lines.title = line;
        }
        else if (value.includes(':')) throw new MermaidParseError(line, `section "${value}" contains ":", which Mermaid does not allow in a section name`);
        else diagram.sections.push((section = { name: value, line, tasks: [] }));
      } else if (statement.includes(':')) {
        const task = readTask(statement, line);
        if (!section) diagram.sections.push((section = { name: null, line, tasks: [] })); // tasks before any section
        section.tasks.push(task);
      } else {
        const word = statement.split(/\s+/)[0]!;
        if (/^journey$/i.test(statement)) throw new MermaidParseError(line, 'the "journey" header appears twice');
        if (OTHER_DIRECTIVES.has(word.toLowerCase()))
          throw new MermaidParseError(line, `unknown directive "${word}"; a journey diagram has title, section, accTitle, accDescr and tasks ("Task name: score: actors")`);
        if (word === statement)
          throw new MermaidParseError(line, `"${word}" is neither a directive (title, section, accTitle, accDescr) nor a task with a score ("${word}: 1…5: actors")`);
        throw new MermaidParseError(line, `task "${statement}" has no score; write it as "${statement}: 1…5: actors"`);
      }
    }
  }
  if (block) throw new MermaidParseError(block.line, 'accDescr { … } is not closed with "}"');
  if (!header) throw new MermaidParseError(Math.max(1, lines.length), 'missing the "journey" header: a Mermaid journey diagram starts with "journey"');
  return diagram;
}
