import { Type } from "@sinclair/typebox";
import { ChartId, JobId, RunId, Timestamp } from "./identifiers.ts";

export const LineageList = Type.Object(
  {
    runId: RunId,
    events: Type.Array(
      Type.Object(
        {
          jobId: JobId,
          eventType: Type.Union([
            Type.Literal("START"),
            Type.Literal("COMPLETE"),
            Type.Literal("FAIL"),
          ]),
          eventTime: Timestamp,
          event: Type.Record(Type.String(), Type.Unknown(), {
            description: "The OpenLineage run event as emitted.",
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: "LineageList", additionalProperties: false },
);

export const ParityList = Type.Object(
  {
    runId: RunId,
    results: Type.Array(
      Type.Object(
        {
          chartId: ChartId,
          legacyPath: Type.String({
            description: "Legacy output file the dataset was compared with.",
          }),
          passed: Type.Boolean(),
          report: Type.Record(Type.String(), Type.Unknown()),
          createdAt: Timestamp,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: "ParityList", additionalProperties: false },
);
