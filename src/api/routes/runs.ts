import { join } from "node:path";
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { newRunId } from "../../charts/run-id.ts";
import { DspError } from "../../errors.ts";
import type { RunFilter, RunRecord } from "../../store/store.ts";
import type { ApiContext } from "../api-context.ts";
import { findRun } from "../find-run.ts";
import { loadNamedPack } from "../load-run-pack.ts";
import { operation } from "../operation.ts";
import { RunIdParams } from "../schemas/identifiers.ts";
import { RunDetail } from "../schemas/jobs.ts";
import { json } from "../schemas/responses.ts";
import { CreateRunBody, ListRunsQuery, Run, RunPage } from "../schemas/runs.ts";
import { schemaRef } from "../schemas/schema-ref.ts";
import { toJobView } from "../views.ts";

const tags = ["Runs"];

/** Registers run creation, listing and detail. */
export function registerRunRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post<{ Body: Static<typeof CreateRunBody> }>("/v1/runs", {
    ...operation({
      operationId: "createRun",
      summary: "Create a run",
      description:
        "Creates a run in status `created` with an empty folder for uploads. The simulator then uploads artifacts and marks the run complete.",
      tags,
      scope: "simulator:write",
      body: CreateRunBody,
      success: { 201: json("The new run.", schemaRef(Run)) },
      errors: [409, 415],
    }),
    handler: async (request, reply) => {
      const pack = request.body.pack ?? "opendc";
      await loadNamedPack(context, pack);
      const id = request.body.id ?? newRunId(pack);
      if ((await context.store.getRun(id)) !== undefined) {
        throw new DspError(
          "conflict",
          `Run "${id}" already exists. Choose another id or omit it.`,
          {
            field: "id",
            value: id,
          },
        );
      }
      const run = await context.store.createRun({
        id,
        pack,
        folder: join(context.dataDir, id),
        status: "created",
        metadata: request.body.metadata ?? {},
      });
      reply.header("location", `/v1/runs/${encodeURIComponent(run.id)}`);
      return reply.code(201).send(toRunView(run));
    },
  });

  app.get<{ Querystring: Static<typeof ListRunsQuery> }>("/v1/runs", {
    ...operation({
      operationId: "listRuns",
      summary: "List runs",
      description: "Lists runs newest first, filtered, one page at a time.",
      tags,
      scope: "read",
      querystring: ListRunsQuery,
      success: { 200: json("One page of runs.", schemaRef(RunPage)) },
    }),
    handler: async (request) => {
      const page = await context.store.listRuns(toRunFilter(request.query));
      return { runs: page.runs.map(toRunView), nextCursor: page.nextCursor };
    },
  });

  app.get<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId", {
    ...operation({
      operationId: "getRun",
      summary: "Get a run",
      description: "Returns a run with its jobs.",
      tags,
      scope: "read",
      params: RunIdParams,
      success: { 200: json("The run and its jobs.", schemaRef(RunDetail)) },
      errors: [404],
    }),
    handler: async (request) => {
      const run = await findRun(context.store, request.params.runId);
      const jobs = await context.store.listJobs(run.id);
      const views = await Promise.all(jobs.map((job) => toJobView(context.store, job)));
      return { run: toRunView(run), jobs: views };
    },
  });
}

/** Converts a run record to its API view, which omits the server-side folder path. */
export function toRunView(run: RunRecord) {
  return {
    id: run.id,
    pack: run.pack,
    status: run.status,
    metadata: run.metadata,
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
  };
}

function toRunFilter(query: Static<typeof ListRunsQuery>): RunFilter {
  const { label, ...rest } = query;
  const filter: RunFilter = { ...rest };
  if (label !== undefined) {
    const separator = label.indexOf(":");
    filter.label = { key: label.slice(0, separator), value: label.slice(separator + 1) };
  }
  return filter;
}
