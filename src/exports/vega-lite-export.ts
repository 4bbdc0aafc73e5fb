import type pl from "nodejs-polars";
import type { ColumnType } from "../artifacts/artifact-contract.ts";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { type DatasetColumn, type DatasetValue, readDatasetColumns } from "./dataset-columns.ts";
import { vegaLiteSchemaUrl } from "./export-format.ts";
import { formatFloat32 } from "./float-text.ts";

/** The chart fields a Vega-Lite spec is built from. */
export type VegaLiteChart = Pick<ChartDefinition, "id" | "title" | "schema" | "vegaLite">;

/** A value in `data.values` of a Vega-Lite spec. */
export type ChartValue = number | string | boolean | null;

/**
 * Builds the chart's Vega-Lite spec with the dataset rows as inline `data.values`. The
 * template's own `data` is replaced, and `$schema` and `title` are added when the template
 * has none.
 *
 * @example
 * // chart.vegaLite: { mark: "point", encoding: { x: { field: "t", type: "quantitative" } } }
 * // df: shape (1, 1), column t: Float32 [0.1]
 * toVegaLiteSpec(df, chart);
 * // { $schema: "https://vega.github.io/schema/vega-lite/v6.json", title: chart.title,
 * //   mark: "point", encoding: { … }, data: { values: [{ t: 0.1 }] } }
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 */
export function toVegaLiteSpec(df: pl.DataFrame, chart: VegaLiteChart): Record<string, unknown> {
  const { data: _templateData, ...template } = structuredClone(chart.vegaLite);
  const values = toChartValues(readDatasetColumns(df, chart));

  return { $schema: vegaLiteSchemaUrl, title: chart.title, ...template, data: { values } };
}

/**
 * Converts dataset columns to row objects for Vega. Unlike the JSON export, these rows are
 * meant for plotting, so they trade exactness for plain numbers:
 *
 * - Float32 values become the double nearest their shortest decimal (0.1, not
 *   0.10000000149011612), so tooltips and axis labels show what the CSV shows.
 * - NaN and the infinities become null, because a JSON spec cannot carry them and Vega-Lite
 *   leaves invalid values out of continuous scales.
 * - Int64 and UInt64 values become the nearest double, which is inexact beyond 2^53.
 */
export function toChartValues(columns: DatasetColumn[]): Record<string, ChartValue>[] {
  const converted = columns.map((column) =>
    column.values.map((value) => toChartValue(value, column.dtype)),
  );
  const rowCount = columns[0]?.values.length ?? 0;

  return Array.from({ length: rowCount }, (_, row) => {
    const entries = columns.map((column, index) => [column.name, converted[index]?.[row] ?? null]);
    return Object.fromEntries(entries);
  });
}

function toChartValue(value: DatasetValue | null, dtype: ColumnType): ChartValue {
  if (typeof value === "bigint") {
    return Number(value);
  }
  if (typeof value !== "number") {
    return value;
  }
  if (!Number.isFinite(value)) {
    return null;
  }
  return dtype === "Float32" ? Number(formatFloat32(value)) : value;
}
