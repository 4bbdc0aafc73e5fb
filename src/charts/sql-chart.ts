import pl from "nodejs-polars";
import { toPolarsType } from "../artifacts/polars-types.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartInputs } from "./chart-inputs.ts";

/** A chart written as data: a Polars SQL query over the input tables, named after their artifacts. */
export type SqlChartSpec = Omit<ChartDefinition, "transform"> & { sql: string };

/**
 * Builds a chart whose transform runs a Polars SQL query. Each input table is registered under
 * its artifact name, partition columns included; the result's columns are cast to the schema's
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
      const result = await context.execute(sql, { eager: false }).collect();
      const casts = spec.schema
        .filter((column) => result.columns.includes(column.name))
        .map((column) => pl.col(column.name).cast(toPolarsType(column.dtype)));
      return result.withColumns(...casts);
    },
  };
}
