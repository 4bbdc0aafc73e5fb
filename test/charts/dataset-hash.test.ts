import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import pl from "nodejs-polars";
import { hashDataset } from "../../src/charts/dataset-hash.ts";
import { repoRoot } from "../helpers.ts";

const chart = {
  id: "sample",
  version: 1,
  schema: [
    { name: "region", dtype: "String" as const },
    { name: "row", dtype: "Int64" as const },
    { name: "y", dtype: "Float32" as const },
  ],
};

function sample(y = [1.5, Number.NaN, 2.25]): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("region", ["BE", null, "NL"], pl.String),
    pl.Series("row", [0, 1, 2], pl.Int64),
    pl.Series("y", y, pl.Float32),
  ]);
}

test("hash is stable for equal frames", () => {
  assert.equal(hashDataset(sample(), chart), hashDataset(sample(), chart));
  assert.match(hashDataset(sample(), chart), /^sha256:[0-9a-f]{64}$/);
});

test("hash ignores chunking", () => {
  const chunked = pl.concat([sample().head(1), sample().tail(2)], {
    how: "vertical",
    rechunk: false,
  });
  assert.equal(hashDataset(chunked, chart), hashDataset(sample(), chart));
});

test("hash changes with value, order and version", () => {
  const base = hashDataset(sample(), chart);
  assert.notEqual(hashDataset(sample([1.5, Number.NaN, 2.5]), chart), base);
  assert.notEqual(hashDataset(sample().reverse(), chart), base);
  assert.notEqual(hashDataset(sample(), { ...chart, version: 2 }), base);
});

test("hash tells null from empty string", () => {
  const empty = sample().withColumns(pl.col("region").fillNull("").alias("region"));
  assert.notEqual(hashDataset(empty, chart), hashDataset(sample(), chart));
});

test("hash is equal across processes", () => {
  const script = `
    import pl from "nodejs-polars";
    import { hashDataset } from "./src/charts/dataset-hash.ts";
    const frame = pl.DataFrame([pl.Series("region", ["BE", null, "NL"], pl.String), pl.Series("row", [0, 1, 2], pl.Int64), pl.Series("y", [1.5, Number.NaN, 2.25], pl.Float32)]);
    process.stdout.write(hashDataset(frame, ${JSON.stringify(chart)}));
  `;
  const output = execFileSync(
    process.execPath,
    ["--disable-warning=ExperimentalWarning", "--input-type=module", "-e", script],
    { cwd: repoRoot, encoding: "utf8" },
  );
  assert.equal(output, hashDataset(sample(), chart));
});
