import type { Migration } from "../../migration.ts";

/** OpenLineage run events as sent, in the order appended. */
export const createLineageEvents: Migration = {
  name: "0005_create_lineage_events",
  statements: [
    `CREATE TABLE lineage_events (
      seq INTEGER PRIMARY KEY,
      run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      event_type TEXT NOT NULL CHECK (event_type IN ('START', 'COMPLETE', 'FAIL')),
      event_time TEXT NOT NULL,
      event TEXT NOT NULL
    ) STRICT`,
    "CREATE INDEX lineage_events_by_run ON lineage_events (run_id, seq)",
  ],
};
