import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { floorDivide, floorRemainder } from "./integer-division.ts";
import { regionLabels } from "./scenario-labels.ts";

const msPerHour = 3_600_000;
const msPerDay = 24 * msPerHour;
/** Joules in one kilowatt-hour. */
const joulesPerKwh = 3_600_000;

function twoDigits(expr: pl.Expr): pl.Expr {
  return expr.cast(pl.String).str.padStart(2, "0");
}

/**
 * Formats milliseconds as pandas prints a Timedelta: `30 days 01:00:00`, with `.fff000`
 * appended only when there are milliseconds.
 */
export function pandasTimedelta(ms: pl.Expr): pl.Expr {
  const days = floorDivide(ms, msPerDay);
  const rest = floorRemainder(ms, msPerDay);
  const hours = floorDivide(rest, msPerHour);
  const minutes = floorDivide(floorRemainder(rest, msPerHour), 60_000);
  const seconds = floorDivide(floorRemainder(rest, 60_000), 1000);
  const millis = floorRemainder(rest, 1000);
  const fraction = pl
    .when(millis.eq(pl.lit(0)))
    .then(pl.lit(""))
    .otherwise(
      pl.concatString(
        [pl.lit("."), millis.cast(pl.String).str.padStart(3, "0"), pl.lit("000")],
        "",
      ),
    );

  return pl.concatString(
    [
      days.cast(pl.String),
      pl.lit(" days "),
      twoDigits(hours),
      pl.lit(":"),
      twoDigits(minutes),
      pl.lit(":"),
      twoDigits(seconds),
      fraction,
    ],
    "",
  );
}

/**
 * Mean host CPU utilization per scenario in percent, over all host rows. Each host file is
 * reduced to a sum and a count first, so the host table is never grouped row by row.
 */
function hostUtilization(inputs: ChartInputs): pl.LazyDataFrame {
  const utilization = pl.col("cpu_utilization").cast(pl.Float64);
  const perFile = inputs
    .tableParts("host")
    .map((part) =>
      part.select(
        pl.col("scenario").first(),
        utilization.sum().alias("sum"),
        utilization.count().alias("count"),
      ),
    );
  const mean = pl.col("sum").sum().div(pl.col("count").sum().cast(pl.Float64));

  return pl
    .concat(perFile, { how: "vertical" })
    .groupBy("scenario")
    .agg(mean.mul(pl.lit(100)).alias("avg_cpu_utilization_pct"));
}

export const simpleSummary: ChartDefinition = {
  id: "simple_summary",
  version: 1,
  title: "Run summary per region",
  description: "Runtime, total energy and mean host CPU utilization per region.",
  inputs: ["service", "powerSource", "host", "trackr"],
  appliesWhen: ["trackr"],
  schema: [
    { name: "region", dtype: "String" },
    { name: "runtime_ms", dtype: "Int64", unit: "ms" },
    { name: "runtime_timedelta", dtype: "String" },
    { name: "energy_kwh", dtype: "Float64", unit: "kWh" },
    { name: "avg_cpu_utilization_pct", dtype: "Float64", unit: "%" },
  ],
  transform: (inputs) => {
    const runtime = inputs
      .table("service")
      .groupBy("scenario")
      .agg(pl.col("timestamp").max().alias("runtime_ms"));
    const energy = inputs
      .table("powerSource")
      .groupBy("scenario")
      .agg(
        exactDivide(pl.col("energy_usage").cast(pl.Float64).sum(), joulesPerKwh).alias(
          "energy_kwh",
        ),
      );
    const utilization = hostUtilization(inputs);

    return regionLabels(inputs)
      .lazy()
      .join(runtime, { on: "scenario", how: "inner" })
      .join(energy, { on: "scenario", how: "inner" })
      .join(utilization, { on: "scenario", how: "inner" })
      .sort("region_order")
      .select(
        "region",
        "runtime_ms",
        pandasTimedelta(pl.col("runtime_ms")).alias("runtime_timedelta"),
        "energy_kwh",
        "avg_cpu_utilization_pct",
      )
      .collect();
  },
  vegaLite: {
    mark: "bar",
    encoding: {
      x: { field: "region", type: "nominal", sort: null, title: "Region" },
      y: { field: "energy_kwh", type: "quantitative", title: "Energy (kWh)" },
      tooltip: [
        { field: "runtime_timedelta" },
        { field: "avg_cpu_utilization_pct", format: ".2f" },
      ],
    },
  },
  tolerance: {},
};
