import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { repoRoot } from "../helpers.ts";

/** A `dsp serve` child process on a free port of 127.0.0.1. */
export interface DspServer {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  url: string;
  pid: number;
  /** The server's log lines so far, for failure messages. */
  log(): string;
  /** Sends SIGTERM to the PID and waits for the exit, with SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Time allowed for the server to print its address. */
const startTimeoutMs = 30_000;

function listeningUrl(child: ChildProcess, log: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`dsp serve did not listen within ${startTimeoutMs} ms: ${log()}`)),
      startTimeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      output += String(chunk);
      const url = /Listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dsp serve exited with ${code} before listening: ${log()}`));
    });
  });
}

/**
 * Starts `./dsp serve` on the given store as a user would, and resolves once it listens.
 * `DSP_*` variables of the calling shell are dropped so only `env` counts.
 */
export async function startDspServer(
  store: string,
  env: Record<string, string> = {},
): Promise<DspServer> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("DSP_")),
  );
  const child = spawn(join(repoRoot, "dsp"), ["serve", "--host", "127.0.0.1", "--port", "0"], {
    cwd: repoRoot,
    env: { ...inherited, DSP_STORE_URL: store, DSP_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + String(chunk)).slice(-20_000);
  });
  const log = () => stderr;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await listeningUrl(child, log);
    return { url, pid: child.pid ?? -1, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
