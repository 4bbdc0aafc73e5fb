import { randomUUID } from "node:crypto";
import { loadPack } from "../../charts/pack-registry.ts";
import { runJob } from "../../charts/run-job.ts";
import { DspError } from "../../errors.ts";
import { openStore } from "../../store/open-store.ts";
import { createChartProgressDisplay } from "../chart-progress-display.ts";
import type { CliCommand } from "../cli-command.ts";
import { formatFailedCharts, formatResults } from "../format-results.ts";
import { parseOptions, rejectExtraPositionals, requirePositional } from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp replay <run-id> [--chart ID]...

Recomputes charts of a stored run from its stored artifact references and reports, per chart,
whether the content hash is unchanged. Fails when an input file changed or disappeared.
  --chart   chart id to recompute; repeat for several (default: every chart of the run's pack)`;

export const replayCommand: CliCommand = {
  name: "replay",
  summary: "Recompute a run's charts and compare content hashes",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      { chart: { type: "string", multiple: true } },
      usage,
    );
    const runId = requirePositional(positionals, 0, "run id", usage);
    rejectExtraPositionals(positionals, 1, usage);
    const store = await openStore(context.env.DSP_STORE_URL);
    const display = createChartProgressDisplay(context.stderr);

    try {
      const run = await requireRun(store, runId);
      const pack = await loadPack(run.pack);
      const charts = values.chart ?? [];
      const unknown = charts.filter((id) => !pack.charts.some((chart) => chart.id === id));
      if (unknown.length > 0) {
        throw new DspError(
          "not_found",
          `Unknown chart id "${unknown[0]}" for pack "${pack.name}". Known charts: ${pack.charts.map((chart) => chart.id).join(", ")}.`,
          { value: unknown[0] },
        );
      }

      const job = await store.createJob({ id: randomUUID(), runId, kind: "replay", charts });
      const results = await runJob({
        store,
        jobId: job.id,
        logger: context.logger,
        progress: display,
      });
      display.stop();
      const changed = results.filter(
        (result) => result.status === "succeeded" && result.previousHash !== result.contentHash,
      ).length;
      context.stdout.write(
        `replay of run ${runId}  job ${job.id}\n${formatResults(results, { replay: true })}\n${changed === 0 ? "all content hashes unchanged" : `${changed} content hashes changed`}\n`,
      );
      const failure = formatFailedCharts("replay", results);
      if (failure !== undefined) {
        context.stderr.write(`${failure}\n`);
        return 1;
      }
      return 0;
    } finally {
      display.stop();
      await store.close();
    }
  },
};
