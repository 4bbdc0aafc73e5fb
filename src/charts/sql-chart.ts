import pl from "nodejs-polars";
import { toPolarsType } from "../artifacts/polars-types.ts";
import { DspError } from "../errors.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartInputs } from "./chart-inputs.ts";

/** A chart written as data: a Polars SQL query over the input tables, named after their artifacts. */
export type SqlChartSpec = Omit<ChartDefinition, "transform"> & { sql: string };

/**
 * Returns the lazy frame of an executed SQL query, or throws the query's error naming the chart.
 * NOTE: nodejs-polars 0.25.2 returns a failed query (a parse error, an unknown column or table)
 * as a frame whose native plan is the Error, and `collect()` then fails with
 * "_ldf.collect is not a function", which hides the SQL error.
 */
function requirePlan(frame: pl.LazyDataFrame, chartId: string): pl.LazyDataFrame {
  const plan = (frame as unknown as { _ldf: unknown })._ldf;
  if (!(plan instanceof Error)) {
    return frame;
  }
  const reason = plan.message.split("\n")[0] ?? "";
  throw new DspError(
    "unprocessable",
    `The SQL query of chart ${chartId} failed: ${reason}. Fix the chart's "sql" in its pack.json.`,
    { field: "sql", value: reason, expected: "a Polars SQL query over the chart's inputs" },
    { cause: plan },
  );
}

/**
 * Builds a chart whose transform runs a Polars SQL query. Each input table is registered under
 * its artifact name, partition columns included. The result's columns are cast to the schema's
 * types, so `SUM(power_draw) / 1000` can be declared Float32.
 */
export function sqlChart(spec: SqlChartSpec): ChartDefinition {
  const { sql, ...chart } = spec;
  return {
    ...chart,
    transform: async (inputs: ChartInputs) => {
      const tables = Object.fromEntries(
        spec.inputs
          .filter((name) => inputs.files(name)[0]?.format !== "json")
          .map((name) => [name, inputs.table(name)]),
      );
      const context = pl.SQLContext(tables);
      const result = await requirePlan(context.execute(sql, { eager: false }), spec.id).collect();
      const casts = spec.schema
        .filter((column) => result.columns.includes(column.name))
        .map((column) => pl.col(column.name).cast(toPolarsType(column.dtype)));
      return result.withColumns(...casts);
    },
  };
}
