import assert from "node:assert/strict";
import { test } from "node:test";
import type { components } from "../../sdk/index.ts";
import {
  comparisonRows,
  comparisonSpec,
  defaultValueColumn,
  runField,
} from "../../web/src/charts/comparison-spec.ts";

type ChartComparison = components["schemas"]["ChartComparison"];

const comparison: ChartComparison = {
  chartId: "models",
  keyColumns: ["model", "sample", "timestamp"],
  valueColumns: ["raw", "mean"],
  runs: [
    { runId: "a", chartVersion: 1, revision: 1, contentHash: "sha256:aa", rows: 2 },
    { runId: "b", chartVersion: 1, revision: 1, contentHash: "sha256:bb", rows: 1 },
  ],
  rows: [
    {
      key: { model: "0", sample: 0, timestamp: 30 },
      values: { raw: [1.5, 2.5], mean: [1, 1] },
      differences: { raw: [0, 1], mean: [0, 0] },
    },
    {
      key: { model: "0", sample: 1, timestamp: 60 },
      values: { raw: [3, null], mean: [1, null] },
      differences: { raw: [0, null], mean: [0, null] },
    },
  ],
};

const chartSpec = {
  layer: [{ mark: "line", encoding: { y: { field: "mean", type: "quantitative" } } }],
  encoding: {
    x: { field: "sample", type: "quantitative" },
    color: { field: "model", type: "nominal" },
  },
};

test("comparison rows skip missing values", () => {
  assert.deepEqual(comparisonRows(comparison, "raw"), [
    { row: 0, model: "0", sample: 0, timestamp: 30, [runField]: "a", raw: 1.5 },
    { row: 0, model: "0", sample: 0, timestamp: 30, [runField]: "b", raw: 2.5 },
    { row: 1, model: "0", sample: 1, timestamp: 60, [runField]: "a", raw: 3 },
  ]);
});

test("comparison starts at the y field", () => {
  assert.equal(defaultValueColumn(comparison, chartSpec), "mean");
  assert.equal(defaultValueColumn(comparison, { mark: "line" }), "raw");
});

test("comparison lines split by series", () => {
  const spec = comparisonSpec(comparison, chartSpec, "raw");
  const encoding = spec.encoding as Record<string, unknown>;
  assert.deepEqual(encoding.x, { field: "sample", type: "quantitative" });
  assert.deepEqual(encoding.color, { field: runField, type: "nominal", title: "Run" });
  assert.deepEqual(encoding.detail, [{ field: "model", type: "nominal" }]);
  assert.equal(encoding.xOffset, undefined);
  assert.equal((spec.data as { values: unknown[] }).values.length, 3);
});

test("comparison of discrete x uses grouped bars", () => {
  const bars = { mark: "bar", encoding: { x: { field: "model", type: "nominal" } } };
  const spec = comparisonSpec(comparison, bars, "raw");
  const encoding = spec.encoding as Record<string, unknown>;
  assert.equal(spec.mark, "bar");
  assert.deepEqual(encoding.xOffset, { field: runField });
  assert.equal(encoding.detail, undefined);
});
