import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createDspClient, DspApiError, requireOk, unwrap } from "../../sdk/index.ts";
import { readServerConfig } from "../../src/api/server-config.ts";
import { type RunningServer, startServer } from "../../src/api/start-server.ts";
import { generateTokenSecret } from "../../src/api/token-secret.ts";
import { processRun } from "../../src/charts/process-run.ts";
import { silentLogger } from "../../src/observability/logger.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { opendcRuns, temporaryFolder } from "../helpers.ts";

const folder = temporaryFolder("dsp-sdk-");
let store: Store;
let server: RunningServer;
let token: string;
let adminToken: string;

before(async () => {
  store = await openStore(join(folder.path, "dsp.sqlite"));
  await processRun({
    store,
    folder: opendcRuns.m3sa.folder,
    pack: "opendc",
    runId: "sdk-m3sa",
    logger: silentLogger,
  });
  const secret = generateTokenSecret();
  await store.createToken({
    id: secret.id,
    name: "sdk test",
    scopes: ["read"],
    secretHash: secret.secretHash,
  });
  token = secret.secret;
  const admin = generateTokenSecret();
  await store.createToken({
    id: admin.id,
    name: "sdk admin",
    scopes: ["admin"],
    secretHash: admin.secretHash,
  });
  adminToken = admin.secret;
  const config = readServerConfig(
    { port: "0", worker: false },
    { DSP_DATA_DIR: join(folder.path, "runs") },
  );
  server = await startServer(config, store, silentLogger);
});

after(async () => {
  await server.stop();
  await store.close();
  folder.remove();
});

test("sdk lists runs with a token", async () => {
  const dsp = createDspClient({ baseUrl: server.address, token });
  const page = await unwrap(dsp.api.GET("/v1/runs", { params: { query: { search: "m3sa" } } }));
  assert.deepEqual(
    page.runs.map((run) => run.id),
    ["sdk-m3sa"],
  );
});

test("sdk reads a chart dataset as CSV", async () => {
  const dsp = createDspClient({ baseUrl: server.address, token });
  const response = await requireOk(
    await dsp.request("/v1/runs/sdk-m3sa/charts/metamodel_power_draw/dataset?format=csv"),
  );
  const text = await response.text();
  assert.equal(text.split("\r\n")[0], "timestamp,power_draw");
  assert.equal(text.trim().split("\r\n").length, 4);
});

test("sdk raises a problem without token", async () => {
  const dsp = createDspClient({ baseUrl: server.address });
  await assert.rejects(unwrap(dsp.api.GET("/v1/runs", {})), (error: unknown) => {
    assert.ok(error instanceof DspApiError);
    assert.equal(error.status, 401);
    assert.match(error.problem?.type ?? "", /unauthenticated/);
    return true;
  });
});

test("sdk raises not found for unknown run", async () => {
  const dsp = createDspClient({ baseUrl: server.address, token });
  await assert.rejects(
    unwrap(dsp.api.GET("/v1/runs/{runId}", { params: { path: { runId: "nope" } } })),
    (error: unknown) => {
      assert.ok(error instanceof DspApiError);
      assert.equal(error.status, 404);
      return true;
    },
  );
});

test("sdk resolves a 204 response", async () => {
  const dsp = createDspClient({ baseUrl: server.address, token: adminToken });
  const created = await unwrap(
    dsp.api.POST("/v1/tokens", { body: { name: "revoked by sdk", scopes: ["read"] } }),
  );
  const tokenId = created.token.id;

  const revoked = await unwrap(
    dsp.api.DELETE("/v1/tokens/{tokenId}", { params: { path: { tokenId } } }),
  );
  assert.equal(revoked, undefined);
  const reader = createDspClient({ baseUrl: server.address, token: created.secret });
  await assert.rejects(unwrap(reader.api.GET("/v1/runs", {})), DspApiError);
});
