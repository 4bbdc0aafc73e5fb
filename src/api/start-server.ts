import { builtInPacks } from "../charts/pack-registry.ts";
import { runJob } from "../charts/run-job.ts";
import { DspError } from "../errors.ts";
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

  const address = await app
    .listen({ host: config.host, port: config.port })
    .catch(async (error: NodeJS.ErrnoException) => {
      await app.close();
      throw listenError(error, config);
    });
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

/** Turns a failed listen into an error that names the address and the fix. */
function listenError(error: NodeJS.ErrnoException, config: ServerConfig): DspError {
  const where = `${config.host}:${config.port}`;
  if (error.code === "EADDRINUSE") {
    return new DspError(
      "unavailable",
      `Port ${config.port} on ${config.host} is already in use. Stop the other server, or pass --port with another port (0 picks a free one).`,
      { field: "port", value: where },
    );
  }
  if (error.code === "EACCES") {
    return new DspError(
      "unavailable",
      `Listening on ${where} is not permitted. Use a port above 1023, or run with the needed privileges.`,
      { field: "port", value: where },
    );
  }
  return new DspError(
    "unavailable",
    `Cannot listen on ${where}: ${error.message}.`,
    { field: "host", value: where },
    { cause: error },
  );
}
