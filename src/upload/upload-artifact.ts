import { open } from "node:fs/promises";
import { type DspClient, requireOk } from "../../sdk/index.ts";

/** Bytes per request unless `DSP_UPLOAD_CHUNK_BYTES` sets another size. */
export const defaultChunkBytes = 8 * 1024 * 1024;

/** One file to upload and the bytes of it the server already stored. */
export interface PendingArtifact {
  /** Path relative to the run folder, with `/` separators. */
  path: string;
  file: string;
  size: number;
  sha256: string;
  /** Bytes the server already stored from an interrupted upload. */
  offset: number;
}

function artifactUrl(runId: string, path: string): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `/v1/runs/${encodeURIComponent(runId)}/artifacts/${encoded}`;
}

async function readChunk(file: string, start: number, length: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Sends a file in chunks of `chunkBytes` from the offset the server already stored,
 * with `Content-Range` on each chunk and the whole file's SHA-256 on the last one, which the
 * server checks when that chunk completes the file. Calls `onBytes` after each chunk.
 */
export async function uploadArtifact(
  client: DspClient,
  runId: string,
  artifact: PendingArtifact,
  onBytes: (bytes: number) => void,
  chunkBytes = defaultChunkBytes,
): Promise<void> {
  if (artifact.size === 0) {
    await requireOk(
      await client.request(artifactUrl(runId, artifact.path), {
        method: "PUT",
        headers: {
          "content-type": "application/octet-stream",
          "x-checksum-sha256": artifact.sha256,
        },
        body: new Uint8Array(0),
      }),
    );
    return;
  }

  for (let start = artifact.offset; start < artifact.size; start += chunkBytes) {
    const chunk = await readChunk(
      artifact.file,
      start,
      Math.min(chunkBytes, artifact.size - start),
    );
    const end = start + chunk.length - 1;
    const headers: Record<string, string> = {
      "content-type": "application/octet-stream",
      "content-range": `bytes ${start}-${end}/${artifact.size}`,
    };
    if (end === artifact.size - 1) {
      headers["x-checksum-sha256"] = artifact.sha256;
    }
    await requireOk(
      await client.request(artifactUrl(runId, artifact.path), {
        method: "PUT",
        headers,
        body: new Uint8Array(chunk),
      }),
    );
    onBytes(chunk.length);
  }
}
