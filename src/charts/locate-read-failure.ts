import pl from "nodejs-polars";
import { readError } from "../artifacts/read-table.ts";
import { DspError } from "../errors.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartInputs } from "./chart-inputs.ts";

/** Polars error messages that come from decoding a file rather than from a transform. */
const decodeFailure = /^(parquet|ipc|arrow)\b|out of specification|decompress|corrupt/i;

function readFully(path: string, format: string): void {
  const frame = format === "parquet" ? pl.scanParquet(path) : pl.scanIPC(path);
  frame.collectSync();
}

/**
 * Returns a chart failure as an error naming the input file that Polars cannot read, such as a
 * Parquet file with a corrupt data page in a column that ingest does not read. Returns
 * the error unchanged when it does not look like a decoding failure or every input file reads.
 * This reads the chart's Parquet and Arrow inputs again in full, so it runs only after a failure.
 */
export function locateReadFailure(
  error: unknown,
  chart: ChartDefinition,
  inputs: ChartInputs,
): unknown {
  if (
    error instanceof DspError ||
    !(error instanceof Error) ||
    !decodeFailure.test(error.message)
  ) {
    return error;
  }

  for (const name of chart.inputs) {
    const files = inputs
      .files(name)
      .filter((file) => file.format === "parquet" || file.format === "arrow");
    for (const file of files) {
      try {
        readFully(file.path, file.format);
      } catch (readFailure) {
        return readError(file, readFailure);
      }
    }
  }
  return error;
}
