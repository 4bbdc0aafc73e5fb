import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DspError } from "../errors.ts";

/** The dashboard as `npm run build:web` writes it. */
export const defaultDashboardDir = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** Lets browsers keep assets for a year, since Vite puts a content hash in every asset name. */
function cacheHeaders(dashboardDir: string) {
  const assets = join(dashboardDir, "assets");
  return (reply: FastifyReply, path: string) => {
    const immutable = path.startsWith(assets);
    reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  };
}

/**
 * Serves the built dashboard at `/` with its bundled assets, outside the OpenAPI document and
 * without authentication, because the page requests a token itself. The routes cover the
 * files present at startup, so restart the server after `npm run build:web`. Without a build,
 * `/` returns a 503 problem that names the build command.
 */
export function registerDashboardRoute(
  app: FastifyInstance,
  dashboardDir = defaultDashboardDir,
): void {
  if (!existsSync(join(dashboardDir, "index.html"))) {
    app.get("/", { schema: { hide: true } }, async () => {
      throw new DspError(
        "unavailable",
        `The dashboard is not built: ${dashboardDir} has no index.html. Run \`npm run build:web\` and restart the server.`,
        { file: dashboardDir, fix: "npm run build:web" },
      );
    });
    return;
  }
  app.register(fastifyStatic, {
    root: dashboardDir,
    prefix: "/",
    wildcard: false,
    cacheControl: false,
    setHeaders: cacheHeaders(dashboardDir),
  });
}
