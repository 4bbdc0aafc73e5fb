import type pl from "nodejs-polars";
import type { ColumnType } from "../artifacts/artifact-contract.ts";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { type DatasetColumn, type DatasetValue, readDatasetColumns } from "./dataset-columns.ts";
import { formatFloat } from "./float-text.ts";

/** RFC 4180 record separator. */
const lineEnd = "\r\n";

/**
 * Writes a chart dataset as CSV (RFC 4180): a header row with the schema columns in schema
 * order, then one record per row, each line ended by CRLF.
 *
 * - Floats print as the shortest decimal that parses back to the same value of the
 *   column's dtype (see `formatFloat32` and `formatFloat64`), with JavaScript's exponent
 *   form from 1e21 up and below 1e-6. NaN prints as `NaN`, infinities as `inf` and `-inf`.
 * - Integers print exactly, Int64 and UInt64 included. Booleans print as `true`/`false`.
 * - Null is an empty field. An empty string is `""`, so Polars reads it back as `""`.
 * - A field is quoted when it is empty or contains a comma, a double quote, CR or LF, and
 *   a double quote inside it is doubled.
 *
 * @example
 * // df: shape (2, 2), columns x: Float32 [0.1, null], label: String ['a,b', 'c']
 * toCsv(df, chart); // 'x,label\r\n0.1,"a,b"\r\n,c\r\n'
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 */
export function toCsv(df: pl.DataFrame, chart: Pick<ChartDefinition, "id" | "schema">): string {
  const columns = readDatasetColumns(df, chart);
  const cells = columns.map(formatCsvColumn);
  const lines = [columns.map((column) => quoteCsvField(column.name)).join(",")];

  const rowCount = columns[0]?.values.length ?? 0;
  for (let row = 0; row < rowCount; row++) {
    lines.push(cells.map((column) => column[row]).join(","));
  }

  return lines.join(lineEnd) + lineEnd;
}

function formatCsvColumn(column: DatasetColumn): string[] {
  const format = csvCellFormatter(column.dtype);
  return column.values.map((value) => (value === null ? "" : format(value)));
}

function csvCellFormatter(dtype: ColumnType): (value: DatasetValue) => string {
  switch (dtype) {
    case "Float32":
    case "Float64":
      return (value) => formatFloat(Number(value), dtype);
    case "String":
      return (value) => quoteCsvField(String(value));
    default:
      return String;
  }
}

/** Quotes a field as RFC 4180 requires, and an empty one so it differs from null. */
function quoteCsvField(text: string): string {
  if (text !== "" && !/[",\r\n]/.test(text)) {
    return text;
  }
  return `"${text.replaceAll('"', '""')}"`;
}
