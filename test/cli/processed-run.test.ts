import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { opendcRuns, temporaryFolder } from "../helpers.ts";
import { type DspOutput, lines, runDsp } from "./run-dsp.ts";
import { copyCarbonRun, type RunCopy, setCsvField } from "./run-folders.ts";

/** The subset of an OpenLineage run event that these tests read. */
interface LineageEvent {
  eventType: string;
  inputs: { name: string; facets: { artifact: { size: number; sha256: string } } }[];
  outputs?: { name: string; facets: { chartDataset?: { contentHash: string } } }[];
}

const carbonCharts = [
  "carbon_intensity_timeseries",
  "power_draw_kw_timeseries",
  "carbon_emission_kg_timeseries",
  "carbon_totals",
  "carbon_difference",
  "simple_summary",
  "simple_active_tasks",
  "simple_energy_rolling",
];
const m3saCharts = [
  "models_timeseries",
  "models_chunk_means",
  "metamodel_power_draw",
  "metamodel_step",
];

/** Returns the output lines of a chart table that start with `status` and name `chartId`. */
function chartLines(stdout: string, status: string, chartId: string): string[] {
  const pattern = new RegExp(`^  ${status}\\s+${chartId}\\s`);
  return lines(stdout).filter((line) => pattern.test(line));
}

async function lineage(runId: string, store: string): Promise<LineageEvent[]> {
  const result = await runDsp(["lineage", runId], { store });
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as LineageEvent[];
}

/** Returns the content hash of each chart dataset named in a run's COMPLETE event. */
function contentHashes(events: LineageEvent[]): Record<string, string> {
  const complete = events.find((event) => event.eventType === "COMPLETE");
  const outputs = complete?.outputs ?? [];
  return Object.fromEntries(
    outputs.map((output) => [
      output.name.split("/").at(-1),
      output.facets.chartDataset?.contentHash,
    ]),
  );
}

describe("dsp on processed runs", () => {
  const scratch = temporaryFolder("dsp-cli-processed-");
  const store = join(scratch.path, "dsp.sqlite");
  const otherStore = join(scratch.path, "other.sqlite");
  const m3saFolder = join(scratch.path, "m3sa");
  let carbonRun: RunCopy;
  let carbon: DspOutput;
  let carbonAgain: DspOutput;
  let m3sa: DspOutput;

  before(async () => {
    carbonRun = copyCarbonRun({ host: true });
    cpSync(opendcRuns.m3sa.folder, m3saFolder, { recursive: true });
    [carbon, carbonAgain] = await Promise.all([
      runDsp(["process", carbonRun.path, "--run-id", "carbon"], { store }),
      runDsp(["process", carbonRun.path, "--run-id", "carbon-again"], { store: otherStore }),
    ]);
    m3sa = await runDsp(["process", m3saFolder, "--run-id", "m3sa"], { store });
  });
  after(() => {
    carbonRun.remove();
    scratch.remove();
  });

  describe("process", () => {
    test("exits 0", () => {
      assert.equal(carbon.code, 0, carbon.stderr);
      assert.equal(m3sa.code, 0, m3sa.stderr);
    });

    test("prints the run id first", () => {
      assert.equal(lines(carbon.stdout)[0], "run carbon  status succeeded  pack opendc");
    });

    test("prints one line per chart", () => {
      for (const chartId of carbonCharts) {
        assert.equal(chartLines(carbon.stdout, "ok", chartId).length, 1, carbon.stdout);
      }
      for (const chartId of m3saCharts) {
        assert.equal(chartLines(carbon.stdout, "skipped", chartId).length, 1, carbon.stdout);
      }
    });

    test("prints the summary last", () => {
      assert.equal(lines(carbon.stdout).at(-1), "12 charts: 8 succeeded, 0 failed, 4 skipped");
    });
  });

  describe("replay", () => {
    test("reports every hash unchanged", async () => {
      const result = await runDsp(["replay", "carbon"], { store });

      assert.equal(result.code, 0, result.stderr);
      for (const chartId of carbonCharts) {
        const [line] = chartLines(result.stdout, "ok", chartId);
        assert.match(line ?? "", /unchanged$/, result.stdout);
      }
      assert.equal(lines(result.stdout).at(-1), "all content hashes unchanged");
    });

    test("recomputes only the chosen chart", async () => {
      const result = await runDsp(["replay", "carbon", "--chart", "carbon_totals"], { store });

      assert.equal(result.code, 0, result.stderr);
      assert.equal(chartLines(result.stdout, "ok", "carbon_totals").length, 1, result.stdout);
      assert.ok(result.stdout.includes("1 charts: 1 succeeded"), result.stdout);
    });
  });

  describe("determinism", () => {
    test("hashes equal across processes", async () => {
      assert.equal(carbonAgain.code, 0, carbonAgain.stderr);
      const first = contentHashes(await lineage("carbon", store));
      const second = contentHashes(await lineage("carbon-again", otherStore));

      assert.deepEqual(Object.keys(first).sort(), [...carbonCharts].sort());
      assert.deepEqual(second, first);
    });
  });

  // The m3sa run is never replayed, so its lineage contains the events of one job.
  describe("lineage", () => {
    test("prints START then COMPLETE", async () => {
      const events = await lineage("m3sa", store);

      assert.deepEqual(
        events.map((event) => event.eventType),
        ["START", "COMPLETE"],
      );
    });

    test("names each input with size and sha256", async () => {
      const events = await lineage("m3sa", store);
      const path = join(m3saFolder, "outputs/raw-output/2/seed=0/powerSource.parquet");
      const bytes = readFileSync(path);

      for (const event of events) {
        const input = event.inputs.find((candidate) => candidate.name === path);
        assert.ok(input, `${event.eventType} event lacks ${path}`);
        assert.equal(input.facets.artifact.size, statSync(path).size);
        assert.equal(
          input.facets.artifact.sha256,
          createHash("sha256").update(bytes).digest("hex"),
        );
      }
    });
  });

  describe("export", () => {
    test("writes CSV with the header row", async () => {
      const result = await runDsp(["export", "carbon", "carbon_totals"], { store });

      assert.equal(result.code, 0, result.stderr);
      const [header, ...rows] = result.stdout.split("\r\n").filter((line) => line !== "");
      assert.equal(header, "region,total_carbon_emission_kg");
      assert.deepEqual(
        rows.map((row) => row.split(",")[0]),
        ["BE", "DE", "FR", "NL"],
      );
    });

    test("output option writes the file", async () => {
      const output = join(scratch.path, "totals.csv");
      const args = ["export", "carbon", "carbon_totals", "--format", "csv"];
      const printed = await runDsp(args, { store });

      const result = await runDsp([...args, "--output", output], { store });

      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, "");
      assert.equal(readFileSync(output, "utf8"), printed.stdout);
    });
  });

  describe("parity", () => {
    const experiments = [
      { runId: "carbon", golden: opendcRuns.carbon.golden, charts: carbonCharts },
      { runId: "m3sa", golden: opendcRuns.m3sa.golden, charts: m3saCharts },
    ];

    for (const { runId, golden, charts } of experiments) {
      test(`${runId} passes as text`, async () => {
        const result = await runDsp(["parity", runId, "--legacy", golden], { store });

        assert.equal(result.code, 0, result.stdout);
        for (const chartId of charts) {
          assert.match(result.stdout, new RegExp(`^PASS  ${chartId}  `, "m"));
        }
        assert.equal(
          lines(result.stdout).at(-1),
          `${charts.length} of ${charts.length} charts pass`,
        );
      });

      test(`${runId} passes as JSON`, async () => {
        const args = ["parity", runId, "--legacy", golden, "--format", "json"];
        const result = await runDsp(args, { store });

        assert.equal(result.code, 0, result.stdout);
        const reports = JSON.parse(result.stdout) as { chartId: string; passed: boolean }[];
        assert.deepEqual(reports.map((report) => report.chartId).sort(), [...charts].sort());
        assert.deepEqual(
          reports.filter((report) => !report.passed),
          [],
        );
      });

      test(`${runId} passes as JUnit`, async () => {
        const args = ["parity", runId, "--legacy", golden, "--format", "junit"];
        const result = await runDsp(args, { store });

        assert.equal(result.code, 0, result.stdout);
        assert.match(result.stdout, new RegExp(`tests="${charts.length}" failures="0"`));
        assert.equal(result.stdout.match(/<testcase /g)?.length, charts.length);
        assert.doesNotMatch(result.stdout, /<failure/);
      });
    }

    test("fails on one changed value", async () => {
      const legacy = join(scratch.path, "changed-golden");
      cpSync(opendcRuns.carbon.golden, legacy, { recursive: true });
      setCsvField(join(legacy, "carbon_totals.csv"), 1, "total_carbon_emission_kg", "6000.5");

      const result = await runDsp(["parity", "carbon", "--legacy", legacy], { store });

      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stdout, /^FAIL {2}carbon_totals {2}/m);
      assert.match(result.stdout, /^ {4}! total_carbon_emission_kg .* mismatches 1 /m);
      assert.match(
        result.stdout,
        /row 1 total_carbon_emission_kg: dataset 6558\.95\d*, legacy 6000\.5$/m,
      );
      assert.equal(lines(result.stdout).at(-1), "7 of 8 charts pass");
    });

    test("fails on changed value as JUnit", async () => {
      const legacy = join(scratch.path, "changed-golden-junit");
      cpSync(opendcRuns.carbon.golden, legacy, { recursive: true });
      setCsvField(join(legacy, "carbon_totals.csv"), 3, "region", "XX");
      const args = ["parity", "carbon", "--legacy", legacy, "--format", "junit"];

      const result = await runDsp(args, { store });

      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stdout, /tests="8" failures="1"/);
      assert.match(result.stdout, /row 3 region: dataset NL, legacy XX/);
    });

    test("fails on a missing dataset", async () => {
      const run = copyCarbonRun();
      try {
        const processed = await runDsp(["process", run.path, "--run-id", "no-host"], { store });
        assert.equal(processed.code, 1, processed.stderr);

        const args = ["parity", "no-host", "--legacy", opendcRuns.carbon.golden];
        const result = await runDsp(args, { store });

        assert.equal(result.code, 1, result.stdout);
        assert.match(result.stdout, /^FAIL {2}simple_summary {2}/m);
        assert.equal(lines(result.stdout).at(-1), "7 of 8 charts pass");
      } finally {
        run.remove();
      }
    });
  });
});
