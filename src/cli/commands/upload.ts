import cliProgress from "cli-progress";
import { createDspClient } from "../../../sdk/index.ts";
import { DspError } from "../../errors.ts";
import { type Job, uploadRun, waitForJob } from "../../upload/upload-run.ts";
import type { CliCommand, CliContext } from "../cli-command.ts";
import { parseOptions, requirePositional } from "../parse-options.ts";

const usage = `Usage: dsp upload <run-folder> --server URL [--token T] [--pack NAME] [--run-id ID] [--wait]

Uploads a run folder to a DSP server with SHA-256 checksums, marks the run complete and
prints the run id and job id. Run it again after an interruption to resume: complete files
are skipped and partial ones continue where they stopped.
  --server   DSP server URL, such as http://127.0.0.1:8080
  --token    bearer token with scope simulator:write (and read for --wait); default DSP_TOKEN
  --pack     chart pack the server processes the run with (default: the server's opendc)
  --run-id   id for the run (default: the server assigns one)
  --wait     follow the job to its end; exit 1 unless every chart succeeded
Environment: DSP_TOKEN, DSP_UPLOAD_CHUNK_BYTES (bytes per request, default 8 MiB).`;

function byteBar(context: CliContext): { update(sent: number, total: number): void; stop(): void } {
  if (!context.stderr.isTTY) {
    return { update: () => undefined, stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: context.stderr,
      format: "upload {bar} {percentage}% {value}/{total} bytes",
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(sent, total) {
      if (!started) {
        bar.start(total, sent);
        started = true;
      }
      bar.update(sent);
    },
    stop: () => bar.stop(),
  };
}

/** Reads DSP_UPLOAD_CHUNK_BYTES: a positive integer, or undefined for the default. */
function chunkSize(text: string | undefined): number | undefined {
  if (text === undefined || text === "") {
    return undefined;
  }
  const bytes = Number(text);
  if (!Number.isInteger(bytes) || bytes < 1) {
    throw new DspError(
      "invalid_input",
      `DSP_UPLOAD_CHUNK_BYTES is "${text}", but it must be a positive integer number of bytes.`,
      { field: "DSP_UPLOAD_CHUNK_BYTES", value: text },
    );
  }
  return bytes;
}

/**
 * Returns a callback that shows a job's state when it changes: one updating line on a
 * terminal, a structured log line otherwise. Polls that change nothing show nothing.
 */
function jobDisplay(context: CliContext): (job: Job) => void {
  let shown = "";
  return (job) => {
    const state = `${job.status} ${job.results.length}`;
    if (state === shown) {
      return;
    }
    shown = state;
    if (context.stderr.isTTY) {
      context.stderr.write(`\rjob ${job.id} ${job.status}: ${job.results.length} charts done   `);
      return;
    }
    context.logger.info(
      { jobId: job.id, status: job.status, charts: job.results.length },
      "job status",
    );
  };
}

export const uploadCommand: CliCommand = {
  name: "upload",
  summary: "Upload a run folder to a DSP server and queue its processing",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      {
        server: { type: "string" },
        token: { type: "string" },
        pack: { type: "string" },
        "run-id": { type: "string" },
        wait: { type: "boolean", default: false },
      },
      usage,
    );
    const folder = requirePositional(positionals, 0, "run folder", usage);
    if (values.server === undefined) {
      throw new DspError("invalid_input", `Missing --server URL. ${usage.split("\n")[0]}`, {
        field: "server",
      });
    }
    const token = values.token ?? context.env.DSP_TOKEN;
    const client = createDspClient({ baseUrl: values.server, token });
    const bar = byteBar(context);

    try {
      const result = await uploadRun({
        client,
        folder,
        pack: values.pack,
        runId: values["run-id"],
        chunkBytes: chunkSize(context.env.DSP_UPLOAD_CHUNK_BYTES),
        logger: context.logger,
        onProgress: (sent, total) => bar.update(sent, total),
      });
      bar.stop();
      context.stdout.write(
        `run ${result.runId}  job ${result.job.id}  uploaded ${result.uploadedFiles} files, ${result.skippedFiles} already on the server\n`,
      );
      if (!values.wait) {
        return 0;
      }

      const job = await waitForJob(client, result.job.id, jobDisplay(context));
      if (context.stderr.isTTY) {
        context.stderr.write("\n");
      }
      for (const chart of job.results) {
        context.stdout.write(
          `  ${chart.status.padEnd(9)}  ${chart.chartId}${chart.error === null ? "" : `  ${chart.error.message}`}\n`,
        );
      }
      context.stdout.write(`job ${job.id} ${job.status}\n`);
      return job.status === "succeeded" ? 0 : 1;
    } finally {
      bar.stop();
    }
  },
};
