import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { encodeRunCursor } from "../../src/store/run-cursor.ts";
import type { RunFilter, RunRecord, RunStatus } from "../../src/store/store.ts";
import {
  assertDspError,
  openTempStore,
  steppingClock,
  type TempStore,
} from "./store-test-helpers.ts";

describe("SqliteStore runs", () => {
  let temp: TempStore;
  before(async () => {
    temp = await openTempStore({ clock: steppingClock(1000) });
  });
  after(() => temp.cleanup());

  test("createRun and getRun round trip", async () => {
    const created = await temp.store.createRun({
      id: "run-round-trip",
      pack: "opendc",
      folder: "/data/runs/run-round-trip",
      metadata: {
        simulator: "OpenDC",
        simulatorVersion: "2.4.0",
        scenario: "baseline",
        labels: { team: "capacity", region: "eu" },
        startedAt: "2025-01-01T00:00:00Z",
        endedAt: "2025-01-01T01:00:00Z",
      },
    });

    assert.equal(created.status, "created");
    assert.equal(created.createdAt, created.updatedAt);
    assert.deepEqual(await temp.store.getRun("run-round-trip"), created);
    assert.equal(await temp.store.getRun("no-such-run"), undefined);
  });

  test("createRun rejects a duplicate id", async () => {
    await temp.store.createRun({ id: "run-duplicate", pack: "opendc", folder: "/a" });
    const error = await assertDspError(
      temp.store.createRun({ id: "run-duplicate", pack: "opendc", folder: "/b" }),
      "conflict",
      '"run-duplicate"',
    );
    assert.equal(error.details.value, "run-duplicate");
    assert.equal((await temp.store.getRun("run-duplicate"))?.folder, "/a");
  });

  test("createRun rejects an unknown status", async () => {
    await assertDspError(
      temp.store.createRun({
        id: "run-bad-status",
        pack: "opendc",
        folder: "/a",
        status: "done" as RunStatus,
      }),
      "invalid_input",
      '"done"',
    );
    assert.equal(await temp.store.getRun("run-bad-status"), undefined);
  });

  test("updateRun changes status, folder and metadata", async () => {
    const created = await temp.store.createRun({
      id: "run-update",
      pack: "opendc",
      folder: "/old",
      metadata: { simulator: "OpenDC", labels: { a: "1" } },
    });
    const updated = await temp.store.updateRun("run-update", {
      status: "queued",
      folder: "/new",
      metadata: { scenario: "peak" },
    });

    assert.equal(updated.status, "queued");
    assert.equal(updated.folder, "/new");
    assert.deepEqual(updated.metadata, { scenario: "peak" });
    assert.equal(updated.createdAt, created.createdAt);
    assert.ok(updated.updatedAt > created.updatedAt);
    assert.deepEqual(await temp.store.getRun("run-update"), updated);
  });

  test("updateRun keeps fields the patch omits", async () => {
    await temp.store.createRun({
      id: "run-partial-update",
      pack: "opendc",
      folder: "/kept",
      metadata: { simulator: "OpenDC" },
    });
    const updated = await temp.store.updateRun("run-partial-update", { status: "failed" });
    assert.equal(updated.folder, "/kept");
    assert.deepEqual(updated.metadata, { simulator: "OpenDC" });
  });

  test("updateRun rejects an unknown id", async () => {
    const error = await assertDspError(
      temp.store.updateRun("run-missing", { status: "queued" }),
      "not_found",
      '"run-missing"',
    );
    assert.equal(error.details.value, "run-missing");
  });
});

describe("SqliteStore listRuns", () => {
  let temp: TempStore;
  let all: RunRecord[];

  before(async () => {
    // Three runs share each timestamp, so pages also split runs that only the id orders.
    let calls = 0;
    const base = Date.parse("2025-03-01T00:00:00.000Z");
    temp = await openTempStore({ clock: () => new Date(base + Math.floor(calls++ / 3) * 1000) });
    all = [];
    for (let index = 0; index < 30; index++) {
      all.push(
        await temp.store.createRun({
          id: `run-${String(index).padStart(2, "0")}`,
          pack: index % 3 === 0 ? "legacy" : "opendc",
          folder: `/runs/${index}`,
          status: index % 2 === 0 ? "succeeded" : "failed",
          metadata: {
            simulator: index % 5 === 0 ? "CloudSim" : "OpenDC",
            scenario: index % 4 === 0 ? "Ümlaut-Peak" : "baseline",
            labels: { parity: index % 2 === 0 ? "yes" : "no", index: String(index) },
          },
        }),
      );
    }
  });
  after(() => temp.cleanup());

  /** Reads every page of a filter and checks that each page respects the limit. */
  async function readAllPages(filter: RunFilter, limit: number): Promise<RunRecord[]> {
    const runs: RunRecord[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await temp.store.listRuns({ ...filter, limit, ...(cursor ? { cursor } : {}) });
      assert.ok(result.runs.length <= limit);
      runs.push(...result.runs);
      if (result.nextCursor === null) {
        return runs;
      }
      assert.match(result.nextCursor, /^[A-Za-z0-9_-]+$/);
      cursor = result.nextCursor;
    }
    assert.fail("listRuns did not reach the last page in 100 pages");
  }

  function newestFirst(runs: RunRecord[]): string[] {
    const sorted = [...runs].sort((a, b) =>
      a.createdAt === b.createdAt
        ? b.id.localeCompare(a.id)
        : b.createdAt.localeCompare(a.createdAt),
    );
    return sorted.map((run) => run.id);
  }

  const cases: { name: string; filter: RunFilter; keep: (run: RunRecord) => boolean }[] = [
    { name: "no filter", filter: {}, keep: () => true },
    { name: "status", filter: { status: "succeeded" }, keep: (run) => run.status === "succeeded" },
    { name: "pack", filter: { pack: "legacy" }, keep: (run) => run.pack === "legacy" },
    {
      name: "simulator",
      filter: { simulator: "CloudSim" },
      keep: (run) => run.metadata.simulator === "CloudSim",
    },
    {
      name: "label",
      filter: { label: { key: "parity", value: "yes" } },
      keep: (run) => run.metadata.labels?.parity === "yes",
    },
    {
      name: "search in scenario, case-insensitive",
      filter: { search: "üMLAUT" },
      keep: (run) => run.metadata.scenario === "Ümlaut-Peak",
    },
    {
      name: "search in id",
      filter: { search: "RUN-1" },
      keep: (run) => run.id.startsWith("run-1"),
    },
    {
      name: "search in simulator",
      filter: { search: "cloudsim" },
      keep: (run) => run.metadata.simulator === "CloudSim",
    },
    {
      name: "status, pack and label combined",
      filter: { status: "failed", pack: "opendc", label: { key: "parity", value: "no" } },
      keep: (run) => run.status === "failed" && run.pack === "opendc",
    },
  ];

  for (const { name, filter, keep } of cases) {
    test(`pages through runs by ${name}`, async () => {
      const expected = newestFirst(all.filter(keep));
      assert.ok(expected.length > 0, "the case must match some runs");
      for (const limit of [1, 4, 7, 500]) {
        const ids = (await readAllPages(filter, limit)).map((run) => run.id);
        assert.deepEqual(ids, expected, `limit ${limit}`);
      }
    });
  }

  test("returns the default page size without a limit", async () => {
    const page = await temp.store.listRuns();
    assert.equal(page.runs.length, 30);
    assert.equal(page.nextCursor, null);
  });

  test("matches no run for an unknown label value", async () => {
    const page = await temp.store.listRuns({ label: { key: "parity", value: "maybe" } });
    assert.deepEqual(page, { runs: [], nextCursor: null });
  });

  test("sees a run created between pages only on later reads", async () => {
    const first = await temp.store.listRuns({ limit: 5 });
    assert.ok(first.nextCursor !== null);
    await temp.store.createRun({ id: "run-late", pack: "opendc", folder: "/late" });
    const second = await temp.store.listRuns({ limit: 5, cursor: first.nextCursor });
    const ids = [...first.runs, ...second.runs].map((run) => run.id);
    assert.ok(!ids.includes("run-late"));
    assert.equal(new Set(ids).size, ids.length);
  });

  const invalidCursors = [
    "not a cursor!",
    Buffer.from("plain text").toString("base64url"),
    Buffer.from(JSON.stringify({ createdAt: "x" })).toString("base64url"),
    Buffer.from(JSON.stringify(["not-a-date", "run-01"])).toString("base64url"),
    Buffer.from(JSON.stringify([1, 2])).toString("base64url"),
  ];
  for (const cursor of invalidCursors) {
    test(`rejects the invalid cursor ${JSON.stringify(cursor)}`, async () => {
      const error = await assertDspError(
        temp.store.listRuns({ cursor }),
        "invalid_input",
        `cursor "${cursor}"`,
      );
      assert.equal(error.details.field, "cursor");
      assert.equal(error.details.value, cursor);
    });
  }

  test("accepts a cursor past the oldest run", async () => {
    const cursor = encodeRunCursor({ createdAt: "2000-01-01T00:00:00.000Z", id: "a" });
    assert.deepEqual(await temp.store.listRuns({ cursor }), { runs: [], nextCursor: null });
  });

  for (const limit of [0, -1, 1.5, 501, Number.NaN]) {
    test(`rejects the limit ${limit}`, async () => {
      await assertDspError(temp.store.listRuns({ limit }), "invalid_input", "limit");
    });
  }

  test("rejects an unknown status filter", async () => {
    await assertDspError(
      temp.store.listRuns({ status: "done" as RunStatus }),
      "invalid_input",
      '"done"',
    );
  });
});
