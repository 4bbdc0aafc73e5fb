import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  createRun,
  createTestServer,
  listFilesUnder,
  type TestServer,
  upload,
} from "./test-server.ts";

/** Everything a rejected request must leave untouched: stored runs and jobs, and the data folder. */
async function snapshot(server: TestServer) {
  const page = await server.store.listRuns({ limit: 200 });
  const jobs = await Promise.all(page.runs.map((run) => server.store.listJobs(run.id)));
  return { runs: page.runs, jobs, files: await listFilesUnder(server.dataDir) };
}

function assertProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  slug: string,
) {
  assert.equal(response.statusCode, status);
  assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
  const problem = response.json() as Record<string, unknown>;
  assert.equal(problem.type, `https://scale-up-dsp.dev/problems/${slug}`);
  assert.equal(problem.status, status);
  assert.equal(typeof problem.title, "string");
  assert.equal(typeof problem.detail, "string");
  assert.equal(typeof problem.instance, "string");
  assert.equal(problem.requestId, response.headers["x-request-id"]);
  return problem;
}

describe("bad input", () => {
  let server: TestServer;
  let runId: string;
  before(async () => {
    server = await createTestServer({ maxArtifactBytes: 16 });
    runId = await createRun(server, { id: "existing-run", metadata: { simulator: "opendc" } });
    await upload(server, runId, "kept.csv", "a\n1\n");
  });
  after(() => server.close());

  const cases: {
    name: string;
    status: number;
    slug: string;
    field?: string;
    send: (server: TestServer) => Promise<never> | Promise<unknown>;
  }[] = [
    {
      name: "malformed JSON",
      status: 400,
      slug: "validation",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: { ...s.auth("simulator:write"), "content-type": "application/json" },
          payload: '{"pack": ',
        }),
    },
    {
      name: "wrong content type for JSON body",
      status: 415,
      slug: "unsupported-media-type",
      field: "content-type",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: { ...s.auth("simulator:write"), "content-type": "text/plain" },
          payload: "pack=opendc",
        }),
    },
    {
      name: "unknown body field",
      status: 400,
      slug: "validation",
      field: "body.colour",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: s.auth("simulator:write"),
          payload: { colour: "red" },
        }),
    },
    {
      name: "invalid run id in body",
      status: 400,
      slug: "validation",
      field: "body.id",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: s.auth("simulator:write"),
          payload: { id: "../x" },
        }),
    },
    {
      name: "unknown pack",
      status: 400,
      slug: "validation",
      field: "pack",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: s.auth("simulator:write"),
          payload: { pack: "/etc" },
        }),
    },
    {
      name: "duplicate run id",
      status: 409,
      slug: "conflict",
      field: "id",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: s.auth("simulator:write"),
          payload: { id: "existing-run" },
        }),
    },
    {
      name: "oversized JSON body",
      status: 413,
      slug: "payload-too-large",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs",
          headers: s.auth("simulator:write"),
          payload: { metadata: { scenario: "x".repeat(2 * 1024 * 1024) } },
        }),
    },
    {
      name: "oversized artifact",
      status: 413,
      slug: "payload-too-large",
      send: (s) => upload(s, "existing-run", "big.bin", "x".repeat(17)),
    },
    {
      name: "artifact with wrong content type",
      status: 415,
      slug: "unsupported-media-type",
      field: "content-type",
      send: (s) => upload(s, "existing-run", "a.csv", "x", { "content-type": "text/csv" }),
    },
    {
      name: "unknown run",
      status: 404,
      slug: "not-found",
      field: "runId",
      send: (s) =>
        s.app.inject({ method: "GET", url: "/v1/runs/no-such-run", headers: s.auth("read") }),
    },
    {
      name: "unknown chart",
      status: 404,
      slug: "not-found",
      field: "chartId",
      send: (s) =>
        s.app.inject({
          method: "GET",
          url: "/v1/runs/existing-run/charts/no-chart/dataset",
          headers: s.auth("read"),
        }),
    },
    {
      name: "unknown job",
      status: 404,
      slug: "not-found",
      field: "jobId",
      send: (s) => s.app.inject({ method: "GET", url: "/v1/jobs/no-job", headers: s.auth("read") }),
    },
    {
      name: "unknown route",
      status: 404,
      slug: "not-found",
      send: (s) => s.app.inject({ method: "GET", url: "/v1/nothing", headers: s.auth("read") }),
    },
    {
      name: "invalid cursor",
      status: 400,
      slug: "validation",
      field: "cursor",
      send: (s) =>
        s.app.inject({
          method: "GET",
          url: "/v1/runs?cursor=not-a-cursor",
          headers: s.auth("read"),
        }),
    },
    {
      name: "limit out of range",
      status: 400,
      slug: "validation",
      field: "querystring.limit",
      send: (s) =>
        s.app.inject({ method: "GET", url: "/v1/runs?limit=5000", headers: s.auth("read") }),
    },
    {
      name: "unknown dataset format",
      status: 400,
      slug: "validation",
      field: "querystring.format",
      send: (s) =>
        s.app.inject({
          method: "GET",
          url: "/v1/runs/existing-run/charts/c/dataset?format=xlsx",
          headers: s.auth("read"),
        }),
    },
    {
      name: "unacceptable Accept",
      status: 406,
      slug: "not-acceptable",
      field: "accept",
      send: (s) =>
        s.app.inject({
          method: "GET",
          url: "/v1/runs/existing-run/charts/c/dataset",
          headers: { ...s.auth("read"), accept: "application/xml" },
        }),
    },
    {
      name: "compare with one run",
      status: 400,
      slug: "validation",
      field: "querystring.runs",
      send: (s) =>
        s.app.inject({
          method: "GET",
          url: "/v1/charts/c/compare?runs=existing-run",
          headers: s.auth("read"),
        }),
    },
    {
      name: "complete unknown run",
      status: 404,
      slug: "not-found",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs/no-such-run/complete",
          headers: s.auth("simulator:write"),
        }),
    },
    {
      name: "replay before processing",
      status: 409,
      slug: "conflict",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs/existing-run/replays",
          headers: s.auth("simulator:write"),
          payload: { charts: ["x"] },
        }),
    },
    {
      name: "replay with empty chart list",
      status: 400,
      slug: "validation",
      field: "body.charts",
      send: (s) =>
        s.app.inject({
          method: "POST",
          url: "/v1/runs/existing-run/replays",
          headers: s.auth("simulator:write"),
          payload: { charts: [] },
        }),
    },
  ];

  for (const entry of cases) {
    test(`${entry.name} changes nothing`, async () => {
      const before = await snapshot(server);
      const response = (await entry.send(server)) as Parameters<typeof assertProblem>[0];
      const problem = assertProblem(response, entry.status, entry.slug);
      if (entry.field !== undefined) {
        assert.equal(problem.field, entry.field);
      }
      assert.deepEqual(await snapshot(server), before);
    });
  }

  const badPaths = [
    "..%2Fescape.csv",
    "a/..%2F..%2Fb.csv",
    "%2Fetc%2Fpasswd",
    "a%5Cb.csv",
    "a%00b.csv",
    "a//b.csv",
    "a/",
    ".hidden/x.csv",
    ".%2Fx.csv",
  ];
  for (const path of badPaths) {
    test(`artifact path ${path} is rejected`, async () => {
      const before = await snapshot(server);
      const response = await upload(server, runId, path, "x");
      const problem = assertProblem(response, 400, "validation");
      assert.equal(problem.field, "path");
      assert.equal(typeof problem.value, "string");
      assert.deepEqual(await snapshot(server), before);
    });
  }

  test("complete without artifacts is 409", async () => {
    const empty = await createRun(server);
    const before = await snapshot(server);
    const response = await server.app.inject({
      method: "POST",
      url: `/v1/runs/${empty}/complete`,
      headers: server.auth("simulator:write"),
    });
    assertProblem(response, 409, "conflict");
    assert.deepEqual(await snapshot(server), before);
    assert.deepEqual(await listFilesUnder(join(server.dataDir, empty)), []);
  });

  test("validation problem lists every issue", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/runs",
      headers: server.auth("simulator:write"),
      payload: { pack: "", metadata: { startedAt: "yesterday" } },
    });
    const problem = assertProblem(response, 400, "validation");
    const fields = (problem.errors as { field: string }[]).map((issue) => issue.field).sort();
    assert.deepEqual(fields, ["body.metadata.startedAt", "body.pack"]);
  });

  test("request id is echoed", async () => {
    const response = await server.app.inject({
      method: "GET",
      url: "/v1/runs/none",
      headers: { ...server.auth("read"), "x-request-id": "trace-42" },
    });
    assert.equal(response.headers["x-request-id"], "trace-42");
    assert.equal(response.json().requestId, "trace-42");
  });
});
