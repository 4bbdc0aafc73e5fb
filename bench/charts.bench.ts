/**
 * Times the legacy pandas scripts against `dsp process` on the same OpenDC runs and prints
 * wall time, peak memory and their ratios.
 *
 *   npm run bench -- [--out DIR] [--fixture-runs N] [--scaled-runs N] [--skip-scaled]
 *                    [--regenerate] [--host-factor N] [--time-factor N] [--dsp-rev REV]
 *
 * Runs measured: the carbon-demo and m3sa fixtures, and the scaled carbon-demo run that
 * generate-scaled-run.ts writes (generated on first use, then reused). pandas runs each
 * fixture's unchanged `legacy/reproduce.py` on the CSV form. The DSP runs on the CSV form and
 * on the Parquet form, and for the scaled run also on a view that has scenario 0 only, the one
 * host table that pandas reads. See bench/README.md for what each side computes.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { convertRunToCsv } from "./csv-form.ts";
import { profileDspRun } from "./dsp-log-profile.ts";
import { snapshotDsp } from "./dsp-snapshot.ts";
import { measureCommand, warmPageCache } from "./measure.ts";
import {
  describeMachine,
  formatProfiles,
  formatResults,
  median,
  type SideResult,
} from "./report.ts";
import { linkFirstScenarioOnly, listRunFiles } from "./run-views.ts";

/** The legacy pandas scripts, copied into the project with their provenance. */
const legacyDir = fileURLToPath(new URL("../legacy/opendc", import.meta.url));

const repoRoot = resolve(import.meta.dirname, "..");
const python = "/usr/bin/python3";

/** A command to measure, with the temporary folders it writes to. */
interface PreparedRun {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cleanup: () => Promise<void>;
}

/** One side of a comparison: how to run it and which files to read into the page cache first. */
interface Side {
  run: string;
  side: SideResult["side"];
  input: SideResult["input"];
  reads: string;
  /** How many times to run it. The report takes the median wall time. */
  runs: number;
  warm: () => Promise<string[]>;
  prepare: () => Promise<PreparedRun>;
}

/** Files either side reads: the three tables the charts use and the JSON documents. */
const inputFiles = /^(host|powerSource|service)\.(csv|parquet)$|\.json$/;

function pandasSide(
  run: string,
  runs: number,
  script: string,
  csvRoot: string,
  reads: string,
): Side {
  return {
    run,
    side: "pandas",
    input: "CSV",
    reads,
    runs,
    warm: () => listRunFiles(csvRoot, inputFiles),
    prepare: async () => {
      const outDir = await mkdtemp(join(tmpdir(), "dsp-bench-pandas-"));
      return {
        command: python,
        args: [script, csvRoot, outDir],
        env: { ...process.env, PARQUET_CSV_ROOT: csvRoot },
        cleanup: () => rm(outDir, { recursive: true, force: true }),
      };
    },
  };
}

function dspSide(
  dspRoot: string,
  run: string,
  runs: number,
  input: SideResult["input"],
  folder: string,
  reads: string,
): Side {
  return {
    run,
    side: "DSP",
    input,
    reads,
    runs,
    warm: () => listRunFiles(folder, inputFiles),
    prepare: async () => {
      const storeDir = await mkdtemp(join(tmpdir(), "dsp-bench-store-"));
      return {
        command: join(dspRoot, "dsp"),
        args: ["process", folder, "--pack", "opendc"],
        env: { ...process.env, DSP_STORE_URL: join(storeDir, "bench.sqlite") },
        cleanup: () => rm(storeDir, { recursive: true, force: true }),
      };
    },
  };
}

function lastLines(text: string, count: number): string {
  return text.trim().split("\n").slice(-count).join("\n");
}

function emptyResult(side: Side): SideResult {
  return {
    run: side.run,
    side: side.side,
    input: side.input,
    reads: side.reads,
    wallSeconds: [],
    peakRssBytes: [],
    peakTreeAnonBytes: [],
    maxRssBytes: [],
    exitCodes: [],
    loadBefore: [],
  };
}

/** Runs a side once and appends the measurement to its result, which a non-zero exit marks failed. */
async function measureOnce(
  side: Side,
  result: SideResult,
  log: (line: string) => void,
): Promise<void> {
  await warmPageCache(await side.warm());
  const prepared = await side.prepare();
  result.loadBefore.push(loadavg()[0] ?? 0);
  const startedAtMs = Date.now();
  const measured = await measureCommand(prepared.command, prepared.args, {
    cwd: repoRoot,
    env: prepared.env,
  });
  await prepared.cleanup();

  result.wallSeconds.push(measured.wallSeconds);
  result.peakRssBytes.push(measured.peakRssBytes);
  result.peakTreeAnonBytes.push(measured.peakTreeAnonBytes);
  result.maxRssBytes.push(measured.maxRssBytes);
  result.exitCodes.push(measured.exitCode);
  log(
    `${side.run} ${side.side} ${side.input} (${side.reads}) run ${result.wallSeconds.length}/${side.runs}: ${measured.wallSeconds.toFixed(2)} s, peak RSS ${(measured.peakRssBytes / 2 ** 20).toFixed(0)} MiB, exit ${measured.exitCode}`,
  );
  if (measured.exitCode !== 0) {
    result.failure = `exit ${measured.exitCode}`;
    log(
      `${side.side} failed on ${side.run}:\n${lastLines(`${measured.stdout}\n${measured.stderr}`, 15)}`,
    );
    return;
  }
  if (side.side === "DSP") {
    result.profile = profileDspRun(
      `${measured.stdout}\n${measured.stderr}`,
      startedAtMs,
      measured.wallSeconds,
    );
  }
}

/**
 * Measures every side, taking the runs of one input in rounds (pandas, then each DSP side,
 * then again), so a change in the machine's load during the benchmark affects all sides alike.
 */
async function measureSides(sides: Side[], log: (line: string) => void): Promise<SideResult[]> {
  const results = new Map(sides.map((side) => [side, emptyResult(side)]));
  const rounds = Math.max(...sides.map((side) => side.runs));
  for (const run of new Set(sides.map((side) => side.run))) {
    for (let round = 1; round <= rounds; round += 1) {
      for (const side of sides.filter(
        (candidate) => candidate.run === run && candidate.runs >= round,
      )) {
        const result = results.get(side) ?? emptyResult(side);
        if (result.failure === undefined) {
          await measureOnce(side, result, log);
        }
      }
    }
  }
  return [...results.values()];
}

interface BenchOptions {
  outDir: string;
  fixturesDir: string;
  fixtureRuns: number;
  scaledRuns: number;
  skipScaled: boolean;
  regenerate: boolean;
  generatorArgs: string[];
  /** A git revision to snapshot and run as the DSP; unset runs the working tree. */
  dspRevision: string | undefined;
}

async function generateScaledRun(
  options: BenchOptions,
  scaledDir: string,
  log: (line: string) => void,
): Promise<void> {
  if (!options.regenerate && existsSync(join(scaledDir, "csv", "trackr.json"))) {
    log(`reusing the scaled run in ${scaledDir} (pass --regenerate to write it again)`);
    return;
  }
  log(`generating the scaled run in ${scaledDir}`);
  const generator = join(import.meta.dirname, "generate-scaled-run.ts");
  const measured = await measureCommand(
    process.execPath,
    [generator, scaledDir, ...options.generatorArgs],
    { cwd: repoRoot },
  );
  if (measured.exitCode !== 0) {
    throw new Error(
      `Generating the scaled run failed (exit ${measured.exitCode}):\n${lastLines(measured.stderr, 15)}`,
    );
  }
  log(
    `generated in ${measured.wallSeconds.toFixed(1)} s, peak RSS ${(measured.peakRssBytes / 2 ** 20).toFixed(0)} MiB: ${measured.stdout.trim()}`,
  );
}

async function buildSides(
  options: BenchOptions,
  dspRoot: string,
  log: (line: string) => void,
): Promise<Side[]> {
  const carbonDemo = join(options.fixturesDir, "carbon-demo");
  const m3sa = join(options.fixturesDir, "m3sa");
  const carbonCsv = join(options.outDir, "fixtures", "carbon-demo");
  const m3saCsv = join(options.outDir, "fixtures", "m3sa");
  for (const [source, target] of [
    [carbonDemo, carbonCsv],
    [m3sa, m3saCsv],
  ] as const) {
    await rm(target, { recursive: true, force: true });
    await convertRunToCsv(source, target);
  }
  const carbonScript = join(legacyDir, "carbon-demo", "reproduce.py");
  const m3saScript = join(legacyDir, "m3sa", "reproduce.py");

  const runs = options.fixtureRuns;
  const fixtureSides = [
    pandasSide("carbon-demo", runs, carbonScript, carbonCsv, "scenario 0"),
    dspSide(dspRoot, "carbon-demo", runs, "CSV", carbonCsv, "scenarios 0-3"),
    dspSide(dspRoot, "carbon-demo", runs, "Parquet", carbonDemo, "scenarios 0-3"),
    pandasSide("m3sa", runs, m3saScript, m3saCsv, "scenarios 0-3"),
    dspSide(dspRoot, "m3sa", runs, "CSV", m3saCsv, "scenarios 0-3"),
    dspSide(dspRoot, "m3sa", runs, "Parquet", m3sa, "scenarios 0-3"),
  ];
  if (options.skipScaled) {
    return fixtureSides;
  }

  const scaledDir = join(options.outDir, "scaled");
  await generateScaledRun(options, scaledDir, log);
  const firstScenarioOnly = join(options.outDir, "scaled-scenario-0");
  await linkFirstScenarioOnly(join(scaledDir, "csv"), join(firstScenarioOnly, "csv"));
  await linkFirstScenarioOnly(join(scaledDir, "parquet"), join(firstScenarioOnly, "parquet"));
  const scaledRuns = options.scaledRuns;
  const scaledSides = [
    pandasSide("scaled", scaledRuns, carbonScript, join(scaledDir, "csv"), "scenario 0"),
    dspSide(dspRoot, "scaled", scaledRuns, "CSV", join(scaledDir, "csv"), "scenarios 0-3"),
    dspSide(
      dspRoot,
      "scaled",
      scaledRuns,
      "CSV",
      join(firstScenarioOnly, "csv"),
      "scenario 0 (view)",
    ),
    dspSide(dspRoot, "scaled", scaledRuns, "Parquet", join(scaledDir, "parquet"), "scenarios 0-3"),
    dspSide(
      dspRoot,
      "scaled",
      scaledRuns,
      "Parquet",
      join(firstScenarioOnly, "parquet"),
      "scenario 0 (view)",
    ),
  ];
  return [...fixtureSides, ...scaledSides];
}

/** Returns the verdict on the target: the DSP at least 5x faster than pandas at no more peak memory. */
function targetVerdict(results: SideResult[]): string {
  const pandas = results.find((result) => result.run === "scaled" && result.side === "pandas");
  const lines: string[] = [];
  for (const dsp of results.filter(
    (result) => result.run === "scaled" && result.side === "DSP" && result.input === "CSV",
  )) {
    if (pandas === undefined || pandas.failure !== undefined || dsp.failure !== undefined) {
      lines.push(`Target on the scaled CSV run (${dsp.reads}): not measured, a side failed.`);
      continue;
    }
    const speedup = median(pandas.wallSeconds) / median(dsp.wallSeconds);
    const memory = Math.max(...dsp.peakRssBytes) / Math.max(...pandas.peakRssBytes);
    const met = speedup >= 5 && memory <= 1;
    lines.push(
      `Target on the scaled CSV run, DSP reading host of ${dsp.reads}: >= 5x faster at <= 1x peak memory: ${met ? "MET" : "NOT MET"} (${speedup.toFixed(2)}x faster, ${memory.toFixed(2)}x memory)`,
    );
  }
  return lines.join("\n");
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: join(repoRoot, "bench", "out") },
      fixtures: {
        type: "string",
        default:
          process.env.OPENDC_FIXTURES ??
          fileURLToPath(new URL("../examples/opendc", import.meta.url)),
      },
      "fixture-runs": { type: "string", default: "3" },
      "scaled-runs": { type: "string", default: "1" },
      "skip-scaled": { type: "boolean", default: false },
      regenerate: { type: "boolean", default: false },
      "host-factor": { type: "string" },
      "time-factor": { type: "string" },
      "dsp-rev": { type: "string" },
    },
  });
  const count = (name: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`--${name} must be a positive integer, got "${text}".`);
    }
    return value;
  };
  const generatorArgs = [
    ...(values["host-factor"] === undefined ? [] : ["--host-factor", values["host-factor"]]),
    ...(values["time-factor"] === undefined ? [] : ["--time-factor", values["time-factor"]]),
    "--fixture",
    join(values.fixtures, "carbon-demo"),
  ];
  return {
    outDir: resolve(values.out),
    fixturesDir: resolve(values.fixtures),
    fixtureRuns: count("fixture-runs", values["fixture-runs"]),
    scaledRuns: count("scaled-runs", values["scaled-runs"]),
    skipScaled: values["skip-scaled"],
    regenerate: values.regenerate,
    generatorArgs,
    dspRevision: values["dsp-rev"],
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await mkdir(options.outDir, { recursive: true });
  const machine = await describeMachine(repoRoot);
  const snapshot =
    options.dspRevision === undefined
      ? undefined
      : await snapshotDsp(repoRoot, options.dspRevision);
  const dsp =
    snapshot === undefined ? `working tree at ${machine.commit}` : `commit ${snapshot.commit}`;

  let results: SideResult[];
  try {
    const sides = await buildSides(options, snapshot?.root ?? repoRoot, log);
    results = await measureSides(sides, log);
  } finally {
    await snapshot?.remove();
  }

  const header = `Scale-Up DSP vs legacy pandas, ${machine.date}: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Linux ${machine.kernel}, Node ${machine.node}, nodejs-polars ${machine.polars}, pandas ${machine.pandas}, numpy ${machine.numpy}, DSP ${dsp}`;
  const report = [header, formatResults(results), targetVerdict(results), formatProfiles(results)]
    .filter((part) => part !== "")
    .join("\n\n");
  process.stdout.write(`${report}\n`);

  const resultsDir = join(options.outDir, "results");
  await mkdir(resultsDir, { recursive: true });
  const resultFile = join(resultsDir, `charts-bench-${machine.date.replaceAll(":", "-")}.json`);
  await writeFile(resultFile, `${JSON.stringify({ machine, dsp, options, results }, null, 2)}\n`);
  log(`results written to ${resultFile}`);
}

await main();
