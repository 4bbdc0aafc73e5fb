import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { registerDashboardRoute } from "../../src/api/dashboard-route.ts";
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
  await app.close();
});

test("dashboard route names the build command", async () => {
  const app = await dashboardApp(join(folder.path, "missing"));
  const response = await app.inject({ method: "GET", url: "/" });

  assert.equal(response.statusCode, 503);
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  assert.match(response.json<{ detail: string }>().detail, /npm run build:web/);
  await app.close();
});
