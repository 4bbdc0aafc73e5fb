import type { DatabaseSync } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireOneOf, requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { NewRun, RunMetadata, RunRecord, RunStatus } from "../store.ts";
import { type Row, readText } from "./row-values.ts";
import { isUniqueViolation } from "./sqlite-error.ts";

/** Every run status, in lifecycle order. */
export const runStatuses: readonly RunStatus[] = [
  "created",
  "queued",
  "processing",
  "succeeded",
  "failed",
  "partial",
];

/** Changes that `updateRun` applies; `metadata` replaces the stored metadata as a whole. */
export interface RunPatch {
  status?: RunStatus;
  metadata?: RunMetadata;
  folder?: string;
}

const selectColumns = "id, pack, folder, status, metadata, created_at, updated_at";

/** Inserts a run with status `created` unless given. Throws `conflict` for a duplicate id. */
export function insertRun(database: DatabaseSync, run: NewRun, now: string): RunRecord {
  requireText("run id", run.id);
  requireText("run pack", run.pack);
  requireText("run folder", run.folder);
  const status = run.status ?? "created";
  requireOneOf("run status", status, runStatuses);
  const metadata = encodeJson(run.metadata ?? {}, "metadata");

  try {
    database
      .prepare(
        `INSERT INTO runs (id, pack, folder, status, metadata, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(run.id, run.pack, run.folder, status, metadata, now, now);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw duplicateRun(run.id, error);
    }
    throw error;
  }
  return requireRun(database, run.id);
}

/** Reads one run, or returns undefined when the id is unknown. */
export function selectRun(database: DatabaseSync, id: string): RunRecord | undefined {
  const row = database.prepare(`SELECT ${selectColumns} FROM runs WHERE id = ?`).get(id);
  return row === undefined ? undefined : runFromRow(row);
}

/** Reads one run, throwing `DspError("not_found")` naming the id when it is unknown. */
export function requireRun(database: DatabaseSync, id: string): RunRecord {
  const run = selectRun(database, id);
  if (run === undefined) {
    throw runNotFound(id);
  }
  return run;
}

/** Applies a patch to a run and sets `updatedAt`. Throws `not_found` for an unknown id. */
export function updateRunRow(
  database: DatabaseSync,
  id: string,
  patch: RunPatch,
  now: string,
): RunRecord {
  const current = requireRun(database, id);
  const status = patch.status ?? current.status;
  requireOneOf("run status", status, runStatuses);
  const folder = patch.folder ?? current.folder;
  requireText("run folder", folder);
  const metadata = encodeJson(patch.metadata ?? current.metadata, "metadata");

  database
    .prepare("UPDATE runs SET status = ?, folder = ?, metadata = ?, updated_at = ? WHERE id = ?")
    .run(status, folder, metadata, now, id);
  return requireRun(database, id);
}

/** Maps a row of `runs` to a record. */
export function runFromRow(row: Row): RunRecord {
  return {
    id: readText(row, "id"),
    pack: readText(row, "pack"),
    folder: readText(row, "folder"),
    status: readText(row, "status") as RunStatus,
    metadata: decodeJson(readText(row, "metadata")) as RunMetadata,
    createdAt: readText(row, "created_at"),
    updatedAt: readText(row, "updated_at"),
  };
}

/** Builds the error for an unknown run id. */
export function runNotFound(id: string): DspError {
  return new DspError(
    "not_found",
    `Run "${id}" was not found. Check the id, or create the run first.`,
    { field: "runId", value: id },
  );
}

function duplicateRun(id: string, cause: unknown): DspError {
  return new DspError(
    "conflict",
    `A run with id "${id}" already exists. Choose another id, or update the existing run.`,
    { field: "id", value: id },
    { cause },
  );
}
