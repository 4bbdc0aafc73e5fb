import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, test } from "node:test";
import { SqliteStore } from "../../src/store/sqlite-store.ts";
import {
  assertDspError,
  createRunWithJob,
  datasetInput,
  openTempStore,
  startFixture,
  steppingClock,
  stopProcess,
  type TempStore,
} from "./store-test-helpers.ts";

describe("SqliteStore datasets", () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore({ clock: steppingClock(1000) });
    await createRunWithJob(temp.store, "run-1", "job-1");
  });
  afterEach(() => temp.cleanup());

  test("publishDataset and getDataset round trip", async () => {
    const input = datasetInput("run-1", "job-1", "power", 7);
    const published = await temp.store.publishDataset(input);

    assert.equal(published.revision, 1);
    assert.equal(published.contentHash, "sha256-7");
    assert.equal("ipc" in published, false);
    const current = await temp.store.getDataset("run-1", "power");
    assert.deepEqual(current, { ...published, ipc: input.ipc });
    assert.equal(await temp.store.getDataset("run-1", "cpu"), undefined);
  });

  test("publishDataset increments the revision and moves current", async () => {
    await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 1));
    await temp.store.publishDataset(datasetInput("run-1", "job-1", "cpu", 2));
    const second = await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 3));

    assert.equal(second.revision, 2);
    const current = await temp.store.getDataset("run-1", "power");
    assert.equal(current?.revision, 2);
    assert.deepEqual(current?.ipc, new Uint8Array(64).fill(3));

    const listed = await temp.store.listDatasets("run-1");
    assert.deepEqual(
      listed.map((dataset) => [dataset.chartId, dataset.revision]),
      [
        ["cpu", 1],
        ["power", 2],
      ],
    );
    assert.ok(listed.every((dataset) => !("ipc" in dataset)));
  });

  test("publishDataset keeps large IPC bytes intact", async () => {
    const ipc = new Uint8Array(8 * 1024 * 1024).map((_, index) => index % 251);
    await temp.store.publishDataset({ ...datasetInput("run-1", "job-1", "big", 0), ipc });
    assert.deepEqual((await temp.store.getDataset("run-1", "big"))?.ipc, ipc);
  });

  test("publishDataset rejects an unknown run and job", async () => {
    await assertDspError(
      temp.store.publishDataset(datasetInput("run-missing", "job-1", "power", 1)),
      "not_found",
      '"run-missing"',
    );
    await assertDspError(
      temp.store.publishDataset(datasetInput("run-1", "job-missing", "power", 1)),
      "not_found",
      '"job-missing"',
    );
    assert.deepEqual(await temp.store.listDatasets("run-1"), []);
  });

  test("publishDataset rejects a fractional row count", async () => {
    await assertDspError(
      temp.store.publishDataset({ ...datasetInput("run-1", "job-1", "power", 1), rowCount: 1.5 }),
      "invalid_input",
      "rowCount is 1.5",
    );
  });

  test("failed pointer update leaves the previous revision current", async () => {
    await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 1));
    // A constraint on the second write of the transaction fails after the revision row exists.
    const raw = new DatabaseSync(temp.file);
    raw.exec(`CREATE TRIGGER reject_pointer_move BEFORE UPDATE ON current_datasets
              BEGIN SELECT RAISE(ABORT, 'pointer move rejected by test'); END`);

    await assert.rejects(
      temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 2)),
      /pointer move rejected by test/,
    );
    const current = await temp.store.getDataset("run-1", "power");
    assert.equal(current?.revision, 1);
    assert.deepEqual(current?.ipc, new Uint8Array(64).fill(1));
    const revisions = raw.prepare("SELECT revision FROM chart_datasets").all();
    assert.deepEqual(
      revisions.map((row) => row.revision),
      [1],
    );

    raw.exec("DROP TRIGGER reject_pointer_move");
    raw.close();
    const next = await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 3));
    assert.equal(next.revision, 2);
  });

  test("publish blocked by another writer changes nothing", async () => {
    await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 1));
    const impatient = SqliteStore.open(temp.file, { busyTimeoutMs: 200 });
    const holder = await startFixture("hold-write-lock.ts", [temp.file], "locked");
    try {
      const error = await assertDspError(
        impatient.publishDataset(datasetInput("run-1", "job-1", "power", 2)),
        "unavailable",
        "locked by another writer",
      );
      assert.equal(error.details.file, temp.file);
    } finally {
      await stopProcess(holder);
    }

    assert.equal((await impatient.getDataset("run-1", "power"))?.revision, 1);
    const next = await impatient.publishDataset(datasetInput("run-1", "job-1", "power", 2));
    assert.equal(next.revision, 2);
    await impatient.close();
  });

  test("crash mid-publish leaves the previous revision current", async () => {
    await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 1));
    const raw = new DatabaseSync(temp.file);
    raw.exec(`CREATE TRIGGER pause_mid_publish AFTER INSERT ON chart_datasets
              WHEN NEW.revision = 2 BEGIN SELECT pause_for_crash_test(); END`);

    const writer = await startFixture(
      "crash-mid-publish.ts",
      [temp.file, "run-1", "job-1", "power"],
      "paused",
    );
    // The writer holds the lock with revision 2 inserted but not committed; readers see rev 1.
    assert.equal((await temp.store.getDataset("run-1", "power"))?.revision, 1);
    await stopProcess(writer);

    raw.exec("DROP TRIGGER pause_mid_publish");
    raw.close();
    const current = await temp.store.getDataset("run-1", "power");
    assert.equal(current?.revision, 1);
    assert.equal(current?.contentHash, "sha256-1");
    const next = await temp.store.publishDataset(datasetInput("run-1", "job-1", "power", 2));
    assert.equal(next.revision, 2);
  });
});
