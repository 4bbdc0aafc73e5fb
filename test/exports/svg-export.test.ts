import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pl from "nodejs-polars";
import { DspError } from "../../src/errors.ts";
import { toSvg } from "../../src/exports/svg-export.ts";
import { pointChart } from "./dataset-fixture.ts";

const xyChart = pointChart([
  { name: "x", dtype: "Float64" },
  { name: "y", dtype: "Float64" },
]);

const xyFrame = pl.DataFrame({ x: [1, 2, 3, 4], y: [3, 1, 4, 1.5] });

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function assertUnprocessable(error: unknown, pattern: RegExp): true {
  assert.ok(error instanceof DspError);
  assert.equal(error.code, "unprocessable");
  assert.equal(error.details.field, "vegaLite");
  assert.match(error.message, pattern);
  return true;
}

describe("toSvg", () => {
  test("point chart has one symbol per row", async () => {
    const svg = await toSvg(xyFrame, xyChart);

    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(countMatches(svg, /aria-roledescription="point"/g), 4);
    assert.match(svg, />Test points<\/text>/);
  });

  test("line chart has one symbol per row", async () => {
    const chart = {
      ...xyChart,
      vegaLite: { ...xyChart.vegaLite, mark: { type: "line", point: true } },
    };

    const svg = await toSvg(xyFrame, chart);

    assert.equal(countMatches(svg, /aria-roledescription="line mark"/g), 1);
    assert.equal(countMatches(svg, /aria-roledescription="point"/g), 4);
  });

  test("data URL in the template is not loaded", async () => {
    const url = "http://127.0.0.1:9/data.csv";
    const chart = {
      ...xyChart,
      vegaLite: {
        layer: [
          xyChart.vegaLite,
          { data: { url }, mark: "rule", encoding: { x: { field: "x", type: "quantitative" } } },
        ],
      },
    };

    await assert.rejects(toSvg(xyFrame, chart), (error) =>
      assertUnprocessable(error, /refers to "http:\/\/127\.0\.0\.1:9\/data\.csv"/),
    );
  });

  test("invalid template raises unprocessable", async () => {
    const chart = { ...xyChart, vegaLite: { mark: "no-such-mark" } };

    await assert.rejects(toSvg(xyFrame, chart), (error) =>
      assertUnprocessable(error, /template of chart "test-points" failed to render/),
    );
  });

  test("expression error raises unprocessable", async () => {
    const chart = {
      ...xyChart,
      vegaLite: {
        ...xyChart.vegaLite,
        transform: [{ calculate: "noSuchFunction(datum.x)", as: "z" }],
      },
    };

    await assert.rejects(toSvg(xyFrame, chart), (error) =>
      assertUnprocessable(error, /noSuchFunction/),
    );
  });
});
