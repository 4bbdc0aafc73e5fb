import assert from "node:assert/strict";
import { test } from "node:test";
import pl from "nodejs-polars";
import { pandasTimedelta } from "../../src/packs/opendc/simple-summary.ts";

function format(ms: number[]): string[] {
  const frame = pl.DataFrame({ ms: pl.Series("ms", ms, pl.Int64) });
  return frame
    .select(pandasTimedelta(pl.col("ms")).alias("text"))
    .getColumn("text")
    .toArray() as string[];
}

test("timedelta formats like pandas", () => {
  assert.deepEqual(format([2_595_600_000, 0, 86_400_000, 90_061_001]), [
    "30 days 01:00:00",
    "0 days 00:00:00",
    "1 days 00:00:00",
    "1 days 01:01:01.001000",
  ]);
});

// Regression: nodejs-polars 0.25.2 returned 3600000 for 3600000 % 3600000, printing "00:60:00".
test("timedelta of whole hours", () => {
  assert.deepEqual(format([3_600_000, 7_200_000]), ["0 days 01:00:00", "0 days 02:00:00"]);
});
