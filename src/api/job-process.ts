import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { DspError } from "../errors.ts";
import type { JobRunner } from "./job-worker.ts";

const cliEntry = fileURLToPath(new URL("../cli/main.ts", import.meta.url));

/**
 * Returns a job runner that runs each job in a child process (`dsp run-job <id>`) on the same
 * store. The server's event loop then never waits for a chart job, nodejs-polars 0.25.2's native
 * memory is freed when the child exits, and a Polars panic (which aborts the process) fails
 * one job instead of stopping the server. The store must be a file both processes can open.
 */
export function childProcessJobRunner(storeUrl: string | undefined): JobRunner {
  return async ({ store, jobId, logger }) => {
    const env = { ...process.env, ...(storeUrl === undefined ? {} : { DSP_STORE_URL: storeUrl }) };
    const child = spawn(
      process.execPath,
      ["--disable-warning=ExperimentalWarning", "--expose-gc", cliEntry, "run-job", jobId],
      {
        env,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });

    const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
    logger.info({ pid: child.pid, code, signal }, "job process exited");
    const job = await store.getJob(jobId);
    if (job !== undefined && (job.status === "running" || job.status === "queued")) {
      const lastLine = stderr.trim().split("\n").at(-1) ?? "";
      const run = await store.getRun(job.runId);
      if (run !== undefined && job.kind === "process") {
        await store.updateRun(run.id, { status: "failed" });
      }
      throw new DspError(
        "internal",
        `The process of job ${jobId} exited with ${signal ?? `code ${code}`} before finishing. Its last output: ${lastLine}`,
        {
          value: signal ?? code,
        },
      );
    }
    return store.listChartResults(jobId);
  };
}
