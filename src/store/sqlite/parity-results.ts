import type { DatabaseSync } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { ParityRecord } from "../store.ts";
import { type Row, readNumber, readText } from "./row-values.ts";
import { requireRun } from "./runs.ts";

/** Inserts a parity report of a run. Throws `not_found` for an unknown run. */
export function insertParityResult(
  database: DatabaseSync,
  record: Omit<ParityRecord, "createdAt">,
  now: string,
): void {
  requireRun(database, record.runId);
  requireText("chartId", record.chartId);
  requireText("legacyPath", record.legacyPath);
  if (typeof record.passed !== "boolean") {
    throw new DspError(
      "invalid_input",
      `passed is ${String(record.passed)}, but it must be true or false.`,
      { field: "passed", value: record.passed, expected: "a boolean" },
    );
  }

  database
    .prepare(
      `INSERT INTO parity_results (run_id, chart_id, legacy_path, passed, report, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.runId,
      record.chartId,
      record.legacyPath,
      record.passed ? 1 : 0,
      encodeJson(record.report, "report"),
      now,
    );
}

/** Reads the parity reports of a run in the order they were saved. */
export function selectParityResults(database: DatabaseSync, runId: string): ParityRecord[] {
  const rows = database
    .prepare("SELECT * FROM parity_results WHERE run_id = ? ORDER BY seq")
    .all(runId);
  return rows.map(parityFromRow);
}

function parityFromRow(row: Row): ParityRecord {
  return {
    runId: readText(row, "run_id"),
    chartId: readText(row, "chart_id"),
    legacyPath: readText(row, "legacy_path"),
    passed: readNumber(row, "passed") === 1,
    report: decodeJson(readText(row, "report")) as Record<string, unknown>,
    createdAt: readText(row, "created_at"),
  };
}
