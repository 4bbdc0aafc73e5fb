import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createDspClient, requireOk, unwrap } from "../../sdk/index.ts";
import { listFiles } from "../../src/artifacts/discover-run.ts";
import { hashFile } from "../../src/artifacts/hash-file.ts";
import { uploadStateFile } from "../../src/upload/upload-state.ts";
import { opendcRuns, repoRoot, temporaryFolder } from "../helpers.ts";
import { type DspOutput, lines, runDsp } from "./run-dsp.ts";

const scratch = temporaryFolder("dsp-upload-");
const store = join(scratch.path, "dsp.sqlite");
const serverEnv = { DSP_DATA_DIR: join(scratch.path, "runs"), DSP_LOG_LEVEL: "warn" };
let server: ChildProcess;
let baseUrl = "";
let token = "";

/** Starts `dsp serve` on a free port and resolves with its URL. */
async function startServer(): Promise<string> {
  const env = { ...process.env, DSP_STORE_URL: store, ...serverEnv };
  server = spawn(join(repoRoot, "dsp"), ["serve", "--port", "0"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "ignore"],
  });
  let output = "";
  for await (const chunk of server.stdout ?? []) {
    output += String(chunk);
    const url = /http:\/\/[^\s]+/.exec(output)?.[0];
    if (url !== undefined) {
      return url;
    }
  }
  throw new Error(`dsp serve exited before listening: ${output}`);
}

function upload(
  folder: string,
  extra: string[],
  env: Record<string, string> = {},
): Promise<DspOutput> {
  return runDsp(["upload", folder, "--server", baseUrl, "--token", token, ...extra], {
    store,
    env: { DSP_LOG_LEVEL: "info", ...env },
  });
}

before(async () => {
  const created = await runDsp(
    ["token", "create", "--scope", "simulator:write", "--scope", "read"],
    { store },
  );
  token = lines(created.stdout).at(-1) ?? "";
  baseUrl = await startServer();
});

after(async () => {
  server.kill("SIGTERM");
  await once(server, "exit");
  scratch.remove();
});

describe("dsp upload of m3sa with --wait", () => {
  let result: DspOutput;
  before(async () => {
    result = await upload(opendcRuns.m3sa.folder, ["--run-id", "uploaded-m3sa", "--wait"]);
  });

  test("exits 0", () => {
    assert.equal(result.code, 0, result.stderr);
  });

  test("prints the run and job", () => {
    assert.match(
      lines(result.stdout)[0] ?? "",
      /^run uploaded-m3sa {2}job \S+ {2}uploaded 30 files, 0 already on the server$/,
    );
  });

  test("follows the job to success", () => {
    assert.equal(lines(result.stdout).at(-1)?.endsWith(" succeeded"), true, result.stdout);
    assert.match(result.stdout, /succeeded {2}metamodel_power_draw/);
  });

  test("server stored the charts", async () => {
    const dsp = createDspClient({ baseUrl, token });
    const charts = await unwrap(
      dsp.api.GET("/v1/runs/{runId}/charts", { params: { path: { runId: "uploaded-m3sa" } } }),
    );
    assert.equal(charts.charts.length, 4);
  });
});

describe("dsp upload resumes an interrupted upload", () => {
  const folder = join(scratch.path, "carbon");
  const partialPath = "raw-output/0/seed=0/host.parquet";
  let result: DspOutput;

  before(async () => {
    cpSync(opendcRuns.carbon.folder, folder, { recursive: true });
    const dsp = createDspClient({ baseUrl, token });
    await unwrap(dsp.api.POST("/v1/runs", { body: { id: "resumed" } }));

    const whole = "trackr.json";
    await requireOk(
      await dsp.request(`/v1/runs/resumed/artifacts/${whole}`, {
        method: "PUT",
        headers: { "content-type": "application/octet-stream" },
        body: readFileSync(join(folder, whole)),
      }),
    );
    const firstBytes = readFileSync(join(folder, partialPath)).subarray(0, 65_536);
    const size = statSync(join(folder, partialPath)).size;
    const range = `bytes 0-${firstBytes.length - 1}/${size}`;
    await requireOk(
      await dsp.request(`/v1/runs/resumed/artifacts/${partialPath}`, {
        method: "PUT",
        headers: { "content-type": "application/octet-stream", "content-range": range },
        body: new Uint8Array(firstBytes),
      }),
    );

    result = await upload(folder, ["--run-id", "resumed", "--wait"], {
      DSP_UPLOAD_CHUNK_BYTES: "65536",
    });
  });

  test("exits 0", () => {
    assert.equal(result.code, 0, result.stderr);
  });

  test("skips the complete file", async () => {
    const files = (await listFiles(folder)).length;
    assert.ok(
      (lines(result.stdout)[0] ?? "").endsWith(
        `uploaded ${files - 1} files, 1 already on the server`,
      ),
      result.stdout,
    );
  });

  test("continues the partial file at its offset", () => {
    const logged = lines(result.stderr)
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg?: string; path?: string; resumedAt?: number });
    const entry = logged.find(
      (line) => line.msg === "artifact uploaded" && line.path === partialPath,
    );
    assert.equal(entry?.resumedAt, 65_536);
  });

  test("server holds the same bytes", async () => {
    const dsp = createDspClient({ baseUrl, token });
    const artifacts = await unwrap(
      dsp.api.GET("/v1/runs/{runId}/artifacts", { params: { path: { runId: "resumed" } } }),
    );
    const stored = artifacts.artifacts.find((artifact) => artifact.path === partialPath);
    assert.equal(stored?.sha256, await hashFile(join(folder, partialPath)));
  });
});

/** Size of every file of a folder by its relative path. */
async function fileSizes(folder: string): Promise<Map<string, number>> {
  const paths = await listFiles(folder);
  return new Map(paths.map((path) => [path, statSync(join(folder, path)).size]));
}

/**
 * Starts `dsp upload` in 4 KiB chunks and kills it with SIGKILL as soon as it logs its first
 * complete artifact, so the server is left with some files complete, maybe one partial, and
 * the rest missing. Resolves with the signal that ended the process.
 */
async function killUploadAfterFirstArtifact(folder: string): Promise<NodeJS.Signals | null> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("DSP_")),
  );
  const child = spawn(
    join(repoRoot, "dsp"),
    ["upload", folder, "--server", baseUrl, "--token", token],
    {
      cwd: repoRoot,
      env: {
        ...inherited,
        DSP_STORE_URL: store,
        DSP_LOG_LEVEL: "info",
        DSP_UPLOAD_CHUNK_BYTES: "4096",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const exited = once(child, "exit");
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += String(chunk);
    if (stderr.includes('"msg":"artifact uploaded"')) {
      child.kill("SIGKILL");
    }
  });
  const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  return signal;
}

/**
 * Lists a run's artifacts once two listings 200 ms apart agree, because the server may still
 * be storing the bytes of the chunk that the killed client was sending.
 */
async function settledArtifacts(runId: string) {
  const dsp = createDspClient({ baseUrl, token });
  const list = () =>
    unwrap(dsp.api.GET("/v1/runs/{runId}/artifacts", { params: { path: { runId } } }));
  let previous = await list();
  for (;;) {
    await new Promise((done) => setTimeout(done, 200));
    const current = await list();
    if (JSON.stringify(current) === JSON.stringify(previous)) {
      return current;
    }
    previous = current;
  }
}

describe("dsp upload after a killed transfer", () => {
  const folder = join(scratch.path, "m3sa-killed");
  let signal: NodeJS.Signals | null;
  let runId = "";
  let stored: Awaited<ReturnType<typeof settledArtifacts>>;
  let sizes: Map<string, number>;
  let result: DspOutput;

  before(async () => {
    cpSync(opendcRuns.m3sa.folder, folder, { recursive: true });
    sizes = await fileSizes(folder);
    signal = await killUploadAfterFirstArtifact(folder);

    const state = JSON.parse(readFileSync(join(folder, uploadStateFile), "utf8")) as {
      runId: string;
    };
    runId = state.runId;
    stored = await settledArtifacts(runId);
    result = await upload(folder, ["--wait"], { DSP_UPLOAD_CHUNK_BYTES: "4096" });
  });

  test("first upload was killed", () => {
    assert.equal(signal, "SIGKILL");
    assert.ok(stored.artifacts.length >= 1, "no artifact completed before the kill");
    assert.ok(stored.artifacts.length < sizes.size, "every artifact completed before the kill");
  });

  test("rerun exits 0", () => {
    assert.equal(result.code, 0, result.stderr);
  });

  test("rerun resumes the remembered run", () => {
    const first = lines(result.stdout)[0] ?? "";
    assert.ok(first.startsWith(`run ${runId} `), first);
    assert.ok(first.endsWith(`${stored.artifacts.length} already on the server`), first);
  });

  test("rerun sends only the missing bytes", () => {
    const logged = lines(result.stderr)
      .filter((line) => line.startsWith("{"))
      .map(
        (line) =>
          JSON.parse(line) as { msg?: string; path?: string; bytes?: number; resumedAt?: number },
      )
      .filter((line) => line.msg === "artifact uploaded");
    const complete = new Set(stored.artifacts.map((artifact) => artifact.path));
    const offsets = new Map(stored.partial.map((upload) => [upload.path, upload.offset]));

    const expected = [...sizes.keys()].filter((path) => !complete.has(path)).sort();
    assert.deepEqual(logged.map((line) => line.path).sort(), expected);
    for (const line of logged) {
      assert.equal(line.resumedAt, offsets.get(line.path ?? "") ?? 0, line.path);
      assert.equal(line.bytes, sizes.get(line.path ?? ""), line.path);
    }
  });

  test("job computes the four m3sa charts", () => {
    assert.equal(lines(result.stdout).at(-1)?.endsWith(" succeeded"), true, result.stdout);
    assert.equal(lines(result.stdout).filter((line) => /^ {2}succeeded /.test(line)).length, 4);
  });

  test("server holds every file unchanged", async () => {
    const dsp = createDspClient({ baseUrl, token });
    const artifacts = await unwrap(
      dsp.api.GET("/v1/runs/{runId}/artifacts", { params: { path: { runId } } }),
    );
    assert.equal(artifacts.artifacts.length, sizes.size);
    for (const artifact of artifacts.artifacts) {
      assert.equal(artifact.sha256, await hashFile(join(folder, artifact.path)), artifact.path);
    }
  });

  test("rerun removes the upload state", () => {
    assert.equal(existsSync(join(folder, uploadStateFile)), false);
  });
});

describe("dsp upload bad input", () => {
  test("missing server is a usage error", async () => {
    const result = await runDsp(["upload", opendcRuns.m3sa.folder], { store });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Missing --server URL/);
  });

  test("missing folder names the path", async () => {
    const result = await upload(join(scratch.path, "nope"), []);
    assert.equal(result.code, 3);
    assert.match(result.stderr, /nope does not exist/);
  });

  test("write without token is rejected", async () => {
    const result = await runDsp(["upload", opendcRuns.m3sa.folder, "--server", baseUrl], { store });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /bearer token/);
  });
});
