import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { discoverRun } from "../artifacts/discover-run.ts";
import { ingestRun } from "../artifacts/ingest-run.ts";
import { DspError } from "../errors.ts";
import type { Logger } from "../observability/logger.ts";
import type { ChartResult, RunMetadata, RunRecord, Store } from "../store/store.ts";
import type { ChartPack } from "./chart-definition.ts";
import { type ChartProgress, executeCharts } from "./execute-charts.ts";
import { findBuiltInPack, loadPack } from "./pack-registry.ts";
import { chartApplicability } from "./run-chart.ts";
import { checkRunId, newRunId } from "./run-id.ts";

export interface ProcessRunOptions {
  store: Store;
  folder: string;
  /** A built-in pack name or a pack folder. */
  pack: string;
  runId?: string;
  metadata?: RunMetadata;
  logger: Logger;
  progress?: ChartProgress;
}

export interface ProcessRunResult {
  run: RunRecord;
  jobId: string;
  results: ChartResult[];
}

function requireApplicableCharts(pack: ChartPack, artifacts: Set<string>, folder: string): void {
  const applicable = pack.charts.filter((chart) => chartApplicability(chart, artifacts).applies);
  if (applicable.length === 0) {
    const found = artifacts.size === 0 ? "no artifacts" : `only ${[...artifacts].join(", ")}`;
    throw new DspError(
      "contract_violation",
      `No chart of pack "${pack.name}" applies to ${folder}: the folder has ${found}. Check the folder, or pass the pack that matches this simulator with --pack.`,
      {
        file: folder,
        expected: pack.contracts.map((contract) => contract.pattern).join(", "),
      },
    );
  }
}

/**
 * Ingests a run folder, records the run and a process job, and computes every chart of the
 * pack. Bad input (a missing folder, a file that breaks its contract, an existing run id)
 * throws before anything is stored.
 */
export async function processRun(options: ProcessRunOptions): Promise<ProcessRunResult> {
  const { store, logger } = options;
  const pack = await loadPack(options.pack);
  const runId = options.runId ?? newRunId(pack.name);
  checkRunId(runId);
  if ((await store.getRun(runId)) !== undefined) {
    throw new DspError(
      "conflict",
      `Run "${runId}" already exists. Recompute its charts with \`dsp replay ${runId}\`, or pass another --run-id.`,
      { field: "runId", value: runId },
    );
  }

  const discovered = await discoverRun(options.folder, pack.contracts);
  requireApplicableCharts(
    pack,
    new Set(discovered.files.map((file) => file.artifact)),
    discovered.root,
  );
  const ingested = await ingestRun(discovered.root, pack.contracts, discovered);

  try {
    const packReference =
      findBuiltInPack(options.pack) === undefined ? resolve(options.pack) : options.pack;
    const run = await store.createRun({
      id: runId,
      pack: packReference,
      folder: ingested.root,
      status: "processing",
      metadata: options.metadata ?? { simulator: pack.name },
    });
    await store.saveArtifacts(run.id, ingested.refs);
    const job = await store.createJob({ id: randomUUID(), runId: run.id, kind: "process" });
    await store.updateJob(job.id, { status: "running", startedAt: new Date().toISOString() });
    logger.info(
      {
        runId,
        jobId: job.id,
        pack: pack.name,
        folder: ingested.root,
        artifacts: ingested.refs.length,
      },
      "run ingested",
    );

    const results = await executeCharts({
      store,
      run,
      job,
      pack,
      ingested,
      logger,
      ...(options.progress === undefined ? {} : { progress: options.progress }),
    });
    return { run: (await store.getRun(run.id)) ?? run, jobId: job.id, results };
  } finally {
    await ingested.cleanup();
  }
}
