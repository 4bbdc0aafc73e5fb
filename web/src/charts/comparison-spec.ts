import type { ChartComparison, VegaLiteSpec } from "../dashboard-api.ts";

/** Field of the comparison rows that names the run a value comes from. */
export const runField = "compared_run";

type Cell = string | number | boolean | null;

interface FieldEncoding {
  field?: unknown;
  type?: unknown;
}

interface PrimaryEncoding {
  x: FieldEncoding | undefined;
  y: FieldEncoding | undefined;
  /** Fields that split the chart into series: color, stroke dash, shape and detail. */
  series: string[];
  mark: string | undefined;
}

/** Encoding channels that draw one line or bar group per value. */
const seriesChannels = ["color", "strokeDash", "shape", "detail"];

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** Reads x, y and the mark type from a spec's top level merged with its first layer. */
export function primaryEncoding(spec: VegaLiteSpec): PrimaryEncoding {
  const layer = Array.isArray(spec.layer) ? record(spec.layer[0]) : {};
  const encoding = { ...record(spec.encoding), ...record(layer.encoding) };
  const mark = spec.mark ?? layer.mark;
  const markType = typeof mark === "string" ? mark : record(mark).type;
  const series = seriesChannels
    .flatMap((channel) => {
      const definition = encoding[channel];
      return Array.isArray(definition) ? definition : [definition];
    })
    .map((definition) => record(definition).field)
    .filter((field): field is string => typeof field === "string");
  return {
    x: encoding.x === undefined ? undefined : record(encoding.x),
    y: encoding.y === undefined ? undefined : record(encoding.y),
    series,
    mark: typeof markType === "string" ? markType : undefined,
  };
}

/** Picks the value column a comparison shows first: the chart's y field when it is compared. */
export function defaultValueColumn(comparison: ChartComparison, spec: VegaLiteSpec): string {
  const yField = primaryEncoding(spec).y?.field;
  if (typeof yField === "string" && comparison.valueColumns.includes(yField)) {
    return yField;
  }
  return comparison.valueColumns[0] ?? "";
}

/**
 * Turns aligned comparison rows into one row per run and key, with the key columns, the
 * run id in {@link runField} and the value. Rows where a run has no value are left out.
 */
export function comparisonRows(
  comparison: ChartComparison,
  valueColumn: string,
): Record<string, Cell>[] {
  return comparison.rows.flatMap((row, index) =>
    comparison.runs.flatMap((run, runIndex) => {
      const value = row.values[valueColumn]?.[runIndex] ?? null;
      if (value === null) {
        return [];
      }
      return [{ row: index, ...row.key, [runField]: run.runId, [valueColumn]: value }];
    }),
  );
}

function xEncoding(comparison: ChartComparison, spec: VegaLiteSpec): Required<FieldEncoding> {
  const x = primaryEncoding(spec).x;
  if (typeof x?.field === "string" && comparison.keyColumns.includes(x.field)) {
    return { field: x.field, type: x.type ?? "quantitative" };
  }
  const field = comparison.keyColumns[0];
  if (field === undefined) {
    return { field: "row", type: "ordinal" };
  }
  const sample = comparison.rows[0]?.key[field];
  return { field, type: typeof sample === "number" ? "quantitative" : "nominal" };
}

/**
 * Builds a Vega-Lite spec that draws one chart's value column for every compared run: lines
 * colored by run for a continuous x, grouped bars for a discrete x. The original chart's
 * series fields split the lines, so each run draws one point per compared row.
 */
export function comparisonSpec(
  comparison: ChartComparison,
  spec: VegaLiteSpec,
  valueColumn: string,
): VegaLiteSpec {
  const x = xEncoding(comparison, spec);
  const series = primaryEncoding(spec).series.filter(
    (field) => field !== x.field && comparison.keyColumns.includes(field),
  );
  const discrete = x.type === "nominal" || x.type === "ordinal";
  const bar = discrete || primaryEncoding(spec).mark === "bar";
  const title = typeof spec.title === "string" ? spec.title : comparison.chartId;

  const encoding: Record<string, unknown> = {
    x: { field: x.field, type: x.type },
    y: { field: valueColumn, type: "quantitative", title: valueColumn },
    color: { field: runField, type: "nominal", title: "Run" },
    tooltip: [...comparison.keyColumns, runField, valueColumn].map((field) => ({ field })),
  };
  if (bar) {
    encoding.xOffset = { field: runField };
  } else if (series.length > 0) {
    encoding.detail = series.map((field) => ({ field, type: "nominal" }));
  }

  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: `${title}: ${valueColumn} by run`,
    mark: bar ? "bar" : { type: "line", point: comparison.rows.length <= 50 },
    encoding,
    data: { values: comparisonRows(comparison, valueColumn) },
  };
}
