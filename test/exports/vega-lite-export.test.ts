import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pl from "nodejs-polars";
import { vegaLiteSchemaUrl } from "../../src/exports/export-format.ts";
import { toVegaLiteSpec } from "../../src/exports/vega-lite-export.ts";
import { int64Series, pointChart } from "./dataset-fixture.ts";

const xyChart = pointChart([
  { name: "x", dtype: "Float64" },
  { name: "y", dtype: "Float32" },
]);

describe("toVegaLiteSpec", () => {
  test("injects rows, $schema and title", () => {
    const df = pl.DataFrame([
      pl.Series("x", [1, 2], pl.Float64),
      pl.Series("y", [0.1, 0.7], pl.Float32),
    ]);

    const spec = toVegaLiteSpec(df, xyChart);

    assert.equal(spec.$schema, vegaLiteSchemaUrl);
    assert.equal(spec.title, "Test points");
    assert.equal(spec.mark, "point");
    assert.deepEqual(spec.data, {
      values: [
        { x: 1, y: 0.1 },
        { x: 2, y: 0.7 },
      ],
    });
  });

  test("keeps the template's $schema and title, replaces its data", () => {
    const chart = {
      ...xyChart,
      vegaLite: {
        ...xyChart.vegaLite,
        $schema: "https://vega.github.io/schema/vega-lite/v5.json",
        title: { text: "Own title" },
        data: { name: "table" },
      },
    };
    const df = pl.DataFrame([pl.Series("x", [1], pl.Float64), pl.Series("y", [2], pl.Float32)]);

    const spec = toVegaLiteSpec(df, chart);

    assert.equal(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
    assert.deepEqual(spec.title, { text: "Own title" });
    assert.deepEqual(spec.data, { values: [{ x: 1, y: 2 }] });
    assert.deepEqual(chart.vegaLite.data, { name: "table" }, "template unchanged");
  });

  test("plot values for null, NaN and Int64", () => {
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "n", dtype: "Int64" },
    ]);
    const df = pl.DataFrame([
      pl.Series("x", [Number.NaN, Number.NEGATIVE_INFINITY, null], pl.Float64),
      int64Series("n", ["9007199254740993", "-5", null]),
    ]);

    const spec = toVegaLiteSpec(df, chart);

    assert.deepEqual(spec.data, {
      values: [
        { x: null, n: 9007199254740992 },
        { x: null, n: -5 },
        { x: null, n: null },
      ],
    });
  });
});
