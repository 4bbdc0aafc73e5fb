import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";
import { findBreakingChanges } from "../../src/api/contract/breaking-changes.ts";
import { documentFile } from "../../src/api/contract/document-files.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit deep parts of the document freely.
type Document = Record<string, any>;

const committed = JSON.parse(await readFile(documentFile, "utf8")) as Document;

function variant(change: (document: Document) => void): Document {
  const copy = structuredClone(committed);
  change(copy);
  return copy;
}

function kinds(current: Document): string[] {
  return findBreakingChanges(committed, current).map((change) => change.kind);
}

describe("breaking change detection", () => {
  test("identical document has none", () => {
    assert.deepEqual(findBreakingChanges(committed, committed), []);
  });

  test("removed path", () => {
    assert.deepEqual(kinds(variant((doc) => delete doc.paths["/v1/runs/{runId}/lineage"])), [
      "path-removed",
    ]);
  });

  test("removed operation", () => {
    assert.deepEqual(kinds(variant((doc) => delete doc.paths["/v1/runs"].post)), [
      "operation-removed",
    ]);
  });

  test("removed success response", () => {
    assert.deepEqual(
      kinds(variant((doc) => delete doc.paths["/v1/jobs/{jobId}"].get.responses["200"])),
      ["response-removed"],
    );
  });

  test("removed response field", () => {
    const changes = findBreakingChanges(
      committed,
      variant((doc) => delete doc.components.schemas.Run.properties.pack),
    );
    assert.ok(changes.length > 0);
    assert.ok(changes.every((change) => change.kind === "response-field-removed"));
    assert.ok(changes.some((change) => change.message.includes('"run.pack"')));
  });

  test("removed nested response field", () => {
    const changes = findBreakingChanges(
      committed,
      variant((doc) => delete doc.components.schemas.ChartResult.properties.contentHash),
    );
    assert.ok(changes.some((change) => change.message.includes('"results[].contentHash"')));
  });

  test("removed enum value", () => {
    const current = variant((doc) => {
      doc.components.schemas.RunStatus.anyOf = doc.components.schemas.RunStatus.anyOf.filter(
        (member: Document) => !JSON.stringify(member).includes("partial"),
      );
    });
    const changes = findBreakingChanges(committed, current);
    assert.ok(changes.length > 0);
    assert.ok(changes.every((change) => change.kind === "enum-value-removed"));
    assert.ok(changes[0]?.message.includes('"partial"'));
  });

  test("new required request field", () => {
    const current = variant((doc) => {
      const schema = doc.paths["/v1/runs"].post.requestBody.content["application/json"].schema;
      schema.required = ["pack"];
    });
    assert.deepEqual(kinds(current), ["required-request-field-added"]);
  });

  test("new required parameter", () => {
    const current = variant((doc) => {
      doc.paths["/v1/runs"].get.parameters.push({
        in: "query",
        name: "owner",
        required: true,
        schema: { type: "string" },
      });
    });
    assert.deepEqual(kinds(current), ["required-parameter-added"]);
  });

  test("optional parameter becoming required", () => {
    const current = variant((doc) => {
      const limit = doc.paths["/v1/runs"].get.parameters.find(
        (parameter: Document) => parameter.name === "limit",
      );
      limit.required = true;
    });
    assert.deepEqual(kinds(current), ["required-parameter-added"]);
  });

  test("additions are compatible", () => {
    const current = variant((doc) => {
      doc.paths["/v1/extra"] = { get: { responses: { 200: { description: "x" } } } };
      doc.components.schemas.Run.properties.owner = { type: "string" };
      doc.paths["/v1/runs"].get.parameters.push({
        in: "query",
        name: "owner",
        required: false,
        schema: { type: "string" },
      });
    });
    assert.deepEqual(findBreakingChanges(committed, current), []);
  });
});
