import type { Static } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { exportDataset } from "../../exports/export-dataset.ts";
import { exportFormats } from "../../exports/export-format.ts";
import type { ApiContext } from "../api-context.ts";
import { chooseFormat } from "../content-negotiation.ts";
import { findRun } from "../find-run.ts";
import { loadDataset } from "../load-dataset.ts";
import { findChart } from "../load-run-pack.ts";
import { operation } from "../operation.ts";
import { RenderQuery, renderFormats } from "../schemas/charts.ts";
import { RunChartParams } from "../schemas/identifiers.ts";

type RenderFormat = (typeof renderFormats)[number];

const mediaTypes = Object.fromEntries(
  renderFormats.map((format) => [format, exportFormats[format].mediaType]),
) as Record<RenderFormat, string>;

/** Registers rendering a chart to SVG or PNG on the server. */
export function registerRenderRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: Static<typeof RunChartParams>; Querystring: Static<typeof RenderQuery> }>(
    "/v1/runs/:runId/charts/:chartId/render",
    {
      ...operation({
        operationId: "renderChart",
        summary: "Render a chart",
        description:
          "Renders the chart's Vega-Lite spec with its dataset to SVG (default) or PNG, chosen by `?format=` or else by `Accept`.",
        tags: ["Charts"],
        scope: "read",
        params: RunChartParams,
        querystring: RenderQuery,
        success: {
          200: {
            description: "The rendered chart.",
            content: {
              [mediaTypes.svg]: { schema: Type.String() },
              [mediaTypes.png]: {
                schema: Type.Unsafe<unknown>({ type: "string", contentMediaType: mediaTypes.png }),
              },
            },
          },
        },
        errors: [404, 406, 422],
      }),
      handler: async (request, reply) => {
        const format = chooseFormat({
          query: request.query.format,
          accept: request.headers.accept,
          formats: mediaTypes,
          fallback: "svg",
        });
        const { runId, chartId } = request.params;
        const run = await findRun(context.store, runId);
        const dataset = await loadDataset(context.store, runId, chartId);
        const chart = findChart(await context.loadPack(run.pack), chartId);
        const body = await exportDataset(
          dataset.frame,
          { ...chart, schema: dataset.schema },
          format,
        );
        reply.header("etag", `"${dataset.record.contentHash}.${format}"`);
        return reply
          .type(mediaTypes[format])
          .send(typeof body === "string" ? body : Buffer.from(body));
      },
    },
  );
}
