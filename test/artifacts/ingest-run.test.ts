import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import pl from "nodejs-polars";
import type { ArtifactContract } from "../../src/artifacts/artifact-contract.ts";
import { ingestRun } from "../../src/artifacts/ingest-run.ts";
import { typeName } from "../../src/artifacts/polars-types.ts";
import { temporaryFolder } from "../helpers.ts";

const samples: ArtifactContract = {
  name: "samples",
  pattern: "{scenario}/seed={seed}/samples.*",
  format: "parquet",
  kind: "table",
  columns: [
    { name: "timestamp", dtype: "Int64" },
    { name: "power_draw", dtype: "Float32" },
  ],
  adapters: [
    {
      name: "camelCase",
      whenColumns: ["powerDraw"],
      rename: { powerDraw: "power_draw" },
      cast: { power_draw: "Float32" },
      fill: { cluster: { dtype: "String", value: "C01" } },
    },
  ],
};

function frame(offset: number): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("timestamp", [offset, offset + 1], pl.Int64),
    pl.Series("power_draw", [0.1, 0.2], pl.Float32),
  ]);
}

function writeRun(root: string): void {
  for (const [scenario, format] of [
    ["a", "parquet"],
    ["b", "csv"],
    ["c", "ndjson"],
    ["d", "arrow"],
  ] as const) {
    const folder = join(root, scenario, "seed=0");
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `samples.${format}`);
    const data = frame(scenario.charCodeAt(0) * 10);
    if (format === "parquet") data.writeParquet(path);
    if (format === "csv") data.writeCSV(path);
    if (format === "ndjson") data.writeJSON(path, { format: "lines" });
    if (format === "arrow") data.writeIPC(path);
  }
}

test("ingest reads every format with partition columns", async () => {
  const run = temporaryFolder();
  writeRun(run.path);
  const ingested = await ingestRun(run.path, [samples]);
  try {
    const table = await ingested.inputs.table("samples").collect();
    assert.equal(table.height, 8);
    assert.deepEqual(table.getColumn("scenario").toArray(), [
      "a",
      "a",
      "b",
      "b",
      "c",
      "c",
      "d",
      "d",
    ]);
    assert.deepEqual(table.getColumn("seed").unique().toArray(), ["0"]);
    assert.equal(typeName(table.getColumn("power_draw").dtype), "Float32");
    assert.deepEqual(
      Array.from(table.getColumn("power_draw").toTypedArray()),
      Array(4)
        .fill([Math.fround(0.1), Math.fround(0.2)])
        .flat(),
    );
  } finally {
    await ingested.cleanup();
    run.remove();
  }
});

test("ingest keeps only declared columns", async () => {
  const run = temporaryFolder();
  mkdirSync(join(run.path, "a/seed=0"), { recursive: true });
  writeFileSync(join(run.path, "a/seed=0/samples.csv"), "extra,power_draw,timestamp\nx,0.5,1\n");
  const ingested = await ingestRun(run.path, [samples]);
  try {
    const table = await ingested.inputs.table("samples").collect();
    assert.deepEqual(table.columns, ["timestamp", "power_draw", "scenario", "seed"]);
  } finally {
    await ingested.cleanup();
    run.remove();
  }
});

test("ingest records size, hash and schema", async () => {
  const run = temporaryFolder();
  writeRun(run.path);
  const ingested = await ingestRun(run.path, [samples]);
  try {
    const ref = ingested.refs.find(
      (candidate) => candidate.relativePath === "a/seed=0/samples.parquet",
    );
    assert.ok(ref);
    assert.match(ref.sha256, /^[0-9a-f]{64}$/);
    assert.ok(ref.size > 0);
    assert.deepEqual(ref.partitions, { scenario: "a", seed: "0" });
    assert.deepEqual(
      ref.schema.map((field) => `${field.name}:${field.dtype}`),
      ["timestamp:Int64", "power_draw:Float32"],
    );
  } finally {
    await ingested.cleanup();
    run.remove();
  }
});

test("ingest applies a contract adapter", async () => {
  const run = temporaryFolder();
  mkdirSync(join(run.path, "a/seed=0"), { recursive: true });
  pl.DataFrame([
    pl.Series("timestamp", [1, 2], pl.Int64),
    pl.Series("powerDraw", [1.5, 2.5], pl.Float64),
  ]).writeParquet(join(run.path, "a/seed=0/samples.parquet"));
  const withCluster: ArtifactContract = {
    ...samples,
    columns: [...(samples.columns ?? []), { name: "cluster", dtype: "String" }],
  };
  const ingested = await ingestRun(run.path, [withCluster]);
  try {
    const table = await ingested.inputs.table("samples").collect();
    assert.equal(typeName(table.getColumn("power_draw").dtype), "Float32");
    assert.deepEqual(table.getColumn("cluster").toArray(), ["C01", "C01"]);
  } finally {
    await ingested.cleanup();
    run.remove();
  }
});

test("ingest rejects a null in a required column", async () => {
  const run = temporaryFolder();
  mkdirSync(join(run.path, "a/seed=0"), { recursive: true });
  writeFileSync(join(run.path, "a/seed=0/samples.csv"), "timestamp,power_draw\n1,0.5\n,0.25\n");
  await assert.rejects(
    ingestRun(run.path, [samples]),
    /Column "timestamp" of .*samples\.csv has 1 null values/,
  );
  run.remove();
});

test("ingest names the bad CSV value and column", async () => {
  const run = temporaryFolder();
  mkdirSync(join(run.path, "a/seed=0"), { recursive: true });
  writeFileSync(join(run.path, "a/seed=0/samples.csv"), "timestamp,power_draw\n1,0.5\n2,high\n");
  await assert.rejects(ingestRun(run.path, [samples]), (error: Error) => {
    assert.match(error.message, /samples\.csv/);
    assert.match(error.message, /"high"/);
    assert.match(error.message, /power_draw/);
    return true;
  });
  run.remove();
});
