import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { ApiContext } from "../api-context.ts";
import { findRun } from "../find-run.ts";
import { operation } from "../operation.ts";
import { RunIdParams } from "../schemas/identifiers.ts";
import { LineageList, ParityList } from "../schemas/reports.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";

/** Registers a run's lineage events and parity results. */
export function registerReportRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId/lineage", {
    ...operation({
      operationId: "listLineage",
      summary: "List a run's lineage events",
      description:
        "Returns the OpenLineage run events (START, COMPLETE, FAIL) of the run's jobs, oldest first.",
      tags: ["Lineage"],
      scope: "read",
      params: RunIdParams,
      success: { 200: json("The lineage events.", schemaRef(LineageList)) },
      errors: [404],
    }),
    handler: async (request) => {
      const run = await findRun(context.store, request.params.runId);
      const records = await context.store.listLineage(run.id);
      const events = records.map(({ jobId, eventType, eventTime, event }) => ({
        jobId,
        eventType,
        eventTime,
        event,
      }));
      return { runId: run.id, events };
    },
  });

  app.get<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId/parity", {
    ...operation({
      operationId: "listParity",
      summary: "List a run's parity results",
      description: "Returns the comparisons of the run's chart datasets with legacy outputs.",
      tags: ["Parity"],
      scope: "read",
      params: RunIdParams,
      success: { 200: json("The parity results.", schemaRef(ParityList)) },
      errors: [404],
    }),
    handler: async (request) => {
      const run = await findRun(context.store, request.params.runId);
      const records = await context.store.listParity(run.id);
      const results = records.map(({ chartId, legacyPath, passed, report, createdAt }) => ({
        chartId,
        legacyPath,
        passed,
        report,
        createdAt,
      }));
      return { runId: run.id, results };
    },
  });
}
