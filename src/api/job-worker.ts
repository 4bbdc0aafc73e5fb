import { setTimeout as sleep } from "node:timers/promises";
import { toDspError } from "../errors.ts";
import type { Logger } from "../observability/logger.ts";
import type { ServiceMetrics } from "../observability/metrics.ts";
import type { ChartResult, JobRecord, Store } from "../store/store.ts";

/** Runs one claimed job; `runJob` from the chart runner in production. */
export type JobRunner = (options: {
  store: Store;
  jobId: string;
  logger: Logger;
}) => Promise<ChartResult[]>;

/** Options of {@link JobWorker}. */
export interface JobWorkerOptions {
  store: Store;
  logger: Logger;
  metrics: ServiceMetrics;
  runJob: JobRunner;
  /** Wait between polls of an empty queue, in milliseconds. */
  pollIntervalMs?: number;
}

/**
 * Claims queued jobs one at a time and hands each to the runner. It polls the store, and
 * `wake()` cuts the wait short when this process queued a job. `stop()` lets the current job
 * finish, so a shutdown never leaves a job half-published. `dsp serve` passes a runner that
 * starts a child process per job (`childProcessJobRunner`), so chart jobs never block requests.
 */
export class JobWorker {
  readonly #options: JobWorkerOptions;
  #stopped = true;
  #loop: Promise<void> | undefined;
  #wakeUp: AbortController = new AbortController();

  constructor(options: JobWorkerOptions) {
    this.#options = options;
  }

  /** Starts the claim loop. */
  start(): void {
    if (!this.#stopped) {
      return;
    }
    this.#stopped = false;
    this.#loop = this.#run();
    this.#options.logger.info("job worker started");
  }

  /** Ends the current wait for new jobs. */
  wake(): void {
    this.#wakeUp.abort();
  }

  /** Stops claiming jobs and waits for the running one to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
    this.#options.logger.info("job worker stopped");
  }

  async #run(): Promise<void> {
    const pollIntervalMs = this.#options.pollIntervalMs ?? 1000;
    while (!this.#stopped) {
      const job = await this.#claim();
      if (job !== undefined) {
        await this.#process(job);
        continue;
      }
      await sleep(pollIntervalMs, undefined, { signal: this.#wakeUp.signal }).catch(
        () => undefined,
      );
      if (this.#wakeUp.signal.aborted) {
        this.#wakeUp = new AbortController();
      }
    }
  }

  async #claim(): Promise<JobRecord | undefined> {
    try {
      return await this.#options.store.claimNextJob();
    } catch (error) {
      this.#options.logger.error(
        { err: error },
        "job claim failed; retrying after the poll interval",
      );
      return undefined;
    }
  }

  async #process(job: JobRecord): Promise<void> {
    const { store, metrics } = this.#options;
    const logger = this.#options.logger.child({ jobId: job.id, runId: job.runId, kind: job.kind });
    const started = performance.now();
    logger.info("job started");
    try {
      const results = await this.#options.runJob({ store, jobId: job.id, logger });
      logger.info({ charts: results.length }, "job finished");
    } catch (error) {
      logger.error({ err: error }, "job failed");
      await this.#markFailed(job, error, logger);
    }

    const finished = await store.getJob(job.id).catch(() => undefined);
    const status = finished?.status ?? "failed";
    metrics.observeJob({ kind: job.kind, status }, (performance.now() - started) / 1000);
    // nodejs-polars 0.25.2 does not report native memory to V8, so only an explicit collection
    // frees the frames of finished jobs. `gc` exists when Node runs with --expose-gc.
    (globalThis as { gc?: () => void }).gc?.();
  }

  async #markFailed(job: JobRecord, error: unknown, logger: Logger): Promise<void> {
    try {
      const current = await this.#options.store.getJob(job.id);
      if (current !== undefined && (current.status === "running" || current.status === "queued")) {
        await this.#options.store.updateJob(job.id, {
          status: "failed",
          finishedAt: new Date().toISOString(),
          error: toDspError(error).message,
        });
      }
    } catch (updateError) {
      logger.error({ err: updateError }, "marking the job failed did not succeed");
    }
  }
}
