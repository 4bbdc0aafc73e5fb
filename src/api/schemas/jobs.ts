import { type TSchema, Type } from "@sinclair/typebox";
import { ChartId, JobId, RunId, Timestamp } from "./identifiers.ts";
import { Run } from "./runs.ts";
import { schemaRef } from "./schema-ref.ts";

function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const ChartResult = Type.Object(
  {
    chartId: ChartId,
    chartVersion: Type.Integer({ minimum: 0 }),
    status: Type.Union([
      Type.Literal("succeeded"),
      Type.Literal("failed"),
      Type.Literal("skipped"),
    ]),
    rows: nullable(Type.Integer({ minimum: 0 })),
    contentHash: nullable(Type.String()),
    previousHash: nullable(
      Type.String({ description: "For replays: the hash of the dataset that was current before." }),
    ),
    error: nullable(
      Type.Object(
        {
          code: Type.String(),
          message: Type.String(),
          details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        },
        { additionalProperties: false },
      ),
    ),
    durationMs: Type.Number({ minimum: 0 }),
  },
  { $id: "ChartResult", additionalProperties: false },
);

export const Job = Type.Object(
  {
    id: JobId,
    runId: RunId,
    kind: Type.Union([Type.Literal("process"), Type.Literal("replay")]),
    status: Type.Union([
      Type.Literal("queued"),
      Type.Literal("running"),
      Type.Literal("succeeded"),
      Type.Literal("failed"),
      Type.Literal("partial"),
    ]),
    charts: Type.Array(ChartId, { description: "Charts a replay is limited to; empty for all." }),
    createdAt: Timestamp,
    startedAt: nullable(Timestamp),
    finishedAt: nullable(Timestamp),
    error: nullable(Type.String()),
    results: Type.Array(schemaRef(ChartResult), {
      description: "One result per chart, filled in as the job runs.",
    }),
  },
  { $id: "Job", additionalProperties: false },
);

export const JobIdParams = Type.Object({ jobId: JobId }, { additionalProperties: false });

export const ReplayBody = Type.Object(
  {
    charts: Type.Array(ChartId, {
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      description: "Chart ids of the run's pack to compute again.",
    }),
  },
  { additionalProperties: false },
);

export const RunDetail = Type.Object(
  {
    run: schemaRef(Run),
    jobs: Type.Array(schemaRef(Job), { description: "The run's jobs, oldest first." }),
  },
  { $id: "RunDetail", additionalProperties: false },
);
