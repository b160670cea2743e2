import type { Journey } from '../../model/types';
import { parseJourney, type ParseJourneyOptions } from '../../schema/validate';
import { migrateJourney, type JourneyMigrator } from './migrate';

/** Options of {@link deserializeJourney}. */
export interface DeserializeJourneyOptions extends ParseJourneyOptions {
  /**
   * The migrator that upgrades older documents first.
   * @default migrateJourney
   */
  migrator?: JourneyMigrator;
}

/**
 * Reads a journey from JSON text (or an already parsed value): upgrades it to the current
 * version with the migrator, then validates it with `parseJourney`. The inverse of
 * `serializeJourney`. All or nothing: it returns a complete journey or throws.
 * @throws {JourneyValidationError} for text that is not JSON or a document that is not a valid journey.
 * @throws {JourneyMigrationError} for a missing, future or unknown format version.
 * @example
 * const journey = deserializeJourney(await readFile('journey.json', 'utf8'));
 */
export function deserializeJourney(input: unknown, options: DeserializeJourneyOptions = {}): Journey {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return parseJourney(input, options); // reports the JSON syntax error as a validation issue
    }
  }
  const { document } = (options.migrator ?? migrateJourney)(value);
  return parseJourney(document, options);
}
