import type { DspClient } from "../../../sdk/index.ts";
import { comparisonSpec, defaultValueColumn } from "../charts/comparison-spec.ts";
import { renderVegaLite } from "../charts/render-vega-lite.ts";
import { type ChartComparison, compareChart, getChartSpec } from "../dashboard-api.ts";
import { element, errorMessage } from "../dom.ts";
import { shortHash } from "../format.ts";
import { type Route, routeHash } from "../route.ts";
import { alignedRowsTable } from "./aligned-rows-table.ts";
import { describeError } from "./describe-error.ts";

type CompareRoute = Extract<Route, { view: "compare" }>;

/** Returns the largest absolute difference to the first run in one value column. */
function maxAbsoluteDifference(
  comparison: ChartComparison,
  column: string,
  runIndex: number,
): number | undefined {
  let max: number | undefined;
  for (const row of comparison.rows) {
    const difference = row.differences[column]?.[runIndex];
    if (typeof difference === "number" && Number.isFinite(difference)) {
      max = Math.max(max ?? 0, Math.abs(difference));
    }
  }
  return max;
}

function runTable(comparison: ChartComparison, column: string): HTMLTableElement {
  const rows = comparison.runs.map((run, index) => {
    const difference = index === 0 ? undefined : maxAbsoluteDifference(comparison, column, index);
    return element(
      "tr",
      { "data-run-id": run.runId },
      element(
        "td",
        {},
        element("a", { href: routeHash({ view: "run", runId: run.runId }) }, run.runId),
      ),
      element("td", {}, String(run.rows)),
      element("td", {}, String(run.chartVersion)),
      element("td", { title: run.contentHash }, shortHash(run.contentHash)),
      element(
        "td",
        { class: "max-difference" },
        index === 0 ? "baseline" : String(difference ?? "none"),
      ),
    );
  });
  const titles = ["Run", "Rows", "Chart version", "Content hash", `Max |Δ ${column}|`];
  return element(
    "table",
    { class: "comparison-runs" },
    element(
      "thead",
      {},
      element("tr", {}, ...titles.map((title) => element("th", { scope: "col" }, title))),
    ),
    element("tbody", {}, ...rows),
  );
}

/**
 * Builds the comparison page of one chart across runs: the chosen value column drawn per
 * run, and per run its row count, content hash and largest difference to the first run.
 * Below them, a table lists the aligned rows with each run's value and difference.
 */
export async function compareView(client: DspClient, route: CompareRoute): Promise<HTMLElement> {
  const heading = element("h2", {}, `Compare ${route.chartId}`);
  const [baseline] = route.runIds;
  if (baseline === undefined || route.runIds.length < 2) {
    return element("section", {}, heading, errorMessage("Choose at least two runs to compare."));
  }
  const [comparison, spec] = await Promise.all([
    compareChart(client, route.chartId, route.runIds),
    getChartSpec(client, baseline, route.chartId),
  ]);

  const plot = element("div", {
    class: "plot",
    "data-chart-id": route.chartId,
    "data-compared-rows": String(comparison.rows.length),
  });
  const table = element("div");
  const select = element(
    "select",
    { name: "value-column", "aria-label": "Value column" },
    ...comparison.valueColumns.map((column) => element("option", { value: column }, column)),
  );
  select.value = defaultValueColumn(comparison, spec);
  const section = element(
    "section",
    { class: "compare-view", "data-chart-id": route.chartId, "data-state": "loading" },
    heading,
    element("p", {}, `Runs ${route.runIds.join(", ")}; differences are against ${baseline}. `),
    element("label", {}, "Value column ", select),
    element("div", { class: "panel" }, plot),
    table,
  );

  const show = async (column: string) => {
    section.dataset.state = "loading";
    table.replaceChildren(runTable(comparison, column), alignedRowsTable(comparison, column));
    try {
      await renderVegaLite(plot, comparisonSpec(comparison, spec, column));
      section.dataset.state = "rendered";
    } catch (error) {
      section.dataset.state = "failed";
      plot.replaceChildren(errorMessage(`Comparison failed to render: ${describeError(error)}`));
    }
  };
  select.addEventListener("change", () => void show(select.value));
  if (comparison.valueColumns.length === 0) {
    section.append(errorMessage("This chart has no float columns to compare."));
    section.dataset.state = "rendered";
  } else {
    await show(select.value);
  }
  return section;
}
