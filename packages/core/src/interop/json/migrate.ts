/**
 * Upgrading older journey documents to the current format version, one registered step at a
 * time (`0 → 1`, `1 → 2` …). Version 1 is the current and first public version, so the built-in
 * registry is empty and migrating a v1 document is the identity; the mechanism is the same one
 * later versions will register their steps with.
 */
import { describeReceived } from '../../schema/issues';
import { CURRENT_VERSION } from '../../schema/enums';

/** One registered upgrade of a document from version `from` to version `to`. */
export interface MigrationStep {
  /** Version this step reads. */
  from: number;
  /** Version this step writes; greater than `from`. */
  to: number;
  /** What changes, for error messages and changelogs, e.g. `"stages" renamed to "phases"`. */
  description?: string;
  /**
   * Turns a document of version `from` into one of version `to` (and must set `version: to`).
   * It receives a private deep copy, so it may change and return it.
   */
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** What a migration did. */
export interface MigrationResult {
  /** The document at version `to`; the very input object when no step ran. */
  document: unknown;
  /** Version the input had. */
  from: number;
  /** Version of `document`: the current version. */
  to: number;
}

/** A function that upgrades documents to its current version, made by {@link createMigrator}. */
export interface JourneyMigrator {
  /**
   * Upgrades `document` to the current version. Never mutates `document`.
   * @throws {JourneyMigrationError} when the document has no usable version or no path to the current one.
   */
  (document: unknown): MigrationResult;
  /** Versions this migrator reads, ascending: the current one and every one with a path to it. */
  readonly supportedVersions: readonly number[];
  /** The version every migrated document has. */
  readonly currentVersion: number;
}

/** Thrown when a document cannot be brought to the current version. Nothing is half-migrated. */
export class JourneyMigrationError extends Error {
  override readonly name = 'JourneyMigrationError';
  /** The `version` value the document had (any type; `undefined` when it had none). */
  readonly version: unknown;
  /** Versions that could have been read. */
  readonly supportedVersions: readonly number[];

  constructor(message: string, version: unknown, supportedVersions: readonly number[]) {
    super(message);
    this.version = version;
    this.supportedVersions = supportedVersions;
  }
}

/** Options of {@link createMigrator}. */
export interface CreateMigratorOptions {
  /**
   * The version migrated documents end at.
   * @default CURRENT_VERSION (1)
   */
  currentVersion?: number;
}

function checkSteps(steps: readonly MigrationStep[]): Map<number, MigrationStep> {
  const byFrom = new Map<number, MigrationStep>();
  for (const step of steps) {
    if (!Number.isInteger(step.from) || !Number.isInteger(step.to) || step.to <= step.from)
      throw new RangeError(`Migration step ${step.from} → ${step.to} is invalid: versions must be whole numbers and "to" greater than "from"`);
    if (byFrom.has(step.from)) throw new RangeError(`Two migration steps start at version ${step.from}; each version may have only one`);
    byFrom.set(step.from, step);
  }
  return byFrom;
}

/** Versions with a chain of steps that ends exactly at `current`, plus `current` itself. */
function reachable(byFrom: Map<number, MigrationStep>, current: number): number[] {
  const versions = [current];
  for (const from of byFrom.keys()) {
    let version = from;
    // Each step goes strictly up, so the walk ends.
    while (version < current && byFrom.has(version)) version = byFrom.get(version)!.to;
    if (version === current) versions.push(from);
  }
  return versions.sort((a, b) => a - b);
}

/**
 * Makes a migrator from a registry of steps. Steps must go strictly upwards, at most one per
 * starting version; a version whose chain of steps does not end at the current version is not
 * supported.
 * @throws {RangeError} for an invalid registry (a step going down, two steps from one version).
 * @example
 * const migrate = createMigrator([{ from: 0, to: 1, migrate: (doc) => ({ ...doc, version: 1 }) }]);
 * migrate({ version: 0, ... }); // { document: { version: 1, ... }, from: 0, to: 1 }
 */
export function createMigrator(steps: readonly MigrationStep[], options: CreateMigratorOptions = {}): JourneyMigrator {
  const current = options.currentVersion ?? CURRENT_VERSION;
  const byFrom = checkSteps(steps);
  const supportedVersions = Object.freeze(reachable(byFrom, current));
  const supportedText = supportedVersions.join(', ');
  const fail = (message: string, version: unknown): never => {
    throw new JourneyMigrationError(message, version, supportedVersions);
  };

  const migrate = (document: unknown): MigrationResult => {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
      return fail(`A journey document must be a JSON object; received ${describeReceived(document)}`, undefined);
    const version = (document as { version?: unknown }).version;
    if (version === undefined) return fail(`The journey document has no "version"; supported versions: ${supportedText}`, version);
    if (typeof version !== 'number' || !Number.isInteger(version))
      return fail(`The journey document's "version" must be a whole number; received ${describeReceived(version)}; supported versions: ${supportedText}`, version);
    if (version === current) return { document, from: version, to: current };
    if (version > current)
      return fail(
        `The journey document has version ${version}, which is newer than this release of journeykit reads (supported versions: ${supportedText}); upgrade @journeykit/core`,
        version,
      );
    if (!supportedVersions.includes(version))
      return fail(`There is no migration from journey document version ${version}; supported versions: ${supportedText}`, version);

    let working: Record<string, unknown>;
    try {
      working = structuredClone(document) as Record<string, unknown>;
    } catch (cause) {
      return fail(`The journey document cannot be copied for migration (${cause instanceof Error ? cause.message : String(cause)})`, version);
    }
    let at = version;
    while (at !== current) {
      const step = byFrom.get(at)!;
      const label = `${step.from} → ${step.to}${step.description ? ` (${step.description})` : ''}`;
      try {
        working = step.migrate(working);
      } catch (cause) {
        return fail(`Migration step ${label} failed: ${cause instanceof Error ? cause.message : String(cause)}`, version);
      }
      if (typeof working !== 'object' || working === null || working.version !== step.to)
        return fail(`Migration step ${label} did not return a document with version ${step.to}`, version);
      at = step.to;
    }
    return { document: working, from: version, to: current };
  };
  return Object.assign(migrate, { supportedVersions, currentVersion: current });
}

/**
 * The built-in registry of migration steps. Empty: version 1 is the first public format. A
 * future format version adds its `n → n+1` step here.
 */
export const JOURNEY_MIGRATIONS: readonly MigrationStep[] = Object.freeze([]);

/**
 * Upgrades a parsed JSON journey document to the current format version (v1), or refuses it
 * with a message naming the supported versions. A v1 document is returned as it is.
 * Validate the result with `parseJourney` (or use {@link deserializeJourney}, which does both).
 * @throws {JourneyMigrationError} for a missing, malformed, future or unknown version.
 * @example
 * const { document, from } = migrateJourney(JSON.parse(text));
 * const journey = parseJourney(document);
 */
export const migrateJourney: JourneyMigrator = createMigrator(JOURNEY_MIGRATIONS);
