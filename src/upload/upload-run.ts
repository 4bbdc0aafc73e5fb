import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DspApiError, type DspClient, unwrap } from "../../sdk/index.ts";
import type { components } from "../../sdk/schema.d.ts";
import { listFiles } from "../artifacts/discover-run.ts";
import { hashFile } from "../artifacts/hash-file.ts";
import { DspError } from "../errors.ts";
import type { Logger } from "../observability/logger.ts";
import { type PendingArtifact, uploadArtifact } from "./upload-artifact.ts";
import { clearUploadState, readUploadState, writeUploadState } from "./upload-state.ts";

export type Job = components["schemas"]["Job"];

export interface UploadRunOptions {
  client: DspClient;
  folder: string;
  pack?: string | undefined;
  runId?: string | undefined;
  logger: Logger;
  /** Bytes per upload request, 8 MiB when absent. */
  chunkBytes?: number | undefined;
  /** Called once with the bytes to send, then after every chunk with the bytes sent. */
  onProgress?: (sent: number, total: number) => void;
}

export interface UploadRunResult {
  runId: string;
  job: Job;
  uploadedFiles: number;
  skippedFiles: number;
}

async function runExists(client: DspClient, runId: string): Promise<boolean> {
  const { response } = await client.api.GET("/v1/runs/{runId}", { params: { path: { runId } } });
  return response.ok;
}

/**
 * Records the run in the folder's upload state so a rerun resumes it. When the folder cannot be
 * written, as on a read-only mount, the upload goes on and a rerun needs `--run-id`.
 */
async function rememberRun(options: UploadRunOptions, folder: string, runId: string) {
  try {
    await writeUploadState(folder, { server: options.client.baseUrl, runId });
  } catch (error) {
    options.logger.warn(
      { err: error, folder, runId, fix: `pass --run-id ${runId} to resume after an interruption` },
      "upload state not saved",
    );
  }
}

/** Reuses the run of an interrupted upload of this folder, or creates a new run. */
async function findOrCreateRun(options: UploadRunOptions, folder: string): Promise<string> {
  const { client } = options;
  const remembered = await readUploadState(folder, client.baseUrl);
  const runId = options.runId ?? remembered?.runId;
  if (runId !== undefined && (await runExists(client, runId))) {
    options.logger.info({ runId }, "resuming upload");
    return runId;
  }

  const body = {
    ...(runId === undefined ? {} : { id: runId }),
    ...(options.pack === undefined ? {} : { pack: options.pack }),
  };
  const run = await unwrap(client.api.POST("/v1/runs", { body }));
  await rememberRun(options, folder, run.id);
  options.logger.info({ runId: run.id }, "run created");
  return run.id;
}

/** Lists the folder's files with what the server already has of each. */
async function pendingArtifacts(
  client: DspClient,
  runId: string,
  folder: string,
): Promise<{ pending: PendingArtifact[]; skipped: number }> {
  const stored = await unwrap(
    client.api.GET("/v1/runs/{runId}/artifacts", { params: { path: { runId } } }),
  );
  const complete = new Map(stored.artifacts.map((artifact) => [artifact.path, artifact.sha256]));
  const partial = new Map(stored.partial.map((upload) => [upload.path, upload.offset]));

  const pending: PendingArtifact[] = [];
  let skipped = 0;
  for (const path of await listFiles(folder)) {
    const file = join(folder, path);
    const [{ size }, sha256] = await Promise.all([stat(file), hashFile(file)]);
    if (complete.get(path) === sha256) {
      skipped += 1;
      continue;
    }
    pending.push({ path, file, size, sha256, offset: partial.get(path) ?? 0 });
  }
  return { pending, skipped };
}

/**
 * Uploads every file of a run folder to a DSP server and marks the run complete, which queues
 * its processing job. An interrupted upload resumes where it stopped: files the server stored
 * with the same SHA-256 are skipped, and partial files continue from their stored offset.
 */
export async function uploadRun(options: UploadRunOptions): Promise<UploadRunResult> {
  const folder = resolve(options.folder);
  const info = await stat(folder).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new DspError(
      "not_found",
      `Run folder ${folder} does not exist or is not a folder. Pass the folder that contains the simulator's output files.`,
      { file: folder },
    );
  }

  const runId = await findOrCreateRun(options, folder);
  const { pending, skipped } = await pendingArtifacts(options.client, runId, folder);
  const total = pending.reduce((sum, artifact) => sum + artifact.size - artifact.offset, 0);
  let sent = 0;
  options.onProgress?.(0, total);

  for (const artifact of pending) {
    const onBytes = (bytes: number) => {
      sent += bytes;
      options.onProgress?.(sent, total);
    };
    await uploadArtifact(options.client, runId, artifact, onBytes, options.chunkBytes);
    options.logger.info(
      { runId, path: artifact.path, bytes: artifact.size, resumedAt: artifact.offset },
      "artifact uploaded",
    );
  }

  const job = await completeRun(options.client, runId);
  await clearUploadState(folder).catch((error: unknown) => {
    options.logger.warn({ err: error, folder, runId }, "upload state not removed");
  });
  return { runId, job, uploadedFiles: pending.length, skippedFiles: skipped };
}

/** Marks the run complete, or returns its latest job when an earlier attempt already did. */
async function completeRun(client: DspClient, runId: string): Promise<Job> {
  try {
    return await unwrap(
      client.api.POST("/v1/runs/{runId}/complete", { params: { path: { runId } } }),
    );
  } catch (error) {
    if (!(error instanceof DspApiError) || error.status !== 409) {
      throw error;
    }
    const detail = await unwrap(
      client.api.GET("/v1/runs/{runId}", { params: { path: { runId } } }),
    );
    const job = detail.jobs.at(-1);
    if (job === undefined) {
      throw error;
    }
    return job;
  }
}

/** Polls a job until it finishes, calling `onUpdate` with each state. */
export async function waitForJob(
  client: DspClient,
  jobId: string,
  onUpdate: (job: Job) => void,
  intervalMs = 500,
): Promise<Job> {
  for (;;) {
    const job = await unwrap(client.api.GET("/v1/jobs/{jobId}", { params: { path: { jobId } } }));
    onUpdate(job);
    if (job.status === "succeeded" || job.status === "failed" || job.status === "partial") {
      return job;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
