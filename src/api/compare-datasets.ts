import pl from "nodejs-polars";
import { DspError } from "../errors.ts";
import type { LoadedDataset } from "./load-dataset.ts";

type Cell = string | number | boolean | null;

/** One aligned row of a comparison. */
export interface ComparedRow {
  key: Record<string, Cell>;
  values: Record<string, Cell[]>;
  differences: Record<string, Cell[]>;
}

/** The datasets of one chart on several runs, aligned row by row. */
export interface DatasetComparison {
  keyColumns: string[];
  valueColumns: string[];
  rows: ComparedRow[];
}

const floatTypes = new Set(["Float32", "Float64"]);
/** Numbers rows that share a key, so duplicate keys pair up in order instead of multiplying. */
const occurrence = "__occurrence";

/**
 * Aligns datasets of one chart on its key columns (every column that is not a float) with a
 * full outer join, and computes, per float column, each run's value minus the first run's.
 * A row missing from a run has null values and differences there. Rows are sorted by key.
 *
 * @example
 * // run a: { host: ["h1"], power: [10.0] }   run b: { host: ["h1", "h2"], power: [12.5, 3.0] }
 * // rows: [{ key: { host: "h1" }, values: { power: [10, 12.5] }, differences: { power: [0, 2.5] } },
 * //        { key: { host: "h2" }, values: { power: [null, 3] }, differences: { power: [null, null] } }]
 *
 * NOTE: Int64 key values beyond 2^53 lose precision, because rows are read as JS numbers.
 */
export function compareDatasets(
  runIds: readonly string[],
  datasets: readonly LoadedDataset[],
): DatasetComparison {
  const first = datasets[0];
  if (first === undefined) {
    return { keyColumns: [], valueColumns: [], rows: [] };
  }
  requireSameSchema(runIds, datasets);
  const keyColumns = first.schema
    .filter((column) => !floatTypes.has(column.dtype))
    .map((column) => column.name);
  const valueColumns = first.schema
    .filter((column) => floatTypes.has(column.dtype))
    .map((column) => column.name);

  const joinKeys = [...keyColumns, occurrence];
  const prepared = datasets.map((dataset, index) =>
    prepare(dataset.frame, keyColumns, valueColumns, index),
  );
  let joined = prepared[0] ?? pl.DataFrame({});
  for (const frame of prepared.slice(1)) {
    joined = joined.join(frame, { on: joinKeys, how: "full", coalesce: true });
  }
  const differences = datasets.flatMap((_dataset, index) =>
    valueColumns.map((name) =>
      pl
        .col(valueName(name, index))
        .minus(pl.col(valueName(name, 0)))
        .alias(differenceName(name, index)),
    ),
  );
  const aligned = joined.withColumns(...differences).sort(joinKeys);

  const rows = aligned
    .toRecords()
    .map((record) => toRow(record, keyColumns, valueColumns, datasets.length));
  return { keyColumns, valueColumns, rows };
}

function prepare(
  frame: pl.DataFrame,
  keys: string[],
  values: string[],
  index: number,
): pl.DataFrame {
  const [firstKey, ...otherKeys] = keys;
  const numbered =
    firstKey === undefined
      ? pl.intRange(pl.len())
      : pl.intRange(pl.len()).over(firstKey, ...otherKeys);
  return frame.select(
    ...keys.map((name) => pl.col(name)),
    numbered.alias(occurrence),
    ...values.map((name) => pl.col(name).cast(pl.Float64).alias(valueName(name, index))),
  );
}

function toRow(
  record: Record<string, unknown>,
  keys: string[],
  values: string[],
  runs: number,
): ComparedRow {
  const perRun = (name: (index: number) => string) =>
    Array.from({ length: runs }, (_unused, index) => toCell(record[name(index)]));
  return {
    key: Object.fromEntries(keys.map((name) => [name, toCell(record[name])])),
    values: Object.fromEntries(
      values.map((name) => [name, perRun((index) => valueName(name, index))]),
    ),
    differences: Object.fromEntries(
      values.map((name) => [name, perRun((index) => differenceName(name, index))]),
    ),
  };
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : String(value);
  }
  if (typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}

function requireSameSchema(runIds: readonly string[], datasets: readonly LoadedDataset[]): void {
  const describe = (dataset: LoadedDataset) =>
    dataset.schema.map((column) => `${column.name}:${column.dtype}`).join(", ");
  const expected = describe(datasets[0] as LoadedDataset);
  datasets.forEach((dataset, index) => {
    if (describe(dataset) !== expected) {
      throw new DspError(
        "unprocessable",
        `Chart "${dataset.record.chartId}" has different columns on run "${runIds[index]}" (${describe(dataset)}) than on run "${runIds[0]}" (${expected}), so rows cannot be aligned. Replay the older run with the current chart version first.`,
        { field: "runs", value: runIds[index], expected },
      );
    }
  });
}

function valueName(column: string, index: number): string {
  return `${column}\u001fvalue\u001f${index}`;
}

function differenceName(column: string, index: number): string {
  return `${column}\u001fdifference\u001f${index}`;
}
