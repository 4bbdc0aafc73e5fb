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
  selectCurrentDatasetRecord,
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
 * The connection runs in WAL mode, so readers and the one writer do not block each other, and
 * every write takes the lock with `BEGIN IMMEDIATE`. Several stores, in one process or several, may open
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
    const database = new DatabaseSync(path);
    try {
      return new SqliteStore(database, path, options);
    } catch (error) {
      database.close();
      throw error;
    }
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
    // FULL syncs the WAL on every commit, so a committed write also survives a power loss
    // on storage that honours fsync.
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

  /**
   * Runs a test query and lists the pending migrations. Reports a closed or unreadable store as
   * unreachable instead of throwing.
   */
  async ready(): Promise<{ reachable: boolean; migrationsApplied: boolean; pending: string[] }> {
    try {
      this.#database.prepare("SELECT 1").get();
      const target = new SqliteMigrationTarget(this.#database);
      const pending = await listPendingMigrations(target, this.#migrations);
      return { reachable: true, migrationsApplied: pending.length === 0, pending };
    } catch {
      // The database is closed or unreadable, so the pending migrations are unknown.
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

  /** Reads a run, or returns undefined for an unknown id. */
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

  /** Replaces the artifact references of a run in one transaction. Throws `not_found` for an unknown run. */
  saveArtifacts(runId: string, artifacts: ArtifactRef[]): Promise<void> {
    return this.#write(() => replaceArtifacts(this.#database, runId, artifacts));
  }

  /** Lists the artifact references of a run in the order they were saved. */
  listArtifacts(runId: string): Promise<ArtifactRef[]> {
    return this.#guard(() => selectArtifacts(this.#database, runId));
  }

  /** Queues a job of an existing run. */
  createJob(job: NewJob): Promise<JobRecord> {
    return this.#write(() => insertJob(this.#database, job, this.#now()));
  }

  /** Updates a job; `error: null` clears the stored error. Throws `not_found` for an unknown id. */
  updateJob(id: string, patch: JobPatch): Promise<JobRecord> {
    return this.#write(() => updateJobRow(this.#database, id, patch));
  }

  /** Reads a job, or returns undefined for an unknown id. */
  getJob(id: string): Promise<JobRecord | undefined> {
    return this.#guard(() => selectJob(this.#database, id));
  }

  /** Lists the jobs of a run, oldest first. */
  listJobs(runId: string): Promise<JobRecord[]> {
    return this.#guard(() => selectJobs(this.#database, runId));
  }

  /** Marks the oldest queued job as running inside `BEGIN IMMEDIATE` and returns it. */
  claimNextJob(): Promise<JobRecord | undefined> {
    return this.#write(() => claimOldestQueuedJob(this.#database, this.#now()));
  }

  /** Saves a chart result, replacing an earlier one of the same chart and version in the job. */
  saveChartResult(jobId: string, result: ChartResult): Promise<void> {
    return this.#write(() => upsertChartResult(this.#database, jobId, result));
  }

  /** Lists the chart results of a job in the order they were first saved. */
  listChartResults(jobId: string): Promise<ChartResult[]> {
    return this.#guard(() => selectChartResults(this.#database, jobId));
  }

  /**
   * Inserts the next revision of a chart dataset and makes it current in one transaction.
   * Throws `not_found` for an unknown run or job.
   */
  publishDataset(dataset: DatasetInput): Promise<DatasetRecord> {
    return this.#write(() => insertDatasetRevision(this.#database, dataset, this.#now()));
  }

  /** Reads the current revision of a chart dataset with its Arrow IPC bytes. */
  getDataset(
    runId: string,
    chartId: string,
  ): Promise<(DatasetRecord & { ipc: Uint8Array }) | undefined> {
    return this.#guard(() => selectCurrentDataset(this.#database, runId, chartId));
  }

  /** Reads the current revision of a chart dataset without its bytes. */
  getDatasetRecord(runId: string, chartId: string): Promise<DatasetRecord | undefined> {
    return this.#guard(() => selectCurrentDatasetRecord(this.#database, runId, chartId));
  }

  /** Lists the current revision of each chart dataset of a run, without the bytes. */
  listDatasets(runId: string): Promise<DatasetRecord[]> {
    return this.#guard(() => selectCurrentDatasets(this.#database, runId));
  }

  /** Saves a parity report. Throws `not_found` for an unknown run. */
  saveParity(record: Omit<ParityRecord, "createdAt">): Promise<void> {
    return this.#write(() => insertParityResult(this.#database, record, this.#now()));
  }

  /** Lists the parity reports of a run in the order they were saved. */
  listParity(runId: string): Promise<ParityRecord[]> {
    return this.#guard(() => selectParityResults(this.#database, runId));
  }

  /** Appends a lineage event. Throws `not_found` for an unknown run or job. */
  appendLineage(record: LineageRecord): Promise<void> {
    return this.#write(() => insertLineageEvent(this.#database, record));
  }

  /** Lists the lineage events of a run in the order they were appended. */
  listLineage(runId: string): Promise<LineageRecord[]> {
    return this.#guard(() => selectLineageEvents(this.#database, runId));
  }

  /**
   * Stores a token by the SHA-256 hex digest of its secret. Throws `conflict` for a duplicate
   * id or secret hash.
   */
  createToken(token: NewToken): Promise<TokenRecord> {
    return this.#write(() => insertToken(this.#database, token, this.#now()));
  }

  /** Finds a token by secret hash, including a revoked one; the caller checks `revokedAt`. */
  findTokenBySecretHash(secretHash: string): Promise<TokenRecord | undefined> {
    return this.#guard(() => selectTokenBySecretHash(this.#database, secretHash));
  }

  /** Sets the last-used time of a token. Throws `not_found` for an unknown id. */
  touchToken(id: string): Promise<void> {
    return this.#write(() => touchTokenRow(this.#database, id, this.#now()));
  }

  /** Lists every token, revoked ones included, oldest first. */
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

  /** Runs `work` in a write transaction through {@link SqliteStore.#guard}. */
  #write<T>(work: () => T): Promise<T> {
    return this.#guard(() => inWriteTransaction(this.#database, work));
  }

  /** Runs `work` and reports lock and closed-database errors as `DspError("unavailable")`. */
  async #guard<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateSqliteError(error, this.location);
    }
  }
}
