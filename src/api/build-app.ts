import { resolve } from "node:path";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { ChartPack } from "../charts/chart-definition.ts";
import { builtInPacks, loadPack } from "../charts/pack-registry.ts";
import { DspError } from "../errors.ts";
import type { Logger } from "../observability/logger.ts";
import { createMetrics, type ServiceMetrics } from "../observability/metrics.ts";
import type { Store } from "../store/store.ts";
import type { ApiContext } from "./api-context.ts";
import { registerAuth } from "./auth.ts";
import { openApiDefinition } from "./contract/openapi-options.ts";
import { registerDashboardRoute } from "./dashboard-route.ts";
import { sendProblem, toProblem } from "./problem.ts";
import { registerRequestHooks, requestIdOf } from "./request-hooks.ts";
import { ResponseCache } from "./response-cache.ts";
import { registerArtifactRoutes } from "./routes/artifacts.ts";
import { registerChartRoutes } from "./routes/charts.ts";
import { registerCompareRoutes } from "./routes/compare.ts";
import { registerDatasetRoutes } from "./routes/datasets.ts";
import { registerJobRoutes } from "./routes/jobs.ts";
import { registerOperationRoutes } from "./routes/operations.ts";
import { registerRenderRoutes } from "./routes/render.ts";
import { registerReportRoutes } from "./routes/reports.ts";
import { registerRunRoutes } from "./routes/runs.ts";
import { registerTokenRoutes } from "./routes/tokens.ts";
import { sharedSchemas } from "./schemas/shared-schemas.ts";
import { KeyedLock } from "./upload/keyed-lock.ts";

/** Memory for encoded dataset responses unless the options set it. */
const defaultResponseCacheBytes = 256 * 1024 * 1024;

/** Largest JSON request body, in bytes; artifact uploads have their own limit. */
const jsonBodyLimit = 1024 * 1024;

/** Options of {@link buildApp}. */
export interface AppOptions {
  store: Store;
  logger: Logger;
  /** Folder for uploaded runs, one subfolder per run. */
  dataDir: string;
  /** Largest artifact upload, in bytes. */
  maxArtifactBytes: number;
  /** Lets requests without a token call `read` operations. */
  publicReads: boolean;
  /** Pack names clients may use, mapped to what `loadPack` receives; the built-in packs when absent. */
  packs?: Readonly<Record<string, string>>;
  loadPack?: (nameOrPath: string) => Promise<ChartPack>;
  metrics?: ServiceMetrics;
  onJobQueued?: () => void;
  /** Memory for encoded dataset responses, in bytes; 256 MiB when absent. */
  responseCacheBytes?: number;
  /** The static reference page served at `/docs`. */
  docsFile?: string;
}

/**
 * Builds the API server without listening, so tests can call `inject` and `dsp serve` can
 * listen on a socket. Every route's schema drives its validation, its serialization and the
 * OpenAPI document at `/openapi.json`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // The onResponse hook logs each request once, at a level chosen by its status.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: "requestId",
    }),
    genReqId: requestIdOf,
    exposeHeadRoutes: false,
    bodyLimit: jsonBodyLimit,
    ajv: {
      customOptions: {
        removeAdditional: false,
        allErrors: true,
        coerceTypes: "array",
        useDefaults: true,
      },
    },
  });
  const metrics = options.metrics ?? createMetrics();

  await app.register(swagger, {
    openapi: structuredClone(openApiDefinition) as never,
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`),
    },
  });
  for (const schema of sharedSchemas) {
    app.addSchema(schema);
  }

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) {
      request.log.error({ err: error }, "request failed");
    } else {
      request.log.info({ code: problem.code, detail: problem.detail }, "request rejected");
    }
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new DspError(
      "not_found",
      `No operation matches ${request.method} ${request.url.split("?")[0]}. The operations are listed at /openapi.json and /docs.`,
    );
    return sendProblem(reply, toProblem(error, request));
  });

  registerRequestHooks(app, metrics);
  registerAuth(app, { store: options.store, publicReads: options.publicReads });
  registerRoutes(app, options, metrics);
  await app.ready();
  return app;
}

function registerRoutes(app: FastifyInstance, options: AppOptions, metrics: ServiceMetrics): void {
  const context: ApiContext = {
    store: options.store,
    dataDir: resolve(options.dataDir),
    maxArtifactBytes: options.maxArtifactBytes,
    packs:
      options.packs ?? Object.fromEntries(Object.keys(builtInPacks).map((name) => [name, name])),
    loadPack: options.loadPack ?? loadPack,
    onJobQueued: options.onJobQueued ?? (() => {}),
    uploadLock: new KeyedLock(),
    responseCache: new ResponseCache(options.responseCacheBytes ?? defaultResponseCacheBytes),
  };
  registerRunRoutes(app, context);
  registerArtifactRoutes(app, context);
  registerJobRoutes(app, context);
  registerChartRoutes(app, context);
  registerDatasetRoutes(app, context);
  registerRenderRoutes(app, context);
  registerCompareRoutes(app, context);
  registerReportRoutes(app, context);
  registerTokenRoutes(app, context);
  registerOperationRoutes(app, {
    store: options.store,
    metrics,
    docsFile: options.docsFile ?? defaultDocsFile,
  });
  registerDashboardRoute(app);
}

/** The reference page committed beside the OpenAPI document. */
export const defaultDocsFile = new URL("../../openapi/v1.html", import.meta.url).pathname;
