import type { Static } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { exportDataset } from "../../exports/export-dataset.ts";
import { exportFormats } from "../../exports/export-format.ts";
import type { DatasetRecord } from "../../store/store.ts";
import type { ApiContext } from "../api-context.ts";
import { chooseFormat } from "../content-negotiation.ts";
import { streamDataset } from "../dataset-stream.ts";
import { findDatasetRecord, loadDataset } from "../load-dataset.ts";
import { type Deprecation, operation } from "../operation.ts";
import { DatasetJson, DatasetQuery, datasetFormats } from "../schemas/charts.ts";
import { RunChartParams } from "../schemas/identifiers.ts";
import { schemaRef } from "../schemas/schema-ref.ts";

type DatasetFormat = (typeof datasetFormats)[number];
type DatasetRequest = FastifyRequest<{
  Params: Static<typeof RunChartParams>;
  Querystring: Static<typeof DatasetQuery>;
}>;

const mediaTypes = Object.fromEntries(
  datasetFormats.map((format) => [format, exportFormats[format].mediaType]),
) as Record<DatasetFormat, string>;

const binary = Type.Unsafe<unknown>({
  type: "string",
  contentMediaType: "application/octet-stream",
});

const datasetResponse = {
  description: "The dataset in the chosen format. `ETag` is the content hash and format.",
  content: {
    [mediaTypes.json]: { schema: schemaRef(DatasetJson) },
    [mediaTypes.csv]: { schema: Type.String({ description: "RFC 4180 CSV with a header row." }) },
    [mediaTypes.arrow]: { schema: binary },
    [mediaTypes.parquet]: { schema: binary },
  },
};

/** The old dataset path, kept for clients of the first dashboard release. */
const legacyDatasetDeprecation: Deprecation = {
  since: "2026-01-01T00:00:00Z",
  sunset: "2026-12-31T00:00:00Z",
  successor: "/v1/runs/{runId}/charts/{chartId}/dataset",
};

/** Registers the chart dataset download and its deprecated alias. */
export function registerDatasetRoutes(app: FastifyInstance, context: ApiContext): void {
  const handler = (request: DatasetRequest, reply: FastifyReply) =>
    sendDataset(context, request, reply);
  const shared = {
    tags: ["Charts"],
    scope: "read" as const,
    params: RunChartParams,
    querystring: DatasetQuery,
    success: { 200: datasetResponse, 304: { description: "Not modified.", type: "null" } },
    errors: [404, 406],
  };

  app.get("/v1/runs/:runId/charts/:chartId/dataset", {
    ...operation({
      ...shared,
      operationId: "getChartDataset",
      summary: "Download a chart dataset",
      description:
        "Returns the current dataset of a chart as JSON (default), CSV, Arrow IPC or Parquet, chosen by `?format=` or else by `Accept`. JSON and CSV are streamed.",
    }),
    handler,
  });

  app.get("/v1/runs/:runId/datasets/:chartId", {
    ...operation({
      ...shared,
      operationId: "getChartDatasetLegacy",
      summary: "Download a chart dataset (deprecated path)",
      description: `Deprecated alias of GET ${legacyDatasetDeprecation.successor}; responses carry Deprecation, Sunset and Link headers.`,
      deprecation: legacyDatasetDeprecation,
    }),
    handler,
  });
}

/** Datasets up to this many rows are encoded whole and cached; larger ones are streamed. */
const cachedRowLimit = 200_000;

async function sendDataset(context: ApiContext, request: DatasetRequest, reply: FastifyReply) {
  const format = chooseFormat({
    query: request.query.format,
    accept: request.headers.accept,
    formats: mediaTypes,
    fallback: "json",
  });
  const { runId, chartId } = request.params;
  const current = await findDatasetRecord(context.store, runId, chartId);
  reply.header("vary", "accept");
  if (request.headers["if-none-match"] === etagOf(current, format)) {
    reply.header("etag", etagOf(current, format));
    return reply.code(304).send();
  }

  const cacheKey = `${runId}/${chartId}/${current.contentHash}/${format}`;
  const cached = context.responseCache.get(cacheKey);
  if (cached !== undefined) {
    setDatasetHeaders(reply, current, format);
    return reply.type(mediaTypes[format]).send(cached);
  }

  const dataset = await loadDataset(context.store, runId, chartId);
  setDatasetHeaders(reply, dataset.record, format);
  const chart = { id: chartId, title: chartId, schema: dataset.schema, vegaLite: {} };
  if (dataset.frame.height > cachedRowLimit) {
    return reply.type(mediaTypes[format]).send(streamDataset(dataset.frame, chart, format));
  }

  const body = Buffer.from(await exportDataset(dataset.frame, chart, format));
  context.responseCache.set(`${runId}/${chartId}/${dataset.record.contentHash}/${format}`, body);
  return reply.type(mediaTypes[format]).send(body);
}

function etagOf(record: DatasetRecord, format: DatasetFormat): string {
  return `"${record.contentHash}.${format}"`;
}

function setDatasetHeaders(
  reply: FastifyReply,
  record: DatasetRecord,
  format: DatasetFormat,
): void {
  reply.header("etag", etagOf(record, format));
  reply.header("x-dataset-revision", String(record.revision));
  reply.header("x-chart-version", String(record.chartVersion));
}
