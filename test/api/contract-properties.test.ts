import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { buildOpenApiDocument } from "../../src/api/contract/openapi-document.ts";
import { createRun, createTestServer, type TestServer, upload } from "./test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: schemas from the document are walked untyped.
type Json = Record<string, any>;

/** Builds a fast-check arbitrary of values that match a JSON schema of the kinds the API uses. */
function valueFor(document: Json, schema: Json | undefined, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema ?? {});
  if (Array.isArray(resolved.enum)) return fc.constantFrom(...resolved.enum);
  if ("const" in resolved) return fc.constant(resolved.const);
  if (Array.isArray(resolved.anyOf))
    return fc.oneof(...resolved.anyOf.map((member: Json) => valueFor(document, member, depth)));
  switch (resolved.type) {
    case "string":
      return stringFor(resolved);
    case "integer":
      return fc.integer({ min: resolved.minimum ?? -10, max: resolved.maximum ?? 1000 });
    case "number":
      return fc.double({
        min: resolved.minimum ?? -10,
        max: resolved.maximum ?? 1000,
        noNaN: true,
      });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.uniqueArray(valueFor(document, resolved.items, depth + 1), {
        minLength: resolved.minItems ?? 0,
        maxLength: Math.min(resolved.maxItems ?? 3, 3),
        selector: (value) => JSON.stringify(value),
      });
    case "object": {
      if (depth > 3) return fc.constant({});
      const properties = (resolved.properties ?? {}) as Record<string, Json>;
      const model = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          valueFor(document, property, depth + 1),
        ]),
      );
      return fc.record(model, { requiredKeys: resolved.required ?? [] });
    }
    default:
      return fc.anything();
  }
}

function stringFor(schema: Json): fc.Arbitrary<string> {
  if (typeof schema.pattern === "string") {
    const maxLength = schema.maxLength ?? 1000;
    return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= maxLength);
  }
  if (schema.format === "date-time") {
    const dates = fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true });
    return dates.map((date) => date.toISOString());
  }
  const maxLength = Math.min(schema.maxLength ?? 20, 20);
  return fc.string({ minLength: schema.minLength ?? 0, maxLength });
}

/** Values that break a schema: wrong types, unknown fields and garbage. */
function invalidFor(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.string(),
    fc.array(fc.integer()),
    fc.dictionary(fc.string(), fc.anything()),
    fc.constant({ unexpected: true }),
  );
}

function resolve(document: Json, schema: Json): Json {
  let current = schema;
  while (typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((node: Json, key: string) => node[key.replaceAll("~1", "/")], document);
  }
  return current;
}

interface Operation {
  method: string;
  path: string;
  spec: Json;
}

describe("contract properties", () => {
  let server: TestServer;
  let document: Json;
  let operations: Operation[];
  let ajv: Ajv2020;
  before(async () => {
    server = await createTestServer({ maxArtifactBytes: 1024 });
    document = buildOpenApiDocument(server.app);
    operations = Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, spec]) => ({
        method: method.toUpperCase(),
        path,
        spec: spec as Json,
      })),
    );
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...document, $id: "openapi.json" });
    const runId = await createRun(server, { id: "known-run" });
    await upload(server, runId, "a.csv", "x\n1\n");
  });
  after(() => server.close());

  /** Asserts the response matches the schema its status and media type have in the document. */
  function checkResponse(
    operation: Operation,
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
  ) {
    const label = `${operation.method} ${operation.path} -> ${response.statusCode}: ${response.body.slice(0, 300)}`;
    assert.ok(response.statusCode < 500, label);
    const documented = operation.spec.responses[String(response.statusCode)];
    assert.ok(documented !== undefined, `undocumented status ${label}`);
    const mediaType = String(response.headers["content-type"] ?? "").split(";")[0] ?? "";
    if (operation.method === "HEAD" || documented.content === undefined || response.body === "")
      return;
    assert.ok(
      documented.content[mediaType] !== undefined,
      `undocumented media type ${mediaType} in ${label}`,
    );
    if (!mediaType.endsWith("json")) return;
    const pointer = [
      "paths",
      operation.path,
      operation.method.toLowerCase(),
      "responses",
      String(response.statusCode),
      "content",
      mediaType,
      "schema",
    ]
      .map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1"))
      .join("/");
    const validate = ajv.getSchema(`openapi.json#/${pointer}`);
    assert.ok(validate !== undefined);
    assert.ok(validate(JSON.parse(response.body)), `${label}\n${JSON.stringify(validate.errors)}`);
  }

  function requestFor(
    operation: Operation,
    valid: boolean,
  ): fc.Arbitrary<{ url: string; query: Record<string, unknown>; body: unknown }> {
    const parameters = (operation.spec.parameters ?? []) as Json[];
    const pathValues = Object.fromEntries(
      parameters
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => [
          parameter.name,
          fc.oneof(
            fc.constant(parameter.name === "runId" ? "known-run" : "a.csv"),
            valid ? valueFor(document, parameter.schema) : fc.string({ minLength: 1 }),
          ),
        ]),
    );
    const queryValues = Object.fromEntries(
      parameters
        .filter((parameter) => parameter.in === "query")
        .map((parameter) => [
          parameter.name,
          valid ? valueFor(document, parameter.schema) : invalidFor(),
        ]),
    );
    const bodySchema = operation.spec.requestBody?.content?.["application/json"]?.schema;
    const body =
      bodySchema === undefined
        ? fc.constant(undefined)
        : valid
          ? valueFor(document, bodySchema)
          : invalidFor();
    return fc
      .record({
        path: fc.record(pathValues),
        query: fc.record(queryValues, { requiredKeys: [] }),
        body,
      })
      .map(({ path, query, body }) => ({
        url: operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
          encodeURIComponent(String((path as Record<string, unknown>)[name])),
        ),
        query,
        body,
      }));
  }

  for (const valid of [true, false]) {
    test(`${valid ? "valid" : "invalid"} requests never fail with 5xx`, async () => {
      for (const operation of operations.filter(
        (candidate) =>
          !["/metrics", "/docs"].includes(candidate.path) &&
          candidate.spec.operationId !== "uploadArtifact",
      )) {
        await fc.assert(
          fc.asyncProperty(requestFor(operation, valid), async (request) => {
            const query = Object.fromEntries(
              Object.entries(request.query)
                .filter(([, value]) => value !== undefined)
                .map(([key, value]) => [
                  key,
                  typeof value === "string" ? value : JSON.stringify(value),
                ]),
            );
            const response = await server.app.inject({
              method: operation.method as "GET",
              url: request.url,
              query,
              headers: server.auth("admin"),
              ...(request.body === undefined
                ? {}
                : {
                    payload: JSON.stringify(request.body),
                    headers: { ...server.auth("admin"), "content-type": "application/json" },
                  }),
            });
            checkResponse(operation, response);
          }),
          { numRuns: 25 },
        );
      }
    });
  }
});
