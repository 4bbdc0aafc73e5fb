import { readFile } from "node:fs/promises";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DspError } from "../../errors.ts";
import type { ServiceMetrics } from "../../observability/metrics.ts";
import { checkReadiness } from "../../observability/readiness.ts";
import type { Store } from "../../store/store.ts";
import { buildOpenApiDocument } from "../contract/openapi-document.ts";
import { operation } from "../operation.ts";
import { Health, Readiness } from "../schemas/operations.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";

const tags = ["Operations"];

/** Options of {@link registerOperationRoutes}. */
export interface OperationRouteOptions {
  store: Store;
  metrics: ServiceMetrics;
  /** The static API reference page, built from the OpenAPI document by `npm run openapi`. */
  docsFile: string;
}

/** Registers health, readiness, metrics, the OpenAPI document and the reference page. */
export function registerOperationRoutes(
  app: FastifyInstance,
  options: OperationRouteOptions,
): void {
  app.get("/healthz", {
    ...operation({
      operationId: "getHealth",
      summary: "Liveness check",
      description: "Returns 200 while the process serves requests; it does not touch the store.",
      tags,
      scope: "public",
      success: { 200: json("Alive.", schemaRef(Health)) },
    }),
    handler: async () => ({ status: "ok" }),
  });

  app.get("/readyz", {
    ...operation({
      operationId: "getReadiness",
      summary: "Readiness check",
      description:
        "Returns 200 when the store answers and every migration is applied, else a 503 problem.",
      tags,
      scope: "public",
      success: { 200: json("Ready.", schemaRef(Readiness)) },
      errors: [503],
    }),
    handler: async (request) => {
      const readiness = await checkReadiness(options.store);
      if (!readiness.ready) {
        request.log.warn(
          { store: readiness.store, err: readiness.error },
          "readiness check failed",
        );
        const pending = readiness.store.pending.join(", ") || "none";
        throw new DspError(
          "unavailable",
          `The store is not ready: reachable=${readiness.store.reachable}, migrations applied=${readiness.store.migrationsApplied}, pending: ${pending}. Check the store and run its migrations.`,
          { field: "store" },
        );
      }
      return { status: "ready", store: readiness.store };
    },
  });

  app.get("/metrics", {
    ...operation({
      operationId: "getMetrics",
      summary: "Prometheus metrics",
      description:
        "Request counts and latencies by route template and status, job counts and durations by kind and status, and process metrics, in the Prometheus text format.",
      tags,
      scope: "public",
      success: {
        200: {
          description: "Metrics in the Prometheus text format 0.0.4.",
          content: { "text/plain": { schema: Type.String() } },
        },
      },
    }),
    handler: async (_request, reply) => {
      const text = await options.metrics.registry.metrics();
      return reply.type(options.metrics.registry.contentType).send(text);
    },
  });

  app.get("/openapi.json", {
    ...operation({
      operationId: "getOpenApiDocument",
      summary: "OpenAPI document",
      description: "The OpenAPI 3.1 document of this server, as committed in openapi/v1.json.",
      tags,
      scope: "public",
      success: { 200: json("The OpenAPI document.", Type.Record(Type.String(), Type.Unknown())) },
    }),
    handler: async (_request, reply) =>
      reply.type("application/json").send(JSON.stringify(buildOpenApiDocument(app))),
  });

  app.get("/docs", {
    ...operation({
      operationId: "getApiReference",
      summary: "API reference page",
      description:
        "A self-contained HTML page built from the OpenAPI document; it loads nothing from the network.",
      tags,
      scope: "public",
      success: {
        200: { description: "The HTML page.", content: { "text/html": { schema: Type.String() } } },
      },
      errors: [503],
    }),
    handler: async (request, reply) => {
      const html = await readFile(options.docsFile, "utf8").catch((error: unknown) => {
        request.log.error({ err: error, file: options.docsFile }, "API reference page missing");
        throw new DspError(
          "unavailable",
          "The API reference page is missing from this installation. Run `npm run openapi` to build it.",
          {
            file: options.docsFile,
          },
        );
      });
      return reply.type("text/html; charset=utf-8").send(html);
    },
  });
}
