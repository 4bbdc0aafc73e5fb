import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import { after, before, describe, test } from "node:test";
import type { ArtifactRef, LineageRecord, TokenScope } from "../../src/store/store.ts";
import {
  assertDspError,
  createRunWithJob,
  openTempStore,
  steppingClock,
  type TempStore,
} from "./store-test-helpers.ts";

function artifact(relativePath: string, size: number): ArtifactRef {
  return {
    artifact: "host",
    path: `/runs/run-1/${relativePath}`,
    relativePath,
    format: "parquet",
    size,
    sha256: createHash("sha256").update(relativePath).digest("hex"),
    partitions: { scenario: "baseline", seed: "1" },
    schema: [
      { name: "timestamp", dtype: "Int64" },
      { name: "power_draw", dtype: "Float64" },
    ],
  };
}

function sha256(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

describe("SqliteStore artifacts, parity and lineage", () => {
  let temp: TempStore;
  before(async () => {
    temp = await openTempStore({ clock: steppingClock(1000) });
    await createRunWithJob(temp.store, "run-1", "job-1");
  });
  after(() => temp.cleanup());

  test("saveArtifacts and listArtifacts round trip in order", async () => {
    const artifacts = [artifact("b/host.parquet", 20), artifact("a/host.parquet", 10)];
    await temp.store.saveArtifacts("run-1", artifacts);
    assert.deepEqual(await temp.store.listArtifacts("run-1"), artifacts);
  });

  test("saveArtifacts replaces the earlier list", async () => {
    const replacement = [artifact("c/host.parquet", 30)];
    await temp.store.saveArtifacts("run-1", replacement);
    assert.deepEqual(await temp.store.listArtifacts("run-1"), replacement);
    await temp.store.saveArtifacts("run-1", []);
    assert.deepEqual(await temp.store.listArtifacts("run-1"), []);
  });

  test("saveArtifacts with one invalid entry keeps the old list", async () => {
    const previous = [artifact("kept/host.parquet", 1)];
    await temp.store.saveArtifacts("run-1", previous);
    await assertDspError(
      temp.store.saveArtifacts("run-1", [artifact("x", 1), { ...artifact("y", 1), size: -1 }]),
      "invalid_input",
      "artifacts[1].size is -1",
    );
    assert.deepEqual(await temp.store.listArtifacts("run-1"), previous);
  });

  test("saveArtifacts rejects an unknown run", async () => {
    await assertDspError(
      temp.store.saveArtifacts("run-missing", [artifact("a", 1)]),
      "not_found",
      '"run-missing"',
    );
  });

  test("saveParity and listParity round trip", async () => {
    const report = { rows: { expected: 10, actual: 10 }, columns: ["power"], maxAbsError: 0.001 };
    await temp.store.saveParity({
      runId: "run-1",
      chartId: "power",
      legacyPath: "/legacy/power.csv",
      passed: true,
      report,
    });
    await temp.store.saveParity({
      runId: "run-1",
      chartId: "cpu",
      legacyPath: "/legacy/cpu.csv",
      passed: false,
      report: {},
    });

    const records = await temp.store.listParity("run-1");
    assert.deepEqual(
      records.map(({ createdAt: _, ...rest }) => rest),
      [
        { runId: "run-1", chartId: "power", legacyPath: "/legacy/power.csv", passed: true, report },
        {
          runId: "run-1",
          chartId: "cpu",
          legacyPath: "/legacy/cpu.csv",
          passed: false,
          report: {},
        },
      ],
    );
    assert.ok(records.every((record) => !Number.isNaN(Date.parse(record.createdAt))));
  });

  test("saveParity rejects an unknown run", async () => {
    await assertDspError(
      temp.store.saveParity({
        runId: "run-missing",
        chartId: "power",
        legacyPath: "/legacy/power.csv",
        passed: true,
        report: {},
      }),
      "not_found",
      '"run-missing"',
    );
  });

  test("appendLineage and listLineage round trip in order", async () => {
    const events: LineageRecord[] = ["START", "COMPLETE"].map((eventType, index) => ({
      runId: "run-1",
      jobId: "job-1",
      eventType: eventType as LineageRecord["eventType"],
      eventTime: `2025-01-01T00:0${index}:00+02:00`,
      event: {
        eventType,
        producer: "https://example.org/dsp",
        run: { runId: "0190d3c2-0000-7000-8000-000000000000" },
        inputs: [{ namespace: "file", name: "/runs/run-1/host.parquet" }],
      },
    }));
    for (const event of events) {
      await temp.store.appendLineage(event);
    }
    assert.deepEqual(await temp.store.listLineage("run-1"), events);
    assert.deepEqual(await temp.store.listLineage("run-other"), []);
  });

  test("appendLineage rejects an unknown job", async () => {
    await assertDspError(
      temp.store.appendLineage({
        runId: "run-1",
        jobId: "job-missing",
        eventType: "START",
        eventTime: "2025-01-01T00:00:00Z",
        event: {},
      }),
      "not_found",
      '"job-missing"',
    );
  });
});

describe("SqliteStore tokens", () => {
  let temp: TempStore;
  before(async () => {
    temp = await openTempStore({ clock: steppingClock(1000) });
  });
  after(() => temp.cleanup());

  test("createToken and findTokenBySecretHash round trip", async () => {
    const scopes: TokenScope[] = ["read", "simulator:write"];
    const created = await temp.store.createToken({
      id: "tok-1",
      name: "simulator CI",
      scopes,
      secretHash: sha256("secret-1"),
    });

    assert.deepEqual(created.scopes, scopes);
    assert.equal(created.lastUsedAt, null);
    assert.equal(created.revokedAt, null);
    assert.deepEqual(await temp.store.findTokenBySecretHash(sha256("secret-1")), created);
    assert.equal(await temp.store.findTokenBySecretHash(sha256("other")), undefined);
    assert.deepEqual(await temp.store.listTokens(), [created]);
  });

  test("stores the hash and never the secret", async () => {
    await temp.store.createToken({
      id: "tok-raw",
      name: "raw",
      scopes: ["read"],
      secretHash: sha256("do-not-store-me"),
    });
    const raw = new DatabaseSync(temp.file, { readOnly: true });
    const dump = JSON.stringify(raw.prepare("SELECT * FROM api_tokens").all());
    raw.close();
    assert.ok(!dump.includes("do-not-store-me"));
  });

  test("createToken rejects a raw secret in place of the hash", async () => {
    const error = await assertDspError(
      temp.store.createToken({
        id: "tok-bad",
        name: "bad",
        scopes: ["read"],
        secretHash: "dsp_live_secret",
      }),
      "invalid_input",
      "SHA-256",
    );
    assert.ok(!error.message.includes("dsp_live_secret"));
  });

  test("createToken rejects a duplicate id and secret hash", async () => {
    await assertDspError(
      temp.store.createToken({ id: "tok-1", name: "x", scopes: ["read"], secretHash: sha256("n") }),
      "conflict",
      '"tok-1"',
    );
    await assertDspError(
      temp.store.createToken({
        id: "tok-2",
        name: "x",
        scopes: ["read"],
        secretHash: sha256("secret-1"),
      }),
      "conflict",
      "secret hash",
    );
  });

  test("createToken rejects an unknown scope", async () => {
    await assertDspError(
      temp.store.createToken({
        id: "tok-scope",
        name: "x",
        scopes: ["write" as TokenScope],
        secretHash: sha256("s"),
      }),
      "invalid_input",
      '"write"',
    );
  });

  test("touchToken sets lastUsedAt", async () => {
    await temp.store.touchToken("tok-1");
    const token = await temp.store.findTokenBySecretHash(sha256("secret-1"));
    assert.ok(token?.lastUsedAt);
  });

  test("revokeToken keeps the first revocation time", async () => {
    await temp.store.revokeToken("tok-1");
    const first = (await temp.store.findTokenBySecretHash(sha256("secret-1")))?.revokedAt;
    assert.ok(first);
    await temp.store.revokeToken("tok-1");
    const second = (await temp.store.findTokenBySecretHash(sha256("secret-1")))?.revokedAt;
    assert.equal(second, first);
  });

  test("touchToken and revokeToken reject an unknown id", async () => {
    await assertDspError(temp.store.touchToken("tok-missing"), "not_found", '"tok-missing"');
    await assertDspError(temp.store.revokeToken("tok-missing"), "not_found", '"tok-missing"');
  });
});
