import type { DspClient } from "../../../sdk/index.ts";
import { renderVegaLite } from "../charts/render-vega-lite.ts";
import { type ChartSummary, getChartSpec } from "../dashboard-api.ts";
import { element, errorMessage } from "../dom.ts";
import { shortHash } from "../format.ts";
import { routeHash } from "../route.ts";
import { describeError } from "./describe-error.ts";
import { exportButtons } from "./export-buttons.ts";

/** Options of {@link chartCard}. */
export interface ChartCardOptions {
  client: DspClient;
  runId: string;
  chart: ChartSummary;
  /** Runs offered for a comparison with this one. */
  otherRunIds: readonly string[];
}

function compareControl(options: ChartCardOptions): HTMLElement | undefined {
  if (options.otherRunIds.length === 0) {
    return undefined;
  }
  const select = element(
    "select",
    { name: "compare-run", "aria-label": "Run to compare with" },
    ...options.otherRunIds.map((id) => element("option", { value: id }, id)),
  );
  const form = element("form", { class: "compare-form" }, "Compare with ", select, " ");
  form.append(element("button", { type: "submit" }, "Compare"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const runIds = [options.runId, select.value];
    window.location.hash = routeHash({ view: "compare", chartId: options.chart.id, runIds });
  });
  return form;
}

async function draw(card: HTMLElement, plot: HTMLElement, options: ChartCardOptions) {
  try {
    const spec = await getChartSpec(options.client, options.runId, options.chart.id);
    await renderVegaLite(plot, spec);
    card.dataset.state = "rendered";
  } catch (error) {
    card.dataset.state = "failed";
    plot.replaceChildren(errorMessage(`Chart failed to render: ${describeError(error)}`));
  }
}

/**
 * Creates the card of one chart: its title and dataset facts, the chart drawn from its
 * Vega-Lite spec, export buttons, a lineage link and a comparison form. The card's
 * `data-state` becomes `rendered` or `failed` once the chart is drawn.
 */
export function chartCard(options: ChartCardOptions): HTMLElement {
  const { chart, runId } = options;
  const plot = element("div", {
    class: "plot",
    "data-chart-id": chart.id,
    "data-rows": String(chart.rows),
  });
  const messages = element("div", { class: "messages" });
  const lineage = element(
    "a",
    { href: routeHash({ view: "lineage", runId, chartId: chart.id }), class: "lineage-link" },
    "Lineage",
  );
  const facts = `${chart.id} · version ${chart.version} · revision ${chart.revision} · ${chart.rows} rows · ${shortHash(chart.hash)}`;

  const card = element(
    "section",
    { class: "chart-card", "data-chart-id": chart.id, "data-state": "loading" },
    element("h3", {}, chart.title),
    element("p", { class: "facts" }, facts),
    plot,
    exportButtons({
      client: options.client,
      runId,
      chartId: chart.id,
      onError: (error) => messages.replaceChildren(errorMessage(describeError(error))),
    }),
    element("div", { class: "chart-actions" }, lineage, compareControl(options)),
    messages,
  );
  void draw(card, plot, options);
  return card;
}
