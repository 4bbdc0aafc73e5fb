import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { regionLabels } from "./scenario-labels.ts";

/**
 * Returns the total carbon emission per region in kg, in region order. The float32 values are
 * summed in float64, which is what the legacy notebook's committed printout shows.
 */
export function regionTotals(inputs: ChartInputs): pl.LazyDataFrame {
  return inputs
    .table("powerSource")
    .groupBy("scenario")
    .agg(pl.col("carbon_emission").cast(pl.Float64).sum().alias("carbon_emission_g"))
    .join(regionLabels(inputs).lazy(), { on: "scenario", how: "inner" })
    .sort("region_order")
    .select(
      pl.col("region"),
      exactDivide(pl.col("carbon_emission_g"), 1000).alias("total_carbon_emission_kg"),
    );
}

export const carbonTotals: ChartDefinition = {
  id: "carbon_totals",
  version: 1,
  title: "Total carbon emission per region",
  description: "Sum of powerSource.carbon_emission per region, in kg.",
  inputs: ["powerSource", "trackr"],
  appliesWhen: ["trackr"],
  schema: [
    { name: "region", dtype: "String" },
    { name: "total_carbon_emission_kg", dtype: "Float64", unit: "kg" },
  ],
  transform: (inputs) => regionTotals(inputs).collect(),
  vegaLite: {
    mark: "bar",
    encoding: {
      x: { field: "region", type: "nominal", sort: null, title: "Region" },
      y: { field: "total_carbon_emission_kg", type: "quantitative", title: "Carbon emission (kg)" },
    },
  },
  tolerance: {},
};

/**
 * The region with the highest total against the one with the lowest: their difference in kg
 * and the factor by which the difference exceeds the lower total.
 */
export const carbonDifference: ChartDefinition = {
  id: "carbon_difference",
  version: 1,
  title: "Carbon emission, highest against lowest region",
  description:
    "Highest regional total minus the lowest, and that difference divided by the lowest total.",
  inputs: ["powerSource", "trackr"],
  appliesWhen: ["trackr"],
  schema: [
    { name: "higher_region", dtype: "String" },
    { name: "lower_region", dtype: "String" },
    { name: "difference_kg", dtype: "Float64", unit: "kg" },
    { name: "increase_factor", dtype: "Float64" },
  ],
  transform: (inputs) => {
    const region = pl.col("region");
    const total = pl.col("total_carbon_emission_kg");
    const difference = total.first().sub(total.last());

    return regionTotals(inputs)
      .sort("total_carbon_emission_kg", true)
      .select(
        region.first().alias("higher_region"),
        region.last().alias("lower_region"),
        difference.alias("difference_kg"),
        difference.div(total.last()).alias("increase_factor"),
      )
      .collect();
  },
  vegaLite: {
    mark: "bar",
    encoding: {
      x: { field: "higher_region", type: "nominal", title: "Higher region" },
      y: {
        field: "difference_kg",
        type: "quantitative",
        title: "Difference to the lowest region (kg)",
      },
      tooltip: [{ field: "lower_region" }, { field: "increase_factor", format: ".2f" }],
    },
  },
  tolerance: {},
};
