import type { Migration } from "../migration.ts";
import { createRuns } from "./sqlite/0001-create-runs.ts";
import { createJobs } from "./sqlite/0002-create-jobs.ts";
import { createChartDatasets } from "./sqlite/0003-create-chart-datasets.ts";
import { createParityResults } from "./sqlite/0004-create-parity-results.ts";
import { createLineageEvents } from "./sqlite/0005-create-lineage-events.ts";
import { createApiTokens } from "./sqlite/0006-create-api-tokens.ts";

/**
 * The SQLite schema as ordered migrations. Append new ones at the end and never edit one
 * that has shipped, because stores record only the names they applied.
 */
export const sqliteMigrations: readonly Migration[] = [
  createRuns,
  createJobs,
  createChartDatasets,
  createParityResults,
  createLineageEvents,
  createApiTokens,
];
