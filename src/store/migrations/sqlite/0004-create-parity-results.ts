import type { Migration } from "../../migration.ts";

/** Parity reports of chart datasets against legacy output files, in the order saved. */
export const createParityResults: Migration = {
  name: "0004_create_parity_results",
  statements: [
    `CREATE TABLE parity_results (
      seq INTEGER PRIMARY KEY,
      run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      chart_id TEXT NOT NULL,
      legacy_path TEXT NOT NULL,
      passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
      report TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    "CREATE INDEX parity_results_by_run ON parity_results (run_id, seq)",
  ],
};
