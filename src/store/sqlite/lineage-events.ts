import type { DatabaseSync } from "node:sqlite";
import { requireOneOf, requireTimestamp } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { LineageRecord } from "../store.ts";
import { requireJob } from "./jobs.ts";
import { type Row, readText } from "./row-values.ts";
import { requireRun } from "./runs.ts";

const eventTypes: readonly LineageRecord["eventType"][] = ["START", "COMPLETE", "FAIL"];

/** Appends a lineage event. Throws `not_found` for an unknown run or job. */
export function insertLineageEvent(database: DatabaseSync, record: LineageRecord): void {
  requireRun(database, record.runId);
  requireJob(database, record.jobId);
  requireOneOf("eventType", record.eventType, eventTypes);
  requireTimestamp("eventTime", record.eventTime);

  database
    .prepare(
      `INSERT INTO lineage_events (run_id, job_id, event_type, event_time, event)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .run(
      record.runId,
      record.jobId,
      record.eventType,
      record.eventTime,
      encodeJson(record.event, "event"),
    );
}

/** Reads the lineage events of a run in the order they were appended. */
export function selectLineageEvents(database: DatabaseSync, runId: string): LineageRecord[] {
  const rows = database
    .prepare("SELECT * FROM lineage_events WHERE run_id = ? ORDER BY seq")
    .all(runId);
  return rows.map(lineageFromRow);
}

function lineageFromRow(row: Row): LineageRecord {
  return {
    runId: readText(row, "run_id"),
    jobId: readText(row, "job_id"),
    eventType: readText(row, "event_type") as LineageRecord["eventType"],
    eventTime: readText(row, "event_time"),
    event: decodeJson(readText(row, "event")) as Record<string, unknown>,
  };
}
