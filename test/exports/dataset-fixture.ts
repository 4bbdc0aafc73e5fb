import pl from "nodejs-polars";
import type { ChartDefinition, OutputColumn } from "../../src/charts/chart-definition.ts";
import type { VegaLiteChart } from "../../src/exports/vega-lite-export.ts";

/** Builds the chart fields the exports read, with a point chart of `x` against `y`. */
export function pointChart(schema: OutputColumn[]): VegaLiteChart {
  return {
    id: "test-points",
    title: "Test points",
    schema,
    vegaLite: {
      mark: "point",
      encoding: {
        x: { field: "x", type: "quantitative" },
        y: { field: "y", type: "quantitative" },
      },
    },
  };
}

/** Builds an Int64 series from decimal strings, which keeps values beyond 2^53 exact. */
export function int64Series(name: string, values: (string | null)[]): pl.Series {
  return pl.Series(name, values, pl.String).cast(pl.Int64);
}

/** Builds a UInt64 series from decimal strings. */
export function uint64Series(name: string, values: (string | null)[]): pl.Series {
  return pl.Series(name, values, pl.String).cast(pl.UInt64);
}

/** Builds a frame with one column of every schema dtype and nulls in the last row, and its chart. */
export function everyDtypeDataset(): { df: pl.DataFrame; chart: VegaLiteChart } {
  const df = pl.DataFrame([
    pl.Series("x", [1, 2, null], pl.Float64),
    pl.Series("y", [0.1, 2.5, null], pl.Float32),
    pl.Series("i8", [-128, 127, null], pl.Int8),
    pl.Series("i16", [-32768, 32767, null], pl.Int16),
    pl.Series("i32", [-2147483648, 2147483647, null], pl.Int32),
    int64Series("i64", ["-9223372036854775808", "9223372036854775807", null]),
    pl.Series("u8", [0, 255, null], pl.UInt8),
    pl.Series("u16", [0, 65535, null], pl.UInt16),
    pl.Series("u32", [0, 4294967295, null], pl.UInt32),
    uint64Series("u64", ["0", "18446744073709551615", null]),
    pl.Series("label", ["a", "b", null], pl.String),
    pl.Series("flag", [true, false, null], pl.Bool),
  ]);
  const schema: ChartDefinition["schema"] = [
    { name: "x", dtype: "Float64" },
    { name: "y", dtype: "Float32", unit: "W" },
    { name: "i8", dtype: "Int8" },
    { name: "i16", dtype: "Int16" },
    { name: "i32", dtype: "Int32" },
    { name: "i64", dtype: "Int64" },
    { name: "u8", dtype: "UInt8" },
    { name: "u16", dtype: "UInt16" },
    { name: "u32", dtype: "UInt32" },
    { name: "u64", dtype: "UInt64" },
    { name: "label", dtype: "String" },
    { name: "flag", dtype: "Boolean" },
  ];
  return { df, chart: pointChart(schema) };
}

/** Returns the bits of each float32 in `values`, so `-0` and `0` compare unequal. */
export function float32Bits(values: ArrayLike<number>): number[] {
  return Array.from(new Uint32Array(Float32Array.from(values).buffer));
}
