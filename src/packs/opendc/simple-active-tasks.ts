import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { rowsByRegion } from "./carbon-timeseries.ts";
import { regionLabels } from "./scenario-labels.ts";

/** Converts ms since start to days the way the legacy notebook did: `/ 3_600_000 / 24`. */
export function msToDays(ms: pl.Expr): pl.Expr {
  return exactDivide(exactDivide(ms, 3_600_000), 24);
}

export const simpleActiveTasks: ChartDefinition = {
  id: "simple_active_tasks",
  version: 1,
  title: "Active tasks",
  description: "service.tasks_active over time in days, per region, in file order.",
  inputs: ["service", "trackr"],
  appliesWhen: ["trackr"],
  schema: [
    { name: "region", dtype: "String" },
    { name: "time_days", dtype: "Float64", unit: "days" },
    { name: "tasks_active", dtype: "Int32" },
  ],
  transform: (inputs) =>
    rowsByRegion(inputs.table("service"), regionLabels(inputs))
      .select(
        pl.col("region"),
        msToDays(pl.col("timestamp")).alias("time_days"),
        pl.col("tasks_active"),
      )
      .collect(),
  vegaLite: {
    mark: "line",
    encoding: {
      x: { field: "time_days", type: "quantitative", title: "Time (days)" },
      y: { field: "tasks_active", type: "quantitative", title: "Active tasks" },
      color: { field: "region", type: "nominal", title: "Region" },
    },
  },
  tolerance: {},
};
