import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { fallsBackToDashboard, registerDashboardRoute } from "../../src/api/dashboard-route.ts";
import { sendProblem, toProblem } from "../../src/api/problem.ts";
import { temporaryFolder } from "../helpers.ts";

const folder = temporaryFolder("dsp-dashboard-route-");
after(() => folder.remove());

/** Builds a server with only the dashboard route and the API's problem responses. */
async function dashboardApp(dashboardDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));
  registerDashboardRoute(app, dashboardDir);
  await app.ready();
  return app;
}

test("dashboard route serves the built page", async () => {
  const dist = join(folder.path, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>DSP</title>");
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1);");
  const app = await dashboardApp(dist);

  const page = await app.inject({ method: "GET", url: "/" });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers["content-type"]), /^text\/html/);
  assert.equal(page.headers["cache-control"], "no-cache");
  assert.equal(page.body, "<!doctype html><title>DSP</title>");

  const asset = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
  assert.equal(asset.statusCode, 200);
  assert.equal(asset.headers["cache-control"], "public, max-age=31536000, immutable");
  assert.match(String(asset.headers["content-type"]), /^(text|application)\/javascript/);

  const deepLink = await app.inject({ method: "GET", url: "/runs/a?tab=charts" });
  assert.equal(deepLink.statusCode, 200);
  assert.equal(deepLink.headers["cache-control"], "no-cache");
  assert.equal(deepLink.body, "<!doctype html><title>DSP</title>");

  const missingAsset = await app.inject({ method: "GET", url: "/assets/index-gone.js" });
  assert.equal(missingAsset.statusCode, 404);
  const unknownOperation = await app.inject({ method: "GET", url: "/v1/unknown" });
  assert.equal(unknownOperation.statusCode, 404);
  await app.close();
});

test("dashboard fallback skips API and files", () => {
  const cases: [string, boolean][] = [
    ["/", true],
    ["/runs/a", true],
    ["/compare?runs=a,b", true],
    ["/v1", false],
    ["/v1/runs/a", false],
    ["/v1x", true],
    ["/assets/index-abc.js", false],
    ["/docs", false],
    ["/docs/extra", false],
    ["/openapi.json", false],
    ["/healthz", false],
    ["/readyz", false],
    ["/metrics", false],
    ["/favicon.ico", false],
  ];
  for (const [url, expected] of cases) {
    assert.equal(fallsBackToDashboard(url), expected, url);
  }
});

test("dashboard route names the build command", async () => {
  const app = await dashboardApp(join(folder.path, "missing"));
  const response = await app.inject({ method: "GET", url: "/" });

  assert.equal(response.statusCode, 503);
  assert.match(String(response.headers["content-type"]), /^text\/plain/);
  assert.match(response.body, /npm run build:web/);

  const deepLink = await app.inject({ method: "GET", url: "/runs/a" });
  assert.equal(deepLink.statusCode, 503);
  assert.match(deepLink.body, /npm run build:web/);
  await app.close();
});
