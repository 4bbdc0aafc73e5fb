import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SqliteStore } from "../../src/store/sqlite-store.ts";
import {
  createRunWithJob,
  datasetInput,
  openTempStore,
  type TempStore,
} from "./store-test-helpers.ts";

describe("two stores on one SQLite file", () => {
  let temp: TempStore;
  let other: SqliteStore;
  before(async () => {
    temp = await openTempStore();
    other = SqliteStore.open(temp.file);
    await other.migrate();
  });
  after(async () => {
    await other.close();
    await temp.cleanup();
  });

  test("see each other's runs and updates", async () => {
    await temp.store.createRun({ id: "run-a", pack: "opendc", folder: "/a" });
    assert.equal((await other.getRun("run-a"))?.folder, "/a");

    await other.updateRun("run-a", { status: "queued" });
    assert.equal((await temp.store.getRun("run-a"))?.status, "queued");
    assert.deepEqual(
      (await other.listRuns()).runs.map((run) => run.id),
      (await temp.store.listRuns()).runs.map((run) => run.id),
    );
  });

  test("see each other's published datasets", async () => {
    await createRunWithJob(temp.store, "run-b", "job-b");
    await other.publishDataset(datasetInput("run-b", "job-b", "power", 1));
    await temp.store.publishDataset(datasetInput("run-b", "job-b", "power", 2));

    assert.equal((await other.getDataset("run-b", "power"))?.revision, 2);
    assert.deepEqual((await other.getDataset("run-b", "power"))?.ipc, new Uint8Array(64).fill(2));
  });

  test("share one job queue", async () => {
    await temp.store.updateJob("job-b", { status: "succeeded" });
    await temp.store.createJob({ id: "job-shared", runId: "run-b", kind: "replay" });
    assert.equal((await other.claimNextJob())?.id, "job-shared");
    assert.equal(await temp.store.claimNextJob(), undefined);
    assert.equal((await temp.store.getJob("job-shared"))?.status, "running");
  });

  test("see a revoked token at once", async () => {
    const secretHash = "a".repeat(64);
    await temp.store.createToken({ id: "tok", name: "ci", scopes: ["read"], secretHash });
    await other.revokeToken("tok");
    assert.ok((await temp.store.findTokenBySecretHash(secretHash))?.revokedAt);
  });
});
