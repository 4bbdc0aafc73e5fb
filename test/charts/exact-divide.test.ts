import assert from "node:assert/strict";
import { test } from "node:test";
import pl from "nodejs-polars";
import { exactDivide } from "../../src/charts/exact-divide.ts";

const frame = pl.DataFrame({
  ms: pl.Series("ms", [3_600_000, 7_200_000, 5, 2_595_600_000], pl.Int64),
});

test("exactDivide gives the IEEE quotient", () => {
  const values = frame
    .select(exactDivide(pl.col("ms"), 3_600_000).alias("hours"))
    .getColumn("hours")
    .toArray();
  assert.deepEqual(values, [1, 2, 5 / 3_600_000, 721]);
});

test("exactDivide keeps nulls", () => {
  const withNull = pl.DataFrame({ x: pl.Series("x", [1, null, 3], pl.Float64) });
  const values = withNull
    .select(exactDivide(pl.col("x"), 3).alias("y"))
    .getColumn("y")
    .toArray();
  assert.deepEqual(values, [1 / 3, null, 1]);
});

// Regression: nodejs-polars 0.25.2 multiplies by the reciprocal when dividing by a literal.
// When this starts failing, Polars divides exactly and exactDivide can become a plain `div`.
test("polars literal division is inexact", () => {
  const values = frame
    .select(pl.col("ms").cast(pl.Float64).div(pl.lit(3_600_000)).alias("hours"))
    .getColumn("hours")
    .toArray();
  assert.notEqual(values[0], 1);
});
