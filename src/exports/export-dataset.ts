import type pl from "nodejs-polars";
import { toCsv } from "./csv-export.ts";
import { parseExportFormat } from "./export-format.ts";
import { toJson } from "./json-export.ts";
import { toPng } from "./png-export.ts";
import { toSvg } from "./svg-export.ts";
import { toArrowIpc, toParquet } from "./table-file-export.ts";
import { toVegaLiteSpec, type VegaLiteChart } from "./vega-lite-export.ts";

/**
 * Exports a chart dataset in one of the `exportFormats`: text formats (`csv`, `json`,
 * `vega-lite`, `svg`) as a string, binary ones (`parquet`, `arrow`, `png`) as bytes. Only
 * the columns of the chart's schema are written, in schema order.
 *
 * The Polars writes and the Arrow read behind every format run on the calling thread and
 * block the event loop for the size of the frame, so large exports belong in a worker.
 *
 * @example
 * const csv = await exportDataset(df, chart, "csv");
 * const { mediaType, extension } = exportFormats.csv;
 *
 * @throws DspError `invalid_input` when `format` is not an export format.
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 * @throws DspError `unprocessable` when an `svg` or `png` template does not compile or render.
 */
export async function exportDataset(
  df: pl.DataFrame,
  chart: VegaLiteChart,
  format: string,
): Promise<Uint8Array | string> {
  const checked = parseExportFormat(format);

  switch (checked) {
    case "csv":
      return toCsv(df, chart);
    case "json":
      return toJson(df, chart);
    case "parquet":
      return toParquet(df, chart);
    case "arrow":
      return toArrowIpc(df, chart);
    case "vega-lite":
      return `${JSON.stringify(toVegaLiteSpec(df, chart), null, 2)}\n`;
    case "svg":
      return toSvg(df, chart);
    case "png":
      return toPng(df, chart);
  }
}
