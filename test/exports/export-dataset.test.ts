import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pl from "nodejs-polars";
import { DspError } from "../../src/errors.ts";
import { exportDataset } from "../../src/exports/export-dataset.ts";
import { exportFormats, parseExportFormat } from "../../src/exports/export-format.ts";
import { pointChart } from "./dataset-fixture.ts";

const chart = pointChart([
  { name: "x", dtype: "Float64" },
  { name: "y", dtype: "Float32" },
]);

const df = pl.DataFrame([
  pl.Series("x", [1, 2], pl.Float64),
  pl.Series("y", [0.1, 0.2], pl.Float32),
]);

describe("exportDataset", () => {
  test("every format returns its body kind", async () => {
    for (const [format, info] of Object.entries(exportFormats)) {
      const body = await exportDataset(df, chart, format);

      if (info.binary) {
        assert.ok(body instanceof Uint8Array, `${format} is bytes`);
      } else {
        assert.equal(typeof body, "string", `${format} is text`);
      }
      assert.ok(body.length > 0, `${format} is not empty`);
    }
  });

  test("text formats have expected content", async () => {
    assert.equal(await exportDataset(df, chart, "csv"), "x,y\r\n1,0.1\r\n2,0.2\r\n");
    assert.equal(JSON.parse(String(await exportDataset(df, chart, "json"))).chart, "test-points");
    assert.match(String(await exportDataset(df, chart, "svg")), /^<svg /);

    const spec = JSON.parse(String(await exportDataset(df, chart, "vega-lite")));
    assert.deepEqual(spec.data.values, [
      { x: 1, y: 0.1 },
      { x: 2, y: 0.2 },
    ]);
  });

  test("binary formats read back with Polars", async () => {
    const parquet = await exportDataset(df, chart, "parquet");
    const arrow = await exportDataset(df, chart, "arrow");

    assert.ok(parquet instanceof Uint8Array);
    assert.ok(arrow instanceof Uint8Array);
    const fromParquet = pl.readParquet(Buffer.from(parquet));
    const fromArrow = pl.readIPC(Buffer.from(arrow));
    assert.ok(fromParquet.frameEqual(df), `parquet read back:\n${fromParquet}`);
    assert.ok(fromArrow.frameEqual(df), `arrow read back:\n${fromArrow}`);
  });

  test("unknown format raises invalid_input", async () => {
    await assert.rejects(exportDataset(df, chart, "xlsx"), (error: unknown) => {
      assert.ok(error instanceof DspError);
      assert.equal(error.code, "invalid_input");
      assert.equal(error.status, 400);
      assert.equal(error.details.value, "xlsx");
      assert.equal(
        error.message,
        'Unknown export format "xlsx": use one of csv, json, parquet, arrow, vega-lite, svg, png.',
      );
      return true;
    });
  });
});

describe("exportFormats", () => {
  test("media types and extensions", () => {
    assert.deepEqual(
      Object.entries(exportFormats).map(([name, info]) => [name, info.mediaType, info.extension]),
      [
        ["csv", "text/csv", ".csv"],
        ["json", "application/json", ".json"],
        ["parquet", "application/vnd.apache.parquet", ".parquet"],
        ["arrow", "application/vnd.apache.arrow.file", ".arrow"],
        ["vega-lite", "application/vnd.vegalite.v6+json", ".vl.json"],
        ["svg", "image/svg+xml", ".svg"],
        ["png", "image/png", ".png"],
      ],
    );
  });

  test("inherited object keys are not formats", () => {
    assert.throws(() => parseExportFormat("toString"), DspError);
    assert.throws(() => parseExportFormat("__proto__"), DspError);
    assert.equal(parseExportFormat("vega-lite"), "vega-lite");
  });
});
