import { DatabaseSync } from "node:sqlite";
import type { Migration } from "./migration.ts";
import { sqliteMigrations } from "./migrations/sqlite-migrations.ts";
import { listPendingMigrations, runMigrations } from "./run-migrations.ts";
import {
  insertToken,
  type NewToken,
  revokeTokenRow,
  selectTokenBySecretHash,
  selectTokens,
  touchTokenRow,
} from "./sqlite/api-tokens.ts";
import { replaceArtifacts, selectArtifacts } from "./sqlite/artifacts.ts";
import { selectChartResults, upsertChartResult } from "./sqlite/chart-results.ts";
import {
  insertDatasetRevision,
  selectCurrentDataset,
  selectCurrentDatasets,
} from "./sqlite/datasets.ts";
import {
  claimOldestQueuedJob,
  insertJob,
  type JobPatch,
  type NewJob,
  selectJob,
  selectJobs,
  updateJobRow,
} from "./sqlite/jobs.ts";
import { insertLineageEvent, selectLineageEvents } from "./sqlite/lineage-events.ts";
import { insertParityResult, selectParityResults } from "./sqlite/parity-results.ts";
import { registerRunSearchFunctions, selectRunPage } from "./sqlite/run-page-query.ts";
import { insertRun, type RunPatch, selectRun, updateRunRow } from "./sqlite/runs.ts";
import { translateSqliteError } from "./sqlite/sqlite-error.ts";
import { SqliteMigrationTarget } from "./sqlite/sqlite-migration-target.ts";
import { inWriteTransaction } from "./sqlite/write-transaction.ts";
import type {
  ArtifactRef,
  ChartResult,
  DatasetInput,
  DatasetRecord,
  JobRecord,
  LineageRecord,
  NewRun,
  ParityRecord,
  RunFilter,
  RunPage,
  RunRecord,
  Store,
  TokenRecord,
} from "./store.ts";

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** Maximum time in ms that a write waits for another connection's lock; 5000 by default. */
  busyTimeoutMs?: number;
  /** Source of the timestamps the store writes; the system clock by default. */
  clock?: () => Date;
  /** Migrations to apply; the SQLite schema of this version by default. */
  migrations?: readonly Migration[];
}

/**
 * The embedded analytics store on one SQLite file, using Node's built-in `node:sqlite`.
 *
 * The connection runs in WAL mode, so readers do not block the single writer, and every write
 * takes the lock with `BEGIN IMMEDIATE`. Several stores, in one process or several, may open
 * the same file. The methods are async to match the PostgreSQL backend but run synchronously.
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  /** File path of the database, or `:memory:`. */
  readonly location: string;
  readonly #database: DatabaseSync;
  readonly #clock: () => Date;
  readonly #migrations: readonly Migration[];

  /**
   * Opens or creates the SQLite database at `path`, which may be `:memory:`. The parent folder
   * must exist. Call {@link SqliteStore.migrate} before the first read or write.
   */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    return new SqliteStore(new DatabaseSync(path), path, options);
  }

  /** Wraps an open connection and sets WAL mode, foreign keys and the busy timeout on it. */
  constructor(database: DatabaseSync, location: string, options: SqliteStoreOptions = {}) {
    this.#database = database;
    this.location = location;
    this.#clock = options.clock ?? (() => new Date());
    this.#migrations = options.migrations ?? sqliteMigrations;

    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    database.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    database.exec("PRAGMA foreign_keys = ON");
    database.exec("PRAGMA journal_mode = WAL");
    // FULL syncs the WAL on every commit, so a committed write survives a power loss too.
    database.exec("PRAGMA synchronous = FULL");
    registerRunSearchFunctions(database);
  }

  /** Applies the pending migrations; throws the first failure after rolling it back. */
  async migrate(): Promise<void> {
    const outcome = await this.#guard(() =>
      runMigrations(new SqliteMigrationTarget(this.#database), this.#migrations),
    );
    if (outcome.error !== undefined) {
      throw translateSqliteError(outcome.error, this.location);
    }
  }

  /** Returns whether the file answers a query and which migrations are still pending. */
  async ready(): Promise<{ reachable: boolean; migrationsApplied: boolean; pending: string[] }> {
    try {
      this.#database.prepare("SELECT 1").get();
      const target = new SqliteMigrationTarget(this.#database);
      const pending = await listPendingMigrations(target, this.#migrations);
      return { reachable: true, migrationsApplied: pending.length === 0, pending };
    } catch {
      // A closed or unreadable database: which migrations are pending is unknown.
      return { reachable: false, migrationsApplied: false, pending: [] };
    }
  }

  /** Closes the connection; calling it again does nothing. */
  async close(): Promise<void> {
    if (this.#database.isOpen) {
      this.#database.close();
    }
  }

  /** Creates a run. Throws `conflict` for a duplicate id. */
  createRun(run: NewRun): Promise<RunRecord> {
    return this.#write(() => insertRun(this.#database, run, this.#now()));
  }

  getRun(id: string): Promise<RunRecord | undefined> {
    return this.#guard(() => selectRun(this.#database, id));
  }

  /** Lists runs newest first, one page at a time; see {@link RunFilter}. */
  listRuns(filter: RunFilter = {}): Promise<RunPage> {
    return this.#guard(() => selectRunPage(this.#database, filter));
  }

  /** Updates a run; `metadata` replaces the stored metadata as a whole. */
  updateRun(id: string, patch: RunPatch): Promise<RunRecord> {
    return this.#write(() => updateRunRow(this.#database, id, patch, this.#now()));
  }

  saveArtifacts(runId: string, artifacts: ArtifactRef[]): Promise<void> {
    return this.#write(() => replaceArtifacts(this.#database, runId, artifacts));
  }

  listArtifacts(runId: string): Promise<ArtifactRef[]> {
    return this.#guard(() => selectArtifacts(this.#database, runId));
  }

  /** Queues a job of an existing run. */
  createJob(job: NewJob): Promise<JobRecord> {
    return this.#write(() => insertJob(this.#database, job, this.#now()));
  }

  updateJob(id: string, patch: JobPatch): Promise<JobRecord> {
    return this.#write(() => updateJobRow(this.#database, id, patch));
  }

  getJob(id: string): Promise<JobRecord | undefined> {
    return this.#guard(() => selectJob(this.#database, id));
  }

  listJobs(runId: string): Promise<JobRecord[]> {
    return this.#guard(() => selectJobs(this.#database, runId));
  }

  claimNextJob(): Promise<JobRecord | undefined> {
    return this.#write(() => claimOldestQueuedJob(this.#database, this.#now()));
  }

  /** Saves a chart result, replacing an earlier one of the same chart and version in the job. */
  saveChartResult(jobId: string, result: ChartResult): Promise<void> {
    return this.#write(() => upsertChartResult(this.#database, jobId, result));
  }

  listChartResults(jobId: string): Promise<ChartResult[]> {
    return this.#guard(() => selectChartResults(this.#database, jobId));
  }

  publishDataset(dataset: DatasetInput): Promise<DatasetRecord> {
    return this.#write(() => insertDatasetRevision(this.#database, dataset, this.#now()));
  }

  getDataset(
    runId: string,
    chartId: string,
  ): Promise<(DatasetRecord & { ipc: Uint8Array }) | undefined> {
    return this.#guard(() => selectCurrentDataset(this.#database, runId, chartId));
  }

  /** Lists the current revision of each chart dataset of a run, without the bytes. */
  listDatasets(runId: string): Promise<DatasetRecord[]> {
    return this.#guard(() => selectCurrentDatasets(this.#database, runId));
  }

  saveParity(record: Omit<ParityRecord, "createdAt">): Promise<void> {
    return this.#write(() => insertParityResult(this.#database, record, this.#now()));
  }

  listParity(runId: string): Promise<ParityRecord[]> {
    return this.#guard(() => selectParityResults(this.#database, runId));
  }

  appendLineage(record: LineageRecord): Promise<void> {
    return this.#write(() => insertLineageEvent(this.#database, record));
  }

  listLineage(runId: string): Promise<LineageRecord[]> {
    return this.#guard(() => selectLineageEvents(this.#database, runId));
  }

  createToken(token: NewToken): Promise<TokenRecord> {
    return this.#write(() => insertToken(this.#database, token, this.#now()));
  }

  /** Finds a token by secret hash, including a revoked one; the caller checks `revokedAt`. */
  findTokenBySecretHash(secretHash: string): Promise<TokenRecord | undefined> {
    return this.#guard(() => selectTokenBySecretHash(this.#database, secretHash));
  }

  touchToken(id: string): Promise<void> {
    return this.#write(() => touchTokenRow(this.#database, id, this.#now()));
  }

  listTokens(): Promise<TokenRecord[]> {
    return this.#guard(() => selectTokens(this.#database));
  }

  /** Revokes a token; revoking it again keeps the first `revokedAt`. */
  revokeToken(id: string): Promise<void> {
    return this.#write(() => revokeTokenRow(this.#database, id, this.#now()));
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  /** Runs `work` in a write transaction and reports lock and closed errors as `DspError`. */
  #write<T>(work: () => T): Promise<T> {
    return this.#guard(() => inWriteTransaction(this.#database, work));
  }

  async #guard<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateSqliteError(error, this.location);
    }
  }
}
