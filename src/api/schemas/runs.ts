import { Type } from "@sinclair/typebox";
import { RunId, Timestamp } from "./identifiers.ts";
import { schemaRef } from "./schema-ref.ts";

export const runStatuses = [
  "created",
  "queued",
  "processing",
  "succeeded",
  "failed",
  "partial",
] as const;

export const RunStatus = Type.Union(
  runStatuses.map((status) => Type.Literal(status)),
  {
    $id: "RunStatus",
    description:
      "`created`: receiving uploads. `queued` and `processing`: a job works on it. " +
      "`succeeded`, `failed`, `partial`: the outcome of its latest processing job.",
  },
);

export const RunMetadata = Type.Object(
  {
    simulator: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    simulatorVersion: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    scenario: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    labels: Type.Optional(
      Type.Record(
        Type.String({ pattern: "^[A-Za-z0-9._/-]{1,100}$" }),
        Type.String({ maxLength: 500 }),
        {
          description: "Free key-value labels; keys use letters, digits, `.`, `_`, `/` or `-`.",
        },
      ),
    ),
    startedAt: Type.Optional(
      Type.String({ format: "date-time", description: "Simulation start." }),
    ),
    endedAt: Type.Optional(Type.String({ format: "date-time", description: "Simulation end." })),
  },
  { $id: "RunMetadata", additionalProperties: false },
);

export const Run = Type.Object(
  {
    id: RunId,
    pack: Type.String({ description: "Chart pack that processes the run." }),
    status: schemaRef(RunStatus),
    metadata: schemaRef(RunMetadata),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: "Run", additionalProperties: false },
);

export const CreateRunBody = Type.Object(
  {
    id: Type.Optional(RunId),
    pack: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        default: "opendc",
        description: "Chart pack name; `opendc` when absent.",
      }),
    ),
    metadata: Type.Optional(schemaRef(RunMetadata)),
  },
  { additionalProperties: false },
);

export const RunPage = Type.Object(
  {
    runs: Type.Array(schemaRef(Run)),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: "Pass as `cursor` for the next page; null on the last page.",
    }),
  },
  { $id: "RunPage", additionalProperties: false },
);

export const ListRunsQuery = Type.Object(
  {
    status: Type.Optional(schemaRef(RunStatus)),
    pack: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    simulator: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    search: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: "Case-insensitive substring of the run id, scenario or simulator.",
      }),
    ),
    label: Type.Optional(
      Type.String({
        pattern: "^[A-Za-z0-9._/-]{1,100}:.{0,500}$",
        description: "A label as `key:value`; only runs with that label are listed.",
        examples: ["team:storage"],
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: "`nextCursor` of the previous page.",
      }),
    ),
  },
  { additionalProperties: false },
);
