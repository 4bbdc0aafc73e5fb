import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions, rejectExtraPositionals, usageError } from "../parse-options.ts";

const usage = `Usage: dsp runs [--limit N]

Lists stored runs, newest first, with their status and chart count.
  --limit   how many runs to list (default: 50)`;

export const runsCommand: CliCommand = {
  name: "runs",
  summary: "List stored runs",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      { limit: { type: "string", default: "50" } },
      usage,
    );
    rejectExtraPositionals(positionals, 0, usage);
    if (!/^\d+$/.test(values.limit)) {
      throw usageError(`Invalid --limit "${values.limit}": pass a whole number of runs.`, usage, {
        field: "limit",
        value: values.limit,
      });
    }

    const store = await openStore(context.env.DSP_STORE_URL);
    try {
      const { runs } = await store.listRuns({ limit: Number(values.limit) });
      for (const run of runs) {
        const charts = (await store.listDatasets(run.id)).length;
        context.stdout.write(
          `${run.id}  ${run.status.padEnd(9)}  ${String(charts).padStart(3)} charts  ${run.createdAt}  ${run.folder}\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
