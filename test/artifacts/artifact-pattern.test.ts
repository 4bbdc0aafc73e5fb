import assert from "node:assert/strict";
import { test } from "node:test";
import { compilePattern } from "../../src/artifacts/artifact-pattern.ts";

test("pattern captures partition folders", () => {
  const pattern = compilePattern("**/raw-output/{scenario}/seed={seed}/host.*");
  assert.deepEqual(pattern.match("raw-output/3/seed=0/host.parquet"), { scenario: "3", seed: "0" });
  assert.deepEqual(pattern.match("outputs/raw-output/10/seed=7/host.csv"), {
    scenario: "10",
    seed: "7",
  });
});

test("pattern rejects other names and extensions", () => {
  const pattern = compilePattern("**/raw-output/{scenario}/seed={seed}/host.*");
  assert.equal(pattern.match("raw-output/3/seed=0/hosts.parquet"), undefined);
  assert.equal(pattern.match("raw-output/3/seed=0/host.txt"), undefined);
  assert.equal(pattern.match("raw-output/3/host.parquet"), undefined);
});

test("pattern literal file matches only at the root", () => {
  const pattern = compilePattern("trackr.json");
  assert.deepEqual(pattern.match("trackr.json"), {});
  assert.equal(pattern.match("outputs/trackr.json"), undefined);
});

test("pattern star matches one folder", () => {
  const pattern = compilePattern("runs/*/metrics.ndjson");
  assert.deepEqual(pattern.match("runs/a/metrics.ndjson"), {});
  assert.equal(pattern.match("runs/a/b/metrics.ndjson"), undefined);
});

test("pattern with empty segment is rejected", () => {
  assert.throws(() => compilePattern("raw-output//host.parquet"), /empty segment/);
});
