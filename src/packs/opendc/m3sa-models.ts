import pl from "nodejs-polars";
import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { exactDivide } from "../../charts/exact-divide.ts";
import { DspError } from "../../errors.ts";
import { floorDivide } from "./integer-division.ts";
import { type M3saSetup, readM3saSetup } from "./m3sa-setup.ts";
import { numpyFloat32Mean } from "./numpy-float32.ts";

/** The per-model series of an M3SA experiment and the analyzer settings that shaped them. */
export interface M3saModels {
  setup: M3saSetup;
  /**
   * One row per model and timestamp, models in lexicographic order of their folder names:
   * `model`, `sample` (position in the model's series), `group_timestamp`, `raw_scaled`
   * (the metric summed over hosts, in float32, divided by the scale) and `chunk`.
   */
  series: pl.DataFrame;
  /** One row per model and chunk of `windowSize` samples: `model`, `chunk`, `chunk_mean` (float32). */
  chunkMeans: pl.DataFrame;
  /** Model names in analyzer order. */
  models: string[];
}

function requireMetric(inputs: ChartInputs, metric: string): void {
  const columns = inputs.table("host").limit(0).collectSync().columns;
  if (!columns.includes(metric)) {
    const file = inputs.files("host")[0]?.path ?? "host";
    throw new DspError(
      "contract_violation",
      `The M3SA setup's metric "${metric}" is not a column of ${file}. Set metric to one of: ${columns.join(", ")}.`,
      {
        file,
        column: metric,
        expected: "a host column",
      },
    );
  }
}

/** Computes each model's chunk means the way `np.mean` does on float32 chunks. */
function chunkMeansOf(series: pl.DataFrame, models: string[], windowSize: number): pl.DataFrame {
  const names: string[] = [];
  const chunks: number[] = [];
  const means: number[] = [];

  for (const model of models) {
    const values = series
      .filter(pl.col("model").eq(pl.lit(model)))
      .getColumn("raw_scaled")
      .toTypedArray() as Float32Array;
    for (let start = 0, chunk = 0; start < values.length; start += windowSize, chunk += 1) {
      names.push(model);
      chunks.push(chunk);
      means.push(numpyFloat32Mean(values.subarray(start, start + windowSize)));
    }
  }
  return pl.DataFrame([
    pl.Series("model", names, pl.String),
    pl.Series("chunk", chunks, pl.Int64),
    pl.Series("chunk_mean", means, pl.Float32),
  ]);
}

/**
 * Reproduces the M3SA analyzer's multi-model step: per model, the metric summed over hosts
 * per timestamp (float64 sum rounded to float32, as the pandas group-by gave), divided by the
 * unit scale in float32, then averaged over consecutive chunks of `window_size` samples.
 */
export async function computeM3saModels(inputs: ChartInputs): Promise<M3saModels> {
  const setup = readM3saSetup(inputs);
  requireMetric(inputs, setup.metric);

  const series = await inputs
    .table("host")
    .groupBy(["scenario", "timestamp"])
    .agg(pl.col(setup.metric).cast(pl.Float64).sum().cast(pl.Float32).alias("sum"))
    .sort(["scenario", "timestamp"])
    .select(
      pl.col("scenario").alias("model"),
      pl.col("timestamp").alias("group_timestamp"),
      exactDivide(pl.col("sum"), setup.scale).cast(pl.Float32).alias("raw_scaled"),
    )
    .withRowIndex("position")
    .withColumns(
      pl.col("position").sub(pl.col("position").min().over("model")).cast(pl.Int64).alias("sample"),
    )
    .withColumns(floorDivide(pl.col("sample"), setup.windowSize).alias("chunk"))
    .collect();

  const models = (series.getColumn("model").unique().sort().toArray() as string[]).slice();
  return { setup, series, chunkMeans: chunkMeansOf(series, models, setup.windowSize), models };
}
