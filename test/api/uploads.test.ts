import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  createRun,
  createTestServer,
  listFilesUnder,
  type TestServer,
  upload,
} from "./test-server.ts";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const base64Digest = (bytes: Buffer | string) =>
  createHash("sha256").update(bytes).digest("base64");

describe("artifact uploads", () => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer({ maxArtifactBytes: 64 });
  });
  after(() => server.close());

  test("whole upload stores file and checksum", async () => {
    const runId = await createRun(server);
    const body = "a,b\n1,2\n";
    const response = await upload(server, runId, "raw/x.csv", body, {
      "x-checksum-sha256": sha256(body),
    });
    assert.equal(response.statusCode, 201);
    assert.deepEqual(response.json(), {
      path: "raw/x.csv",
      complete: true,
      offset: 8,
      size: 8,
      sha256: sha256(body),
    });
    assert.equal(await readFile(join(server.dataDir, runId, "raw/x.csv"), "utf8"), body);
    assert.equal(response.headers["repr-digest"], `sha-256=:${base64Digest(body)}:`);
  });

  test("same content again is idempotent 200", async () => {
    const runId = await createRun(server);
    assert.equal((await upload(server, runId, "a.csv", "x\n1\n")).statusCode, 201);
    const repeat = await upload(server, runId, "a.csv", "x\n1\n");
    assert.equal(repeat.statusCode, 200);
    assert.equal(repeat.json().sha256, sha256("x\n1\n"));
  });

  test("other content at same path is 409", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "a.csv", "x\n1\n");
    const before = await listFilesUnder(join(server.dataDir, runId));
    const conflict = await upload(server, runId, "a.csv", "x\n2\n");
    assert.equal(conflict.statusCode, 409);
    assert.equal(conflict.json().type, "https://scale-up-dsp.dev/problems/conflict");
    assert.equal(await readFile(join(server.dataDir, runId, "a.csv"), "utf8"), "x\n1\n");
    assert.deepEqual(await listFilesUnder(join(server.dataDir, runId)), before);
  });

  test("checksum mismatch is 422 and keeps nothing", async () => {
    const runId = await createRun(server);
    for (const headers of [
      { "content-digest": `sha-256=:${base64Digest("other")}:` },
      { digest: `SHA-256=${base64Digest("other")}` },
      { "x-checksum-sha256": sha256("other") },
    ]) {
      const response = await upload(server, runId, "a.csv", "x\n1\n", headers);
      assert.equal(response.statusCode, 422, JSON.stringify(headers));
      assert.equal(response.json().field, Object.keys(headers)[0]);
    }
    assert.deepEqual(await listFilesUnder(join(server.dataDir, runId)), []);
  });

  test("malformed digest header is 400", async () => {
    const runId = await createRun(server);
    const response = await upload(server, runId, "a.csv", "x", {
      "content-digest": "sha-256=:nope:",
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().field, "content-digest");
  });

  test("resumable upload in chunks", async () => {
    const runId = await createRun(server);
    const body = "0123456789abcdefghij";
    const first = await upload(server, runId, "big.bin", body.slice(0, 8), {
      "content-range": "bytes 0-7/20",
    });
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().complete, false);
    assert.equal(first.headers["upload-offset"], "8");

    const head = await server.app.inject({
      method: "HEAD",
      url: `/v1/runs/${runId}/artifacts/big.bin`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers["upload-offset"], "8");
    assert.equal(head.headers["upload-complete"], "?0");

    const gap = await upload(server, runId, "big.bin", body.slice(10, 20), {
      "content-range": "bytes 10-19/20",
    });
    assert.equal(gap.statusCode, 409);
    assert.equal(gap.json().field, "content-range");

    const last = await upload(server, runId, "big.bin", body.slice(8), {
      "content-range": "bytes 8-19/20",
      "repr-digest": `sha-256=:${base64Digest(body)}:`,
    });
    assert.equal(last.statusCode, 201);
    assert.equal(last.json().sha256, sha256(body));
    assert.equal(await readFile(join(server.dataDir, runId, "big.bin"), "utf8"), body);

    const done = await server.app.inject({
      method: "HEAD",
      url: `/v1/runs/${runId}/artifacts/big.bin`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(done.headers["upload-complete"], "?1");
    assert.equal(done.headers["x-checksum-sha256"], sha256(body));
    assert.equal(done.headers["upload-length"], "20");

    const retry = await upload(server, runId, "big.bin", body.slice(8), {
      "content-range": "bytes 8-19/20",
    });
    assert.equal(retry.statusCode, 200);
  });

  test("bad final checksum drops the partial upload", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "p.bin", "abcd", { "content-range": "bytes 0-3/8" });
    const last = await upload(server, runId, "p.bin", "efgh", {
      "content-range": "bytes 4-7/8",
      "x-checksum-sha256": sha256("wrong"),
    });
    assert.equal(last.statusCode, 422);
    const head = await server.app.inject({
      method: "HEAD",
      url: `/v1/runs/${runId}/artifacts/p.bin`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(head.statusCode, 404);
    assert.deepEqual(
      (await listFilesUnder(join(server.dataDir, runId))).filter(
        (file) => !file.includes("sha256"),
      ),
      [],
    );
  });

  test("chunk with wrong length is 400 and rolled back", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "c.bin", "abcd", { "content-range": "bytes 0-3/8" });
    const short = await upload(server, runId, "c.bin", "ef", { "content-range": "bytes 4-7/8" });
    assert.equal(short.statusCode, 400);
    const head = await server.app.inject({
      method: "HEAD",
      url: `/v1/runs/${runId}/artifacts/c.bin`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(head.headers["upload-offset"], "4");
  });

  test("artifact list shows complete and partial", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "done.csv", "a\n");
    await upload(server, runId, "half.bin", "ab", { "content-range": "bytes 0-1/4" });
    const response = await server.app.inject({
      method: "GET",
      url: `/v1/runs/${runId}/artifacts`,
      headers: server.auth("read"),
    });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      runId,
      artifacts: [{ path: "done.csv", size: 2, sha256: sha256("a\n") }],
      partial: [{ path: "half.bin", offset: 2 }],
    });
  });

  test("completing with partial upload is 409", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "half.bin", "ab", { "content-range": "bytes 0-1/4" });
    const response = await server.app.inject({
      method: "POST",
      url: `/v1/runs/${runId}/complete`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(response.statusCode, 409);
    assert.equal((await server.store.getRun(runId))?.status, "created");
  });

  test("complete queues a process job", async () => {
    const runId = await createRun(server);
    await upload(server, runId, "a.csv", "x\n");
    const response = await server.app.inject({
      method: "POST",
      url: `/v1/runs/${runId}/complete`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(response.statusCode, 202);
    const job = response.json();
    assert.equal(job.kind, "process");
    assert.equal(job.status, "queued");
    assert.equal(response.headers.location, `/v1/jobs/${job.id}`);
    assert.equal((await server.store.getRun(runId))?.status, "queued");

    const again = await server.app.inject({
      method: "POST",
      url: `/v1/runs/${runId}/complete`,
      headers: server.auth("simulator:write"),
    });
    assert.equal(again.statusCode, 409);
    const late = await upload(server, runId, "b.csv", "y\n");
    assert.equal(late.statusCode, 409);
    const status = await server.app.inject({
      method: "GET",
      url: `/v1/jobs/${job.id}`,
      headers: server.auth("read"),
    });
    assert.equal(status.statusCode, 200);
    assert.deepEqual(status.json().results, []);
  });
});
