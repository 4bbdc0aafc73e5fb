import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pl from "nodejs-polars";
import { toJson } from "../../src/exports/json-export.ts";
import { everyDtypeDataset, int64Series, pointChart, uint64Series } from "./dataset-fixture.ts";

describe("toJson", () => {
  test("document with chart, schema and rows", () => {
    const { df, chart } = everyDtypeDataset();

    const document = JSON.parse(toJson(df, chart));

    assert.deepEqual(Object.keys(document), ["chart", "schema", "rows"]);
    assert.equal(document.chart, "test-points");
    assert.deepEqual(document.schema.slice(0, 2), [
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float32", unit: "W" },
    ]);
    assert.deepEqual(document.rows[0], {
      x: 1,
      y: 0.1,
      i8: -128,
      i16: -32768,
      i32: -2147483648,
      i64: "-9223372036854775808",
      u8: 0,
      u16: 0,
      u32: 0,
      u64: 0,
      label: "a",
      flag: true,
    });
    assert.deepEqual(Object.values(document.rows[2]), Array(12).fill(null));
  });

  test("one row per line in schema order", () => {
    const df = pl.DataFrame({ y: [2.5, 3], x: [1, 2] });
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float64" },
    ]);

    assert.equal(
      toJson(df, chart),
      '{"chart":"test-points","schema":[{"name":"x","dtype":"Float64"},{"name":"y","dtype":"Float64"}],"rows":[\n' +
        '{"x":1,"y":2.5},\n' +
        '{"x":2,"y":3}\n' +
        "]}\n",
    );
  });

  test("empty frame has no rows", () => {
    const df = pl.DataFrame([pl.Series("x", [], pl.Int32)]);

    const document = JSON.parse(toJson(df, pointChart([{ name: "x", dtype: "Int32" }])));

    assert.deepEqual(document.rows, []);
  });

  test("Int64 beyond 2^53 as strings", () => {
    const chart = pointChart([
      { name: "i64", dtype: "Int64" },
      { name: "u64", dtype: "UInt64" },
    ]);
    const df = pl.DataFrame([
      int64Series("i64", ["9007199254740991", "9007199254740992", "-9007199254740993", null]),
      uint64Series("u64", ["1", "18446744073709551615", "9007199254740991", null]),
    ]);

    const { rows } = JSON.parse(toJson(df, chart));

    assert.deepEqual(rows, [
      { i64: 9007199254740991, u64: 1 },
      { i64: "9007199254740992", u64: "18446744073709551615" },
      { i64: "-9007199254740993", u64: 9007199254740991 },
      { i64: null, u64: null },
    ]);
  });

  test("floats in shortest form, non-finite as strings", () => {
    const values = [Math.fround(0.1), Number.NaN, Number.POSITIVE_INFINITY, -0, null, 1e21];
    const chart = pointChart([
      { name: "f32", dtype: "Float32" },
      { name: "f64", dtype: "Float64" },
    ]);
    const df = pl.DataFrame([
      pl.Series("f32", values, pl.Float32),
      pl.Series("f64", values, pl.Float64),
    ]);

    const text = toJson(df, chart);
    const { rows } = JSON.parse(text);

    assert.match(text, /\{"f32":0\.1,"f64":0\.10000000149011612\}/);
    assert.match(text, /\{"f32":-0,"f64":-0\}/);
    assert.deepEqual(
      rows.map((row: Record<string, unknown>) => row.f32),
      [0.1, "NaN", "inf", -0, null, 1e21],
    );
    assert.deepEqual(
      rows.map((row: Record<string, unknown>) => row.f64),
      [0.10000000149011612, "NaN", "inf", -0, null, 1e21],
    );
  });

  test("strings and names are escaped", () => {
    const texts = ['say "hi"', "two\nlines", "back\\slash", "é ☃", null];
    const df = pl.DataFrame([pl.Series('the "label"', texts, pl.String)]);

    const { rows } = JSON.parse(toJson(df, pointChart([{ name: 'the "label"', dtype: "String" }])));

    assert.deepEqual(
      rows.map((row: Record<string, unknown>) => row['the "label"']),
      texts,
    );
  });
});
