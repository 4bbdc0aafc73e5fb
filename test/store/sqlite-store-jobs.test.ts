import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ChartResult } from "../../src/store/store.ts";
import {
  assertDspError,
  openTempStore,
  runFixture,
  steppingClock,
  type TempStore,
} from "./store-test-helpers.ts";

describe("SqliteStore jobs", () => {
  let temp: TempStore;
  before(async () => {
    temp = await openTempStore({ clock: steppingClock(1000) });
    await temp.store.createRun({ id: "run-1", pack: "opendc", folder: "/runs/1" });
  });
  after(() => temp.cleanup());

  test("createJob, getJob and listJobs round trip", async () => {
    const job = await temp.store.createJob({
      id: "job-replay",
      runId: "run-1",
      kind: "replay",
      charts: ["power", "cpu"],
    });

    assert.equal(job.status, "queued");
    assert.deepEqual(job.charts, ["power", "cpu"]);
    assert.equal(job.startedAt, null);
    assert.equal(job.finishedAt, null);
    assert.equal(job.error, null);
    assert.deepEqual(await temp.store.getJob("job-replay"), job);
    assert.deepEqual(await temp.store.listJobs("run-1"), [job]);
    assert.deepEqual(await temp.store.listJobs("run-unknown"), []);
    assert.equal(await temp.store.getJob("job-unknown"), undefined);
  });

  test("createJob rejects an unknown run", async () => {
    await assertDspError(
      temp.store.createJob({ id: "job-orphan", runId: "run-missing", kind: "process" }),
      "not_found",
      '"run-missing"',
    );
    assert.equal(await temp.store.getJob("job-orphan"), undefined);
  });

  test("createJob rejects a duplicate id", async () => {
    await temp.store.createJob({ id: "job-twice", runId: "run-1", kind: "process" });
    await assertDspError(
      temp.store.createJob({ id: "job-twice", runId: "run-1", kind: "process" }),
      "conflict",
      '"job-twice"',
    );
  });

  test("updateJob sets and clears fields", async () => {
    await temp.store.createJob({ id: "job-update", runId: "run-1", kind: "process" });
    const failed = await temp.store.updateJob("job-update", {
      status: "failed",
      startedAt: "2025-01-01T00:00:00.000Z",
      finishedAt: "2025-01-01T00:01:00.000Z",
      error: "chart power failed",
    });
    assert.equal(failed.status, "failed");
    assert.equal(failed.error, "chart power failed");
    assert.equal(failed.finishedAt, "2025-01-01T00:01:00.000Z");

    const cleared = await temp.store.updateJob("job-update", { status: "queued", error: null });
    assert.equal(cleared.error, null);
    assert.equal(cleared.startedAt, "2025-01-01T00:00:00.000Z");
    assert.deepEqual(await temp.store.getJob("job-update"), cleared);
  });

  test("updateJob rejects an unknown id", async () => {
    const error = await assertDspError(
      temp.store.updateJob("job-missing", { status: "running" }),
      "not_found",
      '"job-missing"',
    );
    assert.equal(error.details.value, "job-missing");
  });

  test("updateJob rejects a timestamp that is not a date", async () => {
    await assertDspError(
      temp.store.updateJob("job-update", { startedAt: "yesterday" }),
      "invalid_input",
      '"yesterday"',
    );
  });

  test("saveChartResult and listChartResults round trip", async () => {
    await temp.store.createJob({ id: "job-results", runId: "run-1", kind: "process" });
    const succeeded: ChartResult = {
      chartId: "power",
      chartVersion: 1,
      status: "succeeded",
      rows: 120,
      contentHash: "sha256-a",
      previousHash: null,
      error: null,
      durationMs: 12.5,
    };
    const failed: ChartResult = {
      chartId: "cpu",
      chartVersion: 2,
      status: "failed",
      rows: null,
      contentHash: null,
      previousHash: "sha256-old",
      error: { code: "contract_violation", message: "column cpu_usage missing", details: { n: 1 } },
      durationMs: 0,
    };
    await temp.store.saveChartResult("job-results", succeeded);
    await temp.store.saveChartResult("job-results", failed);

    assert.deepEqual(await temp.store.listChartResults("job-results"), [succeeded, failed]);
  });

  test("saveChartResult replaces a result of the same chart", async () => {
    const retried: ChartResult = {
      chartId: "power",
      chartVersion: 1,
      status: "skipped",
      rows: null,
      contentHash: null,
      previousHash: null,
      error: null,
      durationMs: 1,
    };
    await temp.store.saveChartResult("job-results", retried);
    const results = await temp.store.listChartResults("job-results");
    assert.equal(results.length, 2);
    assert.deepEqual(results[0], retried);
  });

  test("saveChartResult rejects an unknown job", async () => {
    await assertDspError(
      temp.store.saveChartResult("job-missing", {
        chartId: "power",
        chartVersion: 1,
        status: "succeeded",
        rows: 1,
        contentHash: "h",
        previousHash: null,
        error: null,
        durationMs: 1,
      }),
      "not_found",
      '"job-missing"',
    );
  });

  test("saveChartResult rejects a NaN duration", async () => {
    // SQLite would store NaN as NULL, so the store must not pass it on.
    await assertDspError(
      temp.store.saveChartResult("job-results", {
        chartId: "nan",
        chartVersion: 1,
        status: "succeeded",
        rows: 1,
        contentHash: "h",
        previousHash: null,
        error: null,
        durationMs: Number.NaN,
      }),
      "invalid_input",
      "durationMs is NaN",
    );
  });
});

describe("SqliteStore claimNextJob", () => {
  test("claims queued jobs oldest first", async () => {
    const temp = await openTempStore({ clock: steppingClock(1000) });
    try {
      await temp.store.createRun({ id: "run-q", pack: "opendc", folder: "/q" });
      for (const id of ["job-a", "job-b", "job-c"]) {
        await temp.store.createJob({ id, runId: "run-q", kind: "process" });
      }
      await temp.store.updateJob("job-a", { status: "succeeded" });

      const first = await temp.store.claimNextJob();
      assert.equal(first?.id, "job-b");
      assert.equal(first?.status, "running");
      assert.ok(first?.startedAt);
      assert.equal((await temp.store.claimNextJob())?.id, "job-c");
      assert.equal(await temp.store.claimNextJob(), undefined);
    } finally {
      await temp.cleanup();
    }
  });

  test("orders jobs created in the same millisecond by insertion", async () => {
    const temp = await openTempStore({ clock: () => new Date("2025-01-01T00:00:00.000Z") });
    try {
      await temp.store.createRun({ id: "run-q", pack: "opendc", folder: "/q" });
      for (const id of ["job-z", "job-a", "job-m"]) {
        await temp.store.createJob({ id, runId: "run-q", kind: "process" });
      }
      const claimed = [];
      for (let job = await temp.store.claimNextJob(); job; job = await temp.store.claimNextJob()) {
        claimed.push(job.id);
      }
      assert.deepEqual(claimed, ["job-z", "job-a", "job-m"]);
    } finally {
      await temp.cleanup();
    }
  });

  test("gives each job to one of four worker processes", async () => {
    const temp = await openTempStore();
    try {
      await temp.store.createRun({ id: "run-workers", pack: "opendc", folder: "/w" });
      const ids = Array.from({ length: 1000 }, (_, index) => `job-${index}`);
      for (const id of ids) {
        await temp.store.createJob({ id, runId: "run-workers", kind: "process" });
      }

      const outputs = await Promise.all(
        [1, 2, 3, 4].map(() => runFixture("claim-jobs.ts", [temp.file])),
      );
      const claimed = outputs.flatMap((output) => output.split("\n").filter(Boolean));

      assert.equal(claimed.length, ids.length);
      assert.deepEqual([...claimed].sort(), [...ids].sort());
      const jobs = await temp.store.listJobs("run-workers");
      assert.ok(jobs.every((job) => job.status === "running"));
    } finally {
      await temp.cleanup();
    }
  });
});
