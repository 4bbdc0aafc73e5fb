import pl from "nodejs-polars";
import { DspError } from "../errors.ts";
import type { DatasetRecord, RunRecord, Store } from "../store/store.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { loadPack } from "./pack-registry.ts";

/** A published chart dataset read back from the store, with its chart definition. */
export interface StoredDataset {
  chart: ChartDefinition;
  record: DatasetRecord;
  frame: pl.DataFrame;
}

/** Reads the current dataset of a chart on a run, or throws not_found listing the run's charts. */
export async function loadStoredDataset(
  store: Store,
  run: RunRecord,
  chartId: string,
): Promise<StoredDataset> {
  const pack = await loadPack(run.pack);
  const chart = pack.charts.find((candidate) => candidate.id === chartId);
  const dataset = chart === undefined ? undefined : await store.getDataset(run.id, chartId);
  if (chart === undefined || dataset === undefined) {
    const available = (await store.listDatasets(run.id)).map((record) => record.chartId);
    throw new DspError(
      "not_found",
      `Run "${run.id}" has no chart "${chartId}". Its charts: ${available.join(", ") || "none"}.`,
      { field: "chartId", value: chartId },
    );
  }
  const { ipc, ...record } = dataset;
  return { chart, record, frame: pl.readIPC(Buffer.from(ipc)) };
}
