import { Type } from "@sinclair/typebox";
import { ChartId, RunId } from "./identifiers.ts";

const Cell = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

export const CompareParams = Type.Object({ chartId: ChartId }, { additionalProperties: false });

export const CompareQuery = Type.Object(
  {
    runs: Type.String({
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}(,[A-Za-z0-9][A-Za-z0-9._-]{0,127}){1,9}$",
      description: "Two to ten comma-separated run ids; differences are against the first.",
      examples: ["run-a,run-b"],
    }),
  },
  { additionalProperties: false },
);

export const ChartComparison = Type.Object(
  {
    chartId: ChartId,
    runs: Type.Array(
      Type.Object(
        {
          runId: RunId,
          chartVersion: Type.Integer({ minimum: 0 }),
          revision: Type.Integer({ minimum: 1 }),
          contentHash: Type.String(),
          rows: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
    keyColumns: Type.Array(Type.String(), {
      description: "Columns rows are aligned on: every column that is not a float.",
    }),
    valueColumns: Type.Array(Type.String(), { description: "Float columns that are compared." }),
    rows: Type.Array(
      Type.Object(
        {
          key: Type.Record(Type.String(), Cell),
          values: Type.Record(Type.String(), Type.Array(Cell), {
            description:
              "Per value column, one entry per run in request order; null where a run lacks the row.",
          }),
          differences: Type.Record(Type.String(), Type.Array(Cell), {
            description: "Per value column and run, the value minus the first run's value.",
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: "ChartComparison", additionalProperties: false },
);
