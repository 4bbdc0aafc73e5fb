import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { rowsByRegion } from "./carbon-timeseries.ts";
import { regionLabels } from "./scenario-labels.ts";
import { msToDays } from "./simple-active-tasks.ts";

const windowRows = 100;
/** Joules in one kilowatt-hour. */
const joulesPerKwh = 3_600_000;

/** Trailing mean over up to 100 rows of one region, partial windows at the start. */
function rollingKwh(column: string): pl.Expr {
  const mean = pl
    .col(column)
    .cast(pl.Float64)
    .rollingMean({ windowSize: windowRows, minPeriods: 1 })
    .over("region");
  return exactDivide(mean, joulesPerKwh).alias("energy_kwh_rolling");
}

export const simpleEnergyRolling: ChartDefinition = {
  id: "simple_energy_rolling",
  version: 1,
  title: "Energy use, 100-sample rolling mean",
  description:
    "Trailing 100-row rolling mean of powerSource.energy_usage in kWh: variant raw_rows over the file's rows, variant groupby_timestamp_sum after summing rows that share a timestamp.",
  inputs: ["powerSource", "trackr"],
  appliesWhen: ["trackr"],
  schema: [
    { name: "region", dtype: "String" },
    { name: "variant", dtype: "String" },
    { name: "time_days", dtype: "Float64", unit: "days" },
    { name: "energy_kwh_rolling", dtype: "Float64", unit: "kWh" },
  ],
  transform: async (inputs) => {
    const rows = rowsByRegion(inputs.table("powerSource"), regionLabels(inputs));
    const raw = rows.select(
      pl.col("region"),
      pl.col("region_order"),
      pl.lit("raw_rows").alias("variant"),
      pl.lit(0).alias("variant_order"),
      pl.col("timestamp"),
      rollingKwh("energy_usage"),
    );

    // pandas sums a float32 group in float64 and stores the sum as float32.
    const grouped = rows
      .groupBy(["region", "region_order", "timestamp"])
      .agg(pl.col("energy_usage").cast(pl.Float64).sum().cast(pl.Float32).alias("energy_usage"))
      .sort(["region_order", "timestamp"])
      .select(
        pl.col("region"),
        pl.col("region_order"),
        pl.lit("groupby_timestamp_sum").alias("variant"),
        pl.lit(1).alias("variant_order"),
        pl.col("timestamp"),
        rollingKwh("energy_usage"),
      );

    return pl
      .concat([raw, grouped], { how: "vertical" })
      .withRowIndex("position")
      .sort(["region_order", "variant_order", "position"])
      .select(
        pl.col("region"),
        pl.col("variant"),
        msToDays(pl.col("timestamp")).alias("time_days"),
        pl.col("energy_kwh_rolling"),
      )
      .collect();
  },
  vegaLite: {
    mark: "line",
    encoding: {
      x: { field: "time_days", type: "quantitative", title: "Time (days)" },
      y: {
        field: "energy_kwh_rolling",
        type: "quantitative",
        title: "Energy per interval (kWh, rolling mean)",
      },
      color: { field: "region", type: "nominal", title: "Region" },
      strokeDash: { field: "variant", type: "nominal", title: "Variant" },
    },
  },
  tolerance: {},
};
