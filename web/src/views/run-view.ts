import type { DspClient } from "../../../sdk/index.ts";
import { getRun, listCharts, listRuns, type RunDetail } from "../dashboard-api.ts";
import { element } from "../dom.ts";
import { formatTime } from "../format.ts";
import { chartCard } from "./chart-card.ts";

/** Runs offered as comparison partners: the newest page the API returns at most. */
const comparisonCandidates = 200;

function fact(term: string, value: string | undefined): HTMLElement[] {
  return value === undefined ? [] : [element("dt", {}, term), element("dd", {}, value)];
}

function runFacts({ run, jobs }: RunDetail): HTMLElement {
  const labels = Object.entries(run.metadata.labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
  const job = jobs.at(-1);
  return element(
    "dl",
    { class: "run-facts" },
    ...fact("Status", run.status),
    ...fact("Pack", run.pack),
    ...fact("Simulator", run.metadata.simulator),
    ...fact("Version", run.metadata.simulatorVersion),
    ...fact("Scenario", run.metadata.scenario),
    ...fact("Labels", labels === "" ? undefined : labels),
    ...fact("Created", formatTime(run.createdAt)),
    ...fact("Latest job", job === undefined ? undefined : `${job.kind} ${job.status} (${job.id})`),
  );
}

/** Builds a run's page: its metadata and one card per chart with the chart drawn. */
export async function runView(client: DspClient, runId: string): Promise<HTMLElement> {
  const [detail, charts, candidates] = await Promise.all([
    getRun(client, runId),
    listCharts(client, runId),
    listRuns(client, { search: "", limit: comparisonCandidates }),
  ]);
  const otherRunIds = candidates.runs
    .filter((run) => run.id !== runId && run.pack === detail.run.pack)
    .map((run) => run.id);

  const cards =
    charts.length === 0
      ? element("p", { class: "empty" }, "This run has no chart datasets yet.")
      : element(
          "div",
          { class: "chart-grid" },
          ...charts.map((chart) => chartCard({ client, runId, chart, otherRunIds })),
        );
  return element(
    "section",
    { class: "run-view", "data-run-id": runId },
    element("h2", {}, runId),
    runFacts(detail),
    cards,
  );
}
