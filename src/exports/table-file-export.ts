import type pl from "nodejs-polars";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { selectSchemaColumns } from "./dataset-columns.ts";

/**
 * Writes the schema columns of a chart dataset, in schema order, as a Parquet file with
 * Polars' default writer settings. Column dtypes stay as they are (Float32 stays Float32).
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 */
export function toParquet(
  df: pl.DataFrame,
  chart: Pick<ChartDefinition, "id" | "schema">,
): Uint8Array {
  return selectSchemaColumns(df, chart).writeParquet();
}

/**
 * Writes the schema columns of a chart dataset, in schema order, as an Arrow IPC file
 * (the random-access "Feather v2" format, not the stream format), uncompressed.
 *
 * NOTE: nodejs-polars 0.25.2 writes String columns as Arrow's string view type (Utf8View),
 * which readers older than Arrow format 1.4 reject. apache-arrow 21 reads it.
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 */
export function toArrowIpc(
  df: pl.DataFrame,
  chart: Pick<ChartDefinition, "id" | "schema">,
): Uint8Array {
  return selectSchemaColumns(df, chart).writeIPC();
}
