import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRoute, type Route, routeHash } from "../../web/src/route.ts";

const cases: [string, Route][] = [
  ["#/", { view: "runs", search: "", limit: 20 }],
  ["#/?search=m3sa&limit=2", { view: "runs", search: "m3sa", limit: 2 }],
  ["#/runs/a.b", { view: "run", runId: "a.b" }],
  ["#/runs/a/charts/c_1/lineage", { view: "lineage", runId: "a", chartId: "c_1" }],
  ["#/compare/c?runs=a,b", { view: "compare", chartId: "c", runIds: ["a", "b"] }],
];

test("route parses and formats each page", () => {
  for (const [hash, route] of cases) {
    assert.deepEqual(parseRoute(hash), route, hash);
    assert.equal(routeHash(route), hash, hash);
  }
});

test("route falls back to the run list", () => {
  assert.deepEqual(parseRoute(""), { view: "runs", search: "", limit: 20 });
  assert.deepEqual(parseRoute("#/nowhere"), { view: "runs", search: "", limit: 20 });
});

test("route ignores an invalid limit", () => {
  for (const limit of ["0", "201", "2.5", "x"]) {
    assert.deepEqual(
      parseRoute(`#/?limit=${limit}`),
      { view: "runs", search: "", limit: 20 },
      limit,
    );
  }
});
