import { Type } from "@sinclair/typebox";
import { ChartId, RunId, Timestamp } from "./identifiers.ts";
import { schemaRef } from "./schema-ref.ts";

export const DatasetColumn = Type.Object(
  {
    name: Type.String(),
    dtype: Type.String({ description: "Polars data type name." }),
    unit: Type.Optional(Type.String()),
  },
  { $id: "DatasetColumn", additionalProperties: false },
);

export const ChartSummary = Type.Object(
  {
    id: ChartId,
    title: Type.String(),
    version: Type.Integer({ minimum: 0, description: "Chart version the dataset was made with." }),
    rows: Type.Integer({ minimum: 0 }),
    hash: Type.String({ description: "Content hash of the dataset's canonical encoding." }),
    revision: Type.Integer({
      minimum: 1,
      description: "Publication count of this chart on this run, from 1.",
    }),
    createdAt: Timestamp,
  },
  { $id: "ChartSummary", additionalProperties: false },
);

export const ChartList = Type.Object(
  { runId: RunId, charts: Type.Array(schemaRef(ChartSummary)) },
  { $id: "ChartList", additionalProperties: false },
);

export const DatasetJson = Type.Object(
  {
    chart: ChartId,
    schema: Type.Array(schemaRef(DatasetColumn)),
    rows: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
      description:
        "One object per row, keyed by column. NaN and infinities are the strings `NaN`, `inf` and `-inf`; 64-bit integers beyond 2^53 are decimal strings.",
    }),
  },
  { $id: "DatasetJson", additionalProperties: false },
);

export const datasetFormats = ["json", "csv", "arrow", "parquet"] as const;

export const DatasetQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union(
        datasetFormats.map((format) => Type.Literal(format)),
        { description: "Overrides the Accept header." },
      ),
    ),
  },
  { additionalProperties: false },
);

export const VegaLiteSpec = Type.Record(Type.String(), Type.Unknown(), {
  $id: "VegaLiteSpec",
  description: "A Vega-Lite v5 specification.",
});

export const renderFormats = ["svg", "png"] as const;

export const RenderQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union(
        renderFormats.map((format) => Type.Literal(format)),
        { description: "Overrides the Accept header; SVG when neither is given." },
      ),
    ),
  },
  { additionalProperties: false },
);
