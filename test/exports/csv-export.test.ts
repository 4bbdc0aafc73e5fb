import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import pl from "nodejs-polars";
import { DspError } from "../../src/errors.ts";
import { toCsv } from "../../src/exports/csv-export.ts";
import { everyDtypeDataset, float32Bits, int64Series, pointChart } from "./dataset-fixture.ts";

function csvLines(csv: string): string[] {
  assert.ok(csv.endsWith("\r\n"), "CSV ends with CRLF");
  return csv.slice(0, -2).split("\r\n");
}

function randomBits(count: number, seed: number): number[] {
  return fc.sample(fc.integer({ min: 0, max: 0xffffffff }), { numRuns: count, seed });
}

describe("toCsv", () => {
  test("every dtype with nulls", () => {
    const { df, chart } = everyDtypeDataset();

    assert.deepEqual(csvLines(toCsv(df, chart)), [
      "x,y,i8,i16,i32,i64,u8,u16,u32,u64,label,flag",
      "1,0.1,-128,-32768,-2147483648,-9223372036854775808,0,0,0,0,a,true",
      "2,2.5,127,32767,2147483647,9223372036854775807,255,65535,4294967295,18446744073709551615,b,false",
      ",,,,,,,,,,,",
    ]);
  });

  test("header in schema order without extra columns", () => {
    const df = pl.DataFrame({ extra: [1], y: [2.5], x: [1.5] });
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float64" },
    ]);

    assert.deepEqual(csvLines(toCsv(df, chart)), ["x,y", "1.5,2.5"]);
  });

  test("empty frame gives the header only", () => {
    const df = pl.DataFrame([pl.Series("x", [], pl.Float64), pl.Series("y", [], pl.Float64)]);
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float64" },
    ]);

    assert.equal(toCsv(df, chart), "x,y\r\n");
  });

  test("Float32 round trip through Polars is bit-exact", () => {
    const random = Array.from(new Float32Array(new Uint32Array(randomBits(3000, 11)).buffer));
    const edges = [0, -0, 2 ** -149, 2 ** -126, 3.4028234663852886e38, Number.POSITIVE_INFINITY];
    const values = [...random.filter((value) => !Number.isNaN(value)), ...edges];
    const df = pl.DataFrame([pl.Series("v", values, pl.Float32)]);

    const csv = toCsv(df, pointChart([{ name: "v", dtype: "Float32" }]));
    const back = pl.readCSV(csv, { dtypes: { v: pl.Float32 } }).getColumn("v");

    assert.ok(back.dtype.equals(pl.Float32));
    assert.deepEqual(float32Bits(back.toTypedArray()), float32Bits(values));
  });

  test("Float32 prints the shortest decimal", () => {
    const values = [0.1, 0.2, 1 / 3, 100.5, 1e-7, 1e21, 123456789].map(Math.fround);
    const df = pl.DataFrame([pl.Series("v", values, pl.Float32)]);

    const lines = csvLines(toCsv(df, pointChart([{ name: "v", dtype: "Float32" }])));

    assert.deepEqual(lines, [
      "v",
      "0.1",
      "0.2",
      "0.33333334",
      "100.5",
      "1e-7",
      "1e+21",
      "123456790",
    ]);
  });

  test("Float64 round trip through Polars is exact", () => {
    const random = Array.from(new Float64Array(new Uint32Array(randomBits(4000, 13)).buffer));
    const edges = [5e-324, 1e21, 1e-7, Number.MAX_VALUE, 0.1 + 0.2, -0];
    const values = [...random.filter((value) => !Number.isNaN(value)), ...edges];
    const df = pl.DataFrame([pl.Series("v", values, pl.Float64)]);

    const csv = toCsv(df, pointChart([{ name: "v", dtype: "Float64" }]));
    const back = pl
      .readCSV(csv, { dtypes: { v: pl.Float64 } })
      .getColumn("v")
      .toArray();

    assert.equal(back.length, values.length);
    values.forEach((value, index) => {
      assert.ok(
        Object.is(back[index], value),
        `row ${index}: ${value} came back as ${back[index]}`,
      );
    });
  });

  test("Float64 large and small values use exponent form", () => {
    const values = [1e21, 1.5e300, 1e-7, 5e-324, 1e20, 0.000001];
    const df = pl.DataFrame([pl.Series("v", values, pl.Float64)]);

    const lines = csvLines(toCsv(df, pointChart([{ name: "v", dtype: "Float64" }])));

    assert.deepEqual(lines.slice(1), [
      "1e+21",
      "1.5e+300",
      "1e-7",
      "5e-324",
      "100000000000000000000",
      "0.000001",
    ]);
  });

  test("Int64 beyond 2^53 stays exact", () => {
    const texts = ["9007199254740993", "-9007199254740993", "1234567890123456789"];
    const df = pl.DataFrame([int64Series("n", [...texts, null])]);

    const csv = toCsv(df, pointChart([{ name: "n", dtype: "Int64" }]));
    const back = pl.readCSV(csv, { dtypes: { n: pl.Int64 } }).getColumn("n");

    assert.deepEqual(csvLines(csv), ["n", ...texts, ""]);
    assert.deepEqual(back.cast(pl.String).toArray(), [...texts, null]);
  });

  test("null, NaN, infinities and negative zero", () => {
    const values = [Number.NaN, null, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0];
    const chart = pointChart([
      { name: "f32", dtype: "Float32" },
      { name: "f64", dtype: "Float64" },
    ]);
    const df = pl.DataFrame([
      pl.Series("f32", values, pl.Float32),
      pl.Series("f64", values, pl.Float64),
    ]);

    const csv = toCsv(df, chart);
    const back = pl.readCSV(csv, { dtypes: { f32: pl.Float32, f64: pl.Float64 } });

    assert.deepEqual(csvLines(csv), ["f32,f64", "NaN,NaN", ",", "inf,inf", "-inf,-inf", "-0,-0"]);
    for (const name of ["f32", "f64"]) {
      const column = back.getColumn(name).toArray();
      assert.ok(Number.isNaN(column[0]), `${name} NaN`);
      assert.deepEqual(column.slice(1), values.slice(1), `${name} null and infinities`);
    }
  });

  test("strings quoted per RFC 4180", () => {
    const texts = ["plain", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "", " padded ", null];
    const df = pl.DataFrame([pl.Series("a,label", texts, pl.String)]);

    const csv = toCsv(df, pointChart([{ name: "a,label", dtype: "String" }]));
    const back = pl.readCSV(csv, { dtypes: { "a,label": pl.String } });

    assert.deepEqual(csvLines(csv), [
      '"a,label"',
      "plain",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\rhere"',
      '""',
      " padded ",
      "",
    ]);
    assert.deepEqual(back.columns, ["a,label"]);
    assert.deepEqual(back.getColumn("a,label").toArray(), texts);
  });

  test("missing column raises contract_violation", () => {
    const df = pl.DataFrame({ x: [1.5] });
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float64" },
    ]);

    assert.throws(
      () => toCsv(df, chart),
      (error: unknown) => {
        assert.ok(error instanceof DspError);
        assert.equal(error.code, "contract_violation");
        assert.equal(error.details.column, "y");
        assert.match(error.message, /Column "y" of the dataset of chart "test-points" is missing/);
        return true;
      },
    );
  });

  test("wrong dtype raises contract_violation", () => {
    const df = pl.DataFrame([pl.Series("v", [0.5], pl.Float64)]);
    const chart = pointChart([{ name: "v", dtype: "Float32" }]);

    assert.throws(
      () => toCsv(df, chart),
      (error: unknown) => {
        assert.ok(error instanceof DspError);
        assert.equal(error.code, "contract_violation");
        assert.equal(error.details.value, "Float64");
        assert.equal(error.details.expected, "Float32");
        assert.match(error.message, /has dtype Float64\. The chart schema requires Float32\./);
        return true;
      },
    );
  });
});
