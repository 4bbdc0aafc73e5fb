import assert from "node:assert/strict";
import { test } from "node:test";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { countDrawnMarks, type SceneMark } from "../../web/src/charts/count-drawn-marks.ts";

/** Renders a Vega-Lite spec headless in Node and counts what each data mark drew. */
async function drawnMarks(spec: Record<string, unknown>) {
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: "none" });
  await view.runAsync();
  const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
  const marks = countDrawnMarks(root);
  view.finalize();
  return marks.map((mark) => `${mark.marktype}:${mark.items}`);
}

const rows = [
  { series: "a", x: 1, y: 2 },
  { series: "a", x: 2, y: 3 },
  { series: "b", x: 1, y: 1 },
  { series: "b", x: 2, y: 5 },
  { series: "b", x: 3, y: 4 },
];

test("line series count one item per row", async () => {
  const spec = {
    mark: "line",
    encoding: {
      x: { field: "x", type: "quantitative" },
      y: { field: "y", type: "quantitative" },
      color: { field: "series", type: "nominal" },
    },
    data: { values: rows },
  };
  assert.deepEqual(await drawnMarks(spec), ["line:5"]);
});

test("line with points counts both marks", async () => {
  const spec = {
    mark: { type: "line", point: true },
    encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
    data: { values: rows },
  };
  assert.deepEqual(await drawnMarks(spec), ["line:5", "symbol:5"]);
});

test("layers count separately", async () => {
  const spec = {
    layer: [{ mark: "bar" }, { mark: "tick" }],
    encoding: { x: { field: "x", type: "ordinal" }, y: { field: "y", type: "quantitative" } },
    data: { values: rows },
  };
  assert.deepEqual(await drawnMarks(spec), ["rect:5", "rect:5"]);
});

test("aggregated bars count groups, not rows", async () => {
  const spec = {
    mark: "bar",
    encoding: {
      x: { field: "series", type: "nominal" },
      y: { aggregate: "sum", field: "y", type: "quantitative" },
    },
    data: { values: rows },
  };
  assert.deepEqual(await drawnMarks(spec), ["rect:2"]);
});
