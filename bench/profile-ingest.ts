/**
 * Times the steps the DSP takes to ingest one OpenDC host table, and the cheaper variants, so
 * the cost of `dsp process` on large runs can be attributed.
 *
 *   scripts/node bench/profile-ingest.ts [RUN_DIR]    (default bench/out/scaled)
 *
 * RUN_DIR is a folder written by generate-scaled-run.ts, with `csv/` and `parquet/`. On
 * scenario 0's host.csv it times the SHA-256 of the file, a CSV-to-Arrow-IPC copy of all
 * columns (what the DSP's ingest made of every text artifact until it kept only the contract's
 * columns), and that copy's null check. It then times
 * the same copy limited to the contract's columns, and simple_summary's aggregate computed
 * straight from the CSV. On the four host.parquet files it times that aggregate over the
 * concatenation the DSP builds, over a plain vertical concatenation, and per file before
 * labelling rows with the scenario.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pl from "nodejs-polars";
import { applyContract } from "../src/artifacts/apply-contract.ts";
import { hashFile } from "../src/artifacts/hash-file.ts";
import { scanTable } from "../src/artifacts/read-table.ts";
import type { ArtifactFile } from "../src/artifacts/run-folder.ts";
import { host as hostContract } from "../src/packs/opendc/contracts.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function hostFile(
  runDir: string,
  format: "csv" | "parquet",
  scenario: number,
  size: number,
): ArtifactFile {
  const relativePath = `raw-output/${scenario}/seed=0/host.${format}`;
  return {
    artifact: "host",
    path: join(runDir, format, relativePath),
    relativePath,
    format,
    size,
    partitions: { scenario: String(scenario), seed: "0" },
  };
}

/** Returns the frame the DSP's ingest builds for a file: scanned with contract types, adapted. */
async function adaptedScan(file: ArtifactFile): Promise<pl.LazyDataFrame> {
  const scanned = scanTable(file, hostContract);
  const schema = (await scanned.limit(0).collect()).schema;
  return applyContract(file, hostContract, scanned, schema).frame;
}

const utilizationMean = pl.col("cpu_utilization").cast(pl.Float64).mean().alias("mean");

async function timeStep(name: string, step: () => Promise<unknown>): Promise<[string, number]> {
  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
  const started = performance.now();
  await step();
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${name}: ${seconds.toFixed(2)} s\n`);
  return [name, seconds];
}

async function main(): Promise<void> {
  const runDir = resolve(process.argv[2] ?? "bench/out/scaled");
  const csvPath = join(runDir, "csv", "raw-output", "0", "seed=0", "host.csv");
  const csv = hostFile(runDir, "csv", 0, (await stat(csvPath)).size);
  const scratch = await mkdtemp(join(tmpdir(), "dsp-bench-profile-"));
  const required = (hostContract.columns ?? []).map((column) => column.name);
  const timings: [string, number][] = [];

  try {
    timings.push(await timeStep("host.csv: SHA-256 of the file", () => hashFile(csv.path)));
    const allColumns = join(scratch, "all.arrow");
    timings.push(
      await timeStep("host.csv: CSV to IPC, all 24 columns", async () =>
        (await adaptedScan(csv)).sinkIpc(allColumns).collect(),
      ),
    );
    timings.push(
      await timeStep("host.csv: null check of the contract columns on that copy", () =>
        pl
          .scanIPC(allColumns)
          .select(...required.map((name) => pl.col(name).nullCount()))
          .collect(),
      ),
    );
    timings.push(
      await timeStep("host.csv: simple_summary aggregate from the IPC copy", () =>
        pl.scanIPC(allColumns).select(utilizationMean).collect(),
      ),
    );
    const copySize = (await stat(allColumns)).size;
    process.stderr.write(
      `IPC copy of all columns: ${(copySize / 2 ** 30).toFixed(2)} GiB for ${(csv.size / 2 ** 30).toFixed(2)} GiB of CSV\n`,
    );
    await rm(allColumns, { force: true });
    timings.push(
      await timeStep("host.csv: CSV to IPC, the contract columns only", async () =>
        (await adaptedScan(csv))
          .select(...required)
          .sinkIpc(join(scratch, "contract.arrow"))
          .collect(),
      ),
    );
    timings.push(
      await timeStep("host.csv: simple_summary aggregate straight from the CSV", async () =>
        (await adaptedScan(csv)).select(utilizationMean).collect(),
      ),
    );

    const parquetFrames = async () =>
      Promise.all(
        [0, 1, 2, 3].map(async (scenario) => {
          const file = hostFile(runDir, "parquet", scenario, 0);
          return (await adaptedScan(file)).withColumns(pl.lit(String(scenario)).alias("scenario"));
        }),
      );
    const grouped = (frame: pl.LazyDataFrame) =>
      frame.groupBy("scenario").agg(utilizationMean).collect();
    timings.push(
      await timeStep(
        "4 x host.parquet: aggregate over a diagonalRelaxed concat (DSP chart inputs)",
        async () => grouped(pl.concat(await parquetFrames(), { how: "diagonalRelaxed" })),
      ),
    );
    timings.push(
      await timeStep("4 x host.parquet: aggregate over a vertical concat", async () =>
        grouped(pl.concat(await parquetFrames(), { how: "vertical" })),
      ),
    );
    timings.push(
      await timeStep("4 x host.parquet: aggregate per file, then label the scenario", async () => {
        const perFile = [0, 1, 2, 3].map(async (scenario) => {
          const frame = await adaptedScan(hostFile(runDir, "parquet", scenario, 0));
          return frame
            .select(utilizationMean)
            .withColumns(pl.lit(String(scenario)).alias("scenario"));
        });
        return pl.concat(await Promise.all(perFile), { how: "vertical" }).collect();
      }),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const width = Math.max(...timings.map(([name]) => name.length));
  const lines = timings.map(
    ([name, seconds]) => `| ${name.padEnd(width)} | ${seconds.toFixed(2).padStart(7)} |`,
  );
  process.stdout.write(
    `| ${"step".padEnd(width)} | ${"s".padStart(7)} |\n|${"-".repeat(width + 2)}|${"-".repeat(9)}|\n${lines.join("\n")}\n`,
  );
}

await main();
