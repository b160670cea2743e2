/**
 * Import and export of journeys: JSON documents (with format-version migration), CSV
 * touchpoint tables (Excel-friendly) and Mermaid journey diagrams.
 */
export { serializeJourney, type SerializeJourneyOptions } from './json/serialize';
export {
  JOURNEY_MIGRATIONS,
  JourneyMigrationError,
  createMigrator,
  migrateJourney,
  type CreateMigratorOptions,
  type JourneyMigrator,
  type MigrationResult,
  type MigrationStep,
} from './json/migrate';
export { deserializeJourney, type DeserializeJourneyOptions } from './json/deserialize';

export { CSV_COLUMNS, type CsvColumn, type CsvColumnKind } from './csv/columns';
export { CsvImportError, type CsvIssue } from './csv/errors';
export { touchpointsToCsv, type TouchpointsToCsvOptions } from './csv/export';
export { touchpointsFromCsv, type TouchpointsFromCsvOptions } from './csv/import';

export { MermaidParseError } from './mermaid/errors';
export { parseMermaidJourney, type MermaidJourneyDiagram, type MermaidSection, type MermaidTask } from './mermaid/parse';
export { fromMermaidJourney, mermaidScoreToEmotion, type FromMermaidJourneyOptions } from './mermaid/import';
export { emotionToMermaidScore, toMermaidJourney } from './mermaid/export';
