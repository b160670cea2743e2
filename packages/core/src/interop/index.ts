/**
 * `@journeykit/core/interop` — CSV touchpoint tables (Excel-friendly) and Mermaid journey
 * diagrams, a separate entry so that apps which do not import or export these formats do not
 * carry them. JSON documents (`serializeJourney`, `deserializeJourney`, `migrateJourney`) are in
 * the main entry.
 * @packageDocumentation
 */
export { CSV_COLUMNS, type CsvColumn, type CsvColumnKind } from './csv/columns';
export { CsvImportError, type CsvIssue } from './csv/errors';
export { touchpointsToCsv, type TouchpointsToCsvOptions } from './csv/export';
export { touchpointsFromCsv, type TouchpointsFromCsvOptions } from './csv/import';

export { MermaidParseError } from './mermaid/errors';
export { parseMermaidJourney, type MermaidJourneyDiagram, type MermaidSection, type MermaidTask } from './mermaid/parse';
export { fromMermaidJourney, mermaidScoreToEmotion, type FromMermaidJourneyOptions } from './mermaid/import';
export { emotionToMermaidScore, toMermaidJourney } from './mermaid/export';
