import type { DatabaseSync } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireOneOf, requireText, requireTimestamp } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { JobKind, JobRecord, JobStatus } from "../store.ts";
import { type Row, readNullableText, readText } from "./row-values.ts";
import { requireRun } from "./runs.ts";
import { isUniqueViolation } from "./sqlite-error.ts";

const jobKinds: readonly JobKind[] = ["process", "replay"];
const jobStatuses: readonly JobStatus[] = ["queued", "running", "succeeded", "failed", "partial"];

/** A job to queue; `charts` limits a replay to those chart ids. */
export interface NewJob {
  id: string;
  runId: string;
  kind: JobKind;
  charts?: string[];
}

/** Changes that `updateJob` applies; `error: null` clears a stored error. */
export interface JobPatch {
  status?: JobStatus;
  startedAt?: string;
  finishedAt?: string;
  error?: string | null;
}

/**
 * Inserts a queued job of an existing run. Throws `not_found` for an unknown run and
 * `conflict` for a duplicate job id.
 */
export function insertJob(database: DatabaseSync, job: NewJob, now: string): JobRecord {
  requireText("job id", job.id);
  requireOneOf("job kind", job.kind, jobKinds);
  const charts = job.charts ?? [];
  for (const [index, chart] of charts.entries()) {
    requireText(`charts[${index}]`, chart);
  }
  requireRun(database, job.runId);

  try {
    database
      .prepare(
        `INSERT INTO jobs (id, run_id, kind, status, charts, created_at)
         VALUES (?, ?, ?, 'queued', ?, ?)`,
      )
      .run(job.id, job.runId, job.kind, encodeJson(charts, "charts"), now);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw duplicateJob(job.id, error);
    }
    throw error;
  }
  return requireJob(database, job.id);
}

/** Reads one job, or returns undefined when the id is unknown. */
export function selectJob(database: DatabaseSync, id: string): JobRecord | undefined {
  const row = database.prepare("SELECT * FROM jobs WHERE id = ?").get(id);
  return row === undefined ? undefined : jobFromRow(row);
}

/** Reads one job, throwing `DspError("not_found")` naming the id when it is unknown. */
export function requireJob(database: DatabaseSync, id: string): JobRecord {
  const job = selectJob(database, id);
  if (job === undefined) {
    throw new DspError(
      "not_found",
      `Job "${id}" was not found. Check the id, or create the job first.`,
      { field: "jobId", value: id },
    );
  }
  return job;
}

/** Reads the jobs of a run, oldest first. */
export function selectJobs(database: DatabaseSync, runId: string): JobRecord[] {
  const rows = database
    .prepare("SELECT * FROM jobs WHERE run_id = ? ORDER BY created_at, rowid")
    .all(runId);
  return rows.map(jobFromRow);
}

/** Applies a patch to a job. Throws `not_found` for an unknown id. */
export function updateJobRow(database: DatabaseSync, id: string, patch: JobPatch): JobRecord {
  const current = requireJob(database, id);
  const next = {
    status: patch.status ?? current.status,
    startedAt: patch.startedAt ?? current.startedAt,
    finishedAt: patch.finishedAt ?? current.finishedAt,
    error: patch.error === undefined ? current.error : patch.error,
  };
  requireOneOf("job status", next.status, jobStatuses);
  if (next.startedAt !== null) {
    requireTimestamp("startedAt", next.startedAt);
  }
  if (next.finishedAt !== null) {
    requireTimestamp("finishedAt", next.finishedAt);
  }

  database
    .prepare("UPDATE jobs SET status = ?, started_at = ?, finished_at = ?, error = ? WHERE id = ?")
    .run(next.status, next.startedAt, next.finishedAt, next.error, id);
  return requireJob(database, id);
}

/**
 * Marks the oldest queued job as running and returns it, or returns undefined when none is
 * queued. The caller runs it in a write transaction, so two workers never claim the same job.
 *
 * NOTE: a claim has no lease. A job whose worker dies stays `running` until someone sets its
 * status back to `queued` with updateJob.
 */
export function claimOldestQueuedJob(database: DatabaseSync, now: string): JobRecord | undefined {
  const row = database
    .prepare("SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at, rowid LIMIT 1")
    .get();
  if (row === undefined) {
    return undefined;
  }

  const id = readText(row, "id");
  database.prepare("UPDATE jobs SET status = 'running', started_at = ? WHERE id = ?").run(now, id);
  return requireJob(database, id);
}

function jobFromRow(row: Row): JobRecord {
  return {
    id: readText(row, "id"),
    runId: readText(row, "run_id"),
    kind: readText(row, "kind") as JobKind,
    status: readText(row, "status") as JobStatus,
    charts: decodeJson(readText(row, "charts")) as string[],
    createdAt: readText(row, "created_at"),
    startedAt: readNullableText(row, "started_at"),
    finishedAt: readNullableText(row, "finished_at"),
    error: readNullableText(row, "error"),
  };
}

function duplicateJob(id: string, cause: unknown): DspError {
  return new DspError(
    "conflict",
    `A job with id "${id}" already exists. Choose another id.`,
    { field: "id", value: id },
    { cause },
  );
}
