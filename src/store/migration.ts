/**
 * One schema change. Names sort in the order the migrations apply (`0001_create_runs`), and
 * each backend keeps its own list with the same names and its own SQL dialect.
 */
export interface Migration {
  name: string;
  /** SQL statements run in order, in one transaction with the record of the name. */
  statements: readonly string[];
}

/** Outcome of one migration in a run of {@link Migration}s, in the style of Kysely's migrator. */
export interface MigrationResult {
  name: string;
  /**
   * `applied`: this run applied it. `skipped`: it was applied already, possibly by another
   * process at the same time. `failed`: its transaction rolled back. `not_executed`: an
   * earlier migration failed, so this one did not run.
   */
  status: "applied" | "skipped" | "failed" | "not_executed";
}

/** Results of every migration in the list, and the error that stopped the run, if any. */
export interface MigrationRun {
  results: MigrationResult[];
  error?: Error;
}

/**
 * The database side of the migration runner, implemented once per backend. Each method
 * works on the `schema_migrations` table (name, applied_at).
 */
export interface MigrationTarget {
  /** Creates `schema_migrations` if it does not exist. */
  prepareHistory(): Promise<void>;
  /** Lists the names recorded in `schema_migrations`; empty when the table does not exist. */
  appliedNames(): Promise<string[]>;
  /**
   * Runs the statements and records the name in one write transaction. Returns false without
   * running anything when the name was recorded already, which happens when another process
   * migrates the same database concurrently.
   */
  apply(migration: Migration): Promise<boolean>;
}
