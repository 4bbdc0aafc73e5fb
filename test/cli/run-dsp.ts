import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { repoRoot, temporaryFolder } from "../helpers.ts";
import { copyCarbonRun } from "./run-folders.ts";

/** What one `dsp` invocation printed and how it exited. */
export interface DspOutput {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunDspOptions {
  /** SQLite store file, passed as `DSP_STORE_URL`. */
  store: string;
  /** Extra environment variables, such as `DSP_LOG_LEVEL`. */
  env?: Record<string, string>;
}

/** Limit for one command, far above the 5 s that the slowest one here took on a 2-core machine. */
const timeoutMs = 60_000;

/**
 * Runs the `./dsp` wrapper as a user would, without a terminal, and resolves with its exit code
 * and output. `DSP_*` variables of the calling shell are dropped so that only `options` count.
 */
export function runDsp(args: string[], options: RunDspOptions): Promise<DspOutput> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("DSP_")),
  );
  const env = { ...inherited, DSP_STORE_URL: options.store, ...options.env };

  return new Promise((resolve) => {
    execFile(
      join(repoRoot, "dsp"),
      args,
      { cwd: repoRoot, env, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: unknown; signal?: NodeJS.Signals }) | null;
        if (failure === null) {
          resolve({ code: 0, signal: null, stdout, stderr });
          return;
        }
        const code = typeof failure.code === "number" ? failure.code : null;
        resolve({ code, signal: failure.signal ?? null, stdout, stderr });
      },
    );
  });
}

/** Returns the lines of a command's output, without the empty string after the last newline. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line, index, all) => line !== "" || index < all.length - 1);
}

/**
 * Returns the row count and a SHA-256 over the sorted rows of every table of a SQLite store,
 * so that two snapshots are equal only when no row was added, removed or changed.
 */
export function snapshotStore(path: string): Record<string, string> {
  if (!existsSync(path)) {
    return {};
  }
  const database = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        const rows = database.prepare(`SELECT * FROM "${name}"`).all();
        const encoded = rows.map((row) => JSON.stringify(row, encodeBlob)).sort();
        const digest = createHash("sha256").update(encoded.join("\n")).digest("hex");
        return [name, `${rows.length} rows, sha256 ${digest.slice(0, 16)}`];
      }),
    );
  } finally {
    database.close();
  }
}

function encodeBlob(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;
}

/** Copies a store file into a new temporary folder, which `remove` deletes. */
export function copyStore(template: string): { path: string; remove(): void } {
  const folder = temporaryFolder("dsp-cli-store-");
  const path = join(folder.path, "dsp.sqlite");
  copyFileSync(template, path);
  return { path, remove: folder.remove };
}

/**
 * Processes a copy of the carbon demo, host files included, as run `runId` into a new store
 * and returns the store file. Throws when `dsp process` does not exit 0.
 */
export async function createStoreWithRun(runId: string): Promise<{ path: string; remove(): void }> {
  const folder = temporaryFolder("dsp-cli-template-");
  const path = join(folder.path, "dsp.sqlite");
  const run = copyCarbonRun({ host: true });
  try {
    const result = await runDsp(["process", run.path, "--run-id", runId], { store: path });
    if (result.code !== 0) {
      throw new Error(`dsp process exited with ${result.code}: ${result.stderr}`);
    }
  } finally {
    run.remove();
  }
  return { path, remove: folder.remove };
}
