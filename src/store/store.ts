import type { ColumnType } from "../artifacts/artifact-contract.ts";

/** Lifecycle of a run: created, receiving uploads, queued for processing, then a final state. */
export type RunStatus = "created" | "queued" | "processing" | "succeeded" | "failed" | "partial";

/** Descriptive facts about a run, set by the client that creates it. */
export interface RunMetadata {
  simulator?: string;
  simulatorVersion?: string;
  scenario?: string;
  labels?: Record<string, string>;
  /** Wall-clock span of the simulation, ISO 8601. */
  startedAt?: string;
  endedAt?: string;
}

export interface RunRecord {
  id: string;
  pack: string;
  /** Absolute path of the run folder the artifacts are read from. */
  folder: string;
  status: RunStatus;
  metadata: RunMetadata;
  createdAt: string;
  updatedAt: string;
}

export interface NewRun {
  id: string;
  pack: string;
  folder: string;
  status?: RunStatus;
  metadata?: RunMetadata;
}

export interface RunFilter {
  status?: RunStatus;
  pack?: string;
  simulator?: string;
  /** Case-insensitive substring of the id, scenario or simulator. */
  search?: string;
  label?: { key: string; value: string };
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export interface RunPage {
  runs: RunRecord[];
  nextCursor: string | null;
}

/** A file of a run as it was read: where, how big, its SHA-256 and schema. */
export interface ArtifactRef {
  artifact: string;
  path: string;
  relativePath: string;
  format: string;
  size: number;
  sha256: string;
  partitions: Record<string, string>;
  schema: SchemaField[];
}

export interface SchemaField {
  name: string;
  dtype: ColumnType | string;
}

export type JobKind = "process" | "replay";
export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "partial";

export interface JobRecord {
  id: string;
  runId: string;
  kind: JobKind;
  status: JobStatus;
  /** Chart ids a replay is limited to; empty for all charts of the pack. */
  charts: string[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export type ChartStatus = "succeeded" | "failed" | "skipped";

export interface ChartResult {
  chartId: string;
  chartVersion: number;
  status: ChartStatus;
  rows: number | null;
  contentHash: string | null;
  /** For replays: the hash of the dataset that was current before. */
  previousHash: string | null;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  durationMs: number;
}

export interface DatasetInput {
  runId: string;
  chartId: string;
  chartVersion: number;
  jobId: string;
  contentHash: string;
  rowCount: number;
  schema: SchemaField[];
  /** The dataset as Arrow IPC file bytes. */
  ipc: Uint8Array;
}

export interface DatasetRecord extends Omit<DatasetInput, "ipc"> {
  /** Increments with each publication of the same chart on the same run, from 1. */
  revision: number;
  createdAt: string;
}

export interface ParityRecord {
  runId: string;
  chartId: string;
  legacyPath: string;
  passed: boolean;
  report: Record<string, unknown>;
  createdAt: string;
}

export interface LineageRecord {
  runId: string;
  jobId: string;
  eventType: "START" | "COMPLETE" | "FAIL";
  eventTime: string;
  /** The OpenLineage run event as sent. */
  event: Record<string, unknown>;
}

export type TokenScope = "read" | "simulator:write" | "admin";

export interface TokenRecord {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * The analytics store. Every backend (SQLite embedded, PostgreSQL) implements it and runs its
 * migrations in `migrate()`. Methods that publish data are atomic: a crash leaves the previous
 * state or the new one, never a partial one.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  migrate(): Promise<void>;
  /** Returns whether the store is reachable and every migration is applied. */
  ready(): Promise<{ reachable: boolean; migrationsApplied: boolean; pending: string[] }>;
  close(): Promise<void>;

  createRun(run: NewRun): Promise<RunRecord>;
  getRun(id: string): Promise<RunRecord | undefined>;
  listRuns(filter?: RunFilter): Promise<RunPage>;
  updateRun(
    id: string,
    patch: { status?: RunStatus; metadata?: RunMetadata; folder?: string },
  ): Promise<RunRecord>;

  /** Replaces the artifact references of a run in one transaction. */
  saveArtifacts(runId: string, artifacts: ArtifactRef[]): Promise<void>;
  listArtifacts(runId: string): Promise<ArtifactRef[]>;

  createJob(job: {
    id: string;
    runId: string;
    kind: JobKind;
    charts?: string[];
  }): Promise<JobRecord>;
  updateJob(
    id: string,
    patch: { status?: JobStatus; startedAt?: string; finishedAt?: string; error?: string | null },
  ): Promise<JobRecord>;
  getJob(id: string): Promise<JobRecord | undefined>;
  listJobs(runId: string): Promise<JobRecord[]>;
  /** Takes the oldest queued job and marks it running, or returns undefined. */
  claimNextJob(): Promise<JobRecord | undefined>;
  saveChartResult(jobId: string, result: ChartResult): Promise<void>;
  listChartResults(jobId: string): Promise<ChartResult[]>;

  /** Publishes a new revision of a chart dataset atomically and makes it current. */
  publishDataset(dataset: DatasetInput): Promise<DatasetRecord>;
  /** The current dataset of a chart on a run, with its bytes. */
  getDataset(
    runId: string,
    chartId: string,
  ): Promise<(DatasetRecord & { ipc: Uint8Array }) | undefined>;
  /** The record of a chart's current dataset without its bytes: one cheap lookup per request. */
  getDatasetRecord(runId: string, chartId: string): Promise<DatasetRecord | undefined>;
  listDatasets(runId: string): Promise<DatasetRecord[]>;

  saveParity(record: Omit<ParityRecord, "createdAt">): Promise<void>;
  listParity(runId: string): Promise<ParityRecord[]>;

  appendLineage(record: LineageRecord): Promise<void>;
  listLineage(runId: string): Promise<LineageRecord[]>;

  /** Stores a token by the SHA-256 of its secret; the secret itself is never stored. */
  createToken(token: {
    id: string;
    name: string;
    scopes: TokenScope[];
    secretHash: string;
  }): Promise<TokenRecord>;
  findTokenBySecretHash(secretHash: string): Promise<TokenRecord | undefined>;
  touchToken(id: string): Promise<void>;
  listTokens(): Promise<TokenRecord[]>;
  revokeToken(id: string): Promise<void>;
}
