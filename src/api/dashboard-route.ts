import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** The dashboard as `npm run build:web` writes it, found from this file, not the cwd. */
export const defaultDashboardDir = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** Path prefixes of the API and the bundled assets, which never fall back to the page. */
const reservedPrefixes = [
  "/v1",
  "/assets",
  "/docs",
  "/openapi.json",
  "/healthz",
  "/readyz",
  "/metrics",
];

/**
 * Returns whether a GET of `url` that no route matched receives the dashboard page. That is
 * the case outside the API and the assets, unless the last path segment has a file extension.
 */
export function fallsBackToDashboard(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  const reserved = reservedPrefixes.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`),
  );
  const lastSegment = path.slice(path.lastIndexOf("/") + 1);
  return !reserved && !lastSegment.includes(".");
}

/** Lets browsers keep assets for a year, since Vite puts a content hash in every asset name. */
function cacheHeaders(dashboardDir: string) {
  const assets = join(dashboardDir, "assets");
  return (reply: FastifyReply, path: string) => {
    const immutable = path.startsWith(assets);
    reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  };
}

function missingBuildPage(dashboardDir: string): string {
  return [
    "The Scale-Up DSP dashboard is not built.",
    `${dashboardDir} has no index.html.`,
    "Run `npm run build:web` in the repository and restart `dsp serve`.",
    "The API is available under /v1, with its reference at /docs.",
    "",
  ].join("\n");
}

/**
 * Serves the built dashboard at `/` with its bundled assets, outside the OpenAPI document and
 * without authentication, because the page requests a token itself. Other GET paths outside
 * the API fall back to the page, and unknown API paths keep the API's 404 problem. The routes
 * cover the files present at startup, so restart the server after `npm run build:web`.
 * Without a build, the page is a plain-text 503 that names the build command.
 */
export function registerDashboardRoute(
  app: FastifyInstance,
  dashboardDir = defaultDashboardDir,
): void {
  const built = existsSync(join(dashboardDir, "index.html"));
  const sendPage = (reply: FastifyReply) => {
    if (built) {
      return reply.sendFile("index.html");
    }
    return reply
      .code(503)
      .header("cache-control", "no-cache")
      .type("text/plain; charset=utf-8")
      .send(missingBuildPage(dashboardDir));
  };
  const fallback = (request: FastifyRequest, reply: FastifyReply) =>
    fallsBackToDashboard(request.url) ? sendPage(reply) : reply.callNotFound();

  app.get("/*", { schema: { hide: true } }, fallback);
  if (!built) {
    app.get("/", { schema: { hide: true } }, (_request, reply) => sendPage(reply));
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
