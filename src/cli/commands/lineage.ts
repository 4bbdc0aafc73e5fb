import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions, rejectExtraPositionals, requirePositional } from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp lineage <run-id>

Prints the run's OpenLineage run events (START, COMPLETE, FAIL) as a JSON array.`;

export const lineageCommand: CliCommand = {
  name: "lineage",
  summary: "Print a run's OpenLineage events as JSON",
  usage,
  async run(context) {
    const { positionals } = parseOptions(context.argv, {}, usage);
    const runId = requirePositional(positionals, 0, "run id", usage);
    rejectExtraPositionals(positionals, 1, usage);
    const store = await openStore(context.env.DSP_STORE_URL);
    try {
      await requireRun(store, runId);
      const events = (await store.listLineage(runId)).map((record) => record.event);
      context.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
