import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DspError, type ErrorCode } from "../../src/errors.ts";
import { SqliteStore, type SqliteStoreOptions } from "../../src/store/sqlite-store.ts";
import type { DatasetInput } from "../../src/store/store.ts";

/** A migrated store on a fresh SQLite file in its own temporary folder. */
export interface TempStore {
  store: SqliteStore;
  folder: string;
  file: string;
  /** Closes the store and deletes the folder. */
  cleanup: () => Promise<void>;
}

/** Creates a temporary folder, opens a store on `store.sqlite` in it and migrates it. */
export async function openTempStore(options: SqliteStoreOptions = {}): Promise<TempStore> {
  const folder = mkdtempSync(join(tmpdir(), "dsp-store-test-"));
  const file = join(folder, "store.sqlite");
  const store = SqliteStore.open(file, options);
  await store.migrate();
  const cleanup = async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  };
  return { store, folder, file, cleanup };
}

/** Returns a clock that starts at 2025-01-01T00:00:00Z and moves `stepMs` forward per call. */
export function steppingClock(stepMs: number): () => Date {
  let time = Date.parse("2025-01-01T00:00:00.000Z");
  return () => {
    const now = new Date(time);
    time += stepMs;
    return now;
  };
}

/** Asserts that `promise` rejects with a DspError of `code` whose message contains `text`. */
export async function assertDspError(
  promise: Promise<unknown>,
  code: ErrorCode,
  text: string,
): Promise<DspError> {
  const error = await promise.then(
    () => assert.fail(`expected a DspError "${code}", but the call succeeded`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof DspError, `expected a DspError, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  assert.ok(error.message.includes(text), `"${error.message}" does not contain "${text}"`);
  return error;
}

/** Creates run `runId` with job `jobId` so that datasets, results and lineage can refer to them. */
export async function createRunWithJob(store: SqliteStore, runId: string, jobId: string) {
  await store.createRun({ id: runId, pack: "opendc", folder: `/runs/${runId}` });
  return store.createJob({ id: jobId, runId, kind: "process" });
}

/** Builds a small dataset of chart `chartId` whose 64 IPC bytes all equal `fill`. */
export function datasetInput(
  runId: string,
  jobId: string,
  chartId: string,
  fill: number,
): DatasetInput {
  return {
    runId,
    chartId,
    chartVersion: 1,
    jobId,
    contentHash: `sha256-${fill}`,
    rowCount: fill,
    schema: [{ name: "power_W", dtype: "Float64" }],
    ipc: new Uint8Array(64).fill(fill),
  };
}

/**
 * Starts a fixture script under `test/store/fixtures` with this Node.js and resolves once it
 * writes `readyLine` to stdout. The caller stops it with {@link stopProcess}.
 */
export async function startFixture(
  script: string,
  args: string[],
  readyLine: string,
): Promise<ChildProcess> {
  const path = join(import.meta.dirname, "fixtures", script);
  const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", path, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForLine(child, readyLine);
  return child;
}

/** Runs a fixture script to completion and returns its stdout; rejects on a non-zero exit. */
export async function runFixture(script: string, args: string[]): Promise<string> {
  const child = await startFixture(script, args, "");
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0, `fixture ${script} exited with ${code}`);
  return output;
}

/** Sends SIGKILL to the child by its pid and waits until it has exited. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  if (line === "") {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    let output = "";
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString("utf8");
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.split("\n").includes(line)) {
        resolve();
      }
    });
    child.once("exit", (code) => {
      reject(new Error(`fixture exited with ${code} before "${line}": ${errors}`));
    });
  });
}
