import type { Migration } from "../../migration.ts";

/**
 * Every published revision of a chart dataset, with its Arrow IPC bytes, and a pointer to the
 * current revision of each chart on each run. Publishing inserts a revision and moves the
 * pointer in one transaction.
 */
export const createChartDatasets: Migration = {
  name: "0003_create_chart_datasets",
  statements: [
    `CREATE TABLE chart_datasets (
      run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      chart_id TEXT NOT NULL,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      chart_version INTEGER NOT NULL,
      job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      content_hash TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      schema TEXT NOT NULL,
      ipc BLOB NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (run_id, chart_id, revision)
    ) STRICT`,
    `CREATE TABLE current_datasets (
      run_id TEXT NOT NULL,
      chart_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      PRIMARY KEY (run_id, chart_id),
      FOREIGN KEY (run_id, chart_id, revision)
        REFERENCES chart_datasets (run_id, chart_id, revision) ON DELETE CASCADE
    ) STRICT`,
  ],
};
