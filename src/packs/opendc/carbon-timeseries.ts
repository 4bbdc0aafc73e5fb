import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { regionLabels } from "./scenario-labels.ts";

interface TimeseriesSpec {
  id: string;
  title: string;
  column: string;
  /** Divides the column by this in float32, as the legacy `Series / 1000` did. */
  divisor?: number;
  unit: string;
}

/**
 * Adds each row's position within its own scenario file, then the region labels, and sorts
 * by region order and then row.
 */
export function rowsByRegion(frame: pl.LazyDataFrame, labels: pl.DataFrame): pl.LazyDataFrame {
  return frame
    .withRowIndex("file_row")
    .withColumns(
      pl.col("file_row").sub(pl.col("file_row").min().over("scenario")).cast(pl.Int64).alias("row"),
    )
    .join(labels.lazy(), { on: "scenario", how: "inner" })
    .sort(["region_order", "row"]);
}

function timeseriesChart(spec: TimeseriesSpec): ChartDefinition {
  const value = pl.col(spec.column);
  // Dividing in float64 and rounding once to float32 equals float32 division exactly.
  const y = spec.divisor === undefined ? value : exactDivide(value, spec.divisor).cast(pl.Float32);

  return {
    id: spec.id,
    version: 1,
    title: spec.title,
    description: `powerSource.${spec.column}${spec.divisor === undefined ? "" : ` / ${spec.divisor}`} per row of each region's file, in file order.`,
    inputs: ["powerSource", "trackr"],
    appliesWhen: ["trackr"],
    schema: [
      { name: "region", dtype: "String" },
      { name: "row", dtype: "Int64" },
      { name: "timestamp", dtype: "Int64", unit: "ms since simulation start" },
      { name: "y", dtype: "Float32", unit: spec.unit },
    ],
    transform: (inputs) =>
      rowsByRegion(inputs.table("powerSource"), regionLabels(inputs))
        .select(pl.col("region"), pl.col("row"), pl.col("timestamp"), y.alias("y"))
        .collect(),
    vegaLite: {
      mark: { type: "line", point: false },
      encoding: {
        x: { field: "timestamp", type: "quantitative", title: "Time since start (ms)" },
        y: {
          field: "y",
          type: "quantitative",
          title: `${spec.title} (${spec.unit})`,
          scale: { zero: true },
        },
        color: { field: "region", type: "nominal", title: "Region" },
      },
    },
    tolerance: {},
  };
}

export const carbonIntensityTimeseries = timeseriesChart({
  id: "carbon_intensity_timeseries",
  title: "Carbon intensity",
  column: "carbon_intensity",
  unit: "gCO2/kWh",
});

export const powerDrawKwTimeseries = timeseriesChart({
  id: "power_draw_kw_timeseries",
  title: "Power draw",
  column: "power_draw",
  divisor: 1000,
  unit: "kW",
});

export const carbonEmissionKgTimeseries = timeseriesChart({
  id: "carbon_emission_kg_timeseries",
  title: "Carbon emission",
  column: "carbon_emission",
  divisor: 1000,
  unit: "kg",
});
