import assert from "node:assert/strict";
import { test } from "node:test";
import type { components } from "../../sdk/index.ts";
import { chartLineage } from "../../web/src/charts/chart-lineage.ts";

type LineageList = components["schemas"]["LineageList"];

function input(name: string, size: number, sha256: string) {
  return {
    namespace: "file",
    name,
    facets: {
      artifact: { artifact: "host", format: "parquet", size, sha256, partitions: { seed: "0" } },
    },
  };
}

function complete(jobId: string, contentHash: string, inputs: unknown[]) {
  const output = {
    name: "runs/r/charts/power",
    facets: { chartDataset: { chartVersion: 1, rows: 3, contentHash } },
  };
  return {
    jobId,
    eventType: "COMPLETE" as const,
    eventTime: "2026-01-01T00:00:00.000Z",
    event: { eventType: "COMPLETE", inputs, outputs: [output] },
  };
}

const lineage: LineageList = {
  runId: "r",
  events: [
    {
      jobId: "j1",
      eventType: "START",
      eventTime: "2026-01-01T00:00:00.000Z",
      event: { eventType: "START", inputs: [], outputs: [] },
    },
    complete("j1", "sha256:old", [input("/runs/r/host.parquet", 10, "aa")]),
    complete("j2", "sha256:new", [input("/runs/r/host.parquet", 12, "bb")]),
  ],
};

test("lineage picks the job of the current hash", () => {
  const found = chartLineage(lineage, "power", "sha256:old");
  assert.equal(found?.jobId, "j1");
  assert.equal(found?.output, "runs/r/charts/power");
  assert.deepEqual(found?.inputs, [
    {
      path: "/runs/r/host.parquet",
      artifact: "host",
      format: "parquet",
      size: 10,
      sha256: "aa",
      partitions: "seed=0",
    },
  ]);
});

test("lineage falls back to the latest job", () => {
  assert.equal(chartLineage(lineage, "power", "sha256:other")?.jobId, "j2");
  assert.equal(chartLineage(lineage, "power", undefined)?.rows, 3);
});

test("lineage of an unknown chart is undefined", () => {
  assert.equal(chartLineage(lineage, "nope", undefined), undefined);
});
