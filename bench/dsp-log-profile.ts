/** A breakdown of one `dsp process` run's wall time, read from its JSON log lines. */
export interface DspProfile {
  /** Wall time of the profiled run, as measured from outside the process. */
  wallSeconds: number;
  /** From process start to the "run ingested" log line: Node start-up, discovery, hashing, parsing and checks. */
  ingestSeconds: number | undefined;
  /** Per chart, from the "chart finished" log lines: transform, content hash and store write. */
  charts: { chartId: string; status: string; seconds: number }[];
  /** Wall time not covered by ingest and charts: store set-up, cleanup of temporary files and exit. */
  otherSeconds: number | undefined;
}

interface LogLine {
  msg?: string;
  time?: string;
  chartId?: string;
  status?: string;
  durationMs?: number;
}

function parseLogLines(output: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const text of output.split("\n")) {
    if (!text.startsWith("{")) {
      continue;
    }
    try {
      lines.push(JSON.parse(text) as LogLine);
    } catch {
      // Not a log line: the CLI also prints plain text results.
    }
  }
  return lines;
}

/**
 * Splits a `dsp process` run's wall time into ingest, per-chart and other time, using the pino
 * log lines it writes ("run ingested" and one "chart finished" per chart).
 */
export function profileDspRun(
  output: string,
  startedAtMs: number,
  wallSeconds: number,
): DspProfile {
  const lines = parseLogLines(output);
  const ingested = lines.find((line) => line.msg === "run ingested");
  const ingestSeconds =
    ingested?.time === undefined ? undefined : (Date.parse(ingested.time) - startedAtMs) / 1000;
  const charts = lines
    .filter((line) => line.msg === "chart finished" && line.chartId !== undefined)
    .map((line) => ({
      chartId: line.chartId ?? "",
      status: line.status ?? "unknown",
      seconds: (line.durationMs ?? 0) / 1000,
    }));
  const chartSeconds = charts.reduce((sum, chart) => sum + chart.seconds, 0);
  const otherSeconds =
    ingestSeconds === undefined ? undefined : wallSeconds - ingestSeconds - chartSeconds;
  return { wallSeconds, ingestSeconds, charts, otherSeconds };
}
