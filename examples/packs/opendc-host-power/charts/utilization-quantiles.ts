/**
 * A chart written as a module: quantiles of host CPU utilization per scenario. The DSP calls
 * `createCharts` with its own Polars, so this file imports nothing at run time.
 */
import type pl from "nodejs-polars";

type Polars = typeof pl;

export function createCharts({ pl }: { pl: Polars }) {
  const quantile = (q: number) =>
    pl
      .col("cpu_utilization")
      .cast(pl.Float64)
      .quantile(q, "linear")
      .mul(100)
      .alias(`p${Math.round(q * 100)}_pct`);

  return [
    {
      id: "host_utilization_quantiles",
      version: 1,
      title: "Host CPU utilization quantiles",
      description:
        "Median and 95th percentile of host CPU utilization per scenario, linear interpolation as pandas uses.",
      inputs: ["host"],
      schema: [
        { name: "scenario", dtype: "String" },
        { name: "p50_pct", dtype: "Float64", unit: "%" },
        { name: "p95_pct", dtype: "Float64", unit: "%" },
      ],
      transform: (inputs: { table(name: string): pl.LazyDataFrame }) =>
        inputs
          .table("host")
          .groupBy("scenario")
          .agg(quantile(0.5), quantile(0.95))
          .sort("scenario")
          .collect(),
      vegaLite: {
        mark: "bar",
        encoding: {
          x: { field: "scenario", type: "nominal" },
          y: { field: "p95_pct", type: "quantitative", title: "p95 CPU utilization (%)" },
        },
      },
      tolerance: {},
    },
  ];
}
