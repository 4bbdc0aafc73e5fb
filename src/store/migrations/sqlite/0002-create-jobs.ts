import type { Migration } from "../../migration.ts";

/** Jobs with their queue order, and the result of each chart a job ran. */
export const createJobs: Migration = {
  name: "0002_create_jobs",
  statements: [
    `CREATE TABLE jobs (
      id TEXT PRIMARY KEY,
      run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('process', 'replay')),
      status TEXT NOT NULL CHECK (
        status IN ('queued', 'running', 'succeeded', 'failed', 'partial')
      ),
      charts TEXT NOT NULL,
      created_at TEXT NOT NULL,
      started_at TEXT,
      finished_at TEXT,
      error TEXT
    ) STRICT`,
    "CREATE INDEX jobs_by_run ON jobs (run_id, created_at)",
    "CREATE INDEX jobs_queued ON jobs (created_at) WHERE status = 'queued'",
    `CREATE TABLE chart_results (
      job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      chart_id TEXT NOT NULL,
      chart_version INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('succeeded', 'failed', 'skipped')),
      row_count INTEGER,
      content_hash TEXT,
      previous_hash TEXT,
      error TEXT,
      duration_ms REAL NOT NULL,
      PRIMARY KEY (job_id, chart_id, chart_version)
    ) STRICT`,
  ],
};
