import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { processRun } from "../../charts/process-run.ts";
import { runJob } from "../../charts/run-job.ts";
import { checkRunParity } from "../../parity/check-run-parity.ts";
import { openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions } from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp demo

Processes the bundled OpenDC example runs (examples/opendc) into the store, checks parity
with the legacy golden outputs and prints a summary. Runs again replay the stored runs.`;

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The bundled runs: id, folder and the folder of legacy outputs they must match. */
export const demoRuns = [
  {
    id: "demo-opendc-carbon",
    folder: `${root}examples/opendc/carbon-demo`,
    legacy: `${root}test/fixtures/opendc/carbon-demo/golden`,
  },
  {
    id: "demo-opendc-m3sa",
    folder: `${root}examples/opendc/m3sa`,
    legacy: `${root}test/fixtures/opendc/m3sa/golden`,
  },
];

async function processOrReplay(
  store: Store,
  demo: (typeof demoRuns)[number],
  context: Parameters<CliCommand["run"]>[0],
): Promise<string> {
  const existing = await store.getRun(demo.id);
  if (existing === undefined) {
    const { results } = await processRun({
      store,
      folder: demo.folder,
      pack: "opendc",
      runId: demo.id,
      metadata: { simulator: "OpenDC", scenario: demo.id },
      logger: context.logger,
    });
    return `processed, ${results.filter((result) => result.status === "succeeded").length} charts`;
  }
  const job = await store.createJob({ id: randomUUID(), runId: demo.id, kind: "replay" });
  const results = await runJob({ store, jobId: job.id, logger: context.logger });
  const unchanged = results.filter(
    (result) => result.status === "succeeded" && result.contentHash === result.previousHash,
  ).length;
  return `replayed, ${unchanged} of ${results.filter((result) => result.status === "succeeded").length} content hashes unchanged`;
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "Process the bundled OpenDC runs and check parity",
  usage,
  defaultLogLevel: "warn",
  async run(context) {
    parseOptions(context.argv, {}, usage);
    const store = await openStore(context.env.DSP_STORE_URL);
    let allPass = true;

    try {
      for (const demo of demoRuns) {
        const outcome = await processOrReplay(store, demo, context);
        const reports = await checkRunParity(store, await requireRun(store, demo.id), demo.legacy);
        const passed = reports.filter((report) => report.passed).length;
        allPass &&= passed === reports.length;
        context.stdout.write(
          `${demo.id}: ${outcome}; parity with legacy outputs: ${passed} of ${reports.length} charts pass\n`,
        );
        for (const report of reports) {
          context.stdout.write(
            `  ${report.passed ? "pass" : "FAIL"}  ${report.chartId}  ${report.rowCount.dataset} rows\n`,
          );
        }
      }
      context.stdout.write(
        "\nNext: dsp runs, dsp export demo-opendc-carbon carbon_totals --format csv, dsp lineage demo-opendc-m3sa\n",
      );
      return allPass ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
