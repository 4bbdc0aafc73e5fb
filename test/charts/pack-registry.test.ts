import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ingestRun } from "../../src/artifacts/ingest-run.ts";
import { loadPack } from "../../src/charts/pack-registry.ts";
import { runChart } from "../../src/charts/run-chart.ts";
import { opendcRuns, repoRoot, temporaryFolder } from "../helpers.ts";

const examplePack = join(repoRoot, "examples/packs/opendc-host-power");

test("built-in opendc pack has every chart of record", async () => {
  const pack = await loadPack("opendc");
  assert.equal(pack.charts.length, 12);
});

test("example pack loads SQL and module charts", async () => {
  const pack = await loadPack(examplePack);
  assert.deepEqual(
    pack.charts.map((chart) => chart.id),
    ["host_power_total", "host_utilization_quantiles"],
  );
  assert.ok(pack.contracts.some((contract) => contract.name === "host"));
});

test("example pack charts run on m3sa", async () => {
  const pack = await loadPack(examplePack);
  const ingested = await ingestRun(opendcRuns.m3sa.folder, pack.contracts);
  try {
    for (const chart of pack.charts) {
      const { frame } = await runChart(chart, ingested.inputs);
      assert.deepEqual(
        frame.columns,
        chart.schema.map((column) => column.name),
      );
    }
    const [sqlChart] = pack.charts;
    assert.ok(sqlChart);
    const { frame } = await runChart(sqlChart, ingested.inputs);
    assert.equal(frame.height, 84);
  } finally {
    await ingested.cleanup();
  }
});

test("pack manifest lists every issue", async () => {
  const folder = temporaryFolder();
  mkdirSync(folder.path, { recursive: true });
  writeFileSync(
    join(folder.path, "pack.json"),
    JSON.stringify({
      name: "",
      version: "1",
      charts: [
        {
          id: "Bad Id",
          version: 0,
          title: "t",
          sql: "SELECT 1",
          inputs: [],
          schema: [{ name: "x", dtype: "Float" }],
        },
      ],
    }),
  );
  await assert.rejects(loadPack(folder.path), (error: Error) => {
    assert.match(error.message, /\$\.name must be a non-empty string/);
    assert.match(error.message, /\$\.charts\[0\]\.id must be a lowercase identifier/);
    assert.match(error.message, /\$\.charts\[0\]\.version must be a positive integer/);
    assert.match(error.message, /\$\.charts\[0\]\.schema\[0\]\.dtype must be one of/);
    return true;
  });
  folder.remove();
});

test("unknown pack name is not found", async () => {
  await assert.rejects(loadPack("no-such-pack"), /Unknown pack "no-such-pack"/);
});

// Regression: a pack named after an Object.prototype member resolved to that member.
test("prototype member name is not a pack", async () => {
  await assert.rejects(loadPack("valueOf"), /Unknown pack "valueOf"/);
});
