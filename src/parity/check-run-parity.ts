import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { loadStoredDataset } from "../charts/stored-dataset.ts";
import { DspError } from "../errors.ts";
import type { RunRecord, Store } from "../store/store.ts";
import { compareDataset } from "./compare-dataset.ts";
import type { ParityReport } from "./parity-report.ts";
import { findLegacyFile, readLegacy } from "./read-legacy.ts";

function missingLegacy(chartId: string, rows: number, folder: string): ParityReport {
  return {
    chartId,
    legacyPath: null,
    passed: false,
    error: `No legacy file for chart ${chartId} in ${folder}: expected ${chartId}.csv, ${chartId}.parquet or ${chartId}.json.`,
    rowCount: { dataset: rows, legacy: null },
    schemaDifferences: [],
    columns: [],
    firstDifferences: [],
  };
}

/**
 * Compares every chart dataset of a run with the legacy file of the same id in a folder and
 * stores each report. A chart without a legacy file fails.
 */
export async function checkRunParity(
  store: Store,
  run: RunRecord,
  legacyFolder: string,
): Promise<ParityReport[]> {
  const folder = resolve(legacyFolder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DspError(
      "not_found",
      `Legacy folder ${folder} does not exist. Pass the folder that contains the legacy outputs, one <chart-id>.csv per chart.`,
      { file: folder },
    );
  }

  const reports: ParityReport[] = [];
  for (const record of await store.listDatasets(run.id)) {
    const path = findLegacyFile(folder, record.chartId);
    const { chart, frame } = await loadStoredDataset(store, run, record.chartId);
    const report =
      path === undefined
        ? missingLegacy(chart.id, frame.height, folder)
        : compareDataset(chart, frame, readLegacy(path, chart.schema), path);
    await store.saveParity({
      runId: run.id,
      chartId: chart.id,
      legacyPath: path ?? folder,
      passed: report.passed,
      report: report as unknown as Record<string, unknown>,
    });
    reports.push(report);
  }
  return reports;
}
