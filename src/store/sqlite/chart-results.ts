import type { DatabaseSync } from "node:sqlite";
import { requireInteger, requireNonNegative, requireOneOf, requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { ChartResult, ChartStatus } from "../store.ts";
import { requireJob } from "./jobs.ts";
import {
  type Row,
  readNullableNumber,
  readNullableText,
  readNumber,
  readText,
} from "./row-values.ts";

const chartStatuses: readonly ChartStatus[] = ["succeeded", "failed", "skipped"];

/**
 * Saves the result of one chart of a job, replacing an earlier result of the same chart id and
 * version in that job. Throws `not_found` for an unknown job.
 */
export function upsertChartResult(
  database: DatabaseSync,
  jobId: string,
  result: ChartResult,
): void {
  requireJob(database, jobId);
  checkChartResult(result);
  const error = result.error === null ? null : encodeJson(result.error, "error");

  database
    .prepare(
      `INSERT INTO chart_results (job_id, chart_id, chart_version, status, row_count,
         content_hash, previous_hash, error, duration_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id, chart_id, chart_version) DO UPDATE SET
         status = excluded.status, row_count = excluded.row_count,
         content_hash = excluded.content_hash, previous_hash = excluded.previous_hash,
         error = excluded.error, duration_ms = excluded.duration_ms`,
    )
    .run(
      jobId,
      result.chartId,
      result.chartVersion,
      result.status,
      result.rows,
      result.contentHash,
      result.previousHash,
      error,
      result.durationMs,
    );
}

/** Reads the chart results of a job in the order they were first saved. */
export function selectChartResults(database: DatabaseSync, jobId: string): ChartResult[] {
  const rows = database
    .prepare("SELECT * FROM chart_results WHERE job_id = ? ORDER BY rowid")
    .all(jobId);
  return rows.map(chartResultFromRow);
}

function checkChartResult(result: ChartResult): void {
  requireText("chartId", result.chartId);
  requireInteger("chartVersion", result.chartVersion, 1);
  requireOneOf("chart result status", result.status, chartStatuses);
  if (result.rows !== null) {
    requireInteger("rows", result.rows, 0);
  }
  requireNonNegative("durationMs", result.durationMs);
}

function chartResultFromRow(row: Row): ChartResult {
  const error = readNullableText(row, "error");
  return {
    chartId: readText(row, "chart_id"),
    chartVersion: readNumber(row, "chart_version"),
    status: readText(row, "status") as ChartStatus,
    rows: readNullableNumber(row, "row_count"),
    contentHash: readNullableText(row, "content_hash"),
    previousHash: readNullableText(row, "previous_hash"),
    error: error === null ? null : (decodeJson(error) as ChartResult["error"]),
    durationMs: readNumber(row, "duration_ms"),
  };
}
