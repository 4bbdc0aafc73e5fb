import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { toPolarsType } from "../artifacts/polars-types.ts";
import type { OutputColumn } from "../charts/chart-definition.ts";
import { DspError } from "../errors.ts";

const extensions = ["csv", "parquet", "json"] as const;

/** Returns the legacy file for a chart id in a folder, trying `.csv`, `.parquet` and `.json`. */
export function findLegacyFile(folder: string, chartId: string): string | undefined {
  return extensions
    .map((extension) => join(folder, `${chartId}.${extension}`))
    .find((path) => existsSync(path));
}

/**
 * Reads a legacy output file. CSV columns that the chart's schema names are parsed with the
 * schema's types (so a float32 column parses straight to float32); other columns as text.
 * JSON is an array of row objects or `{ "rows": [...] }`.
 */
export function readLegacy(path: string, schema: OutputColumn[]): pl.DataFrame {
  try {
    if (path.endsWith(".parquet")) {
      return pl.readParquet(path);
    }
    if (path.endsWith(".json")) {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as unknown;
      const rows = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown }).rows;
      return pl.readRecords(rows as Record<string, unknown>[]);
    }
    const header = pl.readCSV(path, { nRows: 1, inferSchemaLength: 0 }).columns;
    const dtypes = Object.fromEntries(
      header.map((name) => [
        name,
        toPolarsType(schema.find((column) => column.name === name)?.dtype ?? "String"),
      ]),
    );
    return pl.readCSV(path, { dtypes, inferSchemaLength: 0 });
  } catch (error) {
    throw new DspError(
      "invalid_input",
      `Cannot read legacy file ${path}: ${(error as Error).message.split("\n")[0]}. Pass a CSV, Parquet or JSON file written by the legacy analysis.`,
      {
        file: path,
      },
    );
  }
}
