import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { childProcessJobRunner } from "../../src/api/job-process.ts";
import { silentLogger } from "../../src/observability/logger.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { opendcRuns, temporaryFolder } from "../helpers.ts";

const folder = temporaryFolder("dsp-job-process-");
const storeUrl = join(folder.path, "dsp.sqlite");
let store: Store;

/** Writes a pack whose only chart kills its own process, as a Polars panic would. */
function writeCrashingPack(): string {
  const pack = join(folder.path, "crash-pack");
  mkdirSync(pack, { recursive: true });
  writeFileSync(
    join(pack, "pack.json"),
    JSON.stringify({ name: "crash", version: "1.0.0", extends: "opendc", modules: ["crash.ts"] }),
  );
  writeFileSync(
    join(pack, "crash.ts"),
    `export const charts = [{ id: "crash", version: 1, title: "Crash", description: "", inputs: ["host"], schema: [], vegaLite: {}, tolerance: {}, transform: () => { process.kill(process.pid, "SIGKILL"); } }];\n`,
  );
  return pack;
}

async function queueJob(runId: string, pack: string): Promise<string> {
  await store.createRun({ id: runId, pack, folder: opendcRuns.m3sa.folder });
  const job = await store.createJob({ id: randomUUID(), runId, kind: "process" });
  await store.updateJob(job.id, { status: "running", startedAt: new Date().toISOString() });
  return job.id;
}

before(async () => {
  store = await openStore(storeUrl);
});

after(async () => {
  await store.close();
  folder.remove();
});

test("child process runs a job to the end", async () => {
  const jobId = await queueJob("child-ok", "opendc");
  const results = await childProcessJobRunner(storeUrl)({ store, jobId, logger: silentLogger });
  assert.equal(results.filter((result) => result.status === "succeeded").length, 4);
  assert.equal((await store.getJob(jobId))?.status, "succeeded");
});

test("child process crash fails the job", async () => {
  const jobId = await queueJob("child-crash", writeCrashingPack());
  await assert.rejects(
    childProcessJobRunner(storeUrl)({ store, jobId, logger: silentLogger }),
    /exited with SIGKILL before finishing/,
  );
  assert.equal((await store.getRun("child-crash"))?.status, "failed");
});
