// JSON documents (serialize, migrate, deserialize): part of the main entry, re-exported by src/index.ts.
export { serializeJourney, type SerializeJourneyOptions } from './serialize';
export {
  JOURNEY_MIGRATIONS,
  JourneyMigrationError,
  createMigrator,
  migrateJourney,
  type CreateMigratorOptions,
  type JourneyMigrator,
  type MigrationResult,
  type MigrationStep,
} from './migrate';
export { deserializeJourney, type DeserializeJourneyOptions } from './deserialize';
