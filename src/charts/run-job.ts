import { existsSync } from "node:fs";
import type { ArtifactFormat } from "../artifacts/artifact-contract.ts";
import { discoverRun } from "../artifacts/discover-run.ts";
import { hashFile } from "../artifacts/hash-file.ts";
import { type IngestedRun, ingestRun } from "../artifacts/ingest-run.ts";
import type { ArtifactFile } from "../artifacts/run-folder.ts";
import { DspError, toDspError } from "../errors.ts";
import type { Logger } from "../observability/logger.ts";
import type { ArtifactRef, ChartResult, JobRecord, RunRecord, Store } from "../store/store.ts";
import type { ChartPack } from "./chart-definition.ts";
import { type ChartProgress, executeCharts } from "./execute-charts.ts";
import { loadPack } from "./pack-registry.ts";

export interface RunJobOptions {
  store: Store;
  jobId: string;
  logger: Logger;
  progress?: ChartProgress;
}

/** Throws when a stored artifact is gone or its bytes changed since the run was ingested. */
async function checkUnchanged(ref: ArtifactRef): Promise<void> {
  if (!existsSync(ref.path)) {
    throw new DspError(
      "not_found",
      `Artifact ${ref.path} of this run no longer exists, so its charts cannot be recomputed. Restore the file.`,
      { file: ref.path },
    );
  }
  const sha256 = await hashFile(ref.path);
  if (sha256 !== ref.sha256) {
    throw new DspError(
      "conflict",
      `Artifact ${ref.path} changed since the run was ingested (SHA-256 ${ref.sha256.slice(0, 12)}… then, ${sha256.slice(0, 12)}… now). A replay recomputes from the same inputs: restore the file, or process the folder as a new run.`,
      { file: ref.path, value: sha256, expected: ref.sha256 },
    );
  }
}

/** Ingests exactly the stored artifact files of a run, after checking that none changed. */
async function ingestStored(
  run: RunRecord,
  pack: ChartPack,
  refs: ArtifactRef[],
): Promise<IngestedRun> {
  await Promise.all(refs.map(checkUnchanged));
  const files: ArtifactFile[] = refs.map((ref) => ({
    artifact: ref.artifact,
    path: ref.path,
    relativePath: ref.relativePath,
    format: ref.format as ArtifactFormat,
    size: ref.size,
    partitions: ref.partitions,
  }));
  return ingestRun(run.folder, pack.contracts, { root: run.folder, files });
}

async function ingestForJob(
  store: Store,
  run: RunRecord,
  job: JobRecord,
  pack: ChartPack,
): Promise<IngestedRun> {
  const refs = await store.listArtifacts(run.id);
  if (job.kind === "replay" && refs.length > 0) {
    return ingestStored(run, pack, refs);
  }
  const ingested = await ingestRun(
    run.folder,
    pack.contracts,
    await discoverRun(run.folder, pack.contracts),
  );
  await store.saveArtifacts(run.id, ingested.refs);
  return ingested;
}

function requireKnownCharts(pack: ChartPack, job: JobRecord): void {
  const unknown = job.charts.filter((id) => !pack.charts.some((chart) => chart.id === id));
  if (unknown.length > 0) {
    throw new DspError(
      "not_found",
      `Unknown chart id ${unknown.map((id) => `"${id}"`).join(", ")} for pack "${pack.name}". Known charts: ${pack.charts.map((chart) => chart.id).join(", ")}.`,
      {
        field: "charts",
        value: unknown,
      },
    );
  }
}

/**
 * Runs a stored job: a process job ingests the run folder, a replay recomputes from the
 * run's stored artifact references. A failure before the charts (a changed input, a file that
 * breaks its contract) marks the job failed and is thrown.
 */
export async function runJob(options: RunJobOptions): Promise<ChartResult[]> {
  const { store, logger } = options;
  const job = await store.getJob(options.jobId);
  if (job === undefined) {
    throw new DspError("not_found", `Job "${options.jobId}" does not exist.`, {
      field: "jobId",
      value: options.jobId,
    });
  }
  const run = await store.getRun(job.runId);
  if (run === undefined) {
    throw new DspError("not_found", `Run "${job.runId}" of job ${job.id} does not exist.`, {
      field: "runId",
      value: job.runId,
    });
  }

  let ingested: IngestedRun;
  let pack: ChartPack;
  try {
    pack = await loadPack(run.pack);
    requireKnownCharts(pack, job);
    if (job.status !== "running") {
      await store.updateJob(job.id, { status: "running", startedAt: new Date().toISOString() });
    }
    ingested = await ingestForJob(store, run, job, pack);
  } catch (error) {
    const failure = toDspError(error);
    await store.updateJob(job.id, {
      status: "failed",
      finishedAt: new Date().toISOString(),
      error: failure.message,
    });
    if (job.kind === "process") {
      await store.updateRun(run.id, { status: "failed" });
    }
    logger.warn(
      { runId: run.id, jobId: job.id, err: failure.message },
      "job failed before computing charts",
    );
    throw failure;
  }

  try {
    return await executeCharts({
      store,
      run,
      job: { ...job, status: "running" },
      pack,
      ingested,
      logger,
      ...(options.progress === undefined ? {} : { progress: options.progress }),
    });
  } finally {
    await ingested.cleanup();
  }
}
