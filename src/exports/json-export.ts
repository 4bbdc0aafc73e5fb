import type pl from "nodejs-polars";
import type { ColumnType } from "../artifacts/artifact-contract.ts";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { type DatasetColumn, type DatasetValue, readDatasetColumns } from "./dataset-columns.ts";
import { formatFloat } from "./float-text.ts";

/**
 * Writes a chart dataset as one JSON document with the chart id, the schema and the rows
 * as objects keyed by column name, in schema order, one row per line:
 *
 * ```json
 * {"chart":"host-power","schema":[{"name":"time","dtype":"Int64"},{"name":"power","dtype":"Float32","unit":"W"}],"rows":[
 * {"time":1704067200123,"power":0.1},
 * {"time":"9007199254740993","power":null}
 * ]}
 * ```
 *
 * - Finite floats are JSON numbers in the shortest form that parses back to the same value
 *   of the column's dtype, as in CSV, and negative zero is `-0`. NaN and the infinities,
 *   which JSON numbers cannot express, are the strings `"NaN"`, `"inf"` and `"-inf"`.
 * - Int64 and UInt64 values beyond ±(2^53 − 1) are decimal strings, such as
 *   `"9007199254740993"`, because `JSON.parse` would round them as numbers. Smaller ones
 *   are numbers.
 * - Null is `null`.
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 */
export function toJson(df: pl.DataFrame, chart: Pick<ChartDefinition, "id" | "schema">): string {
  const columns = readDatasetColumns(df, chart);
  const members = columns.map(formatJsonMembers);

  const rowCount = columns[0]?.values.length ?? 0;
  const rows: string[] = [];
  for (let row = 0; row < rowCount; row++) {
    rows.push(`{${members.map((column) => column[row]).join(",")}}`);
  }

  const head = `{"chart":${JSON.stringify(chart.id)},"schema":${schemaJson(chart)},"rows":[`;
  return rows.length === 0 ? `${head}]}\n` : `${head}\n${rows.join(",\n")}\n]}\n`;
}

function schemaJson(chart: Pick<ChartDefinition, "schema">): string {
  const columns = chart.schema.map(({ name, dtype, unit }) =>
    unit === undefined ? { name, dtype } : { name, dtype, unit },
  );
  return JSON.stringify(columns);
}

/** Formats each value of a column as a JSON object member, `"name":value`. */
function formatJsonMembers(column: DatasetColumn): string[] {
  const key = `${JSON.stringify(column.name)}:`;
  const format = jsonValueFormatter(column.dtype);
  return column.values.map((value) => key + (value === null ? "null" : format(value)));
}

function jsonValueFormatter(dtype: ColumnType): (value: DatasetValue) => string {
  switch (dtype) {
    case "Float32":
    case "Float64":
      return (value) => formatJsonFloat(Number(value), dtype);
    case "Int64":
    case "UInt64":
      return (value) => formatJsonInteger(BigInt(value));
    case "String":
      return (value) => JSON.stringify(value);
    default:
      return String;
  }
}

function formatJsonFloat(value: number, dtype: "Float32" | "Float64"): string {
  const text = formatFloat(value, dtype);
  return Number.isFinite(value) ? text : `"${text}"`;
}

function formatJsonInteger(value: bigint): string {
  const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  return safe ? String(value) : `"${value}"`;
}
