import type { DspClient } from "../../../sdk/index.ts";
import { listRuns, type Run } from "../dashboard-api.ts";
import { button, element, errorMessage } from "../dom.ts";
import { formatTime } from "../format.ts";
import { type Route, routeHash } from "../route.ts";
import { describeError } from "./describe-error.ts";

type RunsRoute = Extract<Route, { view: "runs" }>;

function runRow(run: Run): HTMLTableRowElement {
  const link = element("a", { href: routeHash({ view: "run", runId: run.id }) }, run.id);
  return element(
    "tr",
    { "data-run-id": run.id },
    element("td", {}, link),
    element("td", { class: `status status-${run.status}` }, run.status),
    element("td", {}, run.pack),
    element("td", {}, run.metadata.simulator ?? ""),
    element("td", {}, run.metadata.scenario ?? ""),
    element("td", {}, formatTime(run.createdAt)),
  );
}

function searchForm(route: RunsRoute): HTMLFormElement {
  const input = element("input", {
    type: "search",
    name: "search",
    value: route.search,
    placeholder: "Run id, scenario or simulator",
    "aria-label": "Search runs",
  });
  const form = element("form", { class: "search-form" }, input, " ");
  form.append(element("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = routeHash({ ...route, search: input.value.trim() });
  });
  return form;
}

/**
 * Builds the run list: a search box and one page of runs, with a "More" button that loads
 * the next page from the API's cursor until the last page.
 */
export async function runListView(client: DspClient, route: RunsRoute): Promise<HTMLElement> {
  const first = await listRuns(client, { search: route.search, limit: route.limit });
  const body = element("tbody", {}, ...first.runs.map(runRow));
  const footer = element("div", { class: "list-footer" });
  const header = element(
    "tr",
    {},
    ...["Run", "Status", "Pack", "Simulator", "Scenario", "Created"].map((title) =>
      element("th", { scope: "col" }, title),
    ),
  );

  const showMore = (cursor: string | null) => {
    if (cursor === null) {
      footer.replaceChildren();
      return;
    }
    const more = button("More", async () => {
      more.disabled = true;
      try {
        const page = await listRuns(client, { search: route.search, limit: route.limit, cursor });
        body.append(...page.runs.map(runRow));
        showMore(page.nextCursor);
      } catch (error) {
        more.disabled = false;
        footer.append(errorMessage(describeError(error)));
      }
    });
    more.classList.add("more-runs");
    footer.replaceChildren(more);
  };
  showMore(first.nextCursor);

  const empty =
    first.runs.length === 0
      ? element(
          "p",
          { class: "empty" },
          route.search === "" ? "No runs yet." : `No run matches "${route.search}".`,
        )
      : undefined;
  return element(
    "section",
    { class: "run-list" },
    element("h2", {}, "Runs"),
    searchForm(route),
    element("table", { class: "runs" }, element("thead", {}, header), body),
    empty,
    footer,
  );
}
