import { hostname } from "node:os";
import type { IngestedRun } from "../artifacts/ingest-run.ts";
import { toDspError } from "../errors.ts";
import { sendLineage } from "../lineage/lineage-transport.ts";
import { buildLineageEvent, type LineageContext } from "../lineage/openlineage-event.ts";
import type { Logger } from "../observability/logger.ts";
import type {
  ChartResult,
  JobRecord,
  JobStatus,
  LineageRecord,
  RunRecord,
  Store,
} from "../store/store.ts";
import type { ChartDefinition, ChartPack } from "./chart-definition.ts";
import { locateReadFailure } from "./locate-read-failure.ts";
import { chartApplicability, runChart } from "./run-chart.ts";

/** Optional callbacks for a progress display. */
export interface ChartProgress {
  onChartStart?(chart: ChartDefinition, index: number, total: number): void;
  onChartResult?(result: ChartResult, index: number, total: number): void;
}

export interface ExecuteChartsOptions {
  store: Store;
  run: RunRecord;
  job: JobRecord;
  pack: ChartPack;
  ingested: IngestedRun;
  logger: Logger;
  progress?: ChartProgress;
}

function skipped(chart: ChartDefinition, missing: string[]): ChartResult {
  const message = `Chart ${chart.id} does not apply to this run: it has no ${missing.join(", ")} artifact.`;
  return {
    chartId: chart.id,
    chartVersion: chart.version,
    status: "skipped",
    rows: null,
    contentHash: null,
    previousHash: null,
    error: { code: "not_applicable", message },
    durationMs: 0,
  };
}

async function computeOne(
  options: ExecuteChartsOptions,
  chart: ChartDefinition,
): Promise<ChartResult> {
  const { store, run, job, ingested } = options;
  const started = performance.now();
  const previous = await store.getDataset(run.id, chart.id);
  const previousHash = previous?.contentHash ?? null;

  try {
    const dataset = await runChart(chart, ingested.inputs);
    const unchanged =
      previousHash === dataset.contentHash && previous?.chartVersion === chart.version;
    if (!unchanged) {
      const schema = chart.schema.map(({ name, dtype }) => ({ name, dtype }));
      await store.publishDataset({
        runId: run.id,
        chartId: chart.id,
        chartVersion: chart.version,
        jobId: job.id,
        contentHash: dataset.contentHash,
        rowCount: dataset.frame.height,
        schema,
        ipc: dataset.ipc,
      });
    }
    const durationMs = Math.round(performance.now() - started);
    return {
      chartId: chart.id,
      chartVersion: chart.version,
      status: "succeeded",
      rows: dataset.frame.height,
      contentHash: dataset.contentHash,
      previousHash,
      error: null,
      durationMs,
    };
  } catch (error) {
    const failure = toDspError(locateReadFailure(error, chart, ingested.inputs));
    const durationMs = Math.round(performance.now() - started);
    const details = failure.details as Record<string, unknown>;
    return {
      chartId: chart.id,
      chartVersion: chart.version,
      status: "failed",
      rows: null,
      contentHash: null,
      previousHash,
      error: { code: failure.code, message: failure.message, details },
      durationMs,
    };
  }
}

/** Returns succeeded when every chart that ran succeeded, failed when none did, else partial. */
export function overallStatus(
  results: ChartResult[],
): Extract<JobStatus, "succeeded" | "failed" | "partial"> {
  const ran = results.filter((result) => result.status !== "skipped");
  const failed = ran.filter((result) => result.status === "failed").length;
  if (failed === 0) {
    return "succeeded";
  }
  return failed === ran.length ? "failed" : "partial";
}

async function recordLineage(options: ExecuteChartsOptions, record: LineageRecord): Promise<void> {
  await options.store.appendLineage(record);
  await sendLineage(record, options.logger);
}

/**
 * Computes the charts of a job on an ingested run and publishes each dataset as it is done.
 * A chart that fails is recorded with its error and the others go on. The job and the run get
 * the overall status, and lineage START and COMPLETE (or FAIL) events are stored.
 */
export async function executeCharts(options: ExecuteChartsOptions): Promise<ChartResult[]> {
  const { store, run, job, pack, ingested, logger } = options;
  const context: LineageContext = {
    runId: run.id,
    jobId: job.id,
    jobKind: job.kind,
    pack: pack.name,
    namespace: `dsp://${hostname()}`,
  };
  await recordLineage(options, buildLineageEvent(context, "START", { inputs: ingested.refs }));

  const charts =
    job.charts.length === 0
      ? pack.charts
      : pack.charts.filter((chart) => job.charts.includes(chart.id));
  const present = new Set(ingested.refs.map((ref) => ref.artifact));
  const results: ChartResult[] = [];

  for (const [index, chart] of charts.entries()) {
    options.progress?.onChartStart?.(chart, index, charts.length);
    const { applies, missing } = chartApplicability(chart, present);
    const result = applies ? await computeOne(options, chart) : skipped(chart, missing);
    (globalThis as { gc?: () => void }).gc?.();

    await store.saveChartResult(job.id, result);
    results.push(result);
    logger.info(
      {
        runId: run.id,
        jobId: job.id,
        chartId: chart.id,
        status: result.status,
        rows: result.rows,
        durationMs: result.durationMs,
        error: result.error?.message,
      },
      "chart finished",
    );
    options.progress?.onChartResult?.(result, index, charts.length);
  }

  const status = overallStatus(results);
  const failedCharts = results
    .filter((result) => result.status === "failed")
    .map((result) => result.chartId);
  const error = failedCharts.length === 0 ? undefined : `Charts failed: ${failedCharts.join(", ")}`;
  await recordLineage(
    options,
    buildLineageEvent(context, status === "failed" ? "FAIL" : "COMPLETE", {
      inputs: ingested.refs,
      results,
      ...(error === undefined ? {} : { error }),
    }),
  );
  await store.updateJob(job.id, {
    status,
    finishedAt: new Date().toISOString(),
    error: error ?? null,
  });
  await store.updateRun(run.id, { status });
  return results;
}
