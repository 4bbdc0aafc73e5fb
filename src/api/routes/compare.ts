import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DspError } from "../../errors.ts";
import type { ApiContext } from "../api-context.ts";
import { compareDatasets } from "../compare-datasets.ts";
import { loadDataset } from "../load-dataset.ts";
import { operation } from "../operation.ts";
import { ChartComparison, CompareParams, CompareQuery } from "../schemas/compare.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";

/** Registers the comparison of one chart across runs. */
export function registerCompareRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Params: Static<typeof CompareParams>; Querystring: Static<typeof CompareQuery> }>(
    "/v1/charts/:chartId/compare",
    {
      ...operation({
        operationId: "compareChart",
        summary: "Compare a chart across runs",
        description:
          "Aligns the chart's datasets of two to ten runs on the key columns (every non-float column) and returns each float column per run with its difference from the first run.",
        tags: ["Charts"],
        scope: "read",
        params: CompareParams,
        querystring: CompareQuery,
        success: { 200: json("The aligned rows.", schemaRef(ChartComparison)) },
        errors: [404, 422],
      }),
      handler: async (request) => {
        const chartId = request.params.chartId;
        const runIds = request.query.runs.split(",");
        requireDistinct(runIds);
        const datasets = [];
        for (const runId of runIds) {
          datasets.push(await loadDataset(context.store, runId, chartId));
        }
        const comparison = compareDatasets(runIds, datasets);
        const runs = datasets.map((dataset) => ({
          runId: dataset.record.runId,
          chartVersion: dataset.record.chartVersion,
          revision: dataset.record.revision,
          contentHash: dataset.record.contentHash,
          rows: dataset.record.rowCount,
        }));
        return { chartId, runs, ...comparison };
      },
    },
  );
}

function requireDistinct(runIds: string[]): void {
  const repeated = runIds.find((runId, index) => runIds.indexOf(runId) !== index);
  if (repeated !== undefined) {
    throw new DspError(
      "invalid_input",
      `Run "${repeated}" appears twice in runs. List each run once.`,
      { field: "querystring.runs", value: runIds.join(","), expected: "distinct run ids" },
    );
  }
}
