import type { DatabaseSync, SQLInputValue } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireOneOf } from "../input-checks.ts";
import { decodeRunCursor, encodeRunCursor } from "../run-cursor.ts";
import type { RunFilter, RunPage } from "../store.ts";
import { runFromRow, runStatuses } from "./runs.ts";

/** Page size of `listRuns` when the filter sets no limit. */
export const defaultRunPageSize = 50;
/** Largest page size `listRuns` accepts, so one request cannot read the whole table. */
export const maxRunPageSize = 500;

/** Name of the SQL function that lowercases with JavaScript's Unicode rules. */
const lowerFunction = "dsp_unicode_lower";

/**
 * Registers the SQL function the run search uses on a connection. SQLite's own `lower()`
 * changes ASCII letters only, so a search for "é" would miss "É".
 */
export function registerRunSearchFunctions(database: DatabaseSync): void {
  database.function(lowerFunction, { deterministic: true }, (value) =>
    typeof value === "string" ? value.toLowerCase() : value,
  );
}

/**
 * Reads one page of runs that match the filter, newest first by (createdAt, id). The
 * `nextCursor` is null on the last page.
 */
export function selectRunPage(database: DatabaseSync, filter: RunFilter): RunPage {
  const limit = checkedLimit(filter.limit);
  const { where, params } = buildConditions(filter);

  const rows = database
    .prepare(
      `SELECT id, pack, folder, status, metadata, created_at, updated_at FROM runs
       ${where} ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .all(...params, limit + 1);
  const runs = rows.slice(0, limit).map(runFromRow);

  const last = runs.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeRunCursor({ createdAt: last.createdAt, id: last.id })
      : null;
  return { runs, nextCursor };
}

function buildConditions(filter: RunFilter): { where: string; params: SQLInputValue[] } {
  const conditions: string[] = [];
  const params: SQLInputValue[] = [];

  if (filter.status !== undefined) {
    requireOneOf("status filter", filter.status, runStatuses);
    conditions.push("status = ?");
    params.push(filter.status);
  }
  if (filter.pack !== undefined) {
    conditions.push("pack = ?");
    params.push(filter.pack);
  }
  if (filter.simulator !== undefined) {
    conditions.push("simulator = ?");
    params.push(filter.simulator);
  }
  if (filter.search !== undefined && filter.search !== "") {
    const columns = ["id", "coalesce(scenario, '')", "coalesce(simulator, '')"];
    const matches = columns.map((column) => `instr(${lowerFunction}(${column}), ?) > 0`);
    conditions.push(`(${matches.join(" OR ")})`);
    const needle = filter.search.toLowerCase();
    params.push(needle, needle, needle);
  }
  if (filter.label !== undefined) {
    conditions.push(
      `EXISTS (SELECT 1 FROM json_each(runs.metadata, '$.labels') AS label
               WHERE label.key = ? AND label.value = ?)`,
    );
    params.push(filter.label.key, filter.label.value);
  }
  if (filter.cursor !== undefined) {
    const position = decodeRunCursor(filter.cursor);
    conditions.push("(created_at, id) < (?, ?)");
    params.push(position.createdAt, position.id);
  }

  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
  return { where, params };
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) {
    return defaultRunPageSize;
  }
  if (Number.isSafeInteger(limit) && limit >= 1 && limit <= maxRunPageSize) {
    return limit;
  }
  const expected = `an integer from 1 to ${maxRunPageSize}`;
  throw new DspError("invalid_input", `limit is ${limit}, but it must be ${expected}.`, {
    field: "limit",
    value: limit,
    expected,
  });
}
