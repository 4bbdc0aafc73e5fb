import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { JobWorker } from "../../src/api/job-worker.ts";
import { runJob } from "../../src/charts/run-job.ts";
import { silentLogger } from "../../src/observability/logger.ts";
import { createMetrics } from "../../src/observability/metrics.ts";
import { createTestServer, type TestServer } from "./test-server.ts";

const example = new URL("../../examples/opendc/carbon-demo/", import.meta.url).pathname;

/** Sends a request over the socket with the path exactly as given, as `curl --path-as-is` does. */
function send(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const outgoing = request(
        {
          host: "127.0.0.1",
          port,
          method: options.method,
          path: options.path,
          headers: options.headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end(options.body);
    },
  );
}

describe("server over a real socket", () => {
  let server: TestServer;
  let worker: JobWorker;
  let port: number;
  before(async () => {
    let wake = () => {};
    const metrics = createMetrics();
    server = await createTestServer({
      maxArtifactBytes: 64 * 1024 * 1024,
      onJobQueued: () => wake(),
      metrics,
    });
    worker = new JobWorker({
      store: server.store,
      logger: silentLogger,
      metrics,
      runJob,
      pollIntervalMs: 100,
    });
    wake = () => worker.wake();
    worker.start();
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    port = (server.app.server.address() as AddressInfo).port;
  });
  after(async () => {
    await worker.stop();
    await server.close();
  });

  const json = (scope: "read" | "simulator:write") => ({
    ...server.auth(scope),
    "content-type": "application/json",
  });

  test("raw dot segments are rejected", async () => {
    const created = await send(port, {
      method: "POST",
      path: "/v1/runs",
      headers: json("simulator:write"),
      body: Buffer.from("{}"),
    });
    const runId = JSON.parse(created.body.toString()).id;
    const response = await send(port, {
      method: "PUT",
      path: `/v1/runs/${runId}/artifacts/a/../../../escape.csv`,
      headers: { ...server.auth("simulator:write"), "content-type": "application/octet-stream" },
      body: Buffer.from("x"),
    });
    assert.equal(response.status, 400);
    assert.equal(JSON.parse(response.body.toString()).field, "path");
  });

  test("upload, process and read charts of two runs", async () => {
    const entries = await readdir(example, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(example, join(entry.parentPath, entry.name)))
      .sort();
    const runIds: string[] = [];
    for (const name of ["socket-a", "socket-b"]) {
      const created = await send(port, {
        method: "POST",
        path: "/v1/runs",
        headers: json("simulator:write"),
        body: Buffer.from(
          JSON.stringify({
            id: name,
            metadata: { simulator: "opendc", labels: { suite: "socket" } },
          }),
        ),
      });
      assert.equal(created.status, 201);
      for (const file of files) {
        const bytes = await readFile(join(example, file));
        const uploaded = await send(port, {
          method: "PUT",
          path: `/v1/runs/${name}/artifacts/${file}`,
          headers: {
            ...server.auth("simulator:write"),
            "content-type": "application/octet-stream",
            "x-checksum-sha256": createHash("sha256").update(bytes).digest("hex"),
          },
          body: bytes,
        });
        assert.equal(uploaded.status, 201, uploaded.body.toString());
      }
      const completed = await send(port, {
        method: "POST",
        path: `/v1/runs/${name}/complete`,
        headers: server.auth("simulator:write"),
      });
      assert.equal(completed.status, 202);
      runIds.push(name);
    }

    for (const runId of runIds) {
      const job = await waitForRun(runId);
      assert.ok(["succeeded", "partial"].includes(job.status), JSON.stringify(job));
      assert.ok(job.results.length > 0);
    }

    const charts = await send(port, {
      method: "GET",
      path: "/v1/runs/socket-a/charts",
      headers: server.auth("read"),
    });
    assert.equal(charts.status, 200);
    const list = JSON.parse(charts.body.toString()).charts as {
      id: string;
      rows: number;
      hash: string;
      revision: number;
    }[];
    assert.ok(list.length > 0);
    const chart = list[0] as (typeof list)[number];

    const csv = await send(port, {
      method: "GET",
      path: `/v1/runs/socket-a/charts/${chart.id}/dataset`,
      headers: { ...server.auth("read"), accept: "text/csv" },
    });
    assert.equal(csv.status, 200);
    assert.equal(csv.headers["content-type"], "text/csv");
    assert.equal(csv.body.toString().trimEnd().split("\r\n").length, chart.rows + 1);

    const dataset = await send(port, {
      method: "GET",
      path: `/v1/runs/socket-a/charts/${chart.id}/dataset`,
      headers: server.auth("read"),
    });
    const body = JSON.parse(dataset.body.toString());
    assert.equal(body.rows.length, chart.rows);
    const notModified = await send(port, {
      method: "GET",
      path: `/v1/runs/socket-a/charts/${chart.id}/dataset`,
      headers: { ...server.auth("read"), "if-none-match": String(dataset.headers.etag) },
    });
    assert.equal(notModified.status, 304);

    const parquet = await send(port, {
      method: "GET",
      path: `/v1/runs/socket-a/charts/${chart.id}/dataset?format=parquet`,
      headers: server.auth("read"),
    });
    assert.equal(parquet.body.subarray(0, 4).toString(), "PAR1");

    const compare = await send(port, {
      method: "GET",
      path: `/v1/charts/${chart.id}/compare?runs=socket-a,socket-b`,
      headers: server.auth("read"),
    });
    assert.equal(compare.status, 200, compare.body.toString());
    const comparison = JSON.parse(compare.body.toString());
    assert.equal(comparison.rows.length, chart.rows);
    for (const row of comparison.rows) {
      for (const differences of Object.values(row.differences) as (number | null)[][]) {
        assert.ok(differences.every((difference) => difference === null || difference === 0));
      }
    }

    const spec = await send(port, {
      method: "GET",
      path: `/v1/runs/socket-a/charts/${chart.id}/spec`,
      headers: server.auth("read"),
    });
    assert.equal(spec.status, 200);
    assert.equal(JSON.parse(spec.body.toString()).data.values.length, chart.rows);

    const lineage = await send(port, {
      method: "GET",
      path: "/v1/runs/socket-a/lineage",
      headers: server.auth("read"),
    });
    assert.equal(lineage.status, 200);

    const replay = await send(port, {
      method: "POST",
      path: "/v1/runs/socket-a/replays",
      headers: json("simulator:write"),
      body: Buffer.from(JSON.stringify({ charts: [chart.id] })),
    });
    assert.equal(replay.status, 202, replay.body.toString());
    const replayJob = await waitForJob(JSON.parse(replay.body.toString()).id);
    const result = replayJob.results[0];
    assert.equal(result?.contentHash, result?.previousHash);

    const metrics = await send(port, { method: "GET", path: "/metrics" });
    const text = metrics.body.toString();
    assert.match(
      text,
      /dsp_http_requests_total\{method="PUT",route="\/v1\/runs\/:runId\/artifacts\/\*",status="201"\}/,
    );
    assert.match(text, /dsp_jobs_total\{kind="process",status="(succeeded|partial)"\} 2/);
  });

  async function waitForRun(runId: string) {
    const detail = await send(port, {
      method: "GET",
      path: `/v1/runs/${runId}`,
      headers: server.auth("read"),
    });
    const jobId = JSON.parse(detail.body.toString()).jobs[0].id as string;
    return waitForJob(jobId);
  }

  async function waitForJob(jobId: string) {
    for (let attempt = 0; attempt < 600; attempt++) {
      const response = await send(port, {
        method: "GET",
        path: `/v1/jobs/${jobId}`,
        headers: server.auth("read"),
      });
      const job = JSON.parse(response.body.toString());
      if (!["queued", "running"].includes(job.status)) {
        return job as {
          status: string;
          results: { contentHash: string | null; previousHash: string | null }[];
        };
      }
      await sleep(100);
    }
    throw new Error(`Job ${jobId} did not finish within 60 s.`);
  }
});
