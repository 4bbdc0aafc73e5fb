import cliProgress from "cli-progress";
import type { ChartProgress } from "../charts/execute-charts.ts";

/**
 * Shows a progress bar on standard error when it is a terminal; elsewhere shows nothing,
 * because the structured `chart finished` log lines carry the same information.
 */
export function createChartProgressDisplay(
  stream: NodeJS.WriteStream,
): ChartProgress & { stop(): void } {
  if (!stream.isTTY) {
    return { stop: () => undefined };
  }

  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "charts {bar} {value}/{total} {chart}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onChartStart(chart, index, total) {
      if (!started) {
        bar.start(total, index, { chart: chart.id });
        started = true;
      }
      bar.update(index, { chart: chart.id });
    },
    onChartResult(result, index) {
      bar.update(index + 1, { chart: result.chartId });
    },
    stop: () => bar.stop(),
  };
}
