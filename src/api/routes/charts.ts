import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { ChartPack } from "../../charts/chart-definition.ts";
import { toVegaLiteSpec } from "../../exports/vega-lite-export.ts";
import type { ApiContext } from "../api-context.ts";
import { findRun } from "../find-run.ts";
import { loadDataset } from "../load-dataset.ts";
import { findChart } from "../load-run-pack.ts";
import { operation } from "../operation.ts";
import { ChartList, VegaLiteSpec } from "../schemas/charts.ts";
import { RunChartParams, RunIdParams } from "../schemas/identifiers.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";

const tags = ["Charts"];

/** Registers the chart list of a run and the Vega-Lite spec of a chart. */
export function registerChartRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId/charts", {
    ...operation({
      operationId: "listCharts",
      summary: "List a run's charts",
      description: "Lists the current dataset of every chart computed for the run.",
      tags,
      scope: "read",
      params: RunIdParams,
      success: { 200: json("The run's charts.", schemaRef(ChartList)) },
      errors: [404],
    }),
    handler: async (request) => {
      const run = await findRun(context.store, request.params.runId);
      const datasets = await context.store.listDatasets(run.id);
      const pack = await context.loadPack(run.pack).catch((error: unknown) => {
        request.log.warn(
          { err: error, runId: run.id, pack: run.pack },
          "pack load failed; chart titles fall back to ids",
        );
        return undefined;
      });
      const charts = datasets.map((dataset) => ({
        id: dataset.chartId,
        title: chartTitle(pack, dataset.chartId),
        version: dataset.chartVersion,
        rows: dataset.rowCount,
        hash: dataset.contentHash,
        revision: dataset.revision,
        createdAt: dataset.createdAt,
      }));
      return { runId: run.id, charts };
    },
  });

  app.get<{ Params: Static<typeof RunChartParams> }>("/v1/runs/:runId/charts/:chartId/spec", {
    ...operation({
      operationId: "getChartSpec",
      summary: "Get a chart's Vega-Lite spec",
      description:
        "Returns the chart's Vega-Lite spec with the dataset rows inline in `data.values`.",
      tags,
      scope: "read",
      params: RunChartParams,
      success: { 200: json("The Vega-Lite spec.", schemaRef(VegaLiteSpec)) },
      errors: [404],
    }),
    handler: async (request) => {
      const { runId, chartId } = request.params;
      const run = await findRun(context.store, runId);
      const dataset = await loadDataset(context.store, runId, chartId);
      const chart = findChart(await context.loadPack(run.pack), chartId);
      return toVegaLiteSpec(dataset.frame, { ...chart, schema: dataset.schema });
    },
  });
}

function chartTitle(pack: ChartPack | undefined, chartId: string): string {
  return pack?.charts.find((chart) => chart.id === chartId)?.title ?? chartId;
}
