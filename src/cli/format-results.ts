import type { ChartResult } from "../store/store.ts";

function statusLabel(result: ChartResult): string {
  switch (result.status) {
    case "succeeded":
      return "ok";
    case "skipped":
      return "skipped";
    case "failed":
      return "FAILED";
  }
}

function detail(result: ChartResult, replay: boolean): string {
  if (result.status !== "succeeded") {
    return result.error?.message ?? "";
  }
  const hash = `${result.contentHash?.slice(0, 19) ?? ""}…`;
  const change = !replay
    ? ""
    : result.previousHash === result.contentHash
      ? "  unchanged"
      : result.previousHash === null
        ? "  new"
        : `  CHANGED from ${result.previousHash.slice(0, 19)}…`;
  return `${String(result.rows).padStart(6)} rows  ${hash}  ${result.durationMs} ms${change}`;
}

/** Formats per-chart results as aligned lines and a summary line. */
export function formatResults(results: ChartResult[], options: { replay: boolean }): string {
  const width = Math.max(0, ...results.map((result) => result.chartId.length));
  const lines = results.map(
    (result) =>
      `  ${statusLabel(result).padEnd(7)}  ${result.chartId.padEnd(width)}  ${detail(result, options.replay)}`,
  );
  const count = (status: ChartResult["status"]) =>
    results.filter((result) => result.status === status).length;
  const summary = `${results.length} charts: ${count("succeeded")} succeeded, ${count("failed")} failed, ${count("skipped")} skipped`;
  return [...lines, summary].join("\n");
}

/**
 * Returns the line a command writes to standard error when charts failed, naming them, or
 * undefined when none failed.
 */
export function formatFailedCharts(command: string, results: ChartResult[]): string | undefined {
  const failed = results.filter((result) => result.status === "failed");
  if (failed.length === 0) {
    return undefined;
  }
  const ids = failed.map((result) => result.chartId).join(", ");
  return `dsp ${command}: ${failed.length} of ${results.length} charts failed: ${ids}. The other charts are stored, and the table on standard output gives each error.`;
}
