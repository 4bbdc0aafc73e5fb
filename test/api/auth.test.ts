import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildOpenApiDocument } from "../../src/api/contract/openapi-document.ts";
import type { TokenScope } from "../../src/store/store.ts";
import { createTestServer, type TestServer } from "./test-server.ts";

interface Operation {
  method: string;
  path: string;
  scope: string;
  security: unknown[];
}

const underScoped: Record<string, TokenScope> = {
  read: "simulator:write",
  "simulator:write": "read",
};

function listOperations(document: Record<string, unknown>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(
    document.paths as Record<string, Record<string, Record<string, unknown>>>,
  )) {
    for (const [method, operation] of Object.entries(item)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        scope: String(operation["x-required-scope"]),
        security: operation.security as unknown[],
      });
    }
  }
  return operations;
}

/** Fills path parameters with ids that pass validation; the run need not exist. */
function concreteUrl(path: string): string {
  return path
    .replace("{path}", "a/b.parquet")
    .replace("{tokenId}", "tok_x")
    .replace(/\{[^}]+\}/g, "x1");
}

describe("auth on every operation", () => {
  let server: TestServer;
  let operations: Operation[];
  before(async () => {
    server = await createTestServer();
    operations = listOperations(buildOpenApiDocument(server.app));
  });
  after(() => server.close());

  test("document declares a scope per operation", () => {
    assert.ok(operations.length > 20);
    for (const operation of operations) {
      assert.ok(
        ["public", "read", "simulator:write", "admin"].includes(operation.scope),
        `${operation.method} ${operation.path}`,
      );
      const expected = operation.scope === "public" ? [] : [{ bearerAuth: [] }];
      assert.deepEqual(operation.security, expected, `${operation.method} ${operation.path}`);
    }
  });

  test("every /v1 operation needs a token", () => {
    for (const operation of operations.filter((candidate) => candidate.path.startsWith("/v1/"))) {
      assert.notEqual(operation.scope, "public", `${operation.method} ${operation.path}`);
    }
  });

  test("missing token is 401 problem", async () => {
    for (const operation of operations.filter((candidate) => candidate.scope !== "public")) {
      const response = await server.app.inject({
        method: operation.method as "GET",
        url: concreteUrl(operation.path),
      });
      assert.equal(response.statusCode, 401, `${operation.method} ${operation.path}`);
      if (operation.method !== "HEAD") {
        assert.equal(response.headers["content-type"], "application/problem+json; charset=utf-8");
        assert.equal(response.json().type, "https://scale-up-dsp.dev/problems/unauthenticated");
      }
      assert.match(String(response.headers["www-authenticate"]), /^Bearer/);
    }
  });

  test("under-scoped token is 403 problem", async () => {
    for (const operation of operations.filter((candidate) => candidate.scope !== "public")) {
      const scope = underScoped[operation.scope] ?? "simulator:write";
      const response = await server.app.inject({
        method: operation.method as "GET",
        url: concreteUrl(operation.path),
        headers: server.auth(scope),
      });
      assert.equal(response.statusCode, 403, `${operation.method} ${operation.path} with ${scope}`);
      if (operation.method !== "HEAD") {
        assert.equal(response.json().type, "https://scale-up-dsp.dev/problems/forbidden");
      }
    }
  });

  test("admin token passes every scope check", async () => {
    for (const operation of operations.filter((candidate) => candidate.scope !== "public")) {
      const response = await server.app.inject({
        method: operation.method as "GET",
        url: concreteUrl(operation.path),
        headers: server.auth("admin"),
      });
      assert.ok(
        ![401, 403].includes(response.statusCode),
        `${operation.method} ${operation.path}: ${response.statusCode}`,
      );
    }
  });

  test("unknown and malformed tokens are 401", async () => {
    for (const authorization of ["Bearer dsp_unknown", "Basic abc", "Bearer"]) {
      const response = await server.app.inject({
        method: "GET",
        url: "/v1/runs",
        headers: { authorization },
      });
      assert.equal(response.statusCode, 401, authorization);
    }
  });

  test("revoked token is 401", async () => {
    const created = await server.app.inject({
      method: "POST",
      url: "/v1/tokens",
      headers: server.auth("admin"),
      payload: { name: "short-lived", scopes: ["read"] },
    });
    assert.equal(created.statusCode, 201);
    const { token, secret } = created.json();
    assert.match(secret, /^dsp_/);
    const before = await server.app.inject({
      method: "GET",
      url: "/v1/runs",
      headers: { authorization: `Bearer ${secret}` },
    });
    assert.equal(before.statusCode, 200);
    const revoked = await server.app.inject({
      method: "DELETE",
      url: `/v1/tokens/${token.id}`,
      headers: server.auth("admin"),
    });
    assert.equal(revoked.statusCode, 204);
    const afterRevoke = await server.app.inject({
      method: "GET",
      url: "/v1/runs",
      headers: { authorization: `Bearer ${secret}` },
    });
    assert.equal(afterRevoke.statusCode, 401);
  });
});

describe("public reads", () => {
  test("read without token passes when enabled", async () => {
    const server = await createTestServer({ publicReads: true });
    try {
      const read = await server.app.inject({ method: "GET", url: "/v1/runs" });
      assert.equal(read.statusCode, 200);
      const write = await server.app.inject({ method: "POST", url: "/v1/runs", payload: {} });
      assert.equal(write.statusCode, 401);
    } finally {
      await server.close();
    }
  });
});
