import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DspError } from "../../src/errors.ts";
import { decodeJson, encodeJson } from "../../src/store/json-codec.ts";
import {
  assertDspError,
  createRunWithJob,
  openTempStore,
  type TempStore,
} from "./store-test-helpers.ts";

const special = {
  nan: Number.NaN,
  infinity: Number.POSITIVE_INFINITY,
  negativeInfinity: Number.NEGATIVE_INFINITY,
  negativeZero: -0,
  nested: [1.5, { deeper: Number.NaN }],
  plain: "text",
  nothing: null,
};

describe("encodeJson and decodeJson", () => {
  test("round trip NaN, Infinity and -0", () => {
    const decoded = decodeJson(encodeJson(special, "report"));
    assert.deepEqual(decoded, special);
    assert.ok(Object.is((decoded as typeof special).negativeZero, -0));
  });

  test("write the tag in place of the number", () => {
    assert.equal(encodeJson([Number.NaN], "x"), '[{"$numberDouble":"NaN"}]');
  });

  test("leave ordinary JSON unchanged", () => {
    const value = { a: [1, "b", true, null], c: { d: 2.5 } };
    assert.equal(encodeJson(value, "x"), JSON.stringify(value));
  });

  test("encode a Date as its ISO string", () => {
    const date = new Date("2025-01-01T00:00:00.000Z");
    assert.equal(encodeJson({ at: date }, "x"), '{"at":"2025-01-01T00:00:00.000Z"}');
  });

  test("reject a BigInt with its path", () => {
    assert.throws(
      () => encodeJson({ rows: [1, 2n] }, "report"),
      (error: unknown) =>
        error instanceof DspError &&
        error.code === "invalid_input" &&
        error.message.includes("report.rows[1]") &&
        error.message.includes("2n"),
    );
  });

  test("reject a circular reference", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => encodeJson(cyclic, "event"), /event\.self is a circular reference/);
  });

  test("reject an object in the reserved tag form", () => {
    assert.throws(() => encodeJson({ v: { $numberDouble: "NaN" } }, "report"), /report\.v/);
  });

  test("keep a tag-like object whose text is no special number", () => {
    const value = { v: { $numberDouble: "1.5" } };
    assert.deepEqual(decodeJson(encodeJson(value, "x")), value);
  });

  test("allow a shared object that is not a cycle", () => {
    const shared = { n: 1 };
    assert.equal(encodeJson([shared, shared], "x"), '[{"n":1},{"n":1}]');
  });
});

describe("SqliteStore JSON fields", () => {
  let temp: TempStore;
  before(async () => {
    temp = await openTempStore();
    await createRunWithJob(temp.store, "run-1", "job-1");
  });
  after(() => temp.cleanup());

  test("parity report keeps NaN and Infinity", async () => {
    const report = { maxRelativeError: Number.POSITIVE_INFINITY, firstDiff: Number.NaN };
    await temp.store.saveParity({
      runId: "run-1",
      chartId: "power",
      legacyPath: "/legacy/power.csv",
      passed: false,
      report,
    });
    const [stored] = await temp.store.listParity("run-1");
    assert.deepEqual(stored?.report, report);
  });

  test("lineage event keeps -Infinity", async () => {
    const event = { facets: { stats: { min: Number.NEGATIVE_INFINITY } } };
    await temp.store.appendLineage({
      runId: "run-1",
      jobId: "job-1",
      eventType: "START",
      eventTime: "2025-01-01T00:00:00Z",
      event,
    });
    const [stored] = await temp.store.listLineage("run-1");
    assert.deepEqual(stored?.event, event);
  });

  test("chart result error details keep NaN", async () => {
    const error = { code: "unprocessable", message: "bad value", details: { value: Number.NaN } };
    await temp.store.saveChartResult("job-1", {
      chartId: "power",
      chartVersion: 1,
      status: "failed",
      rows: null,
      contentHash: null,
      previousHash: null,
      error,
      durationMs: 3,
    });
    const [stored] = await temp.store.listChartResults("job-1");
    assert.deepEqual(stored?.error, error);
  });

  test("parity report with a BigInt is rejected and not stored", async () => {
    await assertDspError(
      temp.store.saveParity({
        runId: "run-1",
        chartId: "cpu",
        legacyPath: "/legacy/cpu.csv",
        passed: true,
        report: { rows: 10n },
      }),
      "invalid_input",
      "report.rows",
    );
    assert.equal((await temp.store.listParity("run-1")).length, 1);
  });
});
