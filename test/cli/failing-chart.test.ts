import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { temporaryFolder } from "../helpers.ts";
import { type DspOutput, lines, runDsp } from "./run-dsp.ts";
import { copyCarbonRun, flipBytes, type RunCopy } from "./run-folders.ts";

/**
 * Host columns that the OpenDC contracts leave out. This pack's contract declares them nullable,
 * and ingest reads only the columns that must not hold nulls, so only a chart decodes them.
 */
const extraHostColumns = [
  { name: "core_count", dtype: "Int32" },
  { name: "mem_capacity", dtype: "Int64" },
  { name: "cpu_demand", dtype: "Float32" },
  { name: "cpu_time_idle", dtype: "Int64" },
  { name: "uptime", dtype: "Int64" },
];

/** A pack over OpenDC host files: one good SQL chart, one over the extra columns, one broken. */
const pack = {
  name: "failing-charts",
  version: "1.0.0",
  extends: "opendc",
  contracts: [
    {
      name: "hostExtra",
      pattern: "**/raw-output/{scenario}/seed={seed}/host.*",
      format: "parquet",
      kind: "table",
      columns: extraHostColumns.map((column) => ({ ...column, nullable: true })),
      exclude: { scenario: ["metamodel"] },
    },
  ],
  charts: [
    {
      id: "host_power_sum",
      version: 1,
      title: "Host power per scenario",
      inputs: ["host"],
      sql: "SELECT scenario, SUM(CAST(power_draw AS DOUBLE)) AS power FROM host GROUP BY scenario ORDER BY scenario",
      schema: [
        { name: "scenario", dtype: "String" },
        { name: "power", dtype: "Float64" },
      ],
    },
    {
      id: "host_extra_columns",
      version: 1,
      title: "Sums of the extra host columns",
      inputs: ["hostExtra"],
      sql: `SELECT scenario, ${extraHostColumns.map(({ name }) => `SUM(${name}) AS ${name}`).join(", ")} FROM hostExtra GROUP BY scenario ORDER BY scenario`,
      schema: [{ name: "scenario", dtype: "String" }],
    },
    {
      id: "broken_sql",
      version: 1,
      title: "Query over a column that does not exist",
      inputs: ["host"],
      sql: "SELECT no_such_column FROM host",
      schema: [{ name: "no_such_column", dtype: "Float64" }],
    },
  ],
};

/** Returns the chart table line of `chartId`. */
function chartLine(stdout: string, chartId: string): string {
  return lines(stdout).find((line) => new RegExp(`^  \\S+\\s+${chartId}\\s`).test(line)) ?? "";
}

/** Returns the lines of `dsp` messages on stderr, leaving out the JSON log lines. */
function messages(stderr: string): string[] {
  return lines(stderr).filter((line) => line.startsWith("dsp "));
}

describe("dsp process with failing charts", () => {
  const scratch = temporaryFolder("dsp-cli-failing-");
  const packFolder = join(scratch.path, "pack");
  const store = join(scratch.path, "dsp.sqlite");
  const corruptStore = join(scratch.path, "corrupt.sqlite");
  let clean: RunCopy;
  let corrupt: RunCopy;
  let cleanResult: DspOutput;
  let corruptResult: DspOutput;

  before(async () => {
    mkdirSync(packFolder);
    writeFileSync(join(packFolder, "pack.json"), JSON.stringify(pack, null, 2));
    clean = copyCarbonRun({ host: true });
    corrupt = copyCarbonRun({ host: true });
    // These 16 bytes of this file lie in a data page of one of the extra columns, so ingest
    // passes and only the chart over those columns fails.
    flipBytes(corrupt.file("1", "host"), { at: 0.14, count: 16 });

    [cleanResult, corruptResult] = await Promise.all([
      runDsp(["process", clean.path, "--pack", packFolder, "--run-id", "clean"], { store }),
      runDsp(["process", corrupt.path, "--pack", packFolder, "--run-id", "corrupt"], {
        store: corruptStore,
      }),
    ]);
  });
  after(() => {
    clean.remove();
    corrupt.remove();
    scratch.remove();
  });

  describe("broken SQL chart", () => {
    test("exits 1", () => {
      assert.equal(cleanResult.code, 1, cleanResult.stderr);
    });

    test("stores the good charts", () => {
      assert.match(chartLine(cleanResult.stdout, "host_power_sum"), /^ {2}ok /);
      assert.match(chartLine(cleanResult.stdout, "host_extra_columns"), /^ {2}ok /);
    });

    test("names the SQL error", () => {
      const line = chartLine(cleanResult.stdout, "broken_sql");

      assert.match(line, /^ {2}FAILED /);
      assert.ok(line.includes('unable to find column "no_such_column"'), line);
    });

    test("stderr names the failed chart", () => {
      assert.deepEqual(messages(cleanResult.stderr), [
        "dsp process: 1 of 3 charts failed: broken_sql. The other charts are stored, and the table on standard output gives each error.",
      ]);
    });

    test("runs shows the run partial", async () => {
      const result = await runDsp(["runs"], { store });

      assert.equal(result.code, 0, result.stderr);
      assert.match(lines(result.stdout)[0] ?? "", /^clean {2}partial +2 charts /);
    });

    test("good chart exports", async () => {
      const result = await runDsp(["export", "clean", "host_power_sum"], { store });

      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.startsWith("scenario,power\r\n"), result.stdout);
    });
  });

  describe("corrupt page in a declared column", () => {
    test("ingest rejects the run", () => {
      assert.equal(corruptResult.code, 5, corruptResult.stderr);
    });

    test("names the corrupt file", () => {
      const [message = ""] = messages(corruptResult.stderr);

      assert.ok(message.includes(corrupt.file("1", "host")), message);
    });

    test("stores nothing", async () => {
      const result = await runDsp(["runs"], { store: corruptStore });

      assert.equal(result.stdout, "");
    });
  });
});
