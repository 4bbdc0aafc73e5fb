import pl from "nodejs-polars";
import type { OutputColumn } from "../charts/chart-definition.ts";
import { DspError } from "../errors.ts";
import type { DatasetRecord, Store } from "../store/store.ts";
import { findRun } from "./find-run.ts";

/** The current dataset of a chart on a run, read back into a frame. */
export interface LoadedDataset {
  record: DatasetRecord;
  frame: pl.DataFrame;
  /** The dataset's columns as a chart schema, for the exporters. */
  schema: OutputColumn[];
}

function missingDataset(runId: string, chartId: string): DspError {
  return new DspError(
    "not_found",
    `Run "${runId}" has no dataset for chart "${chartId}". List its charts with GET /v1/runs/${runId}/charts.`,
    { field: "chartId", value: chartId },
  );
}

/** Returns the record of a chart's current dataset without reading its bytes. */
export async function findDatasetRecord(
  store: Store,
  runId: string,
  chartId: string,
): Promise<DatasetRecord> {
  const record = await store.getDatasetRecord(runId, chartId);
  if (record === undefined) {
    await findRun(store, runId);
    throw missingDataset(runId, chartId);
  }
  return record;
}

/**
 * Loads the current dataset of a chart on a run. Throws `not_found` naming the run or the
 * chart when either is missing.
 *
 * NOTE: `readIPC` runs on the event loop; a dataset of millions of rows blocks other
 * requests while it is read.
 */
export async function loadDataset(
  store: Store,
  runId: string,
  chartId: string,
): Promise<LoadedDataset> {
  await findRun(store, runId);
  const dataset = await store.getDataset(runId, chartId);
  if (dataset === undefined) {
    throw missingDataset(runId, chartId);
  }
  const { ipc, ...record } = dataset;
  const frame = pl.readIPC(Buffer.from(ipc));
  const schema = record.schema.map(({ name, dtype }) => ({ name, dtype }) as OutputColumn);
  return { record, frame, schema };
}
