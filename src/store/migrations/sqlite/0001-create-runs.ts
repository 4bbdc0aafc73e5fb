import type { Migration } from "../../migration.ts";

/**
 * Runs and the artifact references of each run. `simulator` and `scenario` are generated
 * from the metadata JSON so that `listRuns` can filter on them with an index.
 */
export const createRuns: Migration = {
  name: "0001_create_runs",
  statements: [
    `CREATE TABLE runs (
      id TEXT PRIMARY KEY,
      pack TEXT NOT NULL,
      folder TEXT NOT NULL,
      status TEXT NOT NULL CHECK (
        status IN ('created', 'queued', 'processing', 'succeeded', 'failed', 'partial')
      ),
      metadata TEXT NOT NULL,
      simulator TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.simulator')) VIRTUAL,
      scenario TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.scenario')) VIRTUAL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    "CREATE INDEX runs_by_created_at ON runs (created_at DESC, id DESC)",
    "CREATE INDEX runs_by_status ON runs (status, created_at DESC, id DESC)",
    "CREATE INDEX runs_by_pack ON runs (pack, created_at DESC, id DESC)",
    "CREATE INDEX runs_by_simulator ON runs (simulator, created_at DESC, id DESC)",
    `CREATE TABLE run_artifacts (
      run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      artifact TEXT NOT NULL,
      path TEXT NOT NULL,
      relative_path TEXT NOT NULL,
      format TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      partitions TEXT NOT NULL,
      schema TEXT NOT NULL,
      PRIMARY KEY (run_id, position)
    ) STRICT`,
  ],
};
