import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { access, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const gnuTime = "/usr/bin/time";
const kib = 1024;

/** Wall time and peak memory of one command run. */
export interface Measurement {
  exitCode: number;
  wallSeconds: number;
  /**
   * Peak of the summed resident set size (VmRSS) of the command and all its descendants,
   * sampled from /proc every `sampleMs`, so a peak shorter than that can be missed.
   */
  peakTreeRssBytes: number;
  /** Peak of the summed anonymous memory (RssAnon) over the same samples: heap, not mapped files. */
  peakTreeAnonBytes: number;
  /** The largest single process's maximum RSS as GNU time reports it (ru_maxrss), if available. */
  maxRssBytes: number | undefined;
  /** The larger of the sampled tree peak and GNU time's maximum RSS. */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Interval between /proc samples, in milliseconds. */
  sampleMs?: number;
}

interface ProcessMemory {
  rss: number;
  anon: number;
}

async function readProcessMemory(pid: number): Promise<ProcessMemory | undefined> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => undefined);
  if (status === undefined) {
    return undefined;
  }
  const field = (name: string): number => {
    const found = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
    return found === null ? 0 : Number(found[1]) * kib;
  };
  return { rss: field("VmRSS"), anon: field("RssAnon") };
}

/** Lists a process's children from /proc/<pid>/task/<tid>/children of all its threads. */
async function readChildren(pid: number): Promise<number[]> {
  const threads = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const thread of threads) {
    const text = await readFile(`/proc/${pid}/task/${thread}/children`, "utf8").catch(() => "");
    for (const word of text.split(/\s+/)) {
      if (word !== "") {
        children.push(Number(word));
      }
    }
  }
  return children;
}

/** Sums the memory of a process tree; `skipRoot` leaves out the root (the GNU time wrapper). */
async function sampleTree(root: number, skipRoot: boolean): Promise<ProcessMemory> {
  const total = { rss: 0, anon: 0 };
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    if (!(skipRoot && pid === root)) {
      const memory = await readProcessMemory(pid);
      total.rss += memory?.rss ?? 0;
      total.anon += memory?.anon ?? 0;
    }
    pending.push(...(await readChildren(pid)));
  }
  return total;
}

function parseTimeOutput(text: string): { maxRssBytes?: number; exitCode?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const status = /Exit status: (\d+)/.exec(text);
  return {
    ...(rss === null ? {} : { maxRssBytes: Number(rss[1]) * kib }),
    ...(status === null ? {} : { exitCode: Number(status[1]) }),
  };
}

async function hasGnuTime(): Promise<boolean> {
  return access(gnuTime).then(
    () => true,
    () => false,
  );
}

/**
 * Runs a command to completion and measures its wall time and peak memory. Uses GNU time's
 * `-v` report where /usr/bin/time exists, and always samples the process tree from /proc,
 * because ru_maxrss covers only the largest single process, not a tree of workers.
 */
export async function measureCommand(
  command: string,
  args: string[],
  options: MeasureOptions = {},
): Promise<Measurement> {
  const useTime = await hasGnuTime();
  const scratch = await mkdtemp(join(tmpdir(), "dsp-bench-time-"));
  const timeFile = join(scratch, "time.txt");
  const [file, argv] = useTime
    ? [gnuTime, ["-v", "-o", timeFile, command, ...args]]
    : [command, args];

  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));

  const peak = { rss: 0, anon: 0 };
  let running = true;
  const sampler = (async () => {
    while (running && child.pid !== undefined) {
      const memory = await sampleTree(child.pid, useTime);
      peak.rss = Math.max(peak.rss, memory.rss);
      peak.anon = Math.max(peak.anon, memory.anon);
      await new Promise((resolve) => setTimeout(resolve, options.sampleMs ?? 50));
    }
  })();

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  running = false;
  await sampler;

  const timed = useTime ? parseTimeOutput(await readFile(timeFile, "utf8").catch(() => "")) : {};
  await rm(scratch, { recursive: true, force: true });
  const maxRssBytes = timed.maxRssBytes;
  return {
    exitCode: timed.exitCode ?? exitCode,
    wallSeconds,
    peakTreeRssBytes: peak.rss,
    peakTreeAnonBytes: peak.anon,
    maxRssBytes,
    peakRssBytes: Math.max(peak.rss, maxRssBytes ?? 0),
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
  };
}

/** Reads files once and discards the bytes, so every measured run starts with a warm page cache. */
export async function warmPageCache(paths: string[]): Promise<void> {
  for (const path of paths) {
    for await (const _chunk of createReadStream(path, { highWaterMark: 4 << 20 })) {
      // Reading is the point; the bytes are not needed.
    }
  }
}
