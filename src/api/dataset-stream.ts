import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import type pl from "nodejs-polars";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { toCsv } from "../exports/csv-export.ts";
import { exportDataset } from "../exports/export-dataset.ts";
import { toJson } from "../exports/json-export.ts";

/** Rows formatted per step; the event loop runs between steps. */
const batchRows = 10_000;

type ExportChart = Pick<ChartDefinition, "id" | "title" | "schema" | "vegaLite">;

/**
 * Streams a chart dataset in an export format. JSON and CSV are formatted in batches of
 * rows and written as they are ready, byte-identical to `exportDataset` on the whole frame,
 * so a large dataset never becomes one string. Parquet and Arrow IPC are written whole,
 * because both file formats end with a footer that indexes the whole file.
 */
export function streamDataset(
  df: pl.DataFrame,
  chart: ExportChart,
  format: "json" | "csv" | "arrow" | "parquet",
): Readable {
  switch (format) {
    case "json":
      return Readable.from(jsonPieces(df, chart));
    case "csv":
      return Readable.from(csvPieces(df, chart));
    default:
      return Readable.from(binaryPieces(df, chart, format));
  }
}

async function* jsonPieces(df: pl.DataFrame, chart: ExportChart): AsyncGenerator<string> {
  const marker = '"rows":[';
  const empty = toJson(df.slice(0, 0), chart);
  const head = empty.slice(0, empty.indexOf(marker) + marker.length);
  const tail = "\n]}\n";
  if (df.height === 0) {
    yield empty;
    return;
  }

  for (let offset = 0; offset < df.height; offset += batchRows) {
    const text = toJson(df.slice(offset, batchRows), chart);
    const rows = text.slice(head.length + 1, text.length - tail.length);
    yield offset === 0 ? `${head}\n${rows}` : `,\n${rows}`;
    await nextTurn();
  }
  yield tail;
}

async function* csvPieces(df: pl.DataFrame, chart: ExportChart): AsyncGenerator<string> {
  const header = toCsv(df.slice(0, 0), chart);
  yield header;
  for (let offset = 0; offset < df.height; offset += batchRows) {
    yield toCsv(df.slice(offset, batchRows), chart).slice(header.length);
    await nextTurn();
  }
}

async function* binaryPieces(
  df: pl.DataFrame,
  chart: ExportChart,
  format: "arrow" | "parquet",
): AsyncGenerator<Buffer> {
  const bytes = await exportDataset(df, chart, format);
  yield Buffer.from(bytes as Uint8Array);
}
