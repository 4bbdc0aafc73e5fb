import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { readServerConfig, type ServerConfig } from "../../api/server-config.ts";
import { startServer } from "../../api/start-server.ts";
import { generateTokenSecret } from "../../api/token-secret.ts";
import { processRun } from "../../charts/process-run.ts";
import { runJob } from "../../charts/run-job.ts";
import { checkRunParity } from "../../parity/check-run-parity.ts";
import { openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import type { CliCommand, CliContext } from "../cli-command.ts";
import { parseOptions } from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp demo [--host H] [--port P] [--no-serve]

Processes the bundled OpenDC example runs (examples/opendc) into the store, checks parity
with the legacy golden outputs and prints a summary; a second call replays the stored runs.
Then it serves the API and the dashboard, and prints their URL and a read token, until
Ctrl-C.
  --host       address to listen on (default: DSP_HOST, else 127.0.0.1)
  --port       TCP port, 0 for any free one (default: DSP_PORT, else 8080)
  --no-serve   exit after the summary`;

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
    const { values } = parseOptions(
      context.argv,
      {
        host: { type: "string" },
        port: { type: "string" },
        "no-serve": { type: "boolean", default: false },
      },
      usage,
    );
    const config = readServerConfig({ host: values.host, port: values.port }, context.env);
    const store = await openStore(context.env.DSP_STORE_URL);

    try {
      const allPass = await processDemoRuns(store, context);
      if (values["no-serve"]) {
        return allPass ? 0 : 1;
      }
      await serveDemo(store, config, context);
      return allPass ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};

/** Processes or replays every bundled run and prints its parity summary; returns whether all charts pass. */
async function processDemoRuns(store: Store, context: CliContext): Promise<boolean> {
  let allPass = true;
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
  return allPass;
}

/** Serves the API and dashboard with a fresh read token until SIGINT or SIGTERM. */
async function serveDemo(store: Store, config: ServerConfig, context: CliContext): Promise<void> {
  const { id, secret, secretHash } = generateTokenSecret();
  await store.createToken({ id, name: "dsp demo", scopes: ["read"], secretHash });
  const server = await startServer(config, store, context.logger);

  context.stdout.write(
    `\nDashboard: ${server.address}/?token=${secret}\nAPI reference: ${server.address}/docs\nRead token:\n${secret}\n`,
  );
  const signal = await Promise.race([once(process, "SIGTERM"), once(process, "SIGINT")]);
  context.logger.info({ signal: String(signal[0] ?? "") }, "shutdown started");
  await server.stop();
}
