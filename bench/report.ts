import { execFile } from "node:child_process";
import { availableParallelism, cpus, release, totalmem } from "node:os";
import { promisify } from "node:util";
import pl from "nodejs-polars";
import type { DspProfile } from "./dsp-log-profile.ts";

const run = promisify(execFile);
const mib = 1024 * 1024;

/** The machine and software versions a benchmark ran on. */
export interface MachineInfo {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
  polars: string;
  pandas: string;
  numpy: string;
  commit: string;
}

/** The measured runs of one side (pandas or the DSP) on one input. */
export interface SideResult {
  run: string;
  side: "pandas" | "DSP";
  input: "CSV" | "Parquet";
  /** The host tables the side reads, which differ between the legacy script and the DSP. */
  reads: string;
  wallSeconds: number[];
  peakRssBytes: number[];
  peakTreeAnonBytes: number[];
  maxRssBytes: (number | undefined)[];
  exitCodes: number[];
  /** The 1-minute load average just before each run; other processes on the machine skew timings. */
  loadBefore: number[];
  failure?: string;
  /** The DSP's time breakdown of its last run. */
  profile?: DspProfile;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** Returns the median wall time and the highest peak memory over a side's runs. */
export function summarize(result: SideResult): { wallSeconds: number; peakRssBytes: number } {
  return {
    wallSeconds: median(result.wallSeconds),
    peakRssBytes: Math.max(...result.peakRssBytes),
  };
}

async function pythonVersions(): Promise<{ pandas: string; numpy: string }> {
  try {
    const { stdout } = await run("/usr/bin/python3", [
      "-c",
      "import pandas, numpy; print(pandas.__version__, numpy.__version__)",
    ]);
    const [pandas = "unknown", numpy = "unknown"] = stdout.trim().split(" ");
    return { pandas, numpy };
  } catch {
    return { pandas: "not installed", numpy: "not installed" };
  }
}

async function gitCommit(cwd: string): Promise<string> {
  try {
    const head = (await run("git", ["rev-parse", "--short", "HEAD"], { cwd })).stdout.trim();
    const dirty =
      (
        await run("git", ["status", "--porcelain", "--untracked-files=no"], { cwd })
      ).stdout.trim() !== "";
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return "unknown";
  }
}

export async function describeMachine(repoRoot: string): Promise<MachineInfo> {
  const { pandas, numpy } = await pythonVersions();
  return {
    date: new Date().toISOString(),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    polars: pl.version,
    pandas,
    numpy,
    commit: await gitCommit(repoRoot),
  };
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function ratioCells(result: SideResult, pandas: SideResult | undefined): [string, string] {
  if (
    result.side === "pandas" ||
    pandas === undefined ||
    pandas.failure !== undefined ||
    result.failure !== undefined
  ) {
    return ["-", "-"];
  }
  const side = summarize(result);
  const legacy = summarize(pandas);
  return [
    `${(legacy.wallSeconds / side.wallSeconds).toFixed(2)}x`,
    `${(side.peakRssBytes / legacy.peakRssBytes).toFixed(2)}x`,
  ];
}

/** Formats the results as a Markdown table with the pandas/DSP time and DSP/pandas memory ratios. */
export function formatResults(results: SideResult[]): string {
  const header = [
    "run",
    "side",
    "input",
    "host tables read",
    "runs",
    "wall s (median)",
    "peak RSS MiB (max)",
    "pandas/DSP time",
    "DSP/pandas peak memory",
    "load avg before",
  ];
  const rows = results.map((result) => {
    const pandas = results.find(
      (candidate) => candidate.run === result.run && candidate.side === "pandas",
    );
    const { wallSeconds, peakRssBytes } = summarize(result);
    const measured =
      result.failure === undefined
        ? [wallSeconds.toFixed(2), (peakRssBytes / mib).toFixed(0)]
        : [`failed: ${result.failure}`, "-"];
    return [
      result.run,
      result.side,
      result.input,
      result.reads,
      String(result.wallSeconds.length),
      ...measured,
      ...ratioCells(result, pandas),
      result.loadBefore.map((load) => load.toFixed(1)).join(", "),
    ];
  });
  return formatTable(header, rows);
}

/** Formats where the DSP's time went in the last run of each DSP side, slowest chart first. */
export function formatProfiles(results: SideResult[]): string {
  const sections: string[] = [];
  for (const result of results) {
    const profile = result.profile;
    if (profile === undefined || result.failure !== undefined) {
      continue;
    }
    const wall = profile.wallSeconds;
    const share = (seconds: number | undefined) =>
      seconds === undefined ? "-" : `${((seconds / wall) * 100).toFixed(0)}%`;
    const seconds = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(2));
    const charts = [...profile.charts]
      .filter((chart) => chart.status !== "skipped")
      .sort((a, b) => b.seconds - a.seconds);
    const rows = [
      [
        "start-up and ingest (discover, hash, parse, check)",
        seconds(profile.ingestSeconds),
        share(profile.ingestSeconds),
      ],
      ...charts.map((chart) => [
        `chart ${chart.chartId} (${chart.status})`,
        seconds(chart.seconds),
        share(chart.seconds),
      ]),
      [
        "store set-up, cleanup and exit",
        seconds(profile.otherSeconds),
        share(profile.otherSeconds),
      ],
    ];
    sections.push(
      `DSP time breakdown of the last run: ${result.run}, ${result.input}, ${result.reads} (wall ${wall.toFixed(2)} s)\n${formatTable(["phase", "s", "share"], rows)}`,
    );
  }
  return sections.join("\n\n");
}
