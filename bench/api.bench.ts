/**
 * Load benchmark of chart dataset reads: `dsp serve` against a bare Fastify route that returns
 * the same bytes, both driven by autocannon over loopback in the same run. Prints throughput
 * at full load and p50/p99 latency at a fixed 500 requests per second.
 *
 * Usage: npm run bench:api [-- --seconds 10 --chart power_draw_kw_timeseries --format json]
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    chart: { type: "string", default: "power_draw_kw_timeseries" },
    format: { type: "string", default: "json" },
    rate: { type: "string", default: "500" },
  },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function dsp(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(join(root, "dsp"), args, {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
}

/** Starts a server process and resolves with the URL it prints first. */
async function startServer(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "ignore"] });
  let output = "";
  for await (const chunk of child.stdout ?? []) {
    output += String(chunk);
    const url = /https?:\/\/[^\s]+/.exec(output)?.[0];
    if (url !== undefined) {
      return { url, child };
    }
  }
  throw new Error(`${command} exited before printing its URL`);
}

async function load(
  url: string,
  headers: Record<string, string>,
  options: { overallRate?: number },
): Promise<Measurement> {
  const result = await autocannon({ url, headers, connections: 10, duration: seconds, ...options });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function row(name: string, full: Measurement, fixed: Measurement): string {
  return `| ${name.padEnd(24)} | ${full.requestsPerSecond.toFixed(0).padStart(9)} | ${fixed.p50.toFixed(1).padStart(8)} | ${fixed.p99.toFixed(1).padStart(8)} | ${String(full.errors + full.non2xx + fixed.errors + fixed.non2xx).padStart(6)} |`;
}

const work = mkdtempSync(join(tmpdir(), "dsp-api-bench-"));
const env = {
  ...process.env,
  DSP_STORE_URL: join(work, "dsp.sqlite"),
  DSP_DATA_DIR: join(work, "runs"),
  DSP_LOG_LEVEL: process.env.DSP_LOG_LEVEL ?? "info",
};
const children: ChildProcess[] = [];

try {
  dsp(["process", join(root, "examples/opendc/carbon-demo"), "--run-id", "bench"], env);
  const token =
    dsp(["token", "create", "--scope", "read", "--name", "bench"], env).trim().split("\n").at(-1) ??
    "";
  const headers = { authorization: `Bearer ${token}` };

  const service = await startServer(
    join(root, "dsp"),
    ["serve", "--port", "0", "--no-worker"],
    env,
  );
  children.push(service.child);
  const datasetUrl = `${service.url}/v1/runs/bench/charts/${values.chart}/dataset?format=${values.format}`;
  const response = await fetch(datasetUrl, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get("content-type") ?? "application/octet-stream";
  writeFileSync(join(work, "body"), body);

  const bare = await startServer(
    join(root, "scripts/node"),
    [join(root, "bench/bare-server.ts"), join(work, "body"), contentType],
    env,
  );
  children.push(bare.child);
  const bareUrl = `${bare.url}/dataset`;

  const dspFull = await load(datasetUrl, headers, {});
  const bareFull = await load(bareUrl, headers, {});
  const dspFixed = await load(datasetUrl, headers, { overallRate: rate });
  const bareFixed = await load(bareUrl, headers, { overallRate: rate });

  process.stdout.write(
    `Chart ${values.chart} as ${values.format}: ${body.length} bytes per response, ${seconds} s per load, 10 connections\n\n`,
  );
  process.stdout.write(
    `| server                   | req/s max | p50 ms @${rate} | p99 ms @${rate} | errors |\n|---|---|---|---|---|\n`,
  );
  process.stdout.write(
    `${row("dsp serve", dspFull, dspFixed)}\n${row("bare Fastify route", bareFull, bareFixed)}\n\n`,
  );
  process.stdout.write(
    `throughput ratio dsp/bare: ${(dspFull.requestsPerSecond / bareFull.requestsPerSecond).toFixed(2)} (target >= 0.8)\n`,
  );
  process.stdout.write(`p99 at ${rate} req/s: ${dspFixed.p99.toFixed(1)} ms (target < 20 ms)\n`);
} finally {
  for (const child of children) {
    child.kill("SIGTERM");
    await once(child, "exit").catch(() => undefined);
  }
  rmSync(work, { recursive: true, force: true });
}
