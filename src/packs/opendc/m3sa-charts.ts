import pl from "nodejs-polars";
import type { ChartDefinition } from "../../charts/chart-definition.ts";
import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { DspError } from "../../errors.ts";
import { computeM3saModels, type M3saModels } from "./m3sa-models.ts";
import { numpyFloat32Mean } from "./numpy-float32.ts";

const m3saChart = {
  version: 1,
  inputs: ["host", "m3saSetup"],
  appliesWhen: ["m3saSetup"],
  tolerance: {},
};

export const modelsTimeseries: ChartDefinition = {
  ...m3saChart,
  id: "models_timeseries",
  title: "Power draw per model",
  description:
    "Per model, host power draw summed per timestamp in kW, and the chunk mean each sample belongs to.",
  schema: [
    { name: "model", dtype: "String" },
    { name: "sample", dtype: "Int64" },
    { name: "group_timestamp", dtype: "Int64", unit: "ms since simulation start" },
    { name: "raw_scaled", dtype: "Float32", unit: "kW" },
    { name: "chunk_mean_step", dtype: "Float32", unit: "kW" },
  ],
  transform: async (inputs) => {
    const { series, chunkMeans } = await computeM3saModels(inputs);
    return series
      .join(chunkMeans, { on: ["model", "chunk"], how: "left" })
      .sort(["model", "sample"])
      .select(
        "model",
        "sample",
        "group_timestamp",
        "raw_scaled",
        pl.col("chunk_mean").alias("chunk_mean_step"),
      );
  },
  vegaLite: {
    layer: [
      {
        mark: { type: "line", opacity: 0.4 },
        encoding: { y: { field: "raw_scaled", type: "quantitative", title: "Power draw (kW)" } },
      },
      {
        mark: { type: "line", interpolate: "step" },
        encoding: { y: { field: "chunk_mean_step", type: "quantitative" } },
      },
    ],
    encoding: {
      x: { field: "sample", type: "quantitative", title: "Sample" },
      color: { field: "model", type: "nominal", title: "Model" },
    },
  },
};

export const modelsChunkMeans: ChartDefinition = {
  ...m3saChart,
  id: "models_chunk_means",
  title: "Chunk means per model",
  description:
    "Means of consecutive chunks of window_size samples of each model's power draw, in kW.",
  schema: [
    { name: "model", dtype: "String" },
    { name: "chunk", dtype: "Int64" },
    { name: "chunk_mean", dtype: "Float32", unit: "kW" },
  ],
  transform: async (inputs) =>
    (await computeM3saModels(inputs)).chunkMeans.sort(["model", "chunk"]),
  vegaLite: {
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "chunk", type: "ordinal", title: "Chunk" },
      y: { field: "chunk_mean", type: "quantitative", title: "Mean power draw (kW)" },
      color: { field: "model", type: "nominal", title: "Model" },
    },
  },
};

/** Computes the meta-model: for each chunk index all models have, the float32 mean across models. */
function metaValues({ chunkMeans, models }: M3saModels): Float32Array {
  const perModel = models.map(
    (model) =>
      chunkMeans
        .filter(pl.col("model").eq(pl.lit(model)))
        .getColumn("chunk_mean")
        .toTypedArray() as Float32Array,
  );
  const count = Math.min(...perModel.map((values) => values.length));
  return Float32Array.from({ length: count }, (_, chunk) =>
    numpyFloat32Mean(perModel.map((values) => values[chunk] ?? Number.NaN)),
  );
}

/** Returns the first raw timestamps, in order of appearance, of the model with the fewest distinct timestamps. */
async function shortestTimestamps(inputs: ChartInputs, models: string[]): Promise<pl.DataFrame> {
  const distinct = await inputs
    .table("host")
    .select(pl.col("scenario"), pl.col("timestamp"))
    .unique({ maintainOrder: true })
    .withRowIndex("position")
    .withColumns(
      pl
        .col("position")
        .sub(pl.col("position").min().over("scenario"))
        .cast(pl.Int64)
        .alias("index"),
    )
    .collect();

  const counts = models.map(
    (model) => distinct.filter(pl.col("scenario").eq(pl.lit(model))).height,
  );
  const shortest = models[counts.indexOf(Math.min(...counts))];
  return distinct
    .filter(pl.col("scenario").eq(pl.lit(shortest ?? "")))
    .select("index", "timestamp");
}

export const metamodelPowerDraw: ChartDefinition = {
  ...m3saChart,
  id: "metamodel_power_draw",
  title: "Meta-model power draw",
  description:
    "Chunk by chunk, the mean across models, labelled with the first raw timestamps as the M3SA analyzer writes it.",
  schema: [
    { name: "timestamp", dtype: "Int64", unit: "ms since simulation start" },
    { name: "power_draw", dtype: "Float32", unit: "kW" },
  ],
  transform: async (inputs) => {
    const models = await computeM3saModels(inputs);
    if (models.setup.metric !== "power_draw") {
      throw new DspError(
        "contract_violation",
        `Chart metamodel_power_draw charts power_draw, but the M3SA setup's metric is "${models.setup.metric}".`,
        {
          field: "metric",
          value: models.setup.metric,
          expected: "power_draw",
        },
      );
    }
    const meta = metaValues(models);
    const values = pl.DataFrame([
      pl.Series(
        "index",
        Array.from(meta, (_, index) => index),
        pl.Int64,
      ),
      pl.Series("power_draw", meta, pl.Float32),
    ]);

    return (await shortestTimestamps(inputs, models.models))
      .join(values, { on: "index", how: "inner" })
      .sort("index")
      .select("timestamp", "power_draw");
  },
  vegaLite: {
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "timestamp", type: "quantitative", title: "Time since start (ms)" },
      y: { field: "power_draw", type: "quantitative", title: "Power draw (kW)" },
    },
  },
};

export const metamodelStep: ChartDefinition = {
  ...m3saChart,
  id: "metamodel_step",
  title: "Meta-model step series",
  description:
    "The meta-model value of each chunk repeated window_size times, not cut to the sample count.",
  schema: [
    { name: "sample", dtype: "Int64" },
    { name: "meta_step", dtype: "Float32", unit: "kW" },
  ],
  transform: async (inputs) => {
    const models = await computeM3saModels(inputs);
    const meta = metaValues(models);
    const repeated = Float32Array.from(
      { length: meta.length * models.setup.windowSize },
      (_, sample) => meta[Math.floor(sample / models.setup.windowSize)] ?? Number.NaN,
    );
    return pl.DataFrame([
      pl.Series(
        "sample",
        Array.from(repeated, (_, index) => index),
        pl.Int64,
      ),
      pl.Series("meta_step", repeated, pl.Float32),
    ]);
  },
  vegaLite: {
    mark: { type: "line", interpolate: "step" },
    encoding: {
      x: { field: "sample", type: "quantitative", title: "Sample" },
      y: { field: "meta_step", type: "quantitative", title: "Power draw (kW)" },
    },
  },
};
