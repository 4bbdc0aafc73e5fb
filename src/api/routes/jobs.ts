import { randomUUID } from "node:crypto";
import type { Static } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DspError } from "../../errors.ts";
import type { JobRecord, RunRecord } from "../../store/store.ts";
import type { ApiContext } from "../api-context.ts";
import { findRun } from "../find-run.ts";
import { findChart } from "../load-run-pack.ts";
import { operation } from "../operation.ts";
import { RunIdParams } from "../schemas/identifiers.ts";
import { Job, JobIdParams, ReplayBody } from "../schemas/jobs.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";
import { UploadFolder } from "../upload/upload-folder.ts";
import { toJobView } from "../views.ts";

const tags = ["Jobs"];
const finishedStatuses: ReadonlySet<RunRecord["status"]> = new Set([
  "succeeded",
  "failed",
  "partial",
]);

/** Registers marking a run complete, queuing replays and reading job status. */
export function registerJobRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId/complete", {
    ...operation({
      operationId: "completeRun",
      summary: "Mark a run's upload complete",
      description:
        "Freezes the run's artifacts and queues a job that computes every chart of its pack. 409 when the run has no artifacts, has an upload still in progress, or was completed before.",
      tags,
      scope: "simulator:write",
      params: RunIdParams,
      success: { 202: json("The queued processing job.", schemaRef(Job)) },
      errors: [404, 409],
    }),
    handler: async (request, reply) => {
      const runId = request.params.runId;
      const job = await context.uploadLock.run(`run:${runId}`, async () => {
        const run = await findRun(context.store, runId);
        await requireCompletable(run);
        await context.store.updateRun(run.id, { status: "queued" });
        return context.store.createJob({ id: randomUUID(), runId: run.id, kind: "process" });
      });
      return sendQueued(reply, context, job);
    },
  });

  app.post<{ Params: Static<typeof RunIdParams>; Body: Static<typeof ReplayBody> }>(
    "/v1/runs/:runId/replays",
    {
      ...operation({
        operationId: "replayCharts",
        summary: "Replay charts of a run",
        description:
          "Queues a job that computes the chosen charts again from the run's artifacts. The job's results carry the new and the previous content hash, so a replay proves that a dataset is reproducible.",
        tags,
        scope: "simulator:write",
        params: RunIdParams,
        body: ReplayBody,
        success: { 202: json("The queued replay job.", schemaRef(Job)) },
        errors: [404, 409, 415],
      }),
      handler: async (request, reply) => {
        const run = await findRun(context.store, request.params.runId);
        if (!finishedStatuses.has(run.status)) {
          throw new DspError(
            "conflict",
            `Run "${run.id}" is ${run.status}; charts can be replayed only after its processing job finished. Poll the job and try again.`,
            { field: "runId", value: run.id, expected: [...finishedStatuses].join(", ") },
          );
        }
        const pack = await context.loadPack(run.pack);
        for (const [index, chartId] of request.body.charts.entries()) {
          requireChart(() => findChart(pack, chartId), index);
        }
        const job = await context.store.createJob({
          id: randomUUID(),
          runId: run.id,
          kind: "replay",
          charts: request.body.charts,
        });
        return sendQueued(reply, context, job);
      },
    },
  );

  app.get<{ Params: Static<typeof JobIdParams> }>("/v1/jobs/:jobId", {
    ...operation({
      operationId: "getJob",
      summary: "Get a job",
      description: "Returns a job's status and one result per chart processed so far.",
      tags,
      scope: "read",
      params: JobIdParams,
      success: { 200: json("The job and its chart results.", schemaRef(Job)) },
      errors: [404],
    }),
    handler: async (request) => {
      const job = await context.store.getJob(request.params.jobId);
      if (job === undefined) {
        throw new DspError(
          "not_found",
          `Job "${request.params.jobId}" does not exist. Use the id returned when the job was queued.`,
          { field: "jobId", value: request.params.jobId },
        );
      }
      return toJobView(context.store, job);
    },
  });
}

async function requireCompletable(run: RunRecord): Promise<void> {
  if (run.status !== "created") {
    throw new DspError(
      "conflict",
      `Run "${run.id}" is already complete (status ${run.status}). Its job list is at GET /v1/runs/${run.id}.`,
      { field: "runId", value: run.id, expected: "a run in status created" },
    );
  }
  const folder = new UploadFolder(run.folder);
  const partial = await folder.listPartial();
  if (partial.length > 0) {
    const paths = partial.map((upload) => upload.path).join(", ");
    throw new DspError(
      "conflict",
      `Run "${run.id}" has uploads in progress: ${paths}. Finish them (HEAD shows the offset) before completing the run.`,
      { field: "runId", value: run.id },
    );
  }
  if ((await folder.listArtifacts()).length === 0) {
    throw new DspError(
      "conflict",
      `Run "${run.id}" has no artifacts. Upload them with PUT /v1/runs/${run.id}/artifacts/{path} first.`,
      { field: "runId", value: run.id },
    );
  }
}

function requireChart(check: () => unknown, index: number): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DspError) {
      throw new DspError("invalid_input", error.message, {
        ...error.details,
        field: `body.charts.${index}`,
      });
    }
    throw error;
  }
}

async function sendQueued(reply: FastifyReply, context: ApiContext, job: JobRecord) {
  context.onJobQueued();
  reply.header("location", `/v1/jobs/${job.id}`);
  return reply.code(202).send(await toJobView(context.store, job));
}
