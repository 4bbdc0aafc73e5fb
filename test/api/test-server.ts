import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/build-app.ts";
import { generateTokenSecret } from "../../src/api/token-secret.ts";
import { silentLogger } from "../../src/observability/logger.ts";
import type { ServiceMetrics } from "../../src/observability/metrics.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store, TokenScope } from "../../src/store/store.ts";

/** A server over a real SQLite file and data folder in a temp folder, with one token per scope. */
export interface TestServer {
  app: FastifyInstance;
  store: Store;
  root: string;
  dataDir: string;
  tokens: Record<TokenScope, string>;
  /** Authorization headers for a scope. */
  auth(scope: TokenScope): { authorization: string };
  close(): Promise<void>;
}

/** Options of {@link createTestServer}. */
export interface TestServerOptions {
  maxArtifactBytes?: number;
  publicReads?: boolean;
  onJobQueued?: () => void;
  metrics?: ServiceMetrics;
}

/** Starts a server for one test file; `close()` removes every file it made. */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const root = await mkdtemp(join(tmpdir(), "dsp-api-test-"));
  const store = await openStore(join(root, "dsp.sqlite"));
  const dataDir = join(root, "runs");
  const tokens = {} as Record<TokenScope, string>;
  for (const scope of ["read", "simulator:write", "admin"] as const) {
    const { id, secret, secretHash } = generateTokenSecret();
    await store.createToken({ id, name: `${scope} test token`, scopes: [scope], secretHash });
    tokens[scope] = secret;
  }
  const app = await buildApp({
    store,
    logger: silentLogger,
    dataDir,
    maxArtifactBytes: options.maxArtifactBytes ?? 1024 * 1024,
    publicReads: options.publicReads ?? false,
    ...(options.onJobQueued === undefined ? {} : { onJobQueued: options.onJobQueued }),
    ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
  });
  return {
    app,
    store,
    root,
    dataDir,
    tokens,
    auth: (scope) => ({ authorization: `Bearer ${tokens[scope]}` }),
    async close() {
      await app.close();
      await store.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Lists every file under a folder, hidden ones included, as sorted relative paths. */
export async function listFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** Creates a run through the API and returns its id. */
export async function createRun(
  server: TestServer,
  body: Record<string, unknown> = {},
): Promise<string> {
  const response = await server.app.inject({
    method: "POST",
    url: "/v1/runs",
    headers: server.auth("simulator:write"),
    payload: body,
  });
  if (response.statusCode !== 201) {
    throw new Error(`createRun failed with ${response.statusCode}: ${response.body}`);
  }
  return (response.json() as { id: string }).id;
}

/** Uploads bytes as an artifact and returns the response. */
export function upload(
  server: TestServer,
  runId: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
) {
  return server.app.inject({
    method: "PUT",
    url: `/v1/runs/${runId}/artifacts/${path}`,
    headers: {
      ...server.auth("simulator:write"),
      "content-type": "application/octet-stream",
      ...headers,
    },
    payload: body,
  });
}
