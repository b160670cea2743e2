/** Thrown by `fromMermaidJourney` / `parseMermaidJourney` for text that is not a valid Mermaid journey diagram. */
export class MermaidParseError extends Error {
  override readonly name = 'MermaidParseError';
  /** 1-based line of the text where the problem is. */
  readonly line: number;
  /** The problem without the line prefix. */
  readonly reason: string;

  constructor(line: number, reason: string) {
    super(`Line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}
