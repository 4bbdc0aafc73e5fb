import { runJob } from "../../charts/run-job.ts";
import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions, rejectExtraPositionals, requirePositional } from "../parse-options.ts";

const usage = `Usage: dsp run-job <job-id>

Runs one job that is already in the store, claimed and marked running. dsp serve starts
this command for each job, so that chart computation runs outside the server process.`;

export const runJobCommand: CliCommand = {
  name: "run-job",
  summary: "Run one stored job (dsp serve starts it per job)",
  usage,
  async run(context) {
    const { positionals } = parseOptions(context.argv, {}, usage);
    const jobId = requirePositional(positionals, 0, "job id", usage);
    rejectExtraPositionals(positionals, 1, usage);
    const store = await openStore(context.env.DSP_STORE_URL);
    try {
      const results = await runJob({ store, jobId, logger: context.logger.child({ jobId }) });
      return results.some((result) => result.status === "failed") ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
