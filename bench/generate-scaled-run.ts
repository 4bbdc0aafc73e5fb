/**
 * Writes a scaled-up copy of the OpenDC carbon-demo run: the same four scenarios (grid
 * regions), artifact names, columns and dtypes, with more hosts and a longer simulated span.
 *
 *   scripts/node bench/generate-scaled-run.ts [OUT_DIR] [--host-factor N] [--time-factor N] [--seed N]
 *
 * OUT_DIR (default bench/out/scaled) gets `parquet/` and `csv/`, each a complete run folder
 * (`raw-output/<scenario>/seed=0/{host,powerSource,service,task}.*`, `trackr.json`,
 * `topologies/`, `carbon_experiment.json`). Every CSV has a `.schema.json` beside it, so the
 * legacy pandas scripts can read the CSV form with `PARQUET_CSV_ROOT=OUT_DIR/csv`.
 *
 * How the values are made: scaled host k is fixture host `k mod 277` shifted by a seeded random
 * number of hours, so every host row is a real fixture row (same value distribution) at a new
 * hour. The simulated span repeats the fixture's 720 hourly exports `--time-factor` times.
 * powerSource sums the scaled hosts per timestamp, service counts scale with the host factor,
 * and task repeats every fixture task once per host replica and per repetition of the span.
 * As in the fixture, host, service and task are identical in all four scenarios (hard links)
 * and only powerSource's carbon intensity differs.
 */
import { copyFile, cp, link, mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pl from "nodejs-polars";
import { writeCsvForm } from "./csv-form.ts";

const hourMs = 3_600_000;
const joulesPerKwh = 3_600_000;
const artifactNames = ["host", "powerSource", "service", "task"] as const;

/** Host columns that OpenDC's final flush row sets to zero; the others repeat the last export. */
const flushZeroedHostColumns = [
  "tasks_running",
  "cpu_time_active",
  "cpu_time_idle",
  "energy_usage",
  "embodied_carbon",
  "uptime",
];

export interface ScaleOptions {
  /** The carbon-demo fixture folder, with `raw-output/`, `trackr.json` and `topologies/`. */
  fixtureDir: string;
  outDir: string;
  /** Hosts in the scaled run per fixture host. */
  hostFactor: number;
  /** How many times the fixture's span of hourly exports repeats. */
  timeFactor: number;
  seed: number;
  log: (line: string) => void;
}

export interface ScaledRunSummary {
  parquetDir: string;
  csvDir: string;
  hosts: number;
  timestamps: number;
  rowsPerScenario: Record<(typeof artifactNames)[number], number>;
}

/** The fixture tables and the shape facts the scaling derives from them. */
interface Fixture {
  /** Regular host rows (no final flush rows), sorted by hour then by host position. */
  hostRegular: pl.DataFrame;
  hostColumns: string[];
  hostNames: string[];
  /** Hourly exports in the fixture, the final flush not counted (721 in the carbon demo). */
  hours: number;
  /** `timestamp_absolute - timestamp`: the epoch milliseconds of the simulation start. */
  startEpochMs: number;
  powerSources: pl.DataFrame[];
  service: pl.DataFrame;
  task: pl.DataFrame;
}

const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

/**
 * Frees the native memory of dropped frames. nodejs-polars 0.25.2 does not report that memory
 * to V8, so V8 does not collect on its own, and the finalizers that free it run only after the
 * event loop turns. Without both steps every chunk stayed allocated: 6.6 GiB peak instead of 2.0 GiB
 * with the default factors.
 */
async function releaseMemory(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
}

/** Seeded 32-bit PRNG (mulberry32), so the same seed always gives the same run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scenarioFile(root: string, scenario: number, artifact: string, extension: string): string {
  return join(root, "raw-output", String(scenario), "seed=0", `${artifact}.${extension}`);
}

function firstValue(frame: pl.DataFrame, column: string): number {
  return Number(frame.getColumn(column).toArray()[0]);
}

async function readFixture(fixtureDir: string): Promise<Fixture> {
  const host = pl.readParquet(scenarioFile(fixtureDir, 0, "host", "parquet"));
  const hostColumns = host.columns;
  const shape = host.select(
    pl.col("timestamp").nUnique().alias("hours"),
    pl.col("timestamp").min().alias("first"),
    pl.col("timestamp").max().alias("last"),
    pl.col("timestamp_absolute").sub(pl.col("timestamp")).min().alias("start"),
    pl.col("timestamp_absolute").sub(pl.col("timestamp")).max().alias("startMax"),
  );
  const hours = firstValue(shape, "hours");
  const first = firstValue(shape, "first");
  const last = firstValue(shape, "last");
  if (
    first !== hourMs ||
    last !== hours * hourMs ||
    firstValue(shape, "start") !== firstValue(shape, "startMax")
  ) {
    throw new Error(
      `The fixture host table is not hourly from ${hourMs} ms: it has ${hours} timestamps from ${first} to ${last} ms. The generator expects OpenDC's carbon-demo export every 3600 s.`,
    );
  }

  // A host's second row at the final timestamp is OpenDC's final flush, so rows whose
  // (host, timestamp) pair was seen before are dropped.
  const hostNames = host
    .filter(pl.col("timestamp").eq(first))
    .getColumn("host_name")
    .toArray() as string[];
  const positions = pl.DataFrame({
    host_name: hostNames,
    host_position: pl.Series(
      "host_position",
      hostNames.map((_, i) => i),
      pl.Int64,
    ),
  });
  const hostRegular = host
    .withColumns(pl.col("timestamp").cumCount().over("host_name", "timestamp").alias("occurrence"))
    .filter(pl.col("occurrence").eq(1))
    .join(positions, { on: "host_name" })
    .sort(["timestamp", "host_position"])
    .drop("occurrence");
  if (hostRegular.height !== hostNames.length * hours) {
    throw new Error(
      `The fixture host table has ${hostRegular.height} regular rows, expected ${hostNames.length} hosts x ${hours} timestamps. Check that every host reports at every timestamp.`,
    );
  }

  const powerSources = [0, 1, 2, 3].map((scenario) =>
    pl.readParquet(scenarioFile(fixtureDir, scenario, "powerSource", "parquet")),
  );
  const service = pl.readParquet(scenarioFile(fixtureDir, 0, "service", "parquet"));
  const task = pl.readParquet(scenarioFile(fixtureDir, 0, "task", "parquet"));
  const startEpochMs = firstValue(shape, "start");
  return { hostRegular, hostColumns, hostNames, hours, startEpochMs, powerSources, service, task };
}

/**
 * Integer division of a non-negative integer expression: Int64 by Int64 divides as integers in
 * nodejs-polars 0.25.2. NOTE: `value.div(number).floor()` is avoided because it returned 0 for
 * 3600000 / 3600000 there, so the float quotient came out just below 1.
 */
function floorDiv(value: pl.Expr, divisor: number): pl.Expr {
  return value.cast(pl.Int64).div(pl.lit(divisor).cast(pl.Int64));
}

/**
 * Maps a scaled hour (1-based) to the fixture hour it repeats and the repetition it is in.
 * Repetitions 0..timeFactor-1 repeat fixture hours 1..period, and the run's final hour maps to
 * the fixture's final hour, so the scaled run ends the way the fixture does.
 */
function sourceHourExprs(
  hour: pl.Expr,
  period: number,
  timeFactor: number,
): { source: pl.Expr; cycle: pl.Expr } {
  const rawCycle = floorDiv(hour.sub(1), period);
  const cycle = pl
    .when(rawCycle.gt(timeFactor - 1))
    .then(pl.lit(timeFactor - 1))
    .otherwise(rawCycle);
  return { source: hour.sub(cycle.mul(period)), cycle };
}

/** Per-timestamp sums over the scaled hosts; the last entry is the final flush. */
interface HourlyTotals {
  hour: number[];
  power: number[];
  energy: number[];
  running: number[];
}

/** The scaled hosts: name, fixture host position and the seeded hour shift of each. */
function scaledHosts(fixture: Fixture, options: ScaleOptions): pl.DataFrame {
  const random = seededRandom(options.seed);
  const base = fixture.hostNames.length;
  const count = base * options.hostFactor;
  const positions: number[] = [];
  const shifts: number[] = [];
  const names: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const position = k % base;
    positions.push(position);
    shifts.push(Math.floor(random() * fixture.hours));
    names.push(`${fixture.hostNames[position]}-r${Math.floor(k / base)}`);
  }
  return pl.DataFrame({
    host_index: pl.Series(
      "host_index",
      names.map((_, k) => k),
      pl.Int64,
    ),
    host_position: pl.Series("host_position", positions, pl.Int64),
    hour_shift: pl.Series("hour_shift", shifts, pl.Int64),
    scaled_host_name: pl.Series("scaled_host_name", names, pl.Utf8),
  });
}

/**
 * Builds the host rows of scaled hours [firstHour, lastHour]: each row copies the fixture row
 * of its host position at hour `((hour - 1 + shift) mod hours) + 1`.
 */
function hostChunk(
  fixture: Fixture,
  hosts: pl.DataFrame,
  firstHour: number,
  lastHour: number,
): pl.DataFrame {
  const hourFrame = pl.DataFrame({
    hour: pl.Series(
      "hour",
      Array.from({ length: lastHour - firstHour + 1 }, (_, i) => firstHour + i),
      pl.Int64,
    ),
  });
  const base = fixture.hostNames.length;
  const grid = hourFrame
    .join(hosts, { how: "cross" })
    .withColumns(
      pl
        .col("hour")
        .sub(1)
        .add(pl.col("hour_shift"))
        .modulo(fixture.hours)
        .mul(base)
        .add(pl.col("host_position"))
        .cast(pl.UInt32)
        .alias("source_row"),
    );
  const copied = fixture.hostRegular.select(pl.all().gather(grid.getColumn("source_row")));
  const timestamp = pl.col("hour").mul(hourMs).cast(pl.Int64);
  return copied
    .withColumns(grid.getColumn("hour"), grid.getColumn("scaled_host_name"))
    .withColumns(
      timestamp.alias("timestamp"),
      timestamp.add(fixture.startEpochMs).cast(pl.Int64).alias("timestamp_absolute"),
      pl.col("scaled_host_name").alias("host_name"),
    )
    .select(...fixture.hostColumns);
}

function addTotals(totals: HourlyTotals, chunk: pl.DataFrame): void {
  const hourly = chunk
    .groupBy("timestamp")
    .agg(
      pl.col("power_draw").cast(pl.Float64).sum().alias("power"),
      pl.col("energy_usage").cast(pl.Float64).sum().alias("energy"),
      pl.col("tasks_running").cast(pl.Int64).sum().alias("running"),
    )
    .sort("timestamp");
  totals.hour.push(
    ...(hourly
      .select(floorDiv(pl.col("timestamp"), hourMs).cast(pl.Int32).alias("hour"))
      .getColumn("hour")
      .toArray() as number[]),
  );
  totals.power.push(...(hourly.getColumn("power").toArray() as number[]));
  totals.energy.push(...(hourly.getColumn("energy").toArray() as number[]));
  totals.running.push(...(hourly.getColumn("running").toArray() as number[]));
}

async function writeParts(parts: AsyncIterable<pl.DataFrame>, partDir: string): Promise<string[]> {
  await mkdir(partDir, { recursive: true });
  const paths: string[] = [];
  for await (const part of parts) {
    const path = join(partDir, `part-${String(paths.length).padStart(5, "0")}.parquet`);
    part.writeParquet(path, { compression: "zstd" });
    paths.push(path);
    await releaseMemory();
  }
  return paths;
}

/** Joins the parts into one ZSTD Parquet file and one CSV file with the streaming engine. */
async function sinkParts(paths: string[], parquetPath: string, csvPath: string): Promise<void> {
  await mkdir(dirname(parquetPath), { recursive: true });
  const scanned = () =>
    pl.concat(
      paths.map((path) => pl.scanParquet(path)),
      { how: "vertical" },
    );
  await scanned().sinkParquet(parquetPath, { compression: "zstd", maintainOrder: true }).collect();
  await releaseMemory();
  await writeCsvForm(parquetPath, csvPath);
  await releaseMemory();
}

async function* hostChunks(
  fixture: Fixture,
  hosts: pl.DataFrame,
  options: ScaleOptions,
  totals: HourlyTotals,
): AsyncGenerator<pl.DataFrame> {
  const period = fixture.hours - 1;
  const finalHour = period * options.timeFactor + 1;
  for (let firstHour = 1; firstHour <= finalHour; firstHour += period) {
    const lastHour = Math.min(firstHour + period - 1, finalHour);
    // The last repetition also takes the final hour, so no chunk has a single hour.
    const end = finalHour - lastHour === 1 ? finalHour : lastHour;
    const chunk = hostChunk(fixture, hosts, firstHour, end);
    addTotals(totals, chunk);
    options.log(`host: hours ${firstHour}..${end} of ${finalHour}, ${chunk.height} rows`);
    yield chunk;
    if (end === finalHour) {
      const flush = hostChunk(fixture, hosts, finalHour, finalHour).withColumns(
        ...flushZeroedHostColumns.map((name) =>
          pl.lit(0).cast(fixture.hostRegular.getColumn(name).dtype).alias(name),
        ),
      );
      addTotals(totals, flush);
      yield flush;
      return;
    }
  }
}

/**
 * One row per powerSource and service row of the scaled run: the scaled hour, the timestamps,
 * the fixture row it repeats (`source_index`), the repetition (`cycle`) and the host totals.
 */
function hourlyFrame(
  fixture: Fixture,
  totals: HourlyTotals,
  options: ScaleOptions,
  sourceRows: number,
): pl.DataFrame {
  const period = fixture.hours - 1;
  const rows = totals.hour.length;
  const { source: sourceHour, cycle } = sourceHourExprs(pl.col("hour"), period, options.timeFactor);
  const isFlush = pl.col("row").eq(rows - 1);
  const timestamp = pl.col("hour").mul(hourMs).cast(pl.Int64);
  return pl
    .DataFrame({
      row: pl.Series(
        "row",
        Array.from({ length: rows }, (_, i) => i),
        pl.Int64,
      ),
      hour: pl.Series("hour", totals.hour, pl.Int64),
      power_sum: pl.Series("power_sum", totals.power, pl.Float64),
      energy_sum: pl.Series("energy_sum", totals.energy, pl.Float64),
      running: pl.Series("running", totals.running, pl.Int64),
    })
    .withColumns(
      timestamp.alias("timestamp"),
      timestamp.add(fixture.startEpochMs).cast(pl.Int64).alias("timestamp_absolute"),
      // The final flush row repeats the fixture's own flush row, the last of its table.
      pl
        .when(isFlush)
        .then(pl.lit(sourceRows - 1))
        .otherwise(sourceHour.sub(1))
        .cast(pl.UInt32)
        .alias("source_index"),
      cycle.cast(pl.Int64).alias("cycle"),
      isFlush.alias("is_flush"),
    );
}

/** Builds one region's powerSource table from the scaled host totals and its own intensities. */
function scaledPowerSource(
  fixture: Fixture,
  scenario: number,
  totals: HourlyTotals,
  options: ScaleOptions,
): pl.DataFrame {
  const source = fixture.powerSources[scenario];
  if (source === undefined) {
    throw new Error(`The fixture has no powerSource table for scenario ${scenario}.`);
  }
  // One seeded factor per repetition of the span, so repetitions differ per region.
  const random = seededRandom(options.seed + 1000 + scenario);
  const factors = Array.from({ length: options.timeFactor }, () => 0.9 + 0.2 * random());
  const factorFrame = pl.DataFrame({
    cycle: pl.Series(
      "cycle",
      factors.map((_, i) => i),
      pl.Int64,
    ),
    factor: pl.Series("factor", factors, pl.Float64),
  });
  const sourceRows = source
    .withRowIndex("source_index")
    .select("source_index", "source_name", "cluster_name", "carbon_intensity");

  const intensity = pl
    .col("carbon_intensity")
    .cast(pl.Float64)
    .mul(pl.col("factor"))
    .cast(pl.Float32);
  const energy = pl
    .when(pl.col("is_flush"))
    .then(pl.lit(0))
    .otherwise(pl.col("energy_sum"))
    .cast(pl.Float32);
  return hourlyFrame(fixture, totals, options, source.height)
    .join(sourceRows, { on: "source_index", how: "left" })
    .join(factorFrame, { on: "cycle", how: "left" })
    .sort("row")
    .withColumns(
      intensity.alias("carbon_intensity"),
      energy.alias("energy_usage"),
      pl.col("power_sum").cast(pl.Float32).alias("power_draw"),
    )
    .withColumns(
      pl
        .col("energy_usage")
        .cast(pl.Float64)
        .div(joulesPerKwh)
        .mul(pl.col("carbon_intensity").cast(pl.Float64))
        .cast(pl.Float32)
        .alias("carbon_emission"),
    )
    .select(...source.columns);
}

/**
 * Builds the service table: `tasks_active` is the scaled hosts' running tasks per timestamp,
 * host counts and gauges scale with the host factor, and the cumulative task counters add the
 * fixture's end-of-span totals once per earlier repetition.
 */
function scaledService(
  fixture: Fixture,
  totals: HourlyTotals,
  options: ScaleOptions,
): pl.DataFrame {
  const source = fixture.service.withRowIndex("source_index");
  const endOfSpan = source.filter(pl.col("source_index").eq(fixture.hours - 2));
  const totalAtEnd = firstValue(endOfSpan, "tasks_total");
  const completedAtEnd = firstValue(endOfSpan, "tasks_completed");
  const factor = options.hostFactor;
  const scaledCount = (name: string) =>
    pl.col(name).cast(pl.Int64).mul(factor).cast(pl.Int32).alias(name);
  const cumulative = (name: string, atEnd: number) =>
    pl
      .col("cycle")
      .mul(atEnd)
      .add(pl.col(name).cast(pl.Int64))
      .mul(factor)
      .cast(pl.Int32)
      .alias(name);

  return hourlyFrame(fixture, totals, options, source.height)
    .join(source.drop("timestamp", "timestamp_absolute", "tasks_active"), {
      on: "source_index",
      how: "left",
    })
    .sort("row")
    .withColumns(
      scaledCount("hosts_up"),
      scaledCount("hosts_down"),
      scaledCount("tasks_pending"),
      scaledCount("tasks_terminated"),
      cumulative("tasks_total", totalAtEnd),
      cumulative("tasks_completed", completedAtEnd),
      pl.col("running").cast(pl.Int32).alias("tasks_active"),
    )
    .select(...fixture.service.columns);
}

/**
 * Yields the task rows of each repetition of the span: every fixture task once per host
 * replica, with its times shifted by the repetition and its id, name and host made unique.
 * NOTE: task rows keep the fixture's host assignment per replica, but scaled hosts are shifted
 * in time, so a task's host does not necessarily show a running task at that hour.
 */
async function* taskChunks(fixture: Fixture, options: ScaleOptions): AsyncGenerator<pl.DataFrame> {
  const period = fixture.hours - 1;
  const replicas = pl.DataFrame({
    replica: pl.Series(
      "replica",
      Array.from({ length: options.hostFactor }, (_, r) => r),
      pl.Int64,
    ),
  });
  const timeColumns = [
    "timestamp",
    "timestamp_absolute",
    "schedule_time",
    "submission_time",
    "finish_time",
  ];
  for (let cycle = 0; cycle < options.timeFactor; cycle += 1) {
    const isLast = cycle === options.timeFactor - 1;
    const rows = isLast
      ? fixture.task
      : fixture.task.filter(pl.col("timestamp").ltEq(period * hourMs));
    const copy = pl
      .col("replica")
      .add(cycle * options.hostFactor)
      .cast(pl.Int64);
    const chunk = rows
      .join(replicas, { how: "cross" })
      .withColumns(
        ...timeColumns.map((name) =>
          pl
            .col(name)
            .add(cycle * period * hourMs)
            .cast(pl.Int64)
            .alias(name),
        ),
        pl
          .concatString([copy.cast(pl.Utf8).str.zFill(8), pl.col("task_id").str.slice(8)], "")
          .alias("task_id"),
        pl
          .col("task_name")
          .cast(pl.Int64)
          .add(copy.mul(10_000_000))
          .cast(pl.Int64)
          .cast(pl.Utf8)
          .alias("task_name"),
        pl
          .concatString([pl.col("host_name"), pl.lit("-r"), pl.col("replica").cast(pl.Utf8)], "")
          .alias("host_name"),
      )
      .select(...fixture.task.columns);
    options.log(`task: repetition ${cycle + 1} of ${options.timeFactor}, ${chunk.height} rows`);
    yield chunk;
  }
}

/** Hard-links a file, or copies it where the filesystem has no hard links across the paths. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP") {
      throw error;
    }
    await copyFile(from, to);
  }
}

/** Writes the scaled run; see the file header for what each table contains. */
export async function generateScaledRun(options: ScaleOptions): Promise<ScaledRunSummary> {
  const outDir = resolve(options.outDir);
  const parquetDir = join(outDir, "parquet");
  const csvDir = join(outDir, "csv");
  const partDir = join(outDir, "parts");
  await rm(outDir, { recursive: true, force: true });

  const fixture = await readFixture(options.fixtureDir);
  const hosts = scaledHosts(fixture, options);
  const totals: HourlyTotals = { hour: [], power: [], energy: [], running: [] };

  const hostParts = await writeParts(
    hostChunks(fixture, hosts, options, totals),
    join(partDir, "host"),
  );
  options.log("host: writing Parquet and CSV");
  await sinkParts(
    hostParts,
    scenarioFile(parquetDir, 0, "host", "parquet"),
    scenarioFile(csvDir, 0, "host", "csv"),
  );
  const taskParts = await writeParts(taskChunks(fixture, options), join(partDir, "task"));
  options.log("task: writing Parquet and CSV");
  await sinkParts(
    taskParts,
    scenarioFile(parquetDir, 0, "task", "parquet"),
    scenarioFile(csvDir, 0, "task", "csv"),
  );
  await rm(partDir, { recursive: true, force: true });

  const service = scaledService(fixture, totals, options);
  const servicePath = scenarioFile(parquetDir, 0, "service", "parquet");
  service.writeParquet(servicePath, { compression: "zstd" });
  await writeCsvForm(servicePath, scenarioFile(csvDir, 0, "service", "csv"));

  for (let scenario = 0; scenario < 4; scenario += 1) {
    const powerPath = scenarioFile(parquetDir, scenario, "powerSource", "parquet");
    await mkdir(dirname(powerPath), { recursive: true });
    scaledPowerSource(fixture, scenario, totals, options).writeParquet(powerPath, {
      compression: "zstd",
    });
    await writeCsvForm(powerPath, scenarioFile(csvDir, scenario, "powerSource", "csv"));
    if (scenario === 0) {
      continue;
    }
    for (const artifact of ["host", "service", "task"]) {
      await mkdir(dirname(scenarioFile(csvDir, scenario, artifact, "csv")), { recursive: true });
      await linkOrCopy(
        scenarioFile(parquetDir, 0, artifact, "parquet"),
        scenarioFile(parquetDir, scenario, artifact, "parquet"),
      );
      await linkOrCopy(
        scenarioFile(csvDir, 0, artifact, "csv"),
        scenarioFile(csvDir, scenario, artifact, "csv"),
      );
      await linkOrCopy(
        scenarioFile(csvDir, 0, artifact, "schema.json"),
        scenarioFile(csvDir, scenario, artifact, "schema.json"),
      );
    }
  }

  for (const runDir of [parquetDir, csvDir]) {
    await cp(join(options.fixtureDir, "trackr.json"), join(runDir, "trackr.json"));
    await cp(
      join(options.fixtureDir, "carbon_experiment.json"),
      join(runDir, "carbon_experiment.json"),
    );
    await cp(join(options.fixtureDir, "topologies"), join(runDir, "topologies"), {
      recursive: true,
    });
  }

  const hostCount = hosts.height;
  const rowsPerScenario = {
    host: hostCount * totals.hour.length,
    powerSource: totals.hour.length,
    service: totals.hour.length,
    task: Number(
      (
        await pl
          .scanParquet(scenarioFile(parquetDir, 0, "task", "parquet"))
          .select(pl.len().alias("rows"))
          .collect()
      )
        .getColumn("rows")
        .toArray()[0],
    ),
  };
  return { parquetDir, csvDir, hosts: hostCount, timestamps: totals.hour.length, rowsPerScenario };
}

const defaultFixtureDir =
  process.env.OPENDC_CARBON_DEMO ??
  fileURLToPath(new URL("../examples/opendc/carbon-demo", import.meta.url));

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "host-factor": { type: "string", default: "11" },
      "time-factor": { type: "string", default: "10" },
      seed: { type: "string", default: "20261204" },
      fixture: { type: "string", default: defaultFixtureDir },
    },
  });
  const integer = (name: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`--${name} must be a positive integer, got "${text}".`);
    }
    return value;
  };
  const started = performance.now();
  const summary = await generateScaledRun({
    fixtureDir: values.fixture,
    outDir: positionals[0] ?? "bench/out/scaled",
    hostFactor: integer("host-factor", values["host-factor"]),
    timeFactor: integer("time-factor", values["time-factor"]),
    seed: integer("seed", values.seed),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds) }, null, 2)}\n`);
}

if (import.meta.main) {
  await main();
}
