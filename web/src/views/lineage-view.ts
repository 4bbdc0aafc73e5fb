import type { DspClient } from "../../../sdk/index.ts";
import { chartLineage, type LineageInput } from "../charts/chart-lineage.ts";
import { listCharts, listLineage } from "../dashboard-api.ts";
import { element, errorMessage } from "../dom.ts";
import { formatBytes, formatTime, shortHash } from "../format.ts";
import { type Route, routeHash } from "../route.ts";

type LineageRoute = Extract<Route, { view: "lineage" }>;

function inputRow(input: LineageInput): HTMLTableRowElement {
  return element(
    "tr",
    { "data-path": input.path },
    element("td", { class: "path" }, input.path),
    element("td", {}, input.artifact ?? ""),
    element("td", {}, input.partitions),
    element("td", {}, input.format ?? ""),
    element(
      "td",
      { class: "size", "data-bytes": input.size === undefined ? undefined : String(input.size) },
      input.size === undefined ? "unknown" : formatBytes(input.size),
    ),
    element("td", { class: "sha256" }, element("code", {}, input.sha256 ?? "unknown")),
  );
}

/**
 * Builds the lineage page of one chart: the job that produced its current dataset and the
 * input files it read, with their size and SHA-256.
 */
export async function lineageView(client: DspClient, route: LineageRoute): Promise<HTMLElement> {
  const { runId, chartId } = route;
  const [lineage, charts] = await Promise.all([
    listLineage(client, runId),
    listCharts(client, runId),
  ]);
  const chart = charts.find((candidate) => candidate.id === chartId);
  const back = element("a", { href: routeHash({ view: "run", runId }) }, `Back to run ${runId}`);
  const heading = element("h2", {}, `Lineage of ${chartId}`);
  const found = chartLineage(lineage, chartId, chart?.hash);
  if (found === undefined) {
    return element(
      "section",
      { class: "lineage-view" },
      heading,
      back,
      errorMessage(`Run ${runId} has no lineage event that produced chart ${chartId}.`),
    );
  }

  const titles = ["Input file", "Artifact", "Partitions", "Format", "Size", "SHA-256"];
  const table = element(
    "table",
    { class: "lineage-inputs" },
    element(
      "thead",
      {},
      element("tr", {}, ...titles.map((title) => element("th", { scope: "col" }, title))),
    ),
    element("tbody", {}, ...found.inputs.map(inputRow)),
  );
  const outputFacts = [
    found.rows === undefined ? undefined : `${found.rows} rows`,
    found.contentHash === undefined ? undefined : `content hash ${shortHash(found.contentHash)}`,
  ].filter((fact) => fact !== undefined);
  const output = element(
    "p",
    { class: "lineage-output" },
    "Output dataset ",
    element("code", {}, found.output),
    outputFacts.length === 0 ? "" : ` (${outputFacts.join(", ")})`,
    `, written by job ${found.jobId} at ${formatTime(found.eventTime)}.`,
  );
  return element(
    "section",
    { class: "lineage-view", "data-chart-id": chartId, "data-inputs": String(found.inputs.length) },
    heading,
    back,
    output,
    element("p", {}, `The job read these ${found.inputs.length} input files:`),
    table,
  );
}
