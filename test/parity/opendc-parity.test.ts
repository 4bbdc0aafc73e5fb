import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type IngestedRun, ingestRun } from "../../src/artifacts/ingest-run.ts";
import { runChart } from "../../src/charts/run-chart.ts";
import { opendcPack } from "../../src/packs/opendc/index.ts";
import { compareDataset } from "../../src/parity/compare-dataset.ts";
import { findLegacyFile, readLegacy } from "../../src/parity/read-legacy.ts";
import { opendcRuns } from "../helpers.ts";

const expectedCharts = {
  carbon: [
    "carbon_intensity_timeseries",
    "power_draw_kw_timeseries",
    "carbon_emission_kg_timeseries",
    "carbon_totals",
    "carbon_difference",
    "simple_summary",
    "simple_active_tasks",
    "simple_energy_rolling",
  ],
  m3sa: ["models_timeseries", "models_chunk_means", "metamodel_power_draw", "metamodel_step"],
};

for (const [experiment, run] of Object.entries(opendcRuns) as [
  keyof typeof opendcRuns,
  (typeof opendcRuns)["carbon"],
][]) {
  describe(`opendc ${experiment} parity`, () => {
    let ingested: IngestedRun;
    before(async () => {
      ingested = await ingestRun(run.folder, opendcPack.contracts);
    });
    after(async () => {
      await ingested.cleanup();
    });

    for (const chartId of expectedCharts[experiment]) {
      test(`${chartId} matches golden`, async () => {
        const chart = opendcPack.charts.find((candidate) => candidate.id === chartId);
        assert.ok(chart, `chart ${chartId} is in the opendc pack`);
        const legacyPath = findLegacyFile(run.golden, chartId);
        assert.ok(legacyPath, `golden file for ${chartId}`);

        const { frame } = await runChart(chart, ingested.inputs);
        const report = compareDataset(
          chart,
          frame,
          readLegacy(legacyPath, chart.schema),
          legacyPath,
        );
        assert.deepEqual(report.schemaDifferences, []);
        assert.equal(report.rowCount.dataset, report.rowCount.legacy);
        assert.deepEqual(
          report.columns.filter((column) => column.mismatches > 0),
          [],
          JSON.stringify(report.firstDifferences),
        );
        assert.equal(report.passed, true);
      });
    }
  });
}
