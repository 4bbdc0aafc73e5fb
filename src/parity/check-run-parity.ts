import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { loadPack } from "../charts/pack-registry.ts";
import { chartApplicability } from "../charts/run-chart.ts";
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

function missingDataset(run: RunRecord, chartId: string, legacyPath: string): ParityReport {
  return {
    chartId,
    legacyPath,
    passed: false,
    error: `Run ${run.id} has no dataset for chart ${chartId}, which applies to the run and has the legacy file ${legacyPath}. The chart failed or was not computed: see \`dsp replay ${run.id} --chart ${chartId}\`.`,
    rowCount: { dataset: 0, legacy: null },
    schemaDifferences: [],
    columns: [],
    firstDifferences: [],
  };
}

/**
 * Returns a failing report for each chart of the run's pack that applies to the run and has a
 * legacy file but no dataset, so that a failed chart cannot pass parity by being absent.
 */
async function reportMissingDatasets(
  store: Store,
  run: RunRecord,
  folder: string,
  datasets: Set<string>,
): Promise<ParityReport[]> {
  const pack = await loadPack(run.pack);
  const artifacts = new Set((await store.listArtifacts(run.id)).map((ref) => ref.artifact));
  const reports: ParityReport[] = [];
  for (const chart of pack.charts) {
    const path = findLegacyFile(folder, chart.id);
    const applies = chartApplicability(chart, artifacts).applies;
    if (path !== undefined && applies && !datasets.has(chart.id)) {
      reports.push(missingDataset(run, chart.id, path));
    }
  }
  return reports;
}

/** Orders reports by chart id in code-unit order, as the store lists datasets. */
function byChartId(a: ParityReport, b: ParityReport): number {
  if (a.chartId === b.chartId) {
    return 0;
  }
  return a.chartId < b.chartId ? -1 : 1;
}

/**
 * Compares every chart dataset of a run with the legacy file of the same id in a folder and
 * stores each report. A chart dataset without a legacy file fails, and so does a chart that
 * has a legacy file and applies to the run but has no dataset. Reports are stored only after
 * every legacy file was read, so an unreadable one stores nothing.
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
  const records = await store.listDatasets(run.id);
  for (const record of records) {
    const path = findLegacyFile(folder, record.chartId);
    const { chart, frame } = await loadStoredDataset(store, run, record.chartId);
    const report =
      path === undefined
        ? missingLegacy(chart.id, frame.height, folder)
        : compareDataset(chart, frame, readLegacy(path, chart.schema), path);
    reports.push(report);
  }
  const datasets = new Set(records.map((record) => record.chartId));
  reports.push(...(await reportMissingDatasets(store, run, folder, datasets)));
  reports.sort(byChartId);

  for (const report of reports) {
    await store.saveParity({
      runId: run.id,
      chartId: report.chartId,
      legacyPath: report.legacyPath ?? folder,
      passed: report.passed,
      report: report as unknown as Record<string, unknown>,
    });
  }
  return reports;
}
