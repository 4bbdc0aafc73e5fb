import { processRun } from "../../charts/process-run.ts";
import { openStore } from "../../store/open-store.ts";
import { createChartProgressDisplay } from "../chart-progress-display.ts";
import type { CliCommand } from "../cli-command.ts";
import { formatFailedCharts, formatResults } from "../format-results.ts";
import { parseOptions, rejectExtraPositionals, requirePositional } from "../parse-options.ts";

const usage = `Usage: dsp process <run-folder> [--pack NAME|PATH] [--run-id ID]

Ingests a run folder, computes every chart of the pack and stores the datasets.
  --pack     built-in pack name or pack folder (default: opendc)
  --run-id   id for the new run (default: generated from the pack name and time)
The store is DSP_STORE_URL, or .dsp/dsp.sqlite under the current folder.`;

export const processCommand: CliCommand = {
  name: "process",
  summary: "Compute every chart of a run folder and store it",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      { pack: { type: "string", default: "opendc" }, "run-id": { type: "string" } },
      usage,
    );
    const folder = requirePositional(positionals, 0, "run folder", usage);
    rejectExtraPositionals(positionals, 1, usage);
    const store = await openStore(context.env.DSP_STORE_URL);
    const display = createChartProgressDisplay(context.stderr);

    try {
      const runId = values["run-id"];
      const { run, results } = await processRun({
        store,
        folder,
        pack: values.pack,
        ...(runId === undefined ? {} : { runId }),
        logger: context.logger,
        progress: display,
      });
      display.stop();
      context.stdout.write(
        `run ${run.id}  status ${run.status}  pack ${run.pack}\n${formatResults(results, { replay: false })}\n`,
      );
      const failure = formatFailedCharts("process", results);
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
