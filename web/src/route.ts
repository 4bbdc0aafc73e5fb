/** A dashboard page, as encoded in the URL's hash. */
export type Route =
  | { view: "runs"; search: string; limit: number }
  | { view: "run"; runId: string }
  | { view: "lineage"; runId: string; chartId: string }
  | { view: "compare"; chartId: string; runIds: string[] };

/** Runs per page of the run list unless the URL sets `limit`, from 1 to 200 as the API accepts. */
export const defaultRunPageSize = 20;

function pageSize(text: string | null): number {
  const limit = Number(text ?? defaultRunPageSize);
  return Number.isInteger(limit) && limit >= 1 && limit <= 200 ? limit : defaultRunPageSize;
}

/**
 * Parses a location hash such as `#/runs/a`, `#/runs/a/charts/c/lineage`,
 * `#/compare/c?runs=a,b` or `#/?search=m3sa`. Any other hash is the run list.
 */
export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#/, "").split("?", 2);
  const parameters = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);

  if (parts[0] === "runs" && parts[1] !== undefined) {
    if (parts[2] === "charts" && parts[3] !== undefined && parts[4] === "lineage") {
      return { view: "lineage", runId: parts[1], chartId: parts[3] };
    }
    return { view: "run", runId: parts[1] };
  }
  if (parts[0] === "compare" && parts[1] !== undefined) {
    const runIds = (parameters.get("runs") ?? "").split(",").filter(Boolean);
    return { view: "compare", chartId: parts[1], runIds };
  }
  return {
    view: "runs",
    search: parameters.get("search") ?? "",
    limit: pageSize(parameters.get("limit")),
  };
}

/** Returns the location hash of a route, which {@link parseRoute} turns back into the route. */
export function routeHash(route: Route): string {
  const encode = encodeURIComponent;
  switch (route.view) {
    case "runs": {
      const parameters = new URLSearchParams();
      if (route.search !== "") {
        parameters.set("search", route.search);
      }
      if (route.limit !== defaultRunPageSize) {
        parameters.set("limit", String(route.limit));
      }
      const query = parameters.toString();
      return query === "" ? "#/" : `#/?${query}`;
    }
    case "run":
      return `#/runs/${encode(route.runId)}`;
    case "lineage":
      return `#/runs/${encode(route.runId)}/charts/${encode(route.chartId)}/lineage`;
    case "compare":
      return `#/compare/${encode(route.chartId)}?runs=${route.runIds.map(encode).join(",")}`;
  }
}
