import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../../observability/logger.ts";
import { openStore } from "../../store/open-store.ts";
import { buildApp } from "../build-app.ts";
import { buildOpenApiDocument } from "./openapi-document.ts";

/**
 * Builds the server against a throwaway in-memory store and returns its OpenAPI document.
 * Routes and schemas do not depend on the store's contents, so the result depends only on
 * the code.
 */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = await openStore(":memory:");
  const dataDir = await mkdtemp(join(tmpdir(), "dsp-openapi-"));
  try {
    const app = await buildApp({
      store,
      logger: silentLogger,
      dataDir,
      maxArtifactBytes: 1,
      publicReads: false,
    });
    const document = buildOpenApiDocument(app);
    await app.close();
    return document;
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
