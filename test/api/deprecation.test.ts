import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOpenApiDocument } from "../../src/api/contract/openapi-document.ts";
import { createRun, createTestServer, type TestServer } from "./test-server.ts";

describe("deprecated dataset alias", () => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer();
  });
  after(() => server.close());

  test("sends Deprecation, Sunset and Link", async () => {
    const runId = await createRun(server);
    const response = await server.app.inject({
      method: "GET",
      url: `/v1/runs/${runId}/datasets/host-power`,
      headers: server.auth("read"),
    });
    assert.equal(response.statusCode, 404);
    assert.equal(response.headers.deprecation, `@${Date.parse("2026-01-01T00:00:00Z") / 1000}`);
    assert.equal(response.headers.sunset, "Thu, 31 Dec 2026 00:00:00 GMT");
    assert.equal(
      response.headers.link,
      `</v1/runs/${runId}/charts/host-power/dataset>; rel="successor-version"`,
    );
  });

  test("successor sends no deprecation headers", async () => {
    const runId = await createRun(server);
    const response = await server.app.inject({
      method: "GET",
      url: `/v1/runs/${runId}/charts/host-power/dataset`,
      headers: server.auth("read"),
    });
    assert.equal(response.headers.deprecation, undefined);
    assert.equal(response.headers.sunset, undefined);
  });

  test("document marks the alias deprecated", () => {
    const document = buildOpenApiDocument(server.app) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const alias = document.paths["/v1/runs/{runId}/datasets/{chartId}"]?.get;
    assert.equal(alias?.deprecated, true);
    assert.equal(alias?.["x-successor"], "/v1/runs/{runId}/charts/{chartId}/dataset");
    assert.equal(
      document.paths["/v1/runs/{runId}/charts/{chartId}/dataset"]?.get?.deprecated,
      undefined,
    );
  });
});
