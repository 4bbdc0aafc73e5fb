import { type components, type DspClient, requireOk, unwrap } from "../../sdk/index.ts";

export type Run = components["schemas"]["Run"];
export type RunPage = components["schemas"]["RunPage"];
export type RunDetail = components["schemas"]["RunDetail"];
export type ChartSummary = components["schemas"]["ChartSummary"];
export type ChartComparison = components["schemas"]["ChartComparison"];
export type LineageList = components["schemas"]["LineageList"];
export type VegaLiteSpec = components["schemas"]["VegaLiteSpec"];

/** Formats of the dataset endpoint. */
export type DatasetFormat = "csv" | "json" | "parquet" | "arrow";
/** Formats of the render endpoint. */
export type ImageFormat = "svg" | "png";

/** Options of {@link listRuns}. */
export interface RunQuery {
  search: string;
  limit: number;
  cursor?: string | undefined;
}

/** Lists one page of runs, newest first, filtered by a case-insensitive search text. */
export function listRuns(client: DspClient, query: RunQuery): Promise<RunPage> {
  const params = {
    query: {
      limit: query.limit,
      ...(query.search === "" ? {} : { search: query.search }),
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    },
  };
  return unwrap(client.api.GET("/v1/runs", { params }));
}

export function getRun(client: DspClient, runId: string): Promise<RunDetail> {
  return unwrap(client.api.GET("/v1/runs/{runId}", { params: { path: { runId } } }));
}

export async function listCharts(client: DspClient, runId: string): Promise<ChartSummary[]> {
  const list = await unwrap(
    client.api.GET("/v1/runs/{runId}/charts", { params: { path: { runId } } }),
  );
  return list.charts;
}

/** Returns a chart's Vega-Lite specification with the dataset inlined as `data.values`. */
export function getChartSpec(
  client: DspClient,
  runId: string,
  chartId: string,
): Promise<VegaLiteSpec> {
  return unwrap(
    client.api.GET("/v1/runs/{runId}/charts/{chartId}/spec", {
      params: { path: { runId, chartId } },
    }),
  );
}

/** Aligns one chart's rows across runs, with differences against the first run. */
export function compareChart(
  client: DspClient,
  chartId: string,
  runIds: readonly string[],
): Promise<ChartComparison> {
  return unwrap(
    client.api.GET("/v1/charts/{chartId}/compare", {
      params: { path: { chartId }, query: { runs: runIds.join(",") } },
    }),
  );
}

export function listLineage(client: DspClient, runId: string): Promise<LineageList> {
  return unwrap(client.api.GET("/v1/runs/{runId}/lineage", { params: { path: { runId } } }));
}

function chartPath(runId: string, chartId: string): string {
  return `/v1/runs/${encodeURIComponent(runId)}/charts/${encodeURIComponent(chartId)}`;
}

/** Downloads a chart dataset in one of the stored-data formats. */
export async function fetchDataset(
  client: DspClient,
  runId: string,
  chartId: string,
  format: DatasetFormat,
): Promise<Blob> {
  const response = await client.request(`${chartPath(runId, chartId)}/dataset?format=${format}`);
  return (await requireOk(response)).blob();
}

/** Downloads a chart rendered by the server as SVG or PNG. */
export async function fetchRender(
  client: DspClient,
  runId: string,
  chartId: string,
  format: ImageFormat,
): Promise<Blob> {
  const response = await client.request(`${chartPath(runId, chartId)}/render?format=${format}`);
  return (await requireOk(response)).blob();
}
