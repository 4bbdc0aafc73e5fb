import type { DatabaseSync } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireInteger, requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { DatasetInput, DatasetRecord, SchemaField } from "../store.ts";
import { requireJob } from "./jobs.ts";
import { prepareCached } from "./prepared-statements.ts";
import { type Row, readBytes, readNumber, readText } from "./row-values.ts";
import { requireRun } from "./runs.ts";

/** Columns of a dataset record without the Arrow IPC bytes, qualified for the join. */
const recordColumns = `d.run_id, d.chart_id, d.chart_version, d.job_id, d.content_hash,
  d.row_count, d.schema, d.revision, d.created_at`;

/**
 * Inserts the next revision of a chart dataset and points `current_datasets` at it. The caller
 * runs both writes in one transaction, so a failure or crash between them leaves the previous
 * revision current and no trace of the new one.
 */
export function insertDatasetRevision(
  database: DatabaseSync,
  dataset: DatasetInput,
  now: string,
): DatasetRecord {
  checkDataset(dataset);
  requireRun(database, dataset.runId);
  requireJob(database, dataset.jobId);
  const revision = nextRevision(database, dataset.runId, dataset.chartId);

  database
    .prepare(
      `INSERT INTO chart_datasets (run_id, chart_id, revision, chart_version, job_id,
         content_hash, row_count, schema, ipc, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      dataset.runId,
      dataset.chartId,
      revision,
      dataset.chartVersion,
      dataset.jobId,
      dataset.contentHash,
      dataset.rowCount,
      encodeJson(dataset.schema, "schema"),
      dataset.ipc,
      now,
    );
  database
    .prepare(
      `INSERT INTO current_datasets (run_id, chart_id, revision) VALUES (?, ?, ?)
       ON CONFLICT (run_id, chart_id) DO UPDATE SET revision = excluded.revision`,
    )
    .run(dataset.runId, dataset.chartId, revision);

  return {
    runId: dataset.runId,
    chartId: dataset.chartId,
    chartVersion: dataset.chartVersion,
    jobId: dataset.jobId,
    contentHash: dataset.contentHash,
    rowCount: dataset.rowCount,
    schema: dataset.schema,
    revision,
    createdAt: now,
  };
}

/** Reads the current revision of a chart dataset with its bytes, or undefined if none exists. */
export function selectCurrentDataset(
  database: DatabaseSync,
  runId: string,
  chartId: string,
): (DatasetRecord & { ipc: Uint8Array }) | undefined {
  const row = database
    .prepare(
      `SELECT ${recordColumns}, d.ipc FROM current_datasets c
       JOIN chart_datasets d USING (run_id, chart_id, revision)
       WHERE c.run_id = ? AND c.chart_id = ?`,
    )
    .get(runId, chartId);
  return row === undefined ? undefined : { ...datasetFromRow(row), ipc: readBytes(row, "ipc") };
}

/** Reads the current revision of one chart dataset without its bytes. */
export function selectCurrentDatasetRecord(
  database: DatabaseSync,
  runId: string,
  chartId: string,
): DatasetRecord | undefined {
  const sql = `SELECT ${recordColumns} FROM current_datasets c
    JOIN chart_datasets d USING (run_id, chart_id, revision)
    WHERE c.run_id = ? AND c.chart_id = ?`;
  const row = prepareCached(database, sql).get(runId, chartId);
  return row === undefined ? undefined : datasetFromRow(row);
}

/** Reads the current revision of every chart dataset of a run without bytes, by chart id. */
export function selectCurrentDatasets(database: DatabaseSync, runId: string): DatasetRecord[] {
  const rows = database
    .prepare(
      `SELECT ${recordColumns} FROM current_datasets c
       JOIN chart_datasets d USING (run_id, chart_id, revision)
       WHERE c.run_id = ? ORDER BY c.chart_id`,
    )
    .all(runId);
  return rows.map(datasetFromRow);
}

function nextRevision(database: DatabaseSync, runId: string, chartId: string): number {
  const row = database
    .prepare(
      `SELECT coalesce(max(revision), 0) + 1 AS revision FROM chart_datasets
       WHERE run_id = ? AND chart_id = ?`,
    )
    .get(runId, chartId);
  return row === undefined ? 1 : readNumber(row, "revision");
}

function checkDataset(dataset: DatasetInput): void {
  requireText("chartId", dataset.chartId);
  requireInteger("chartVersion", dataset.chartVersion, 1);
  requireText("contentHash", dataset.contentHash);
  requireInteger("rowCount", dataset.rowCount, 0);
  if (!(dataset.ipc instanceof Uint8Array)) {
    throw new DspError(
      "invalid_input",
      `ipc of chart "${dataset.chartId}" is not a Uint8Array. Pass the Arrow IPC file bytes.`,
      { field: "ipc", expected: "Uint8Array" },
    );
  }
}

function datasetFromRow(row: Row): DatasetRecord {
  return {
    runId: readText(row, "run_id"),
    chartId: readText(row, "chart_id"),
    chartVersion: readNumber(row, "chart_version"),
    jobId: readText(row, "job_id"),
    contentHash: readText(row, "content_hash"),
    rowCount: readNumber(row, "row_count"),
    schema: decodeJson(readText(row, "schema")) as SchemaField[],
    revision: readNumber(row, "revision"),
    createdAt: readText(row, "created_at"),
  };
}
