import { createHash } from "node:crypto";
import { type FileHandle, open } from "node:fs/promises";
import { hashFile } from "../../artifacts/hash-file.ts";
import { DspError } from "../../errors.ts";
import type { UploadRange } from "./content-range.ts";
import { publishUpload } from "./publish-upload.ts";
import type { PartialUpload, StoredArtifact } from "./upload-folder.ts";
import type { UploadOutcome, UploadRequest } from "./upload-request.ts";
import { verifyDigests } from "./verify-digests.ts";
import { writeBody } from "./write-body.ts";

/**
 * Receives one chunk of a resumable upload (`Content-Range: bytes first-last/total`). A
 * chunk starting at 0 starts the upload over; any other chunk must start at the offset that
 * `HEAD` reports. Each chunk is appended and fsynced before the reply, so an acknowledged
 * chunk survives a crash. The last chunk completes the artifact: the whole file is hashed,
 * checked against `Repr-Digest` or `X-Checksum-SHA256`, and renamed into place.
 *
 * When a transfer breaks mid-chunk, the bytes that arrived are kept unless the chunk carried
 * a `Content-Digest`, which can only be checked on the whole chunk.
 */
export async function receiveRangedUpload(
  request: UploadRequest,
  range: UploadRange,
): Promise<UploadOutcome> {
  const path = request.segments.join("/");
  const existing = await request.folder.readArtifact(request.segments);
  if (existing !== undefined) {
    return repeatAfterCompletion(request, range, existing);
  }
  if (range.total > request.maxBytes) {
    throw new DspError(
      "payload_too_large",
      `Content-Range announces ${range.total} bytes, more than the limit of ${request.maxBytes} bytes. Split the artifact or ask the operator to raise DSP_MAX_ARTIFACT_BYTES.`,
      { field: "content-range", value: range.total, expected: `at most ${request.maxBytes} bytes` },
    );
  }

  const partial = await resumePoint(request, range, path);
  const dataPath = await request.folder.partialDataPath(path);
  const handle = await open(dataPath, "a");
  try {
    await appendChunk(request, range, handle);
  } finally {
    await handle.close();
  }

  const offset = range.last + 1;
  if (offset < partial.total) {
    return {
      status: 200,
      state: { path, complete: false, offset, size: partial.total, sha256: null },
    };
  }
  const sha256 = await hashFile(dataPath);
  const discard = () => request.folder.dropPartial(path);
  await verifyDigests({ digests: request.digests, scope: "artifact", actual: sha256, discard });
  const outcome = await publishUpload({ ...request, source: dataPath, sha256 });
  await request.folder.dropPartial(path);
  return outcome;
}

async function resumePoint(
  request: UploadRequest,
  range: UploadRange,
  path: string,
): Promise<PartialUpload> {
  if (range.first === 0) {
    await request.folder.startPartial(path, range.total);
    return { path, offset: 0, total: range.total };
  }
  const partial = await request.folder.readPartial(path);
  if (partial === undefined) {
    throw offsetConflict(path, range, 0, "there is no upload in progress for it");
  }
  if (partial.total !== range.total) {
    throw offsetConflict(
      path,
      range,
      partial.offset,
      `the upload in progress has total size ${partial.total}`,
    );
  }
  if (partial.offset !== range.first) {
    throw offsetConflict(path, range, partial.offset, `${partial.offset} bytes are stored`);
  }
  return partial;
}

async function appendChunk(
  request: UploadRequest,
  range: UploadRange,
  handle: FileHandle,
): Promise<void> {
  const length = range.last - range.first + 1;
  const chunkHash = createHash("sha256");
  const hasChunkDigest = request.digests.some((digest) => digest.scope === "content");
  const rollBack = async () => {
    await handle.truncate(range.first);
    await handle.sync();
  };

  let written: number;
  try {
    written = await writeBody(request.body, handle, {
      maxBytes: length,
      hashes: [chunkHash],
      tooLarge: () => lengthMismatch(range, "more"),
    });
  } catch (error) {
    // Bytes of a broken transfer are kept for resuming; a rejected chunk is undone.
    const keep = !hasChunkDigest && !(error instanceof DspError);
    await (keep ? handle.sync() : rollBack());
    throw error;
  }
  if (written !== length) {
    await rollBack();
    throw lengthMismatch(range, `only ${written}`);
  }
  await verifyDigests({
    digests: request.digests,
    scope: "content",
    actual: chunkHash.digest("hex"),
    discard: rollBack,
  });
}

/**
 * Handles a chunk for an artifact that is already complete. A repeat of the final chunk,
 * sent because the client lost the reply, gets the stored state; anything else conflicts.
 */
async function repeatAfterCompletion(
  request: UploadRequest,
  range: UploadRange,
  existing: StoredArtifact,
): Promise<UploadOutcome> {
  const checksumsMatch = request.digests
    .filter((digest) => digest.scope === "artifact")
    .every((digest) => digest.sha256 === existing.sha256);
  if (range.total === existing.size && range.last === existing.size - 1 && checksumsMatch) {
    for await (const _chunk of request.body) {
      // Drains the repeated bytes, which are already stored.
    }
    const state = { ...existing, complete: true, offset: existing.size };
    return { status: 200, state };
  }
  throw new DspError(
    "conflict",
    `Artifact "${existing.path}" is already complete (${existing.size} bytes, SHA-256 ${existing.sha256}). Artifacts are immutable: upload under another path or create a new run.`,
    { field: "path", value: existing.path, expected: existing.sha256 },
  );
}

function offsetConflict(
  path: string,
  range: UploadRange,
  offset: number,
  reason: string,
): DspError {
  return new DspError(
    "conflict",
    `Chunk "bytes ${range.first}-${range.last}/${range.total}" of "${path}" cannot be appended because ${reason}. Send HEAD to read Upload-Offset and resume from there, or start again at byte 0.`,
    {
      field: "content-range",
      value: `bytes ${range.first}-${range.last}/${range.total}`,
      expected: `a chunk starting at byte ${offset}`,
    },
  );
}

function lengthMismatch(range: UploadRange, found: string): DspError {
  const length = range.last - range.first + 1;
  return new DspError(
    "invalid_input",
    `Content-Range "bytes ${range.first}-${range.last}/${range.total}" announces ${length} bytes, but the body has ${found}. Send exactly the bytes of the range.`,
    {
      field: "content-range",
      value: `bytes ${range.first}-${range.last}/${range.total}`,
      expected: `${length} bytes`,
    },
  );
}
