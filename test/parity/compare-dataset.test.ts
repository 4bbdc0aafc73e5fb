import assert from "node:assert/strict";
import { test } from "node:test";
import pl from "nodejs-polars";
import type { ChartDefinition } from "../../src/charts/chart-definition.ts";
import { compareDataset } from "../../src/parity/compare-dataset.ts";

const chart: ChartDefinition = {
  id: "sample",
  version: 1,
  title: "Sample",
  description: "",
  inputs: [],
  schema: [
    { name: "region", dtype: "String" },
    { name: "y", dtype: "Float32" },
    { name: "total", dtype: "Float64" },
  ],
  transform: () => pl.DataFrame({}),
  vegaLite: {},
  tolerance: {},
};

function frame(regions: string[], y: number[], total: number[]): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("region", regions, pl.String),
    pl.Series("y", y, pl.Float32),
    pl.Series("total", total, pl.Float64),
  ]);
}

test("parity passes on equal frames", () => {
  const data = frame(["BE", "DE"], [1.5, 2.25], [10, 20]);
  assert.equal(compareDataset(chart, data, data, "legacy.csv").passed, true);
});

test("parity fails on one float32 ulp", () => {
  const bits = new Uint32Array(new Float32Array([1.5]).buffer);
  bits[0] = (bits[0] ?? 0) + 1;
  const next = new Float32Array(bits.buffer);
  const report = compareDataset(
    chart,
    frame(["BE"], [1.5], [10]),
    frame(["BE"], [next[0] ?? 0], [10]),
    "legacy.csv",
  );
  assert.equal(report.passed, false);
  assert.equal(report.columns.find((column) => column.name === "y")?.mismatches, 1);
  assert.equal(report.firstDifferences[0]?.row, 0);
  assert.equal(report.firstDifferences[0]?.column, "y");
});

test("parity allows float64 within 1e-9 relative", () => {
  const close = compareDataset(
    chart,
    frame(["BE"], [1], [1000]),
    frame(["BE"], [1], [1000 * (1 + 5e-10)]),
    "legacy.csv",
  );
  const far = compareDataset(
    chart,
    frame(["BE"], [1], [1000]),
    frame(["BE"], [1], [1000 * (1 + 5e-9)]),
    "legacy.csv",
  );
  assert.equal(close.passed, true);
  assert.equal(far.passed, false);
  assert.ok((far.columns.find((column) => column.name === "total")?.maxRelativeError ?? 0) > 1e-9);
});

test("parity reports row count and schema differences", () => {
  const legacy = pl.DataFrame({ region: ["BE", "DE"], y: [1, 2], extra: [1, 2] });
  const report = compareDataset(chart, frame(["BE"], [1], [1]), legacy, "legacy.csv");
  assert.equal(report.passed, false);
  assert.deepEqual(report.rowCount, { dataset: 1, legacy: 2 });
  assert.deepEqual(
    report.schemaDifferences.map((difference) => `${difference.column}:${difference.issue}`),
    ["total:missing_in_legacy", "extra:extra_in_legacy"],
  );
});

test("parity compares strings exactly", () => {
  const report = compareDataset(
    chart,
    frame(["BE"], [1], [1]),
    frame(["NL"], [1], [1]),
    "legacy.csv",
  );
  assert.equal(report.passed, false);
  assert.deepEqual(report.firstDifferences[0], {
    row: 0,
    column: "region",
    dataset: "BE",
    legacy: "NL",
  });
});

test("parity treats nulls and NaN on both sides as equal", () => {
  const left = frame(["BE", "DE"], [Number.NaN, 1], [1, 2]);
  const withNull = pl.DataFrame([
    pl.Series("region", ["BE", null], pl.String),
    pl.Series("y", [Number.NaN, 1], pl.Float32),
    pl.Series("total", [1, 2], pl.Float64),
  ]);
  assert.equal(compareDataset(chart, left, left, "legacy.csv").passed, true);
  assert.equal(compareDataset(chart, withNull, withNull, "legacy.csv").passed, true);
  assert.equal(compareDataset(chart, left, withNull, "legacy.csv").passed, false);
});
