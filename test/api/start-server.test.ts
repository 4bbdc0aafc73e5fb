import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { test } from "node:test";
import { readServerConfig } from "../../src/api/server-config.ts";
import { startServer } from "../../src/api/start-server.ts";
import { silentLogger } from "../../src/observability/logger.ts";
import { openStore } from "../../src/store/open-store.ts";
import { temporaryFolder } from "../helpers.ts";

// Regression: a busy port printed a stack trace as an internal error.
test("server names a port in use", async () => {
  const folder = temporaryFolder("dsp-listen-");
  const blocker = createServer();
  blocker.listen(0, "127.0.0.1");
  await once(blocker, "listening");
  const address = blocker.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const store = await openStore(join(folder.path, "dsp.sqlite"));

  try {
    const config = readServerConfig(
      { port: String(port), worker: false },
      { DSP_DATA_DIR: join(folder.path, "runs") },
    );
    await assert.rejects(
      startServer(config, store, silentLogger),
      new RegExp(`Port ${port} on 127.0.0.1 is already in use`),
    );
  } finally {
    await store.close();
    blocker.close();
    folder.remove();
  }
});
