import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { type Browser, chromium } from "playwright-core";
import { temporaryFolder } from "../helpers.ts";

/** Debian's Chromium, so the tests download no browser. */
export const chromiumPath = "/usr/bin/chromium";

/** A headless Chromium that this test process started, with its PID for cleanup. */
export interface HeadlessChromium {
  browser: Browser;
  pid: number;
  /** Disconnects, ends the process by its PID and removes the profile folder. */
  stop(): Promise<void>;
}

/** Time allowed for Chromium to print its DevTools endpoint. */
const startTimeoutMs = 30_000;

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(
          new Error(`Chromium printed no DevTools endpoint within ${startTimeoutMs} ms: ${output}`),
        ),
      startTimeoutMs,
    );
    child.stderr?.on("data", (chunk: Buffer) => {
      output += String(chunk);
      const url = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code} before listening: ${output}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts Debian's Chromium headless with a fresh profile and DevTools on a free local port,
 * and connects Playwright to it. The test owns the process, so `stop` can end it by PID.
 */
export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = temporaryFolder("dsp-chromium-");
  const child = spawn(
    chromiumPath,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile.path}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  try {
    const endpoint = await devToolsEndpoint(child);
    const browser = await chromium.connectOverCDP(endpoint);
    return {
      browser,
      pid: child.pid ?? -1,
      stop: async () => {
        await browser.close().catch(() => undefined);
        await stopProcess(child);
        profile.remove();
      },
    };
  } catch (error) {
    await stopProcess(child);
    profile.remove();
    throw error;
  }
}
