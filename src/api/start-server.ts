import { builtInPacks } from "../charts/pack-registry.ts";
import { runJob } from "../charts/run-job.ts";
import type { Logger } from "../observability/logger.ts";
import { createMetrics } from "../observability/metrics.ts";
import type { Store } from "../store/store.ts";
import { buildApp } from "./build-app.ts";
import { childProcessJobRunner } from "./job-process.ts";
import { JobWorker } from "./job-worker.ts";
import type { ServerConfig } from "./server-config.ts";

/** A listening API server with its job worker. */
export interface RunningServer {
  /** The base URL, such as `http://127.0.0.1:8080`. */
  address: string;
  /** Stops accepting requests, lets the running job finish, then returns. */
  stop(): Promise<void>;
}

/**
 * Builds the API app on an open store, listens, and starts the job worker when the config
 * enables it. The caller still owns the store and closes it after `stop()`.
 */
export async function startServer(
  config: ServerConfig,
  store: Store,
  logger: Logger,
): Promise<RunningServer> {
  const metrics = createMetrics();
  // Jobs run in child processes unless the store lives only in this process's memory.
  const inMemory = config.storeUrl === ":memory:";
  const runner = inMemory ? runJob : childProcessJobRunner(config.storeUrl);
  const worker = new JobWorker({ store, logger, metrics, runJob: runner });
  const packs = {
    ...Object.fromEntries(Object.keys(builtInPacks).map((name) => [name, name])),
    ...config.extraPacks,
  };
  const app = await buildApp({
    store,
    logger,
    metrics,
    packs,
    dataDir: config.dataDir,
    maxArtifactBytes: config.maxArtifactBytes,
    publicReads: config.publicReads,
    onJobQueued: () => worker.wake(),
  });

  const address = await app.listen({ host: config.host, port: config.port });
  if (config.runWorker) {
    worker.start();
  }
  return {
    address,
    stop: async () => {
      await app.close();
      await worker.stop();
    },
  };
}
